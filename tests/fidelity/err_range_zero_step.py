print(range(1, 10, 2))
range(1, 10, 0)
