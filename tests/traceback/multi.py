# Errors while handling errors while handling errors: the whole chain.
def first():
    raise KeyError("a")

def second():
    try:
        first()
    except KeyError:
        raise ValueError("b")

try:
    second()
except ValueError as e:
    raise TypeError("c") from e
