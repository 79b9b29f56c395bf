# bind on a closed socket.
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.close()
s.bind(('127.0.0.1', 0))
