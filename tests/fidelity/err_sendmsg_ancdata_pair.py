# ancillary items are (level, type, data) triples.
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.sendmsg([b'hi'], [(1, 2)])
