# Indexing past the end of a tuple.
t = ('127.0.0.1', 80)
print(t[-2])
t[2]
