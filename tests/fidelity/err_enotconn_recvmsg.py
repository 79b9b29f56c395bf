# recvmsg on a TCP socket that is not connected.
import socket
s = socket.socket()
s.recvmsg(10)
