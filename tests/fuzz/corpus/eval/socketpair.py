import socket
a, b = socket.socketpair()
a.sendall(b'x' * 100)
b.recv(1000)
