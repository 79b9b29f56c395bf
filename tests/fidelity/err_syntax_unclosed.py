# An unclosed bracket: the whole file is parsed before anything runs.
print('line 1')
print('line 2', (1, 2)
