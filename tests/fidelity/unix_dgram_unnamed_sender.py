# Unix datagrams: an unnamed sender is reported as None; autobind via
# bind('') gives NUL + 5 hex digits.
import socket
import os
d = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
d.bind('server.sock')
d.settimeout(2)
anon = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
anon.settimeout(2)
print(anon.sendto(b'who am I?', 'server.sock'), repr(anon.getsockname()))
print(d.recvfrom(100))
anon.bind('')
name = anon.getsockname()
print(type(name), name[:1], len(name))
print(name)
print(anon.sendto(b'again', 'server.sock'))
data, sender = d.recvfrom(100)
print(data, sender == name, sender)
print(d.sendto(b'welcome', sender), anon.recvfrom(100))
print(anon)
d.close(); anon.close()
os.remove('server.sock')
print(os.path.exists('server.sock'))
