import socket
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind('x.sock')
s.getsockname()
