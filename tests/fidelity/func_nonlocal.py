def counter():
    n = 0
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
c = counter()
print(c(), c(), c(5))
def outer():
    total = 0
    names = []
    def add(x):
        nonlocal total
        total = total + x
        names.append(x)
    for i in range(4):
        add(i)
    return total, names
print(outer())
def a():
    x = 'a'
    def b():
        def c():
            nonlocal x
            x = 'c'
        c()
        return x
    r = b()
    return r, x
print(a())
def serve():
    clients = 0
    def accept():
        nonlocal clients
        clients += 1
    accept(); accept()
    return clients
print(serve())
