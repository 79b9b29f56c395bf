# Division is not in the subset, but its error is Python's.
print(1 / 2)
print(1 / 0)
