# str has no decode.
import socket
'abc'.decode()
