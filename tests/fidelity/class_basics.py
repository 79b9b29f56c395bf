class Point:
    """A point in the plane."""
    dims = 2

    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __repr__(self):
        return f'Point({self.x}, {self.y})'


p = Point(3, 4)
print(p, p.norm2(), p.dims, Point.dims, [p], (p,))
print(f'{p}', f'{p!r}', str(p), repr(p))
p.x = 10
p.label = 'a'
print(p.x, p.label, p.norm2())
del p.label
Point.dims = 5
print(p.dims, Point.dims)
q = Point(1)
print(q.y, q == q, q == p, q != p)
m = p.norm2
print(m(), m.__self__ is p, m.__func__ is Point.norm2, Point.norm2(q))
print(type(p).__name__, type(p), Point, type(p) is Point, Point.__name__)
print(Point.__module__, isinstance(p, Point), isinstance(1, Point))
print(p.__class__ is Point)
