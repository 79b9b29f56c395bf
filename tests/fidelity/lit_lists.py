# List displays and indexing.
print([], [1], [1, 'a', b'b', None, True])
l = [10, 20, 30, 40]
print(l[0], l[-1], l[1:3], l[::-1], len(l))
print([[1, 2], [3]], [(1,), ()], repr([]))
print(type(l), [1, 2] == [1, 2], [1] != [2])
