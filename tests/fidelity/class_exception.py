class ProtocolError(Exception):
    pass


class HeaderError(ProtocolError):
    """A bad header."""


e = ProtocolError('bad header')
print(e, repr(e), e.args, str(e))
print(isinstance(e, Exception), isinstance(e, ProtocolError), isinstance(e, OSError))
h = HeaderError('x', 42)
print(h, repr(h), h.args, isinstance(h, ProtocolError), issubclass(HeaderError, Exception))
print(repr(HeaderError()), str(HeaderError()), type(h).__name__, ProtocolError)
print(HeaderError.__name__, issubclass(ProtocolError, BaseException))
