# and / or / not return operands, not just True or False.
print(1 and 2, 0 and 2, 0 or 'x', 'a' or 'b')
print(repr('' and 1), repr(None or []), repr(b'' or b'x'))
print(not 1, not [], not (), not (1,), not 'a' == 'b')
print(1 < 2 and 'yes', 1 > 2 or 'no', not 1 < 2)
print(True and None, False or 0)
