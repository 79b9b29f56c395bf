# sendto names the destination, recvfrom reports the sender; an unbound
# sender is bound to the wildcard on its first send.
import socket
srv = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
srv.bind(('127.0.0.1', 0))
srv.settimeout(2)
cli = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
cli.settimeout(2)
print(cli.sendto(b'hello', srv.getsockname()))
print(cli.getsockname())
data, addr = srv.recvfrom(1024)
print(data, addr)
print(addr == ('127.0.0.1', cli.getsockname()[1]))
print(srv.sendto(b'got it', addr))
print(cli.recvfrom(1024))
print(cli.sendto(b'flagged', 0, srv.getsockname()))
print(srv.recv(1024))
srv.close(); cli.close()
