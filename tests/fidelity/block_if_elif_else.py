# if / elif / else pick one branch; conditions use Python's truth
for x in (0, 1, 2, 3, '', 'a', [], [0], None):
    if x == 1:
        print(x, 'one')
    elif x == 2:
        print(x, 'two')
    elif x:
        print(repr(x), 'true')
    else:
        print(repr(x), 'false')
if 0:
    print('no')
print('after')
