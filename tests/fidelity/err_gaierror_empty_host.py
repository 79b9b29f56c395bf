# '' is the wildcard only inside bind/connect tuples, not for getaddrinfo.
import socket
socket.getaddrinfo('', 80, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_NUMERICHOST)
