# listen, connect, accept: the accepted socket shares the server's port
# and accept returns the client's own name.
import socket
srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.bind(('127.0.0.1', 0))
srv.listen()
srv.settimeout(2)
cli = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
cli.connect(srv.getsockname())
print(cli.getpeername() == srv.getsockname())
conn, addr = srv.accept()
print(addr == cli.getsockname(), conn.getsockname() == srv.getsockname())
print(conn.getpeername() == cli.getsockname())
print(srv.getsockname(), cli.getsockname(), addr)
print(conn)
print(cli)
print(conn.gettimeout(), conn.getblocking())
print(conn.family, conn.type, conn.proto)
conn.close(); cli.close(); srv.close()
