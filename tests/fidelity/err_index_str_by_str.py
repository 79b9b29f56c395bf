# Indexes must be ints.
'abc'['a']
