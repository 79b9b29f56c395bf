# Invalid syntax on line 3; lines 1-2 never run.
print('never printed')
x = 1
x = = 2
