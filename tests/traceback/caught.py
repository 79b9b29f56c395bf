# An error caught and handled leaves nothing; the next one is uncaught.
def bad():
    raise OSError(5, "Input/output error")

try:
    bad()
except OSError as e:
    print("caught", e)
bad()
