# bytes literals and their reprs.
print(b'abc', b"double", b'')
print(b'\x00\xff\x7f\x80', b'\n\r\t', b'\\')
print(b"it's", b'say "hi"', b'both \' and "')
print(repr(b'\x41\x42\x20'), b'\0sockshell')
print(b'abc'[0], b'abc'[-1], b'abc'[1:], len(b'\x00\x01'))
print(type(b''), b'a' + b'b', b'' == b'')
