# create_server for IPv6 on ::1; create_connection wants (host, port),
# so the 4-tuple from getsockname() is cut down to two items.
import socket
srv = socket.create_server(('::1', 0), family=socket.AF_INET6, backlog=5)
print(srv.family, srv.getsockname()[0], len(srv.getsockname()))
c = socket.create_connection(srv.getsockname()[:2], 2)
print(c.family, c.getpeername() == srv.getsockname(), c.gettimeout())
print(c.getpeername())
c.close()
srv.close()
