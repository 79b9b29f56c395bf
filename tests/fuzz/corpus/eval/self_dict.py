d = {}
d['me'] = d
print(d)
