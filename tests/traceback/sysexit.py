# SystemExit prints nothing, whatever the depth.
import sys

def leave():
    print("leaving")
    sys.exit(3)

leave()
