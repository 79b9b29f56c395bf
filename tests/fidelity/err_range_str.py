range(0, '9')
