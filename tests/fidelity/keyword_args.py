# Calls with keyword arguments.
import socket
s = socket.socket(family=socket.AF_INET, type=socket.SOCK_DGRAM)
print(s.family, s.type)
s.close()
u = socket.socket(socket.AF_INET6, type=socket.SOCK_STREAM, proto=0)
print(u.family, u.type, u.proto)
u.close()
print(int('10', base=8), 'x'.encode(encoding='ascii'))
print(socket.getaddrinfo('127.0.0.1', 80, family=socket.AF_INET, type=socket.SOCK_DGRAM))
