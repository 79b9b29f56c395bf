# Expressions continue over lines while brackets are open.
import socket
print(1,
      2,
      3)
t = (
    'a',
    'b',
)
print(t)
l = [1,
     2]
print(l)
s = socket.socket(socket.AF_INET,
                  socket.SOCK_DGRAM)
s.bind(('127.0.0.1',
        0))
print(s.getsockname()[0])
s.close()
