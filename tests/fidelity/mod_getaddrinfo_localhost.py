# 'localhost' with AF_INET comes from /etc/hosts (no DNS).
import socket
r = socket.getaddrinfo('localhost', 0, socket.AF_INET, socket.SOCK_DGRAM)
print(r[0][4], r[0][0], r[0][1])
print(socket.gethostbyname('localhost'), socket.gethostbyname('127.0.0.1'))
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(('localhost', 0))
print(s.getsockname()[0])
s.close()
