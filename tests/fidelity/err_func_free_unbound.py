def late():
    def inner():
        return w
    r = inner()
    w = 1
late()
