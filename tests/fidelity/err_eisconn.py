# A second connect on a connected TCP socket.
import socket
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
cli = socket.socket()
print(cli.connect(srv.getsockname()))
cli.connect(srv.getsockname())
