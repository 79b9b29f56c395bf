# Containers compare their items as PyObject_RichCompareBool does: the
# same object is equal to itself without being asked, NaN included.
x = float('nan')
print(x == x, x != x)
print([x] == [x], (x,) == (x,), [x] != [x])
print(x in [x], x in (x,), [x] in [[x]], x in range(3))
print([x].count(x), [x].index(x), [x, 1] < [x, 2])
y = float('nan')
print([x] == [y], x in [y], [1, y].count(x))
a = []
a.append(a)
print(a == a, a in [a])
# Break the cycle: sockshell has no cycle collector yet (docs/design.md).
a.pop()
