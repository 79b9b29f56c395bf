# bytes + str.
b'a' + 'b'
