# sendmsg checks the address before the buffers.
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.sendmsg(5, 5, 0, '127.0.0.1')
