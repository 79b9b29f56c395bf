# from socket import * brings functions, classes and constants in.
from socket import *
s = socket(AF_INET, SOCK_DGRAM)
print(s.family, s.type)
s.bind(('127.0.0.1', 0))
print(s.getsockname()[0], SOL_SOCKET, AF_INET6)
print(htons(1), inet_aton('10.0.0.1'), type(gethostname()))
s.close()
print(s)
