class Conn:
    def __repr__(self):
        return 1


print(repr(Conn()))
