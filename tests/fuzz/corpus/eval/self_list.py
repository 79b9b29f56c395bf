x = []
x.append(x)
print(x)
