# a UDP echo over loopback, three rounds in a while loop
import socket
srv = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
srv.bind(('127.0.0.1', 0))
srv.settimeout(5)
cli = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
cli.settimeout(5)
n = 0
while n < 3:
    cli.sendto(b'ping %d' % n if False else b'ping', srv.getsockname())
    data, addr = srv.recvfrom(100)
    srv.sendto(data.upper(), addr)
    reply, _ = cli.recvfrom(100)
    print(n, data, reply, addr == cli.getsockname())
    n += 1
for s in (srv, cli):
    s.close()
print('closed')
