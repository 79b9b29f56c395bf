# A negative buffer size.
import socket
s = socket.socket()
s.recv(-1)
