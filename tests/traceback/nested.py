# An error three calls deep: every frame, outermost first.
def parse(text):
    int(text)

def read(text):
    print("reading", text)
    parse(text)

def main():
    read("12")
    read("twelve")

main()
