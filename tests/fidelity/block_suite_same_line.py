# simple statements after the colon, several with ';'
x = 5
if x > 2: a = 1; b = 2
else: a = 0; b = 0
print(a, b)
for i in range(3): print(i, end=' '); print('|', end=' ')
print()
while x > 3: x -= 1
print(x)
if x: pass
