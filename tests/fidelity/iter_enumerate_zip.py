# enumerate and zip in for loops, lazily as Python's
for i, c in enumerate('abc'):
    print(i, c)
for n, (host, port) in enumerate([('127.0.0.1', 1), ('::1', 2)], 1):
    print(n, host, port)
for a, b, c in zip('xyz', range(10), [True, False, None, 0]):
    print(a, b, c)
print(list(zip()), list(zip([1, 2])), list(enumerate(b'ab', start=-1)))
print(type(zip()), type(enumerate('')), isinstance(enumerate(''), enumerate))

e = enumerate(range(3))
print(list(e), list(e))
z = zip('ab', 'cd')
print(('a', 'c') in z, list(z))
