def f():
    return 5
f()()
