# isinstance with builtin classes, tuples of classes and exception classes.
import socket
s = socket.socket()
print(isinstance(1, int), isinstance(True, int), isinstance(1, str))
print(isinstance('a', str), isinstance(b'', bytes), isinstance((), tuple))
print(isinstance([], list), isinstance(1.0, float), isinstance(None, int))
print(isinstance(s, socket.socket), isinstance(socket.AF_INET, int))
print(isinstance(1, (str, int)), isinstance('x', (bytes, list)))
print(isinstance(socket.timeout, type), socket.timeout is TimeoutError)
print(isinstance(socket.gaierror('x'), OSError))
s.close()
