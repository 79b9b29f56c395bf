x = []
x = [x]
x = [x]
x = [x]
x = [[[[x]]]]
print(x)
x == x
