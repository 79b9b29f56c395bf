# Connecting to a port whose listener was just closed.
import socket
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
name = srv.getsockname()
srv.close()
late = socket.socket()
late.connect(name)
