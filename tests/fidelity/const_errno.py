# The errno module's constants are plain ints.
import errno
print(errno.EADDRINUSE, errno.EADDRNOTAVAIL, errno.ECONNREFUSED, errno.ECONNRESET)
print(errno.EAGAIN, errno.EWOULDBLOCK, errno.EAGAIN == errno.EWOULDBLOCK)
print(errno.EBADF, errno.EINVAL, errno.ENOTCONN, errno.EISCONN, errno.EPIPE)
print(errno.ENOENT, errno.EACCES, errno.EDESTADDRREQ, errno.EAFNOSUPPORT)
print(errno.EOPNOTSUPP, errno.EINPROGRESS, errno.EMSGSIZE, errno.EPROTOTYPE)
print(type(errno.EINTR), repr(errno.ETIMEDOUT))
