# Connected UDP: the ICMP error of one send surfaces on the next call.
import socket
r = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
r.bind(('127.0.0.1', 0))
name = r.getsockname()
r.close()
v = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
v.settimeout(2)
v.connect(name)
print(v.send(b'anyone?'))
v.recv(100)
