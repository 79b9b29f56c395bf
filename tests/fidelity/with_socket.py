# with: sockets are context managers; __exit__ closes them
import socket
with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
    s.bind(("127.0.0.1", 0))
    print(s.fileno() >= 0, s.getsockname()[0])
print("closed:", s.fileno())
with socket.socket() as a, socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as b:
    print(a.type, b.type)
print(a.fileno(), b.fileno())
try:
    with socket.socket() as s:
        raise ValueError("inside")
except ValueError as e:
    print("the exception goes on:", e, s.fileno())
def f():
    with socket.socket() as s:
        return s.fileno() >= 0
print(f())
s = socket.socket()
print(s.__enter__() is s)
print(s.__exit__(None, None, None), s.fileno())
with socket.socket():
    print("no name")
with 1:
    pass
