# inet_aton of a bad address.
import socket
socket.inet_aton('300.1.1.1')
