# Binding a client to 127.0.0.5 first changes the name the server sees.
import socket
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
srv.settimeout(2)
cli = socket.socket()
cli.bind(('127.0.0.5', 0))
cli.connect(srv.getsockname())
conn, addr = srv.accept()
print(addr[0], addr == cli.getsockname())
print(conn.getpeername()[0])
conn.close(); cli.close(); srv.close()
