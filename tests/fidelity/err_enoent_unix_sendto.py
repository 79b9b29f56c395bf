# sendto a unix path in a missing directory.
import socket
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.sendto(b'x', 'no-such-dir/x.sock')
