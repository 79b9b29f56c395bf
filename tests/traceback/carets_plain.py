# 3.11's carets: ^^^ under a failing name, attribute, call; none when the
# whole line failed.
import socket

def port_of(s):
    return s.getsockname()[1] + s.missing_attribute

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.bind(("127.0.0.1", 0))
print("bound:", s.getsockname()[0])
n = len(str(port_of(s)))
