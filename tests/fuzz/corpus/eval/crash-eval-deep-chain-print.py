x = []
#*20000 x = [x]\n
print(x)
