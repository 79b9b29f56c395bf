# UDP over IPv4 carries at most 65507 bytes: one more is EMSGSIZE.
import socket
r = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
r.bind(('127.0.0.1', 0))
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
big = b'0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef'
big = big + big + big + big + big + big + big + big
big = big + big + big + big + big + big + big + big
big = big + big + big + big + big + big + big + big
big = big + big
print(len(big))
print(s.sendto(big[:65507], r.getsockname()))
print(len(r.recv(70000)))
s.sendto(big[:65508], r.getsockname())
