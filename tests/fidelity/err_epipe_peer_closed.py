# After the peer closed, the first send works and the second breaks.
import socket
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
cli = socket.socket()
cli.connect(srv.getsockname())
conn, addr = srv.accept()
conn.close()
print(cli.send(b'first'))
cli.settimeout(2)
print(cli.recv(10))
cli.send(b'second')
