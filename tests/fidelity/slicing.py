# Slices: start, stop, negative bounds, out of range, steps.
s = 'hello world'
print(s[1:3], s[:5], s[6:], s[-5:], s[:-6], s[3:3], s[20:])
print(s[::2], s[::-1], s[1:8:3], s[-1:-4:-1])
b = b'abcdef'
print(b[1:3], b[-2:], b[:0], b[::2])
t = (1, 2, 3, 4)
print(t[1:], t[:-1], t[::-1], t[5:])
l = [1, 2, 3, 4]
print(l[1:3], l[-2:])
