# AI_NUMERICHOST: a non-numeric host fails without any lookup.
import socket
socket.getaddrinfo('not-an-address', 80, flags=socket.AI_NUMERICHOST)
