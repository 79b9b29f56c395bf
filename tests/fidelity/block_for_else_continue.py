# for ... else, break and continue
for i in range(5):
    if i == 1:
        continue
    if i == 3:
        break
    print('i', i)
else:
    print('not printed')
for i in range(2):
    print('loop', i)
else:
    print('else ran, i is', i)
for i in []:
    print('empty')
else:
    print('else of an empty loop')
