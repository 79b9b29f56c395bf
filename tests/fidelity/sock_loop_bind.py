# sockets made, bound and closed in a loop
import socket
names = []
for i in range(3):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind(('127.0.0.1', 0))
    host, port = s.getsockname()
    names.append(host)
    if port > 0:
        print(i, host, 'bound')
    s.close()
print(names, s.fileno())
