/* syscall.c -- the one layer every socket system call goes through */
#include <config.h>

#include "syscall.h"

#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/types.h>

#include <errno.h>
#include <netdb.h>
#include <poll.h>
#include <string.h>
#include <unistd.h>

#include "family.h"
#include "trace.h"
#include "trace_msg.h"

/*
 * Rule: each wrapper makes exactly one system call and nothing else that
 * enters the kernel -- not even a quiet getsockname to learn a family --
 * because `strace -f` of the shell must show the same lines --trace shows.
 */

static sys_observer observer; /* NULL: nobody listens, nothing rendered */
static void *observer_ctx;    /* passed back to the observer */
static int quiet;             /* sys_quiet_push depth */
static struct buf line;       /* the rendering; reused for every call */

/*
 * Families per descriptor, learned from socket, socketpair and accept4,
 * forgotten on close, so calls without a sockaddr argument (listen, send,
 * close) can still report one.  Descriptors beyond the table: AF_UNSPEC.
 */
#define FAMILY_MAX 1024
static unsigned char families[FAMILY_MAX]; /* 0 is AF_UNSPEC */

static void
family_set(int fd, int family)
{
	if (fd >= 0 && fd < FAMILY_MAX && family >= 0 && family < 256)
		families[fd] = (unsigned char)family;
}

static int
family_of(int fd)
{
	if (fd >= 0 && fd < FAMILY_MAX)
		return (families[fd]);
	return (AF_UNSPEC);
}

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
	if (quiet > 0)
		quiet--;
}

static int
observed(void)
{
	if (observer == NULL || quiet > 0)
		return (0);
	buf_reset(&line);
	return (1);
}

/*
 * Hand the rendered line to the observer, with the call's address: sa
 * (NULL: none was passed) and the salen bytes of it that hold a name,
 * copied no further than the family's structure (as trace.c reads it: a
 * length beyond the caller's buffer is no reason to read past it).
 * errno comes back untouched.
 */
static void
report_addr(const char *name, int fd, int family, long result, int err,
    const struct sockaddr *sa, socklen_t salen)
{
	const struct family *f;
	struct callrec r;

	r.name = name;
	r.fd = fd;
	r.family = family;
	r.result = result;
	r.err = result == -1 ? err : 0;
	r.line = line.data;
	r.has_addr = sa != NULL;
	r.addrlen = sa != NULL ? salen : 0;
	if (r.addrlen >= sizeof(sa->sa_family) &&
	    (f = family_find(sa->sa_family)) != NULL && r.addrlen > f->size)
		r.addrlen = f->size;
	if (r.addrlen > sizeof(r.addr))
		r.addrlen = sizeof(r.addr);
	memset(&r.addr, 0, sizeof(r.addr));
	if (r.addrlen > 0)
		memcpy(&r.addr, sa, r.addrlen);
	observer(&r, observer_ctx);
	errno = err;
}

static void
report(const char *name, int fd, int family, long result, int err)
{
	report_addr(name, fd, family, result, err, NULL, 0);
}

/* The name an output address holds once the call returned, or 0 bytes. */
static socklen_t
out_len(int failed, const socklen_t *lenp, socklen_t in)
{
	if (failed || lenp == NULL)
		return (0);
	return (in < *lenp ? in : *lenp);
}

static int
sa_family_of(const struct sockaddr *sa, socklen_t len, int fd)
{
	if (sa != NULL && len >= sizeof(sa->sa_family))
		return (sa->sa_family);
	return (family_of(fd));
}

int
sys_socket(int domain, int type, int protocol)
{
	int rc = socket(domain, type, protocol);
	int err = errno;

	if (rc != -1)
		family_set(rc, domain);
	if (observed()) {
		trace_socket(&line, domain, type, protocol, rc, err);
		report("socket", -1, domain, rc, err);
	}
	errno = err;
	return (rc);
}

int
sys_socketpair(int domain, int type, int protocol, int sv[2])
{
	int rc = socketpair(domain, type, protocol, sv);
	int err = errno;

	if (rc != -1) {
		family_set(sv[0], domain);
		family_set(sv[1], domain);
	}
	if (observed()) {
		trace_socketpair(&line, domain, type, protocol, sv, rc, err);
		report("socketpair", -1, domain, rc, err);
	}
	errno = err;
	return (rc);
}

int
sys_bind(int fd, const struct sockaddr *sa, socklen_t len)
{
	int rc = bind(fd, sa, len);
	int err = errno;

	if (observed()) {
		trace_bind(&line, fd, sa, len, rc, err);
		report_addr("bind", fd, sa_family_of(sa, len, fd), rc, err, sa,
		    len);
	}
	errno = err;
	return (rc);
}

int
sys_connect(int fd, const struct sockaddr *sa, socklen_t len)
{
	int rc = connect(fd, sa, len);
	int err = errno;

	if (observed()) {
		trace_connect(&line, fd, sa, len, rc, err);
		report_addr("connect", fd, sa_family_of(sa, len, fd), rc, err,
		    sa, len);
	}
	errno = err;
	return (rc);
}

int
sys_listen(int fd, int backlog)
{
	int rc = listen(fd, backlog);
	int err = errno;

	if (observed()) {
		trace_listen(&line, fd, backlog, rc, err);
		report("listen", fd, family_of(fd), rc, err);
	}
	errno = err;
	return (rc);
}

int
sys_accept4(int fd, struct sockaddr *sa, socklen_t *lenp, int flags)
{
	socklen_t in = lenp != NULL ? *lenp : 0;
	int rc = accept4(fd, sa, lenp, flags);
	int err = errno;

	if (rc != -1)
		family_set(rc, family_of(fd));
	if (observed()) {
		trace_accept4(&line, fd, sa, lenp, in, lenp != NULL ? *lenp : 0,
		    flags, rc, err);
		report_addr("accept4", fd, family_of(fd), rc, err, sa,
		    out_len(rc == -1, lenp, in));
	}
	errno = err;
	return (rc);
}

static int
getname(const char *name, int peer, int fd, struct sockaddr *sa,
    socklen_t *lenp)
{
	socklen_t in = lenp != NULL ? *lenp : 0;
	int rc, err;

	if (peer)
		rc = getpeername(fd, sa, lenp);
	else
		rc = getsockname(fd, sa, lenp);
	err = errno;
	if (observed()) {
		socklen_t out = lenp != NULL ? *lenp : 0;

		trace_getname(&line, name, fd, sa, lenp, in, out, rc, err);
		report_addr(name, fd,
		    rc == 0 && sa != NULL && out >= 2 && in >= 2 ?
		        sa->sa_family :
		        family_of(fd),
		    rc, err, sa, out_len(rc == -1, lenp, in));
	}
	errno = err;
	return (rc);
}

int
sys_getsockname(int fd, struct sockaddr *sa, socklen_t *lenp)
{
	return (getname("getsockname", 0, fd, sa, lenp));
}

int
sys_getpeername(int fd, struct sockaddr *sa, socklen_t *lenp)
{
	return (getname("getpeername", 1, fd, sa, lenp));
}

ssize_t
sys_sendto(int fd, const void *buf, size_t len, int flags,
    const struct sockaddr *sa, socklen_t salen)
{
	ssize_t rc = sendto(fd, buf, len, flags, sa, salen);
	int err = errno;

	if (observed()) {
		trace_sendto(&line, fd, buf, len, flags, sa, salen, rc, err);
		report_addr("sendto", fd, sa_family_of(sa, salen, fd), (long)rc,
		    err, sa, salen);
	}
	errno = err;
	return (rc);
}

ssize_t
sys_recvfrom(int fd, void *buf, size_t len, int flags, struct sockaddr *sa,
    socklen_t *lenp)
{
	socklen_t in = lenp != NULL ? *lenp : 0;
	ssize_t rc = recvfrom(fd, buf, len, flags, sa, lenp);
	int err = errno;

	if (observed()) {
		socklen_t out = lenp != NULL ? *lenp : 0;

		trace_recvfrom(&line, fd, buf, len, flags, sa, lenp, in, out,
		    rc, err);
		report_addr("recvfrom", fd, family_of(fd), (long)rc, err, sa,
		    out_len(rc < 0, lenp, in));
	}
	errno = err;
	return (rc);
}

ssize_t
sys_sendmsg(int fd, const struct msghdr *m, int flags)
{
	ssize_t rc = sendmsg(fd, m, flags);
	int err = errno;

	if (observed()) {
		trace_sendmsg(&line, fd, m, flags, rc, err);
		report("sendmsg", fd,
		    sa_family_of(m->msg_name, m->msg_namelen, fd), (long)rc,
		    err);
	}
	errno = err;
	return (rc);
}

ssize_t
sys_recvmsg(int fd, struct msghdr *m, int flags)
{
	socklen_t in = m->msg_namelen;
	ssize_t rc = recvmsg(fd, m, flags);
	int err = errno;

	if (observed()) {
		trace_recvmsg(&line, fd, m, in, flags, rc, err);
		report("recvmsg", fd, family_of(fd), (long)rc, err);
	}
	errno = err;
	return (rc);
}

int
sys_shutdown(int fd, int how)
{
	int rc = shutdown(fd, how);
	int err = errno;

	if (observed()) {
		trace_shutdown(&line, fd, how, rc, err);
		report("shutdown", fd, family_of(fd), rc, err);
	}
	errno = err;
	return (rc);
}

int
sys_close(int fd)
{
	int family = family_of(fd);
	int rc = close(fd);
	int err = errno;

	/*
	 * Linux frees the descriptor even when close fails (EINTR, EIO),
	 * so forget its family either way.
	 */
	family_set(fd, AF_UNSPEC);
	if (observed()) {
		trace_close(&line, fd, rc, err);
		report("close", fd, family, rc, err);
	}
	errno = err;
	return (rc);
}

int
sys_setsockopt(int fd, int level, int name, const void *val, socklen_t len)
{
	int rc = setsockopt(fd, level, name, val, len);
	int err = errno;

	if (observed()) {
		trace_setsockopt(&line, fd, level, name, val, len, rc, err);
		report("setsockopt", fd, family_of(fd), rc, err);
	}
	errno = err;
	return (rc);
}

int
sys_getsockopt(int fd, int level, int name, void *val, socklen_t *lenp)
{
	socklen_t in = lenp != NULL ? *lenp : 0;
	int rc = getsockopt(fd, level, name, val, lenp);
	int err = errno;

	if (observed()) {
		trace_getsockopt(&line, fd, level, name, val, lenp, in,
		    lenp != NULL ? *lenp : 0, rc, err);
		report("getsockopt", fd, family_of(fd), rc, err);
	}
	errno = err;
	return (rc);
}

int
sys_ioctl_int(int fd, unsigned long req, int *arg)
{
	int rc = ioctl(fd, req, arg);
	int err = errno;

	if (observed()) {
		trace_ioctl_int(&line, fd, req, arg, rc, err);
		report("ioctl", fd, family_of(fd), rc, err);
	}
	errno = err;
	return (rc);
}

int
sys_poll(struct pollfd *fds, nfds_t nfds, int timeout_ms)
{
	int rc = poll(fds, nfds, timeout_ms);
	int err = errno;

	if (observed()) {
		trace_poll(&line, fds, nfds, timeout_ms, rc, err);
		report("poll", nfds > 0 && fds != NULL ? fds[0].fd : -1,
		    nfds > 0 && fds != NULL ? family_of(fds[0].fd) : AF_UNSPEC,
		    rc, err);
	}
	errno = err;
	return (rc);
}

/*
 * Not a system call: the one wrapper that may enter the kernel more than
 * once (files, DNS) and renders no line, so it touches no trace state.
 */
int
sys_getaddrinfo(const char *host, const char *port,
    const struct addrinfo *hints, struct addrinfo **res)
{
	int family = hints != NULL ? hints->ai_family : AF_UNSPEC;
	int rc = getaddrinfo(host, port, hints, res);
	int err = errno;
	const struct addrinfo *ai, *prev;
	struct callrec r;

	if (observer == NULL || quiet > 0) {
		errno = err;
		return (rc);
	}
	memset(&r, 0, sizeof(r));
	r.name = "getaddrinfo";
	r.fd = -1;
	r.result = rc;
	r.line = NULL;
	if (family != AF_UNSPEC) {
		r.family = family;
		observer(&r, observer_ctx);
	} else if (rc == 0)
		/* Each family of the answer once, in the answer's order. */
		for (ai = *res; ai != NULL; ai = ai->ai_next) {
			for (prev = *res; prev != ai; prev = prev->ai_next)
				if (prev->ai_family == ai->ai_family)
					break;
			if (prev != ai)
				continue;
			r.family = ai->ai_family;
			observer(&r, observer_ctx);
		}
	errno = err;
	return (rc);
}
