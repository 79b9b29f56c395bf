def add(a, b=10):
    return a + b
print(add(1), add(1, 2), add(b=5, a=1), add(a=3))
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)
print(fact(10), fact(20))
count = 0
def bump():
    global count
    count += 1
bump(); bump()
print(count)
def noret(): pass
print(noret(), type(add), add.__name__, repr(add).startswith('<function add at 0x'))
def loop(n):
    total = 0
    for i in range(n):
        if i == 5:
            return total
        total += i
    return -1
print(loop(10), loop(3))
x = 'global'
def shadow():
    x = 'local'
    return x
print(shadow(), x)
def reads():
    return x
print(reads())
def outer():
    def inner(v):
        return v * 2
    return inner(21)
print(outer())
def many(a, b, c=3, d=4):
    return (a, b, c, d)
print(many(1, 2), many(1, 2, d=9))
import socket
def make():
    s = socket.socket()
    s.close()
    return s.fileno()
print(make())
