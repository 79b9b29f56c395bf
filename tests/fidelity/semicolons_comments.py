# Several statements on one line; comments everywhere.
x = 1; y = 2; print(x + y)
print('a'); print('b') ; print('c')
z = 3  # a trailing comment
# a whole-line comment
print(z)  # print('not run')
print('# inside a string is not a comment')
a = 1; b = a + 1;
print(a, b)
