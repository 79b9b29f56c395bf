# int() from str and float, with and without a base; hex().
print(int('42'), int('-5'), int(' 7 '), int('0'), int(3.9), int(-3.9))
print(int('0x1f', 16), int('ff', 16), int('FF', 16), int('0X1F', 16))
print(int('777', 8), int('101', 2), int('ff', base=16), int(True))
print(hex(255), hex(0), hex(-1), hex(8080), hex(65535))
print(int('1_000'), int(), repr(hex(16)))
