# OSError(errno, strerror[, filename]) is the errno's subclass, as CPython's
# OSError.__new__ makes it; the filename leaves args.
for e in (OSError(2, 'gone'), OSError(2, 'gone', 'f'), OSError(2, 'gone', None),
          OSError(111, 'refused'), OSError(98, 'in use'), OSError('text'),
          OSError(2), PermissionError(2, 'x'), ConnectionError(104, 'reset')):
    print(type(e).__name__, e, repr(e), e.args, e.errno, e.filename)
try:
    raise OSError(110, 'timed out')
except TimeoutError as e:
    print('caught', type(e).__name__, e)
