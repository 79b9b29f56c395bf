if 1:
    pass
else 2:
    pass
