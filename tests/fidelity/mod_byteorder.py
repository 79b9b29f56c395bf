# htons/ntohs/htonl/ntohl on this little-endian machine.
import socket
print(socket.htons(8080), hex(socket.htons(8080)), socket.ntohs(socket.htons(8080)))
print(socket.htons(0), socket.htons(1), socket.htons(65535), socket.ntohs(256))
print(socket.htonl(1), socket.ntohl(16777216), socket.htonl(0x7f000001))
print(hex(socket.htonl(0x7f000001)), socket.ntohl(socket.htonl(4294967295)))
