# A name that differs only in case.
import socket
socket.af_inet
