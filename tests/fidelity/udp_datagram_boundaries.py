# A datagram is all or nothing: a short recv drops the rest; empty
# datagrams are delivered; MSG_PEEK leaves it queued.
import socket
r = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
r.bind(('127.0.0.1', 0))
r.settimeout(2)
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(s.sendto(b'abcdefgh', r.getsockname()))
print(s.sendto(b'', r.getsockname()))
print(s.sendto(b'peeked', r.getsockname()))
print(r.recv(3))
print(r.recvfrom(100)[0])
print(r.recv(100, socket.MSG_PEEK), r.recv(100))
r.close(); s.close()
