# + on str and bytes, + and - and * on ints.
print('sock' + 'et', b'\x00' + b'abc', '' + '', b'' + b'')
greeting = 'hello'
greeting = greeting + ', world'
print(greeting, len(greeting))
print(1 + 2 + 3, 10 - 4 - 3, 2 * 3 * 4, -(2 + 3))
print('a' + str(1), repr(b'x' + 'y'.encode()))
