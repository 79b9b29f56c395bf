# connect to a unix path that does not exist.
import socket
s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
s.connect('nope.sock')
