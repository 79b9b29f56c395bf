d = {'a': 1, 'b': [1, 2]}
d['c'] = d.get('a')
del d['a']
print(d, len(d), list(d))
