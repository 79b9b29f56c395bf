# A timeout must be a number.
import socket
s = socket.socket()
s.settimeout('1')
