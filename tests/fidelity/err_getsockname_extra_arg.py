# getsockname takes no arguments.
import socket
s = socket.socket()
s.getsockname(1)
