# getnameinfo on a malformed numeric host.
import socket
print(socket.getnameinfo(('127.0.0.1', 9), socket.NI_NUMERICHOST + socket.NI_NUMERICSERV))
socket.getnameinfo(('127.0.0.256', 80), socket.NI_NUMERICHOST)
