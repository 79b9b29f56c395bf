l = [3, 1, 2]
l.sort()
l.append(l[:])
l.extend([4])
l.pop()
l
