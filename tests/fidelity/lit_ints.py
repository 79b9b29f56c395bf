# Integer literals and the int operators of the subset: + - *
print(0, 1, 42, -7)
print(0x1f, 0XFF, 0x0)
print(2 + 3, 2 - 5, 3 * 4, -3 * 4, 10 - -2)
print(1 + 2 * 3, (1 + 2) * 3)
print(9223372036854775807, -9223372036854775807)
print(65535 + 1, 32768 * 2 - 1)
x = 5
print(x * x - x, -x)
