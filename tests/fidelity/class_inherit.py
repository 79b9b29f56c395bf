class Base:
    kind = 'base'

    def __init__(self, name):
        self.name = name

    def hello(self):
        return 'hello from ' + self.name + ' (' + self.kind + ')'

    def __str__(self):
        return 'Base ' + self.name


class Child(Base):
    kind = 'child'

    def __init__(self, name, n):
        Base.__init__(self, name)
        self.n = n

    def twice(self):
        return self.hello() + ' x' + str(self.n)


class GrandChild(Child):
    pass


c = Child('c', 2)
g = GrandChild('g', 3)
print(c.hello(), '|', c.twice(), '|', g.twice())
print(c, g, str(g))
print(isinstance(g, Base), isinstance(g, Child), isinstance(c, GrandChild))
print(issubclass(GrandChild, Base), issubclass(Base, Child), issubclass(Child, object))
print(isinstance(c, (int, Base)), type(g).__name__, GrandChild.kind)
