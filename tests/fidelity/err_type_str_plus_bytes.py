# str + bytes.
'a' + b'b'
