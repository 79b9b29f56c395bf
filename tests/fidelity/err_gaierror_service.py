# An unknown service name.
import socket
socket.getaddrinfo('127.0.0.1', 'no-such-service', socket.AF_INET, socket.SOCK_STREAM)
