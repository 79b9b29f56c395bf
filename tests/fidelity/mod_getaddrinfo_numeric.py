# getaddrinfo on numeric hosts: no lookups, entries ready for socket().
import socket
print(socket.getaddrinfo('127.0.0.1', 80, socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo('::1', 8080, socket.AF_INET6, socket.SOCK_DGRAM))
print(socket.getaddrinfo('127.0.0.1', None, socket.AF_INET, socket.SOCK_DGRAM))
print(socket.getaddrinfo('127.0.0.1', '8080', socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_NUMERICHOST))
print(socket.getaddrinfo('::1', 'domain', socket.AF_INET6, socket.SOCK_DGRAM))
print(socket.getaddrinfo('127.0.0.1', 'http', socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo('127.0.0.1', 53, socket.AF_INET, 0, socket.IPPROTO_UDP))
print(len(socket.getaddrinfo('127.0.0.1', 7)))
family, type_, proto, canon, addr = socket.getaddrinfo('127.0.0.1', 9, socket.AF_INET, socket.SOCK_DGRAM)[0]
print(family, type_, proto, repr(canon), addr)
