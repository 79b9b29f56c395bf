# Any call after close() is EBADF.
import socket
s = socket.socket()
s.close()
print(s.fileno())
s.getsockname()
