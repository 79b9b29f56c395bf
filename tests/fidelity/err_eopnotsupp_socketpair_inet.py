# socketpair exists only for AF_UNIX on Linux.
import socket
socket.socketpair(socket.AF_INET)
