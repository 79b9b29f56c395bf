# recursion works up to Python's limit
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(900))
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(15))
