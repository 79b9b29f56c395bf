import socket
s = socket.socket()
s.bind(('127.0.0.1', 0))
s.listen(1)
c = socket.socket()
c.connect(s.getsockname())
a, n = s.accept()
c.send(b'hi')
a.recv(10)
