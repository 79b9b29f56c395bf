# An unknown service.
import socket
socket.getservbyname('no-such-service', 'tcp')
