# Closing with unread data resets the connection.
import socket
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
cli = socket.socket()
cli.connect(srv.getsockname())
cli.settimeout(2)
conn, addr = srv.accept()
print(cli.send(b'never read'))
conn.settimeout(2)
print(conn.recv(1, socket.MSG_PEEK))
conn.close()
cli.recv(10)
