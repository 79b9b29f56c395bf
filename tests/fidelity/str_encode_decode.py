# str.encode and bytes.decode, default and explicit codecs.
print('hello'.encode(), 'hi'.encode('ascii'), 'x'.encode('utf-8'))
print(b'hello'.decode(), b'abc'.decode('ascii'), repr(b''.decode()))
msg = 'GET / HTTP/1.0\r\n'
data = msg.encode()
print(data, len(data), data.decode() == msg)
print(type('a'.encode()), type(b'a'.decode()))
