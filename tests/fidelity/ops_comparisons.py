# Comparisons, chained comparisons and mixed types.
print(1 < 2, 2 <= 2, 3 > 4, 4 >= 5, 1 == 1.0, 1 != 2)
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1 != 2, 0 < 1 <= 1 < 2)
print('a' < 'b', 'abc' < 'abd', b'a' < b'b', (1, 2) < (1, 3), [1] < [1, 0])
print('1' == 1, b'a' == 'a', None == None, () == (), (1,) == [1])
x = 5
print(0 < x < 10, 10 < x < 20, x == 5 == 5)
