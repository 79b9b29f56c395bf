# a TCP echo in one process: listen, connect, then loops on both ends
import socket

def recvall(sock, length):
    data = b''
    while len(data) < length:
        more = sock.recv(length - len(data))
        if not more:
            print('was expecting %d bytes but only received'
                  ' %d bytes before the socket closed'
                  % (length, len(data)))
            break
        data += more
    return data

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(('127.0.0.1', 0))
srv.listen(1)
srv.settimeout(5)
cli = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
cli.settimeout(5)
cli.connect(srv.getsockname())
conn, addr = srv.accept()
conn.settimeout(5)
print('accepted', addr == cli.getsockname())
messages = [b'Hi there, server', b'second', b'x' * 3000]
for number, message in enumerate(messages):
    cli.sendall(message)
    got = recvall(conn, len(message))
    conn.sendall(got.upper())
    reply = recvall(cli, len(message))
    print(number, len(reply), reply[:16])
cli.shutdown(socket.SHUT_WR)
while True:
    more = conn.recv(100)
    if not more:
        print('client done')
        break
for s in conn, cli, srv:
    s.close()
print('closed')
