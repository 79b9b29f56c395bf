# listen on a datagram socket.
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.listen()
