def read_all(chunks):
    out = []
    while (c := chunks.pop(0) if chunks else None) is not None:
        out.append(c)
    return out, c
print(read_all([b'a', b'b']))
c = 'global c'
print(c)
def f(x):
    if (n := len(x)) > 2:
        return n
    return -n
print(f('abcd'), f('a'))
data = [1, 2]
if (count := len(data)) == 2:
    print('two', count)
print(count)
g = lambda: (z := 5)
print(g())
