# Indexing past the end of a str.
print('abc'[2], 'abc'[-3])
'abc'[3]
