# sendmsg without an address on an unconnected UDP socket.
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.sendmsg([b'hi'], [], 0, None)
