# inet_ntoa wants exactly 4 bytes.
import socket
socket.inet_ntoa(b'\x7f\x00\x01')
