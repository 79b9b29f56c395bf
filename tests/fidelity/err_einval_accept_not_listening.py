# accept on a socket that is not listening.
import socket
s = socket.socket()
s.bind(('127.0.0.1', 0))
s.settimeout(1)
s.accept()
