# An AF_INET name must be a tuple.
import socket
s = socket.socket()
s.bind('127.0.0.1')
