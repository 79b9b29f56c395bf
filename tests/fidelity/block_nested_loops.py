# break and continue act on the innermost loop only
for i in range(3):
    for j in range(3):
        if j == i:
            break
        print(i, j)
    else:
        print('inner else', i)
    if i == 1:
        continue
    print('end of', i)
k = 0
while k < 2:
    k += 1
    for c in 'ab':
        if c == 'b':
            continue
        print(k, c)
