# settimeout then accept with no client.
import socket
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
srv.settimeout(0.05)
srv.accept()
