x = 2 ** 200
print(x, x // 3, x % 7, -x, hex(x))
