/* syscall.c -- interim pass-through layer (the tracing one replaces it) */
#include <config.h>

#include "syscall.h"

#include <sys/ioctl.h>
#include <unistd.h>

static sys_observer observer;
static void *observer_ctx;
static int quiet;

void
sys_set_observer(sys_observer fn, void *ctx)
{
	observer = fn;
	observer_ctx = ctx;
}

void
sys_quiet_push(void)
{
	quiet++;
}

void
sys_quiet_pop(void)
{
	quiet--;
}

int
sys_socket(int d, int t, int p)
{
	return (socket(d, t, p));
}

int
sys_socketpair(int d, int t, int p, int sv[2])
{
	return (socketpair(d, t, p, sv));
}

int
sys_bind(int fd, const struct sockaddr *sa, socklen_t len)
{
	return (bind(fd, sa, len));
}

int
sys_connect(int fd, const struct sockaddr *sa, socklen_t len)
{
	return (connect(fd, sa, len));
}

int
sys_listen(int fd, int backlog)
{
	return (listen(fd, backlog));
}

int
sys_accept4(int fd, struct sockaddr *sa, socklen_t *len, int flags)
{
	return (accept4(fd, sa, len, flags));
}

int
sys_getsockname(int fd, struct sockaddr *sa, socklen_t *len)
{
	return (getsockname(fd, sa, len));
}

int
sys_getpeername(int fd, struct sockaddr *sa, socklen_t *len)
{
	return (getpeername(fd, sa, len));
}

ssize_t
sys_sendto(int fd, const void *p, size_t n, int flags,
    const struct sockaddr *sa, socklen_t len)
{
	return (sendto(fd, p, n, flags, sa, len));
}

ssize_t
sys_recvfrom(int fd, void *p, size_t n, int flags, struct sockaddr *sa,
    socklen_t *len)
{
	return (recvfrom(fd, p, n, flags, sa, len));
}

int
sys_shutdown(int fd, int how)
{
	return (shutdown(fd, how));
}

int
sys_close(int fd)
{
	return (close(fd));
}

int
sys_setsockopt(int fd, int level, int name, const void *p, socklen_t len)
{
	return (setsockopt(fd, level, name, p, len));
}

int
sys_getsockopt(int fd, int level, int name, void *p, socklen_t *len)
{
	return (getsockopt(fd, level, name, p, len));
}

int
sys_ioctl_int(int fd, unsigned long req, int *arg)
{
	return (ioctl(fd, req, arg));
}

int
sys_poll(struct pollfd *fds, nfds_t n, int ms)
{
	(void)observer;
	(void)observer_ctx;
	(void)quiet;
	return (poll(fds, n, ms));
}
