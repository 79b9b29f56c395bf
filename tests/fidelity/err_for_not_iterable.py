for i in range(2):
    print(i)
for x in 5:
    print(x)
