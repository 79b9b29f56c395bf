# ASCII cannot encode everything.
'caf\xe9'.encode('ascii')
