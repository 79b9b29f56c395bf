# int() of a non-number.
int('abc')
