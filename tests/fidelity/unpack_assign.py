# Tuple unpacking in assignments.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = 'abc'
print(x, y, z)
p, q = [b'p', b'q']
print(p, q)
(h, port) = ('127.0.0.1', 80)
print(h, port)
first, second = (1, 2), (3,)
print(first, second)
