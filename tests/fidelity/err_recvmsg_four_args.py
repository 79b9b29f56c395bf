# recvmsg takes at most three arguments.
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.recvmsg(10, 0, 0, 0)
