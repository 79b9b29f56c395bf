# sendmsg flags are a C int.
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.sendmsg([b'x'], [], 2 ** 31)
