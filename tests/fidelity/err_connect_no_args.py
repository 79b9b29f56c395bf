# connect takes exactly one argument.
import socket
s = socket.socket()
s.connect()
