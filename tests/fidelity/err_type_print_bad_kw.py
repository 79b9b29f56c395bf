# print has no such keyword.
print('a', color='red')
