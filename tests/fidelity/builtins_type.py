# type() of every value kind the subset has.
import socket
print(type(1), type(1.5), type('a'), type(b'a'))
print(type(()), type([]), type(None), type(True))
s = socket.socket()
print(type(s), type(socket.AF_INET), type(socket.SOCK_STREAM))
print(type(socket), type(socket.SOL_SOCKET), type(socket.MSG_PEEK))
print(type(s.getsockname()), type(socket.gethostname()))
print(type(1) == int, type('a') is str)
s.close()
