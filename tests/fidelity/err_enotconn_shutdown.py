# shutdown on an unconnected TCP socket.
import socket
s = socket.socket()
s.shutdown(socket.SHUT_RDWR)
