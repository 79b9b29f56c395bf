x = [1]
x.append(x)
x
repr(x)
str(x)
