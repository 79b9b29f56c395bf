class Base:
    def __init__(self, name):
        self.name = name

    def describe(self):
        return 'base ' + self.name


class Child(Base):
    def __init__(self, name, port):
        super().__init__(name)
        self.port = port

    def describe(self):
        return super().describe() + ' port ' + str(self.port)


class Grand(Child):
    def describe(self):
        return '[' + super().describe() + ']'


c = Child('c', 80)
print(c.name, c.port, c.describe())
print(Grand('g', 8080).describe())


class Plain:
    def __init__(self):
        super().__init__()
        self.ok = True


print(Plain().ok)


class ProtocolError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)


e = ProtocolError('bad header', 7)
print(e, repr(e), e.args, isinstance(e, Exception))


class CodedError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg, code)
        self.code = code


c = CodedError('refused', 111)
print(c, c.code, c.args)
c.code = 3
print(c.code)
