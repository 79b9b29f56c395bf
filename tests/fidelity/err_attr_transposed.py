# A misspelt method, transposed letters.
import socket
s = socket.socket()
s.recieve(10)
