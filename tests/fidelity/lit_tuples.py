# Tuple displays, including the empty tuple and 1-tuples.
print((), (1,), (1, 2), ('a', b'b', None))
print(((1,),), ((), ()), (1, (2, (3,))))
t = (1, 'two', 3.0)
print(t, repr(t), str(t), len(t))
print(t[0], t[-1], t[1:], t[:0], (1, 2) == (1, 2))
u = 4, 5
print(u, type(u))
print((1,) + (2,) == (1, 2))
