r = range(-(2 ** 62), 2 ** 62)
print(r[1])
len(r)
