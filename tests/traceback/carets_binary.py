# 3.11's carets: ~~^^~~ under a failing binary operation, ^^^ under a call.
def average(total, count):
    share = total // count + 1
    return share

def report(values):
    print("values:", values)
    result = average(values[0] + values[1], len(values) - 2)
    return result

print(report([1, 2]))
