class Conn:
    pass


Conn(1)
