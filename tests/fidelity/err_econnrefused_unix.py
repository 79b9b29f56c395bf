# A socket file left by a closed server refuses connections.
import socket
srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
srv.bind('stale.sock')
srv.listen()
srv.close()
again = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
again.connect('stale.sock')
