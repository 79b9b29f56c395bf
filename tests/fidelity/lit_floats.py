# Float reprs: shortest round-trip digits, exponent forms.
print(1.5, 0.1, 2.0, 100.0, 0.05, 3.14159)
print(1e16, 1e15, 1e-05, 0.0001, 1e22, 2.5e-3)
print(123456789.123, 1.0 * 3, 0.1 + 0.2)
print(repr(0.5), str(0.25), type(1.0))
print(-0.0, 1.5 - 2, 2 * 0.5)
