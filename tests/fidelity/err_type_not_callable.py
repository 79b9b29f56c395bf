# Calling a value that is not callable.
x = 5
x()
