first, *rest = [1, 2, 3]
print(first, rest)
*a, b = 'xyz'
print(a, b)
h, *m, t = range(5)
print(h, m, t)
x, *y = (1,)
print(x, y)
(p, q), *r = [(1, 2), 3]
print(p, q, r)
[k, *v] = b'ab'
print(k, v)
for n, *others in [(1, 2, 3), (4,)]:
    print(n, others)
host, port, *_ = ('127.0.0.1', 80, 0, 0)
print(host, port, _)
l = [0, *range(3), *'ab']
print(l)
t = *l, 9
print(t)
print((*[1], 2), [*()])
