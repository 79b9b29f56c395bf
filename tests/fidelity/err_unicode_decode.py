# bytes that are not UTF-8.
b'\xff'.decode()
