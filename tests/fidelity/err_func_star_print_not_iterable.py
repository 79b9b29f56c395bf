print(*None)
