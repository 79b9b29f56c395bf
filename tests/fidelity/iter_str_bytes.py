# iterating str gives characters, bytes gives ints
for ch in 'héllo→':
    print(repr(ch))
total = 0
for b in b'\x00\x01\xff':
    total += b
    print(b, type(b))
print(total)
print(list('abc'), tuple(b'AB'), list(()), tuple([1, 2]))
print('-'.join('xyz'), ', '.join(['a', 'b']), ''.join(()))
print(b'.'.join([b'a', b'b']))
