def f(a, b, c=1): pass
f(c=2)
