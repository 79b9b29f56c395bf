class Conn:
    def __init__(self):
        self.address = ('127.0.0.1', 80)


c = Conn()
print(c.address)
print(c.adress)
