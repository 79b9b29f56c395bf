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
try:
    print(b in [0, a])
except RecursionError as e:
    print(type(e).__name__, e)
# Break the cycles: sockshell has no cycle collector yet (docs/design.md),
# and the sanitizer run of the suite checks for leaks.
x.pop(); x.pop(); a.pop()
