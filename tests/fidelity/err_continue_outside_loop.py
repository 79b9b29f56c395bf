print('never printed')
if True:
    continue
