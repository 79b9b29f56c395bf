# inet_pton is stricter than inet_aton.
import socket
print(socket.inet_aton('127.1'))
socket.inet_pton(socket.AF_INET, '127.1')
