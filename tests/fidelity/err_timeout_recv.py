# settimeout(0.05) then recv with nothing queued.
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(('127.0.0.1', 0))
s.settimeout(0.05)
print(s.gettimeout())
s.recvfrom(10)
