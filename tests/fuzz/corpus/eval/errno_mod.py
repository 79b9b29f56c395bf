import errno
errno.errorcode[errno.EADDRINUSE]
