# socket() wants int arguments.
import socket
s = socket.socket('AF_INET')
