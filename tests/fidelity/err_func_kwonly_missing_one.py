def f(a, b=2, *args, c, d=4, **kw):
    pass
def g(host, port):
    pass
def h(*, key):
    pass
def k(a, b=1, *, c, d):
    pass
h()
