# An AF_INET6 name needs at least host and port.
import socket
s = socket.socket(socket.AF_INET6, socket.SOCK_DGRAM)
s.bind(('::1',))
