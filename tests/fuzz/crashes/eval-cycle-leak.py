x = []
x.append(x)
f'{x}'
