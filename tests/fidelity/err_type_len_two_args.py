# len takes one argument.
len('a', 'b')
