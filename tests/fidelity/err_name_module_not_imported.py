# Using socket before importing it.
s = socket.socket()
