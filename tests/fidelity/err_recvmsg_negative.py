# recvmsg refuses a negative buffer size.
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.recvmsg(-1)
