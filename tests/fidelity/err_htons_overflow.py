# htons takes 16 bits.
import socket
print(socket.htons(65535))
socket.htons(65536)
