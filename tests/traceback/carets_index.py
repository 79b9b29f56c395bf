# 3.11's carets: ~~~~^^^ under a failing subscript, inside a bigger one.
def pick(table, row, col):
    return table[row][col] * 2

grid = [[1, 2], [3, 4]]
print(pick(grid, 1, 1))
value = pick(grid, 1, 5)
