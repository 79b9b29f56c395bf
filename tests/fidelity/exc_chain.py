# __context__, __cause__ and __suppress_context__ as raise sets them
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while handling")
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        int("x")
    except ValueError as inner:
        raise KeyError("k") from inner
except KeyError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise OSError("quiet") from None
except OSError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    try:
        raise IndexError("in try")
    finally:
        raise TypeError("in finally")
except TypeError as e:
    print(repr(e.__context__))
try:
    raise ValueError from IndexError
except ValueError as e:
    print(repr(e), repr(e.__cause__))
e = ValueError("plain")
print(e.__context__, e.__cause__, e.__suppress_context__)
import sys
try:
    sys.exit("bye")
except SystemExit as e:
    print("code", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("code", e.code)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print(e)
raise RuntimeError("last") from KeyError("first")
