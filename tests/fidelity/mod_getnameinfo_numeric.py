# getnameinfo with numeric flags and services from /etc/services.
import socket
print(socket.getnameinfo(('127.0.0.1', 80), socket.NI_NUMERICHOST + socket.NI_NUMERICSERV))
print(socket.getnameinfo(('127.0.0.1', 80), socket.NI_NUMERICHOST))
print(socket.getnameinfo(('::1', 8080, 0, 0), socket.NI_NUMERICHOST + socket.NI_NUMERICSERV))
print(socket.getnameinfo(('127.0.0.1', 53), socket.NI_NUMERICHOST + socket.NI_DGRAM))
