# send on an unconnected UDP socket needs a destination.
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.send(b'hello')
