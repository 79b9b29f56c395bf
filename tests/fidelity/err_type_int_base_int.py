# int() with a base takes a str.
int(31, 16)
