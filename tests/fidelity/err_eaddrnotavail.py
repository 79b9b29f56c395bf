# 203.0.113.1 (TEST-NET-3) is no address of this host; bind sends nothing.
import socket
s = socket.socket()
s.bind(('203.0.113.1', 0))
