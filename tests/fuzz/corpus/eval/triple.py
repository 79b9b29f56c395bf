s = '''a
b
c'''
print(s)
