# htonl of a negative number.
import socket
socket.htonl(-1)
