a = []
b = [a]
a.append(b)
a == b
