def div(a, b):
    return a // b
print(div(7, 2))
div(1, 0)
