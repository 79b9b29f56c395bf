print('before')
super()
