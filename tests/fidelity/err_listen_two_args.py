# listen takes at most one argument.
import socket
s = socket.socket()
s.listen(1, 2)
