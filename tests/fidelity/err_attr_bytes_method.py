# bytes has no encode.
import socket
b'abc'.encode()
