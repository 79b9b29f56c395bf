# A '::' listener with IPV6_V6ONLY=0 names IPv4 clients ::ffff:a.b.c.d.
import socket
d = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
d.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
d.bind(('::', 0))
d.listen()
d.settimeout(2)
port = d.getsockname()[1]
c4 = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
c4.connect(('127.0.0.1', port))
conn, addr = d.accept()
print(addr == ('::ffff:127.0.0.1', c4.getsockname()[1], 0, 0))
print(conn.getsockname() == ('::ffff:127.0.0.1', port, 0, 0))
print(addr[0], conn.getsockname()[0], c4.getpeername()[0])
conn.close(); c4.close(); d.close()
