while 0:
