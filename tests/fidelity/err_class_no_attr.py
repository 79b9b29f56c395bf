class Conn:
    pass


print(Conn().peer)
