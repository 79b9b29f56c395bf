# Timeouts cannot be negative.
import socket
s = socket.socket()
s.settimeout(-1)
