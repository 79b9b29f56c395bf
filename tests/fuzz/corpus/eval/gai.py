import socket
socket.getaddrinfo('127.0.0.1', 80, socket.AF_INET)
socket.inet_aton('1.2.3.4')
