# raise ... from: the cause's traceback, then "direct cause".
def connect(port):
    raise ConnectionRefusedError(111, "Connection refused")

def fetch():
    try:
        connect(1)
    except OSError as e:
        raise RuntimeError("fetch failed") from e

fetch()
