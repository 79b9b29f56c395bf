# An address family number the kernel does not know.
import socket
s = socket.socket(12345, socket.SOCK_STREAM)
