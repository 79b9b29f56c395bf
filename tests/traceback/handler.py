# An error while handling another: both tracebacks, "During handling".
def lookup(names, i):
    names.pop(i)

def main():
    try:
        lookup(["a", "b"], 5)
    except IndexError:
        undefined_name

main()
