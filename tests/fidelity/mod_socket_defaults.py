# socket() with no arguments is AF_INET, SOCK_STREAM, proto 0.
import socket
s = socket.socket()
print(s.family, s.type, s.proto)
print(repr(s.family), repr(s.type), repr(s.proto))
print(s.family == socket.AF_INET, s.type == socket.SOCK_STREAM)
print(s)
print(s.getsockname(), s.gettimeout(), s.getblocking())
print(s.fileno() >= 3)
s.close()
print(s.fileno(), s)
s.close()
print(repr(s))
