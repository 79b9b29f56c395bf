# create_connection unpacks (host, port): an IPv6 4-tuple is too long.
import socket
srv = socket.create_server(('::1', 0), family=socket.AF_INET6)
print(srv.getsockname()[2:], len(srv.getsockname()))
c = socket.create_connection(srv.getsockname())
