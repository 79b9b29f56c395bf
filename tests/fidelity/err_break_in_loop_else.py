while False:
    pass
else:
    break
