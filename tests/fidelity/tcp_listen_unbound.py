# listen() on an unbound socket gives it an automatic name first.
import socket
srv = socket.socket()
srv.listen()
print(srv.getsockname()[0], srv.getsockname()[1] > 0)
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN))
srv.listen(5)
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN))
srv.close()
