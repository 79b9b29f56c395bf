for x in zip([1], 5):
    pass
