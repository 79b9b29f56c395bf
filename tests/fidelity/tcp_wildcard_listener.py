# A wildcard listener's connections report the concrete address.
import socket
srv = socket.socket()
srv.bind(('0.0.0.0', 0))
srv.listen()
srv.settimeout(2)
port = srv.getsockname()[1]
print(srv.getsockname()[0])
cli = socket.socket()
cli.connect(('127.0.0.1', port))
conn, addr = srv.accept()
print(conn.getsockname() == ('127.0.0.1', port))
c2 = socket.socket()
c2.connect(('', port))
print(c2.getpeername() == ('127.0.0.1', port))
conn.close(); cli.close(); c2.close(); srv.close()
