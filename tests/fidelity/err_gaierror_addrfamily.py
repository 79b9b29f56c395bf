# An IPv6 literal on an AF_INET socket.
import socket
v4 = socket.socket()
v4.connect(('::1', 80))
