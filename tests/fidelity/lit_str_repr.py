# str literals and their reprs: quote choice and escapes.
print(repr('plain'), repr("double"))
print(repr("it's"), repr('say "hi"'), repr('both \' and "'))
print(repr('tab\there'), repr('new\nline'), repr('back\\slash'))
print(repr('\x00'), repr('\x01\x1b\x7f'), repr('\r'), repr('\0'))
print(repr('\x41\x42'), repr(''), repr('#not a comment'))
print('tab\there', 'q\'uote', "d\"q")
print(len('a\tb'), len('\x00\x00'))
