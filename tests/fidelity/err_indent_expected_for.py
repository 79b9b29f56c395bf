for i in range(3):

# a comment
print(i)
