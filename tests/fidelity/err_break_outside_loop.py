print('never printed: the file does not compile')
break
