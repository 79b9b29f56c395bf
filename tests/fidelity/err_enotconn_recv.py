# recv on a TCP socket that never connected.
import socket
s = socket.socket()
s.recv(10)
