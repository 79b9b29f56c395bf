'{} {0} {k}'.format(1, k=2)
