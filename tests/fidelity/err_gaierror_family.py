# getaddrinfo does not look up unix names.
import socket
socket.getaddrinfo('demo.sock', None, socket.AF_UNIX)
