x = []
y = [[x, [x]], {"k": x}]
x.append(y)
x.append(x)
print(x, y)
x == y
