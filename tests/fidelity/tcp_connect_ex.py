# connect_ex returns an errno instead of raising.
import socket
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen()
name = srv.getsockname()
c = socket.socket()
print(c.connect_ex(name))
print(c.connect_ex(name))
srv.close()
late = socket.socket()
print(late.connect_ex(name))
print(late.connect_ex(name))
c.close(); late.close()
