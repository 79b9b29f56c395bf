# The same function on several frames.
def down(n):
    if n == 0:
        raise ZeroDivisionError("bottom")
    down(n - 1)

down(3)
