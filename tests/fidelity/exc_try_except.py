# try/except/else/finally: handlers in order, tuples, bare except, as-names
def div(a, b):
    try:
        r = a // b
    except ZeroDivisionError as e:
        print("zero:", e)
        return None
    except (TypeError, ValueError) as e:
        print("type:", e)
        return None
    else:
        print("else runs when nothing was raised")
        return r
    finally:
        print("finally", a, b)
print(div(7, 2))
print(div(7, 0))
print(div(7, "x"))
try:
    e = 1
    raise KeyError("k")
except LookupError as e:
    print("caught", repr(e), e)
try:
    e
except NameError as err:
    print("after the handler:", err)
try:
    int("zz")
except:
    print("bare except")
try:
    try:
        raise OSError(98, "Address already in use")
    except OSError:
        print("handling, then re-raise")
        raise
except OSError as e:
    print(e.errno, e.strerror, e)
try:
    raise
except RuntimeError as e:
    print(e)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    try:
        1 / 0
    except 5:
        pass
except TypeError as e:
    print(e)
try:
    raise ValueError("cause") from None
except ValueError as e:
    print("from None:", e)
try:
    raise IndexError
except IndexError as e:
    print("class raised:", repr(e))
raise ConnectionRefusedError(111, "Connection refused")
