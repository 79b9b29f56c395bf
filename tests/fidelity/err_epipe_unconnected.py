# send on a never-connected TCP socket is EPIPE, not ENOTCONN.
import socket
s = socket.socket()
s.send(b'x')
