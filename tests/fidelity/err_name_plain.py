# A name nothing resembles.
x = 1
print(x)
print(undefined_thing)
