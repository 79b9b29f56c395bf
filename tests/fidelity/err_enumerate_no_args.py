enumerate()
