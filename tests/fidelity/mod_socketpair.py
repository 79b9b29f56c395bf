# socketpair: two connected unix sockets with empty names.
import socket
a, b = socket.socketpair()
print(a.family, a.type, b.family, b.type)
print(repr(a.getsockname()), repr(a.getpeername()), repr(b.getpeername()))
print(a)
print(a.send(b'ping'), b.recv(10))
print(b.sendall(b'pong'), a.recv(2), a.recv(10))
c, d = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
print(c.type, repr(c.getsockname()))
print(c.send(b'one'), c.send(b'two'), d.recv(100), d.recvfrom(100))
a.close()
print(b.recv(10))
b.close(); c.close(); d.close()
