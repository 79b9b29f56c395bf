f = lambda: 1
print(f())
sq = lambda x: x * x
print(sq(7), (lambda a, b=2, *r, k=0, **kw: (a, b, r, k, kw))(1, 3, 4, k=5, z=6))
print(repr(f)[:20], f.__name__)
def adder(n):
    return lambda x: x + n
add3 = adder(3)
print(add3(4))
key = lambda pair: pair[1]
print(key(('a', 9)))
fmt = lambda host, port: '%s:%d' % (host, port)
print(fmt(*('127.0.0.1', 80)))
g = lambda x: x if x > 0 else -x
print(g(-4), g(5))
h = lambda: lambda: 42
print(h()())
print((lambda *a: len(a))(*range(5)))
