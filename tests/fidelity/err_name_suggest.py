# A misspelt name gets a suggestion (3.10+).
import socket
sokcet.socket()
