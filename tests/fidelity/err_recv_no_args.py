# recv needs a buffer size.
import socket
s = socket.socket()
s.recv()
