# '0x1f' needs base 16 (or 0).
print(int('0x1f', 0))
int('0x1f')
