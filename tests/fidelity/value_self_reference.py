x = []
x.append(x)
print(x)
print(str(x), repr(x), format(x), f'{x!r}', '%s' % (x,))
t = (x, 1)
x.append(t)
print(x, t)
print(x == x, [x] == [x], x in [x], x.count(x), x.index(t))
a = []
b = [a]
a.append(b)
print(a, b)
print(b in [0, a])
