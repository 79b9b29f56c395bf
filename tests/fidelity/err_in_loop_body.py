for i in range(3):
    print(10 // (2 - i))
