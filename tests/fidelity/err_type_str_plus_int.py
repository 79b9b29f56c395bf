# str + int.
'port ' + 80
