# sendmsg takes a list of buffers: bytes is iterable, but of ints.
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.sendmsg(b'hello', [], 0, ('127.0.0.1', 9))
