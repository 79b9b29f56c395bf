# Abstract unix names start with NUL and come back as bytes; no file.
import socket
import os
d = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
d.bind('\0sockshell-XUNIQX-abs')
d.settimeout(2)
print(d.getsockname())
print(d)
c = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
c.bind(b'\x00sockshell-XUNIQX-cli')
print(c.sendto(b'hi', b'\x00sockshell-XUNIQX-abs'))
print(d.recvfrom(10))
print(os.path.exists('\0sockshell-XUNIQX-abs'))
d.close()
e = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
e.bind('\0sockshell-XUNIQX-abs')
print(e.getsockname() == b'\x00sockshell-XUNIQX-abs')
c.close(); e.close()
