range(3).stat
