a = []
b = [a]
a.append(b)
a in [b]
