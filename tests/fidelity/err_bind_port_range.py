# Ports are 0-65535.
import socket
s = socket.socket()
s.bind(('127.0.0.1', 70000))
