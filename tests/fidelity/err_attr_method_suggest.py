# A misspelt method gets a suggestion.
import socket
s = socket.socket()
s.bnd(('127.0.0.1', 0))
