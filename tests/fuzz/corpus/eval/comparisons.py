print(1 < 2 <= 3, 'a' < 'b', [1, 2] < [1, 3], (1,) == (1,), None is None, 1 in [1])
