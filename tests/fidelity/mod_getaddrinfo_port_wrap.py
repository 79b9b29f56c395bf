# glibc does not range-check numeric ports in getaddrinfo: 99999 wraps.
import socket
print(socket.getaddrinfo('127.0.0.1', 99999, socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo('127.0.0.1', 65536, socket.AF_INET, socket.SOCK_DGRAM)[0][4])
