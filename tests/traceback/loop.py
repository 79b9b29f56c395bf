# An error in a loop, inside an if, inside a function.
def check(n):
    if n > 2:
        raise ValueError("too big: " + str(n))
    print("ok", n)

for i in range(5):
    if i % 2 == 0:
        check(i)
