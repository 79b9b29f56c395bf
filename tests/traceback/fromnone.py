# raise ... from None: the context is not shown.
def f():
    try:
        int("x")
    except ValueError:
        raise KeyError("k") from None

f()
