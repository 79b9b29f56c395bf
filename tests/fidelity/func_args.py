# positional, default and keyword arguments
def f(a, b=2, c=3):
    return a, b, c
print(f(1), f(1, 5), f(1, c=9), f(c=7, b=8, a=9))
defaults = []
def g(x, seen=defaults):
    seen.append(x)
    return len(seen)
print(g(1), g(2), defaults)
k = 10
def h(v=k):
    return v
k = 20
print(h())
