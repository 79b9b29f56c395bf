# /etc/services and /etc/protocols lookups; gethostname's type.
import socket
print(socket.getservbyname('http', 'tcp'), socket.getservbyname('domain'))
print(socket.getservbyport(80), socket.getservbyport(53, 'udp'))
print(socket.getprotobyname('tcp'), socket.getprotobyname('udp'), socket.getprotobyname('icmp'))
h = socket.gethostname()
print(type(h), len(h) > 0)
