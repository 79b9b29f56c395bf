# inet_ntop wants exactly 4 or 16 bytes.
import socket
socket.inet_ntop(socket.AF_INET, b'abc')
