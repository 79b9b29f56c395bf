x = 0 or [] or 'y'
y = 1 and 0
not x
x if y else 3
