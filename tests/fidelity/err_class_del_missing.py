class Conn:
    pass


c = Conn()
c.x = 1
del c.x
del c.x
