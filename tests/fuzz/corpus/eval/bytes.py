b = b'ab\x00\xff'
print(b, b.hex(), b[1], b + b'c', b.decode('latin-1'))
