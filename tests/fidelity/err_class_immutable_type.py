int.size = 4
