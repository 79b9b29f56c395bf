def f(a, b=2, *args, c, d=4, **kw):
    print(a, b, args, c, d, kw)
f(1, c=3)
f(1, 2, 3, 4, c=5, e=6)
addr = ('127.0.0.1', 8080)
print('{}:{}'.format(*addr))
def g(host, port):
    return host + ':' + str(port)
print(g(*addr))
def mk(**k):
    return k
opts = mk(port=80, host='x')
print(g(**opts))
print(*addr, sep='|')
def h(*, key):
    return key
print(h(key=1))
def v(*args, **kwargs):
    return args, kwargs
print(v())
print(v(1, *[2, 3], 4, x=1, **mk(y=2)))
def server(host='127.0.0.1', port=0, *, backlog=5, **opts):
    return (host, port, backlog, opts)
print(server())
print(server('::1', 9, backlog=1, reuse=True, nodelay=1))
conf = mk(host='localhost', port=8000, backlog=2)
print(server(**conf))
def log(fmt, *args):
    print(fmt.format(*args))
log('{} connected from {}:{}', 'client', *('127.0.0.1', 5000))
def count(*xs):
    return len(xs)
print(count(*range(4), *'ab', *[]))
print(*[1, 2], *(3,))
