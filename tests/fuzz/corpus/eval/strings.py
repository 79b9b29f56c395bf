s = 'h\u00e9llo'
print(s.upper(), s[1:3], s * 3, len(s), s.split('l'))
