# A name is given once: a second bind is EINVAL.
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(('127.0.0.1', 0))
s.bind(('127.0.0.1', 0))
