def find(items, want):
    for i in range(len(items)):
        while True:
            if items[i] == want:
                return i
            break
    return None
print(find('abc', 'c'), find('abc', 'z'))
def early(x):
    if x:
        return 'yes'
    else:
        return
print(early(1), early(0))
