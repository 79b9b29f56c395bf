# sendmsg's first argument must be iterable.
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.sendmsg(None)
