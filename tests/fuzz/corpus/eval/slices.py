l = list(range(10)) if False else [0,1,2,3,4,5]
l[::2], l[::-1], l[1:-1]
