# flowinfo is 20 bits.
import socket
s = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
s.bind(('::1', 0, 1048576, 0))
