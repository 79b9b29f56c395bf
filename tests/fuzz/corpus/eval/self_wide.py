x = []
#*50 x.append(x)\n
#*20 x = [x, x]\n
x == x
print(x)
