# None, True, False: print and repr, comparisons with ints.
print(None, True, False)
print(repr(None), repr(True), str(False))
print(True == 1, False == 0, None == 0, None is None)
print(not None, not True, not 0, not '', not b'x')
print(type(None), type(True))
