# Unpacking an int.
a, b = 5
