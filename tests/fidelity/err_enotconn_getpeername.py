# A listener has no peer.
import socket
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
print(srv.getsockname()[0])
srv.getpeername()
