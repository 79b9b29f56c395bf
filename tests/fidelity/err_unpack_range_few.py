a, b, c = range(2)
