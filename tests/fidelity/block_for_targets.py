# for targets: names, tuples, lists, nested tuples, subscripts
pairs = [(1, 'a'), (2, 'b')]
for n, s in pairs:
    print(n, s)
for [n, s] in pairs:
    print(s * n)
for (a, (b, c)) in [(1, (2, 3)), (4, (5, 6))]:
    print(a + b + c)
slot = [0]
for slot[0] in range(3):
    pass
print(slot)
for x, y in 'ab', 'cd':
    print(x, y)
print(n, s, x, y)
