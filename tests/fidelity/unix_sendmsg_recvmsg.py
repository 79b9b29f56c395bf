# AF_UNIX datagrams: recvmsg reports the sender's path, or None.
import socket
u = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
u.bind('u.sock')
u.settimeout(2.0)
v = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
v.bind('v.sock')
print(v.sendmsg([b'q', b'r'], [], 0, 'u.sock'))
print(u.recvmsg(5))
w = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
print(w.sendmsg([b'anon'], [], 0, 'u.sock'))
print(u.recvmsg(5))
