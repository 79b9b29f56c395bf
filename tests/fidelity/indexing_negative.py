# Indexing with positive and negative indexes on each sequence type.
s = 'socket'
print(s[0], s[5], s[-1], s[-6])
b = b'\x00\x01\xff'
print(b[0], b[-1], b[2])
t = ('a', 'b', 'c')
print(t[-1], t[-3])
l = [1, 2, 3]
print(l[-2])
