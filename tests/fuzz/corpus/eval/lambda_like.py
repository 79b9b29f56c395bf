print(max([3, 1, 2]), min('abc'), abs(-3), ord('a'), chr(97))
