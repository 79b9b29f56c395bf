# An error at the module level: one frame, <module>.
import socket
print("before")
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.bind(("127.0.0.1", 99999))
