# A stream socket cannot connect to a datagram path.
import socket
d = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
d.bind('dgram.sock')
s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
s.connect('dgram.sock')
