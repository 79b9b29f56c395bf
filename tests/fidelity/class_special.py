class Bag:
    def __init__(self):
        self.items = []

    def add(self, x):
        self.items.append(x)
        return self

    def __len__(self):
        return len(self.items)

    def __eq__(self, other):
        return isinstance(other, Bag) and self.items == other.items

    def __call__(self, x):
        return self.add(x)


a = Bag()
b = Bag()
print(bool(a), a == b, a != b)
a.add(1).add(2)
b(1)(2)
print(bool(a), a == b, a == 1, a.items, b.items)
if a:
    print('non-empty')


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on


print(bool(Flag(True)), bool(Flag(False)), 'yes' if Flag(False) else 'no')


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1


Counter()
Counter()
print(Counter.count)


class Empty:
    pass


e = Empty()
print(bool(e), e == e, e == Empty())
