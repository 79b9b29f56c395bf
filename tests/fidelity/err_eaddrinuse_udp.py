# Two UDP sockets cannot bind the same name without SO_REUSEADDR.
import socket
a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind(('127.0.0.1', 0))
print(a.getsockname()[0])
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b.bind(a.getsockname())
