# recv's size must be an int.
import socket
s = socket.socket()
s.recv('10')
