# while ... else: the else runs only when the loop was not broken
n = 0
while n < 3:
    n += 1
else:
    print('finished', n)
while True:
    n -= 1
    if n == 1:
        break
else:
    print('never')
print('broke at', n)
while n < 10:
    n += 1
    if n % 2:
        continue
    print('even', n)
