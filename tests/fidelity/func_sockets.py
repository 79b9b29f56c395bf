# a recvall-style helper over a socketpair
import socket
def recvall(sock, length):
    data = b''
    while len(data) < length:
        more = sock.recv(length - len(data))
        if not more:
            raise_it = True
            break
        data += more
    return data
a, b = socket.socketpair()
a.settimeout(5)
b.settimeout(5)
b.sendall(b'hello, ')
b.sendall(b'world')
print(recvall(a, 12))
b.close()
print(recvall(a, 5))
a.close()
