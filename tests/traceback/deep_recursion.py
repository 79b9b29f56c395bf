# RecursionError: python3 prints a repeated frame three times, then
# "[Previous line repeated N more times]".
def down(n):
    return down(n + 1)

down(0)
