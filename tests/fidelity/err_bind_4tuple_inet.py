# An AF_INET name is a pair.
import socket
s = socket.socket()
s.bind(('127.0.0.1', 0, 0, 0))
