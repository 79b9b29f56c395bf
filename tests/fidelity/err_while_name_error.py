n = 3
while n:
    n -= 1
    print(n)
    if n == 1:
        print(undefined_name)
