# A unix datagram client that binds a path can be answered; recvfrom
# reports paths as str.
import socket
import os
srv = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
srv.bind('srv.sock')
srv.settimeout(2)
cli = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
cli.bind('cli.sock')
cli.settimeout(2)
print(cli.sendto(b'question', 'srv.sock'))
data, sender = srv.recvfrom(100)
print(data, sender, type(sender))
print(srv.sendto(b'answer', sender), cli.recvfrom(100))
cli.connect('srv.sock')
print(cli.getpeername(), cli.send(b'connected'), srv.recvfrom(100))
print(cli)
srv.close(); cli.close()
os.unlink('srv.sock'); os.unlink('cli.sock')
print(os.path.exists('srv.sock'), os.path.exists('cli.sock'))
