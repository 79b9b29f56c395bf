# getaddrinfo with AI_PASSIVE and no host gives the wildcards.
import socket
r = socket.getaddrinfo(None, 8080, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE)
print(r)
r6 = socket.getaddrinfo(None, 0, socket.AF_INET6, socket.SOCK_DGRAM, flags=socket.AI_PASSIVE)
print(r6)
print(socket.getaddrinfo(None, 8080, socket.AF_INET, socket.SOCK_STREAM))
