range(3)['a']
