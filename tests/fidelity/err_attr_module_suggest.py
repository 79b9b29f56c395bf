# A misspelt module attribute gets a suggestion.
import socket
socket.AF_INTE
