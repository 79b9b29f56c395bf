# A socket file that still exists blocks bind.
import socket
a = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
a.bind('taken.sock')
a.close()
b = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
b.bind('taken.sock')
