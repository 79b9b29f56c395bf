# len, repr, str on every value kind.
print(len(''), len('abc'), len(b'ab'), len(()), len((1,)), len([1, 2, 3]))
print(repr(1), repr('a'), repr(b'a'), repr((1,)), repr([None]))
print(str(1), str('a'), str(b'a'), str((1, 'a')), str(None), str(True))
print(repr(str(1)), repr(repr('a')), str(2.0), str(-5))
