# SOCK_SEQPACKET unix sockets keep message boundaries over a connection.
import socket
import os
srv = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
srv.bind('seq.sock')
srv.listen()
srv.settimeout(2)
cli = socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET)
cli.connect('seq.sock')
conn, addr = srv.accept()
print(cli.type, repr(addr))
print(cli.send(b'one'), cli.send(b'two'))
print(conn.recv(100), conn.recv(100))
print(cli)
cli.close(); conn.close(); srv.close()
