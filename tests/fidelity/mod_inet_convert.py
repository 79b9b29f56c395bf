# inet_aton / inet_ntoa / inet_pton / inet_ntop.
import socket
print(socket.inet_aton('127.0.0.1'), socket.inet_aton('0.0.0.0'))
print(socket.inet_aton('127.1'), socket.inet_aton('10.1.2.3'))
print(socket.inet_ntoa(b'\x7f\x00\x00\x01'), socket.inet_ntoa(b'\xff\xff\xff\xff'))
print(socket.inet_pton(socket.AF_INET, '192.168.0.1'))
print(socket.inet_pton(socket.AF_INET6, '::1'))
print(socket.inet_pton(socket.AF_INET6, '::ffff:127.0.0.1'))
print(socket.inet_ntop(socket.AF_INET, b'\x7f\x00\x00\x01'))
print(socket.inet_ntop(socket.AF_INET6, b'\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x01'))
print(socket.inet_ntop(socket.AF_INET6, socket.inet_pton(socket.AF_INET6, '2001:DB8:0:0:0:0:0:1')))
print(socket.inet_ntop(socket.AF_INET6, socket.inet_pton(socket.AF_INET6, '::ffff:10.0.0.1')))
print(len(socket.inet_pton(socket.AF_INET6, 'fe80::1')))
