def f(a, b, c, d=1): pass
f()
