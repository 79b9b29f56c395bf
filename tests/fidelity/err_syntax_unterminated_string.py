# An unterminated string literal.
print('ok')
s = 'abc
