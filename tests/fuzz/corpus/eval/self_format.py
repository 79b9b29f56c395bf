x = []
x.append(x)
format(x)
'%s' % (x,)
