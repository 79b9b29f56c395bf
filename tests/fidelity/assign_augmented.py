x = 10
x += 1; x -= 2; x *= 3; print(x)
x /= 2; print(x)
x = 17
x //= 3; print(x)
x %= 4; print(x)
x **= 3; print(x)
x <<= 2; x >>= 1; print(x)
x &= 6; x |= 9; x ^= 3; print(x)
a = [1]
b = a
a += [2, 3]
print(a, b, a is b)
t = (1,)
u = t
t += (2,)
print(t, u)
s = 'ab'
s *= 2
print(s)
l = [0]
l *= 2
print(l)
d = [[1], [2]]
d[0] += [5]
print(d)
m = [1, 2]
alias = m
m *= 3
print(alias)
m *= 0
print(alias, m is alias)
e = []
e += 'ab'
e += range(2)
e += (9,)
print(e)
buf = [b'x']
chunks = buf
chunks += [b'y']
print(buf)
