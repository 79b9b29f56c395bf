# int + str.
80 + 'x'
