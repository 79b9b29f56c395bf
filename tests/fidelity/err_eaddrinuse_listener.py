# A listener's name cannot be bound again, even with SO_REUSEADDR.
import socket
a = socket.socket()
a.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
a.bind(('127.0.0.1', 0))
a.listen()
b = socket.socket()
b.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
b.bind(('127.0.0.2', a.getsockname()[1]))
print(b.getsockname()[0])
c = socket.socket()
c.bind(('0.0.0.0', a.getsockname()[1]))
