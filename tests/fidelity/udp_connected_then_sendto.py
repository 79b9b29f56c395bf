# connect() after an implicit bind keeps the port and fixes the address;
# sendto to another address still works on a connected UDP socket.
import socket
a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
a.bind(('127.0.0.1', 0))
a.settimeout(2)
b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
b.bind(('127.0.0.1', 0))
b.settimeout(2)
c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(c.sendto(b'1', a.getsockname()))
before = c.getsockname()
c.connect(a.getsockname())
after = c.getsockname()
print(before[0], after[0], before[1] == after[1])
print(c.sendto(b'2', b.getsockname()), b.recvfrom(10)[0])
print(a.recv(10), c.send(b'3'), a.recv(10))
a.close(); b.close(); c.close()
