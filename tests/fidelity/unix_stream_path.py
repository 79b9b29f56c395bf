# AF_UNIX stream: names are paths; clients stay unnamed; the file stays.
import socket
import os
path = 'demo.sock'
print(os.path.exists(path))
srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
print(repr(srv.getsockname()), srv)
srv.bind(path)
srv.listen()
srv.settimeout(2)
print(srv.getsockname(), os.path.exists(path))
print(srv)
cli = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
cli.connect(path)
print(cli.getpeername(), repr(cli.getsockname()))
print(cli)
conn, addr = srv.accept()
print(repr(addr), conn.getsockname())
print(conn)
print(cli.send(b'through a file name'), conn.recv(100))
conn.close(); cli.close(); srv.close()
print(os.path.exists(path))
os.unlink(path)
print(os.path.exists(path))
