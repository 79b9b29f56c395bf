# recvmsg refuses a negative ancillary buffer size.
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.recvmsg(10, -1)
