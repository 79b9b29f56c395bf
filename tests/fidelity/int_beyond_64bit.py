# Python ints have no fixed width: sums past 2**63-1 stay exact.
big = 9223372036854775807
print(big + 1)
print(big * 2)
print(18446744073709551616 - 1)
print(-big - 2)
