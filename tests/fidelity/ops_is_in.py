# is / is not, in / not in.
import socket
x = [1]
y = x
print(x is y, x is [1], x is not y, None is None, x is not None)
print('b' in 'abc', 'ab' in 'abc', 'x' not in 'abc', '' in 'abc')
print(b'b' in b'abc', 98 in b'abc', 1 in (1, 2), 3 in [1, 2], 3 not in [1])
print(socket.timeout is TimeoutError, socket.error is OSError)
print(socket.AF_INET in (socket.AF_INET, socket.AF_INET6), 2 in (socket.AF_INET,))
