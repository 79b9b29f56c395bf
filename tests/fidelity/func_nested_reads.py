# nested functions read the names of the calls they were defined in
def outer(x):
    y = x * 2
    def inner(z):
        return x + y + z
    return inner(1)
print(outer(10))
def counter():
    n = 0
    def show():
        return n
    n = 5
    return show
c = counter()
print(c(), c())
def adder(k):
    def add(v):
        return v + k
    return add
add3 = adder(3)
print(add3(4), adder(10)(1))
def three():
    a = 1
    def two():
        b = 2
        def one():
            return a + b
        return one()
    return two()
print(three())
g = 'global'
def uses_global():
    def inner():
def outer():
    def helper(v):
        return v * 2
    def api(v):
        return helper(v) + 1
    return api
f = outer()
print(f(5))
def plain():
    def h():
        return 1
    return h()
for i in range(100):
    plain()
print('ok')
