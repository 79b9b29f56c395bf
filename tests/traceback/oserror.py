# An OSError from a socket call inside a function: bind to a port in use.
import socket

def serve(port):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind(("127.0.0.1", port))
    print("bound")

first = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
first.bind(("127.0.0.1", 0))
first.listen(1)
serve(first.getsockname()[1])
