# An attribute with nothing close to it.
import socket
s = socket.socket()
s.xyzzy
