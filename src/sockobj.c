/* sockobj.c -- socket objects: the methods of socket.socket */
#include <config.h>

#include "sockobj.h"

#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <sys/un.h>

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "consts.h"
#include "exc.h"
#include "kind.h"
#include "sockaddr.h"
#include "syscall.h"
#include "value.h"
#include "xmalloc.h"

/* The class socket.socket: what type(s) is. */
const struct pyclass cls_socket = { "socket", "socket", &cls_object, 0, 0 };

double sockobj_default_timeout = -1;

static struct sockobj *registry_head; /* oldest first */
static struct sockobj *registry_tail;

/* Python caps nothing, but a recv(10**9) must not take the shell down. */
#define RECV_MAX (16 * 1024 * 1024)

struct value *
sockobj_new(int fd, int family, int type, int proto)
{
	struct value *v = xcalloc(1, sizeof(*v));
	struct sockobj *so = xcalloc(1, sizeof(*so));

	so->fd = fd;
	so->family = family;
	so->type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
	so->proto = proto;
	so->timeout = (type & SOCK_NONBLOCK) ? 0.0 : -1;
	so->prev = registry_tail;
	if (registry_tail != NULL)
		registry_tail->next = so;
	else
		registry_head = so;
	registry_tail = so;
	v->kind = KIND_SOCKET;
	v->refs = 1;
	v->u.sock = so;
	return (v);
}

void
sockobj_free(struct sockobj *so)
{
	/* As CPython's sock_finalize: an unreferenced socket is closed. */
	if (so->fd >= 0)
		sys_close(so->fd);
	if (so->prev != NULL)
		so->prev->next = so->next;
	else
		registry_head = so->next;
	if (so->next != NULL)
		so->next->prev = so->prev;
	else
		registry_tail = so->prev;
	free(so);
}

struct sockobj *
sockobj_registry(void)
{
	return (registry_head);
}

/* Set blocking mode on the descriptor as CPython does: always via ioctl. */
static int
set_blocking(struct sockobj *so, int block)
{
	int nb = !block;

	if (sys_ioctl_int(so->fd, FIONBIO, &nb) == -1) {
		err_set_errno(errno);
		return (-1);
	}
	return (0);
}

static double
monotonic(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ((double)ts.tv_sec + (double)ts.tv_nsec / 1e9);
}

/* One system call, retried or waited for as sock_call_ex() does. */
typedef long (*sock_fn)(struct sockobj *, void *);

/*
 * Run fn on so.  A socket with a timeout first polls (POLLIN, or POLLOUT
 * when writing) for the time left; a blocking socket calls straight away
 * and is woken by Ctrl-C with EINTR.  Returns fn's result, or -1 with an
 * exception pending; with errp, errors are stored there instead of raised
 * (for connect_ex), except KeyboardInterrupt.
 */
static long
sock_call(struct sockobj *so, int writing, sock_fn fn, void *data,
    int connect, int *errp)
{
	int has_timeout = so->timeout > 0, started = 0, ms, r, e;
	double deadline = 0, interval;
	struct pollfd pfd;
	long res;

	for (;;) {
		/* As internal_select: a closed socket is "ready" (EBADF next). */
		if ((has_timeout || connect) && so->fd >= 0) {
			ms = -1;
			if (has_timeout) {
				if (!started) {
					deadline = monotonic() + so->timeout;
					started = 1;
					interval = so->timeout;
				} else
					interval = deadline - monotonic();
				if (interval < 0)
					interval = 0;
				ms = (int)ceil(interval * 1000);
			}
			pfd.fd = so->fd;
			pfd.events = writing ? POLLOUT : POLLIN;
			if (connect)
				pfd.events |= POLLERR;
			pfd.revents = 0;
			r = sys_poll(&pfd, 1, ms);
			if (r == -1) {
				e = errno;
				if (e == EINTR) {
					if (err_check_interrupt())
						return (-1);
					continue;
				}
				goto fail;
			}
			if (r == 0) {
				if (errp != NULL) {
					*errp = EWOULDBLOCK;
					return (-1);
				}
				err_set_timeout();
				return (-1);
			}
		}
		for (;;) {
			res = fn(so, data);
			if (res >= 0)
				return (res);
			e = errno;
			if (e != EINTR)
				break;
			if (err_check_interrupt())
				return (-1);
		}
		if (has_timeout && (e == EWOULDBLOCK || e == EAGAIN))
			continue; /* a false positive from poll: wait again */
		goto fail;
	}
fail:
	if (errp != NULL) {
		*errp = e;
		return (-1);
	}
	err_set_errno(e);
	return (-1);
}

/* ---- argument helpers ------------------------------------------------- */

static struct sockobj *
sock_of(struct value *self)
{
	return (self->u.sock);
}

static struct value *
none_or_null(int rc)
{
	return (rc < 0 ? NULL : value_none());
}

/* ---- methods ------------------------------------------------------------ */

static struct value *
m_fileno(struct value *self, const struct callargs *a)
{
	if (args_none(a, "socket.fileno") < 0)
		return (NULL);
	return (value_int(sock_of(self)->fd));
}

static struct value *
m_close(struct value *self, const struct callargs *a)
{
	struct sockobj *so = sock_of(self);
	int fd = so->fd;

	if (a->npos > 0 || a->nkw > 0)
		return (err_set(&cls_TypeError,
		    "socket.close() takes 1 positional argument but %zu were "
		    "given",
		    a->npos + a->nkw + 1));
	if (fd < 0)
		return (value_none()); /* closing twice is silent */
	so->fd = -1;
	/* CPython ignores ECONNRESET from close(): the data was lost anyway. */
	if (sys_close(fd) == -1 && errno != ECONNRESET)
		return (err_set_errno(errno));
	return (value_none());
}

static struct value *
m_detach(struct value *self, const struct callargs *a)
{
	struct sockobj *so = sock_of(self);
	int fd = so->fd;

	if (a->npos > 0 || a->nkw > 0)
		return (err_set(&cls_TypeError,
		    "socket.detach() takes 1 positional argument but %zu were "
		    "given",
		    a->npos + a->nkw + 1));
	so->fd = -1;
	return (value_int(fd));
}

static struct value *
name_call(struct value *self, const struct callargs *a, int peer)
{
	struct sockobj *so = sock_of(self);
	struct sockaddr_storage ss;
	socklen_t len = sizeof(ss);
	int rc;

	if (args_none(a, peer ? "socket.getpeername" : "socket.getsockname") <
	    0)
		return (NULL);
	memset(&ss, 0, sizeof(ss));
	/*
	 * Ask the kernel rather than echo what was typed: after a bind to
	 * port 0 the kernel picks the port, and seeing it is the lesson.
	 */
	rc = peer ? sys_getpeername(so->fd, (struct sockaddr *)&ss, &len) :
	            sys_getsockname(so->fd, (struct sockaddr *)&ss, &len);
	if (rc == -1)
		return (err_set_errno(errno));
	return (sockaddr_to_value((struct sockaddr *)&ss, len));
}

static struct value *
m_getsockname(struct value *self, const struct callargs *a)
{
	return (name_call(self, a, 0));
}

static struct value *
m_getpeername(struct value *self, const struct callargs *a)
{
	return (name_call(self, a, 1));
}

static struct value *
m_bind(struct value *self, const struct callargs *a)
{
	struct sockobj *so = sock_of(self);
	struct sockaddr_storage ss;
	socklen_t len;

	if (args_one(a, "socket.bind") < 0)
		return (NULL);
	if (sockaddr_from_value(so->family, a->pos[0], "bind", &ss, &len) < 0)
		return (NULL);
	if (sys_bind(so->fd, (struct sockaddr *)&ss, len) == -1)
		return (err_set_errno(errno));
	return (value_none());
}

static struct value *
m_listen(struct value *self, const struct callargs *a)
{
	struct sockobj *so = sock_of(self);
	long long backlog = SOMAXCONN < 128 ? SOMAXCONN : 128;

	if (args_range(a, "listen", 0, 1) < 0)
		return (NULL);
	if (a->npos == 1 && value_as_long(a->pos[0], &backlog) < 0)
		return (NULL);
	if (backlog < 0)
		backlog = 0; /* as CPython: negative means zero */
	if (backlog > 0x7fffffff)
		return (err_set(&cls_OverflowError,
		    "signed integer is greater than maximum"));
	if (sys_listen(so->fd, (int)backlog) == -1)
		return (err_set_errno(errno));
	return (value_none());
}

struct addr_arg {
	struct sockaddr_storage ss;
	socklen_t len;
};

static long
do_connect_check(struct sockobj *so, void *data)
{
	int err = 0;
	socklen_t len = sizeof(err);

	(void)data;
	if (sys_getsockopt(so->fd, SOL_SOCKET, SO_ERROR, &err, &len) == -1)
		return (-1);
	if (err == EISCONN || err == 0)
		return (0);
	errno = err;
	return (-1);
}

/*
 * CPython's internal_connect: a blocking connect interrupted by a signal,
 * or one with a timeout that is in progress, is waited for with poll and
 * its outcome read with SO_ERROR.  Returns 0 or an errno (-1: raised).
 */
static int
do_connect(struct sockobj *so, struct addr_arg *aa)
{
	int rc, err, wait;

	rc = sys_connect(so->fd, (struct sockaddr *)&aa->ss, aa->len);
	if (rc == 0)
		return (0);
	err = errno;
	if (err == EINTR) {
		if (err_check_interrupt())
			return (-1);
		wait = so->timeout != 0;
	} else
		wait = so->timeout > 0 && err == EINPROGRESS;
	if (!wait)
		return (err);
	if (sock_call(so, 1, do_connect_check, NULL, 1, &err) < 0)
		return (err_occurred() ? -1 : err);
	return (0);
}

static struct value *
connect_common(struct value *self, const struct callargs *a, int ex)
{
	struct sockobj *so = sock_of(self);
	struct addr_arg aa;
	int err;

	if (args_one(a, ex ? "socket.connect_ex" : "socket.connect") < 0)
		return (NULL);
	if (sockaddr_from_value(so->family, a->pos[0],
	        ex ? "connect_ex" : "connect", &aa.ss, &aa.len) < 0)
		return (NULL);
	err = do_connect(so, &aa);
	if (err == -1)
		return (NULL);
	if (ex)
		return (value_int(err));
	if (err == EWOULDBLOCK && so->timeout > 0)
		return (err_set_timeout());
	if (err != 0)
		return (err_set_errno(err));
	return (value_none());
}

static struct value *
m_connect(struct value *self, const struct callargs *a)
{
	return (connect_common(self, a, 0));
}

static struct value *
m_connect_ex(struct value *self, const struct callargs *a)
{
	return (connect_common(self, a, 1));
}

static long
do_accept(struct sockobj *so, void *data)
{
	struct addr_arg *aa = data;

	aa->len = sizeof(aa->ss);
	return (sys_accept4(so->fd, (struct sockaddr *)&aa->ss, &aa->len,
	    SOCK_CLOEXEC));
}

static struct value *
m_accept(struct value *self, const struct callargs *a)
{
	struct sockobj *so = sock_of(self);
	struct addr_arg aa;
	struct value *conn, *addr;
	long fd;

	if (a->npos > 0 || a->nkw > 0)
		return (err_set(&cls_TypeError,
		    "socket.accept() takes 1 positional argument but %zu were "
		    "given",
		    a->npos + a->nkw + 1));
	memset(&aa, 0, sizeof(aa));
	fd = sock_call(so, 0, do_accept, &aa, 0, NULL);
	if (fd < 0)
		return (NULL);
	addr = sockaddr_to_value((struct sockaddr *)&aa.ss, aa.len);
	conn = sockobj_new((int)fd, so->family, so->type, so->proto);
	if (addr == NULL) {
		value_decref(conn);
		return (NULL);
	}
	conn->u.sock->timeout = sockobj_default_timeout;
	/*
	 * socket.py: a listener with a timeout gives connections that are
	 * blocking again (the new descriptor is blocking already, but Python
	 * says so to the kernel, and so do we).
	 */
	if (sockobj_default_timeout < 0 && so->timeout > 0)
		set_blocking(conn->u.sock, 1);
	else if (sockobj_default_timeout >= 0)
		set_blocking(conn->u.sock, 0);
	err_clear();
	return (value_tuple(2, conn, addr));
}

struct io_arg {
	const char *p; /* send: the data; recv: the buffer */
	size_t len;
	int flags;
	struct addr_arg *to; /* sendto/recvfrom address, or NULL */
};

static long
do_send(struct sockobj *so, void *data)
{
	struct io_arg *io = data;

	if (io->to != NULL)
		return (sys_sendto(so->fd, io->p, io->len, io->flags,
		    (struct sockaddr *)&io->to->ss, io->to->len));
	return (sys_sendto(so->fd, io->p, io->len, io->flags, NULL, 0));
}

static long
do_recv(struct sockobj *so, void *data)
{
	struct io_arg *io = data;

	if (io->to != NULL) {
		io->to->len = sizeof(io->to->ss);
		return (sys_recvfrom(so->fd, (char *)io->p, io->len, io->flags,
		    (struct sockaddr *)&io->to->ss, &io->to->len));
	}
	return (sys_recvfrom(so->fd, (char *)io->p, io->len, io->flags, NULL,
	    NULL));
}

static int
get_flags(const struct callargs *a, size_t i, int *flags)
{
	long long f = 0;

	if (a->npos > i && value_as_long(a->pos[i], &f) < 0)
		return (-1);
	*flags = (int)f;
	return (0);
}

static struct value *
m_send(struct value *self, const struct callargs *a)
{
	struct io_arg io = { NULL, 0, 0, NULL };
	long n;

	if (args_no_kw(a, "socket.send") < 0 || args_range(a, "send", 1, 2) < 0)
		return (NULL);
	if (value_as_buffer(a->pos[0], &io.p, &io.len) < 0 ||
	    get_flags(a, 1, &io.flags) < 0)
		return (NULL);
	n = sock_call(sock_of(self), 1, do_send, &io, 0, NULL);
	return (n < 0 ? NULL : value_int(n));
}

static struct value *
m_sendall(struct value *self, const struct callargs *a)
{
	struct sockobj *so = sock_of(self);
	struct io_arg io = { NULL, 0, 0, NULL };
	const char *p;
	size_t len;
	long n;

	if (args_no_kw(a, "socket.sendall") < 0 ||
	    args_range(a, "sendall", 1, 2) < 0)
		return (NULL);
	if (value_as_buffer(a->pos[0], &p, &len) < 0 ||
	    get_flags(a, 1, &io.flags) < 0)
		return (NULL);
	do {
		io.p = p;
		io.len = len;
		n = sock_call(so, 1, do_send, &io, 0, NULL);
		if (n < 0)
			return (NULL);
		p += n;
		len -= (size_t)n;
	} while (len > 0);
	return (value_none());
}

static struct value *
m_sendto(struct value *self, const struct callargs *a)
{
	struct sockobj *so = sock_of(self);
	struct io_arg io = { NULL, 0, 0, NULL };
	struct addr_arg to;
	struct value *addr;
	long n;

	if (args_no_kw(a, "socket.sendto") < 0)
		return (NULL);
	if (a->npos < 2 || a->npos > 3)
		return (err_set(&cls_TypeError,
		    "sendto() takes 2 or 3 arguments (%zu given)", a->npos));
	if (value_as_buffer(a->pos[0], &io.p, &io.len) < 0)
		return (NULL);
	if (a->npos == 3 && get_flags(a, 1, &io.flags) < 0)
		return (NULL);
	addr = a->pos[a->npos - 1];
	if (sockaddr_from_value(so->family, addr, "sendto", &to.ss, &to.len) <
	    0)
		return (NULL);
	io.to = &to;
	n = sock_call(so, 1, do_send, &io, 0, NULL);
	return (n < 0 ? NULL : value_int(n));
}

/* recv(bufsize[, flags]) and recvfrom: the shared front half. */
static int
recv_args(const struct callargs *a, const char *name, struct io_arg *io)
{
	long long size;

	if (args_range(a, name, 1, 2) < 0)
		return (-1);
	if (value_as_long(a->pos[0], &size) < 0 || get_flags(a, 1, &io->flags) < 0)
		return (-1);
	if (size < 0) {
		err_set(&cls_ValueError, "negative buffersize in %s", name);
		return (-1);
	}
	io->len = size > RECV_MAX ? RECV_MAX : (size_t)size;
	return (0);
}

static struct value *
m_recv(struct value *self, const struct callargs *a)
{
	struct io_arg io = { NULL, 0, 0, NULL };
	struct value *v;
	char *buf;
	long n;

	if (args_no_kw(a, "socket.recv") < 0 || recv_args(a, "recv", &io) < 0)
		return (NULL);
	buf = xmalloc(io.len + 1);
	io.p = buf;
	n = sock_call(sock_of(self), 0, do_recv, &io, 0, NULL);
	v = n < 0 ? NULL : value_bytes(buf, (size_t)n);
	free(buf);
	return (v);
}

static struct value *
m_recvfrom(struct value *self, const struct callargs *a)
{
	struct io_arg io = { NULL, 0, 0, NULL };
	struct addr_arg from;
	struct value *addr;
	char *buf;
	long n;

	if (args_no_kw(a, "socket.recvfrom") < 0 ||
	    recv_args(a, "recvfrom", &io) < 0)
		return (NULL);
	buf = xmalloc(io.len + 1);
	memset(&from, 0, sizeof(from));
	io.p = buf;
	io.to = &from;
	n = sock_call(sock_of(self), 0, do_recv, &io, 0, NULL);
	if (n < 0) {
		free(buf);
		return (NULL);
	}
	addr = sockaddr_to_value((struct sockaddr *)&from.ss, from.len);
	if (addr == NULL) {
		free(buf);
		return (NULL);
	}
	addr = value_tuple(2, value_bytes(buf, (size_t)n), addr);
	free(buf);
	return (addr);
}

/* An argument Python parses with "i": an int that fits a C int. */
static int
int_arg(const struct value *v, int *out)
{
	long long i;

	if (value_as_long(v, &i) < 0)
		return (-1);
	if (i > INT_MAX || i < INT_MIN) {
		err_set(&cls_OverflowError, "signed integer is %s",
		    i > INT_MAX ? "greater than maximum" : "less than minimum");
		return (-1);
	}
	*out = (int)i;
	return (0);
}

/*
 * The items of an iterable as Python's PySequence_Fast sees them: a
 * tuple's or list's items; the characters of a str, the ints of bytes
 * and a dict's str keys only matter by their type (never a buffer), so
 * those return their length and the type name of an item.  Returns the
 * count, or -1 with TypeError "msg" for what is not iterable.
 */
static long
iter_items(const struct value *v, struct value *const **items,
    const char **item_type, const char *msg)
{
	*items = NULL;
	*item_type = NULL;
	switch (v->kind) {
	case KIND_TUPLE:
	case KIND_LIST:
		*items = v->u.seq.items;
		return ((long)v->u.seq.len);
	case KIND_STR:
		*item_type = "str";
		return ((long)v->u.s.len);
	case KIND_BYTES:
		*item_type = "int";
		return ((long)v->u.s.len);
	case KIND_DICT:
		*item_type = "str";
		return ((long)dict_len(v->u.dict));
	default:
		err_set(&cls_TypeError, "%s", msg);
		return (-1);
	}
}

struct msg_arg {
	struct msghdr m;
	int flags;         /* the call's flags (m.msg_flags is output) */
	struct iovec *iov; /* owned */
	struct addr_arg addr;
};

static long
do_sendmsg(struct sockobj *so, void *data)
{
	struct msg_arg *ma = data;

	return (sys_sendmsg(so->fd, &ma->m, ma->flags));
}

/*
 * sendmsg(buffers[, ancdata[, flags[, address]]]), checked in CPython's
 * order: flags, the address, the buffers, then the ancillary items (only
 * an empty list of them is supported).
 */
static int
sendmsg_args(struct sockobj *so, const struct callargs *a,
    struct msg_arg *ma)
{
	struct value *const *items;
	const char *type;
	long n, i, nanc = 0;

	memset(ma, 0, sizeof(*ma));
	if (args_no_kw(a, "socket.sendmsg") < 0 ||
	    args_range(a, "sendmsg", 1, 4) < 0)
		return (-1);
	if (a->npos >= 3 && int_arg(a->pos[2], &ma->flags) < 0)
		return (-1);
	if (a->npos == 4 && a->pos[3]->kind != KIND_NONE) {
		if (sockaddr_from_value(so->family, a->pos[3], "sendmsg",
		        &ma->addr.ss, &ma->addr.len) < 0)
			return (-1);
		ma->m.msg_name = &ma->addr.ss;
		ma->m.msg_namelen = ma->addr.len;
	}
	n = iter_items(a->pos[0], &items, &type,
	    "sendmsg() argument 1 must be an iterable");
	if (n < 0)
		return (-1);
	if (n > 0 && items == NULL)
		return (err_set(&cls_TypeError,
		            "a bytes-like object is required, not '%s'", type),
		    -1);
	ma->iov = n > 0 ? xcalloc((size_t)n, sizeof(*ma->iov)) : NULL;
	for (i = 0; i < n; i++) {
		const char *p;
		size_t len;

		if (value_as_buffer(items[i], &p, &len) < 0)
			return (-1);
		ma->iov[i].iov_base = (void *)p;
		ma->iov[i].iov_len = len;
	}
	ma->m.msg_iov = ma->iov;
	ma->m.msg_iovlen = (size_t)n;
	if (a->npos >= 2)
		nanc = iter_items(a->pos[1], &items, &type,
		    "sendmsg() argument 2 must be an iterable");
	if (nanc < 0)
		return (-1);
	for (i = 0; i < nanc; i++) {
		const struct value *it = items != NULL ? items[i] : NULL;
		int level, ctype;
		const char *p;
		size_t len;

		if (it == NULL && strcmp(type, "str") == 0)
			return (err_set(&cls_TypeError,
			            "[sendmsg() ancillary data items]() argument "
			            "must be sequence of length 3, not 1"),
			    -1); /* a str's items are str of length 1 */
		if (it == NULL || !value_is_seq(it))
			return (err_set(&cls_TypeError,
			            "[sendmsg() ancillary data items]() argument "
			            "must be 3-item sequence, not %s",
			            it != NULL ? value_type_name(it) : type),
			    -1);
		if (it->u.seq.len != 3)
			return (err_set(&cls_TypeError,
			            "[sendmsg() ancillary data items]() argument "
			            "must be sequence of length 3, not %zu",
			            it->u.seq.len),
			    -1);
		if (int_arg(it->u.seq.items[0], &level) < 0 ||
		    int_arg(it->u.seq.items[1], &ctype) < 0 ||
		    value_as_buffer(it->u.seq.items[2], &p, &len) < 0)
			return (-1);
	}
	if (nanc > 0)
		return (err_set(&cls_NotImplementedError,
		            "sockshell: sendmsg() sends no ancillary data yet; "
		            "pass []"),
		    -1);
	return (0);
}

static struct value *
m_sendmsg(struct value *self, const struct callargs *a)
{
	struct msg_arg ma;
	long n = -1;

	if (sendmsg_args(sock_of(self), a, &ma) == 0)
		n = sock_call(sock_of(self), 1, do_sendmsg, &ma, 0, NULL);
	free(ma.iov);
	return (n < 0 ? NULL : value_int(n));
}

static long
do_recvmsg(struct sockobj *so, void *data)
{
	struct msg_arg *ma = data;

	ma->m.msg_namelen = ma->addr.len; /* a retry starts afresh */
	return (sys_recvmsg(so->fd, &ma->m, ma->flags));
}

/* Python's buffer for a sender's name: the family's own size. */
static socklen_t
name_size(int family)
{
	switch (family) {
	case AF_INET:
		return (sizeof(struct sockaddr_in));
	case AF_INET6:
		return (sizeof(struct sockaddr_in6));
	case AF_UNIX:
		return (sizeof(struct sockaddr_un));
	default:
		return (sizeof(struct sockaddr_storage));
	}
}

/* The control messages recvmsg got: [(level, type, data), ...]. */
static struct value *
ancdata_list(struct msghdr *m)
{
	struct value *list = value_list_new(0);
	struct cmsghdr *c;

	for (c = CMSG_FIRSTHDR(m); c != NULL; c = CMSG_NXTHDR(m, c))
		value_list_append(list,
		    value_tuple(3, value_int(c->cmsg_level),
		        value_int(c->cmsg_type),
		        value_bytes((const char *)CMSG_DATA(c),
		            c->cmsg_len - CMSG_LEN(0))));
	return (list);
}

/* recvmsg(bufsize[, ancbufsize[, flags]]) -> (data, ancdata, msg_flags,
 * address) */
static struct value *
m_recvmsg(struct value *self, const struct callargs *a)
{
	struct sockobj *so = sock_of(self);
	long long size, ancsize = 0;
	struct msg_arg ma;
	struct iovec iov;
	struct value *addr, *res;
	char *buf, *ctl = NULL;
	int flags = 0;
	long n;

	if (args_no_kw(a, "socket.recvmsg") < 0 ||
	    args_range(a, "recvmsg", 1, 3) < 0)
		return (NULL);
	if (value_as_long(a->pos[0], &size) < 0 ||
	    (a->npos >= 2 && value_as_long(a->pos[1], &ancsize) < 0) ||
	    (a->npos == 3 && int_arg(a->pos[2], &flags) < 0))
		return (NULL);
	if (size < 0)
		return (err_set(&cls_ValueError,
		    "negative buffer size in recvmsg()"));
	if (ancsize < 0 || ancsize > INT_MAX)
		return (err_set(&cls_ValueError,
		    "invalid ancillary data buffer length"));
	memset(&ma, 0, sizeof(ma));
	iov.iov_len = size > RECV_MAX ? RECV_MAX : (size_t)size;
	iov.iov_base = buf = xmalloc(iov.iov_len + 1);
	if (ancsize > 0) {
		/* More than a page of control messages is no lesson. */
		ma.m.msg_controllen = ancsize > 65536 ? 65536 : (size_t)ancsize;
		ma.m.msg_control = ctl = xcalloc(1, ma.m.msg_controllen);
	}
	ma.addr.len = name_size(so->family);
	ma.m.msg_name = &ma.addr.ss;
	ma.m.msg_iov = &iov;
	ma.m.msg_iovlen = 1;
	ma.flags = flags;
	n = sock_call(so, 0, do_recvmsg, &ma, 0, NULL);
	res = NULL;
	if (n >= 0 && (addr = sockaddr_to_value((struct sockaddr *)&ma.addr.ss,
	                   ma.m.msg_namelen)) != NULL)
		res = value_tuple(4, value_bytes(buf, (size_t)n),
		    ancdata_list(&ma.m), value_int(ma.m.msg_flags), addr);
	free(buf);
	free(ctl);
	return (res);
}

static struct value *
m_shutdown(struct value *self, const struct callargs *a)
{
	long long how;

	if (args_one(a, "socket.shutdown") < 0 ||
	    value_as_long(a->pos[0], &how) < 0)
		return (NULL);
	if (sys_shutdown(sock_of(self)->fd, (int)how) == -1)
		return (err_set_errno(errno));
	return (value_none());
}

/* Parse a timeout as socket_parse_timeout does: None, or seconds >= 0. */
static int
parse_timeout(const struct value *v, double *out)
{
	long long i;

	if (v->kind == KIND_NONE) {
		*out = -1;
		return (0);
	}
	if (v->kind == KIND_FLOAT) {
		if (isnan(v->u.f))
			return (err_set(&cls_ValueError, "Invalid value NaN (not a number)"),
			    -1);
		if (v->u.f < 0)
			return (err_set(&cls_ValueError,
			            "Timeout value out of range"),
			    -1);
		if (v->u.f > 9.2e18 / 1e9)
			return (err_set(&cls_OverflowError,
			            "timestamp out of range for platform time_t"),
			    -1);
		*out = v->u.f;
		return (0);
	}
	if (value_as_long(v, &i) < 0)
		return (-1);
	if (i < 0)
		return (err_set(&cls_ValueError, "Timeout value out of range"),
		    -1);
	*out = (double)i;
	return (0);
}

static struct value *
m_settimeout(struct value *self, const struct callargs *a)
{
	struct sockobj *so = sock_of(self);
	double t;

	if (args_one(a, "socket.settimeout") < 0 ||
	    parse_timeout(a->pos[0], &t) < 0)
		return (NULL);
	so->timeout = t;
	return (none_or_null(set_blocking(so, t < 0)));
}

static struct value *
m_gettimeout(struct value *self, const struct callargs *a)
{
	struct sockobj *so = sock_of(self);

	if (args_none(a, "socket.gettimeout") < 0)
		return (NULL);
	return (so->timeout < 0 ? value_none() : value_float(so->timeout));
}

static struct value *
m_setblocking(struct value *self, const struct callargs *a)
{
	struct sockobj *so = sock_of(self);
	long long flag;

	if (args_one(a, "socket.setblocking") < 0 ||
	    value_as_long(a->pos[0], &flag) < 0)
		return (NULL);
	so->timeout = flag ? -1 : 0.0;
	return (none_or_null(set_blocking(so, flag != 0)));
}

static struct value *
m_getblocking(struct value *self, const struct callargs *a)
{
	if (args_none(a, "socket.getblocking") < 0)
		return (NULL);
	return (value_bool(sock_of(self)->timeout != 0.0));
}

static struct value *
m_getsockopt(struct value *self, const struct callargs *a)
{
	struct sockobj *so = sock_of(self);
	long long level, name, buflen = -1;
	socklen_t len;
	struct value *v;
	char *buf;
	int iv = 0;

	if (args_no_kw(a, "socket.getsockopt") < 0 ||
	    args_range(a, "getsockopt", 2, 3) < 0)
		return (NULL);
	if (value_as_long(a->pos[0], &level) < 0 ||
	    value_as_long(a->pos[1], &name) < 0 ||
	    (a->npos == 3 && value_as_long(a->pos[2], &buflen) < 0))
		return (NULL);
	if (a->npos == 2) {
		len = sizeof(iv);
		if (sys_getsockopt(so->fd, (int)level, (int)name, &iv, &len) ==
		    -1)
			return (err_set_errno(errno));
		return (value_int(iv));
	}
	if (buflen <= 0 || buflen > 1024)
		return (err_set(&cls_OSError, "getsockopt buflen out of range"));
	buf = xcalloc(1, (size_t)buflen);
	len = (socklen_t)buflen;
	if (sys_getsockopt(so->fd, (int)level, (int)name, buf, &len) == -1) {
		free(buf);
		return (err_set_errno(errno));
	}
	v = value_bytes(buf, len);
	free(buf);
	return (v);
}

static struct value *
m_setsockopt(struct value *self, const struct callargs *a)
{
	struct sockobj *so = sock_of(self);
	long long level, name, iv, optlen;
	const char *p;
	size_t len;
	int i;

	if (args_no_kw(a, "socket.setsockopt") < 0)
		return (NULL);
	if (a->npos != 3 && a->npos != 4)
		return (err_set(&cls_TypeError,
		    "setsockopt() takes exactly 3 arguments (%zu given)",
		    a->npos));
	if (value_as_long(a->pos[0], &level) < 0 ||
	    value_as_long(a->pos[1], &name) < 0)
		return (NULL);
	if (a->npos == 4) {
		if (a->pos[2]->kind != KIND_NONE)
			return (err_set(&cls_TypeError,
			    "setsockopt() takes exactly 4 arguments (3 given)"));
		if (value_as_long(a->pos[3], &optlen) < 0)
			return (NULL);
		if (sys_setsockopt(so->fd, (int)level, (int)name, NULL,
		        (socklen_t)optlen) == -1)
			return (err_set_errno(errno));
		return (value_none());
	}
	if (value_is_int(a->pos[2])) {
		value_as_long(a->pos[2], &iv);
		i = (int)iv;
		if (sys_setsockopt(so->fd, (int)level, (int)name, &i,
		        sizeof(i)) == -1)
			return (err_set_errno(errno));
		return (value_none());
	}
	if (value_as_buffer(a->pos[2], &p, &len) < 0)
		return (NULL);
	if (sys_setsockopt(so->fd, (int)level, (int)name, p,
	        (socklen_t)len) == -1)
		return (err_set_errno(errno));
	return (value_none());
}

/*
 * ORDER: alphabetical.  The method table: one row per method says
 * everything about it once.  X(name, flags (CALL_*), which argument is
 * the address (-1: the last), the system call underneath, a call that
 * works and its note (explanations' "try:"), its row in the lessons'
 * coverage table (0: none)).  The C function is m_NAME; help_table.c
 * holds the usage and prose under "socket.socket.NAME" (check_help
 * holds every row to one).  The rows are read twice below: into the
 * struct builtin table that lookup and values use, and into the struct
 * callinfo beside it.
 */
#define WAITS CALL_WAITS
#define ADDR CALL_TAKES_ADDRESS
#define SOCKOBJ_METHODS(X)                                                    \
	X(accept, WAITS | CALL_RETURNS_ADDRESS, 0, "accept4",                 \
	    "conn, addr = s.accept()", NULL, 5)                               \
	X(bind, ADDR, 0, "bind", "s.bind(('127.0.0.1', 0))",                  \
	    "port 0 lets the kernel choose", 2)                               \
	X(close, 0, 0, "close", NULL, NULL, 14)                               \
	X(connect, WAITS | ADDR | CALL_CONNECTS, 0, "connect",                \
	    "s.connect(('127.0.0.1', PORT))",                                 \
	    "PORT: the server's port number", 4)                              \
	X(connect_ex, WAITS | ADDR | CALL_CONNECTS, 0, "connect",             \
	    "s.connect_ex(('127.0.0.1', PORT))",                              \
	    "PORT: the server's port number", 0)                              \
	X(detach, 0, 0, NULL, NULL, NULL, 0)                                  \
	X(fileno, 0, 0, NULL, NULL, NULL, 0)                                  \
	X(getblocking, 0, 0, NULL, NULL, NULL, 0)                             \
	X(getpeername, 0, 0, "getpeername", NULL, NULL, 7)                    \
	X(getsockname, 0, 0, "getsockname", NULL, NULL, 6)                    \
	X(getsockopt, 0, 0, "getsockopt",                                     \
	    "s.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE)", NULL, 0)       \
	X(gettimeout, 0, 0, NULL, NULL, NULL, 0)                              \
	X(listen, 0, 0, "listen", "s.listen()", NULL, 3)                      \
	X(recv, WAITS | CALL_RECEIVES, 0, "recvfrom", "s.recv(1024)",         \
	    "1024: the most bytes to take at once", 11)                       \
	X(recvfrom, WAITS | CALL_RECEIVES | CALL_RETURNS_ADDRESS, 0,          \
	    "recvfrom", "data, addr = s.recvfrom(1024)", NULL, 9)             \
	X(recvmsg, WAITS | CALL_RECEIVES | CALL_RETURNS_ADDRESS, 0,           \
	    "recvmsg", "data, anc, flags, addr = s.recvmsg(1024)", NULL, 0)   \
	X(send, WAITS | CALL_SENDS, 0, "sendto", "s.send(b'hello')", NULL,    \
	    10)                                                               \
	X(sendall, WAITS | CALL_SENDS, 0, "sendto", "s.sendall(b'hello')",    \
	    NULL, 0)                                                          \
	X(sendmsg, WAITS | CALL_SENDS | ADDR, 3, "sendmsg",                   \
	    "s.sendmsg([b'hello'], [], 0, ('127.0.0.1', PORT))",              \
	    "PORT: the receiver's port number", 0)                            \
	X(sendto, WAITS | CALL_SENDS | ADDR, -1, "sendto",                    \
	    "s.sendto(b'hello', ('127.0.0.1', PORT))",                        \
	    "PORT: the receiver's port number", 8)                            \
	X(setblocking, 0, 0, "ioctl", "s.setblocking(False)", NULL, 0)        \
	X(setsockopt, 0, 0, "setsockopt",                                     \
	    "s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)",        \
	    NULL, 0)                                                          \
	X(settimeout, 0, 0, "ioctl", "s.settimeout(2.0)",                     \
	    "seconds, or None to wait forever", 0)                            \
	X(shutdown, 0, 0, "shutdown", "s.shutdown(socket.SHUT_WR)", NULL, 0)

#define AS_BUILTIN(n, flags, addr, sys, example, note, lesson)               \
	{ #n, m_##n, "socket." #n },
#define AS_INFO(n, flags, addr, sys, example, note, lesson)                  \
	{ flags, addr, sys, example, note, lesson },
const struct builtin sockobj_methods[] = {
	SOCKOBJ_METHODS(AS_BUILTIN)
	{ NULL, NULL, NULL },
};
static const struct callinfo method_info[] = { SOCKOBJ_METHODS(AS_INFO) };
#undef AS_BUILTIN
#undef AS_INFO
#undef WAITS
#undef ADDR

const struct builtin *
sockobj_method(const char *name)
{
	const struct builtin *m;

	for (m = sockobj_methods; name != NULL && m->name != NULL; m++)
		if (strcmp(m->name, name) == 0)
			return (m);
	return (NULL);
}

const struct callinfo *
sockobj_method_info(const char *name)
{
	const struct builtin *m = sockobj_method(name);

	return (m != NULL ? &method_info[m - sockobj_methods] : NULL);
}

int
sockobj_is_method(const struct builtin *fn)
{
	const struct builtin *m;

	for (m = sockobj_methods; m->name != NULL; m++)
		if (m == fn)
			return (1);
	return (0);
}

const char *const sockobj_attrs[] = { "family", "proto", "timeout", "type",
	NULL };

struct value *
sockobj_getattr(struct value *self, const char *name)
{
	struct sockobj *so = sock_of(self);
	const char *cands[64];
	const struct builtin *m;
	size_t n = 0;
	int i;

	for (m = sockobj_methods; m->name != NULL; m++)
		if (strcmp(m->name, name) == 0)
			return (value_func(m, self));
	if (strcmp(name, "family") == 0)
		return (consts_family(so->family));
	if (strcmp(name, "type") == 0)
		return (consts_socktype(so->type));
	if (strcmp(name, "proto") == 0)
		return (value_int(so->proto));
	if (strcmp(name, "timeout") == 0)
		return (so->timeout < 0 ? value_none() :
		                          value_float(so->timeout));
	for (m = sockobj_methods; m->name != NULL; m++)
		cands[n++] = m->name;
	for (i = 0; sockobj_attrs[i] != NULL; i++)
		cands[n++] = sockobj_attrs[i];
	err_set(&cls_AttributeError, "'socket' object has no attribute '%s'",
	    name);
	{
		struct value *e = err_fetch();
		const char *s = exc_suggest(name, cands, n);

		if (s != NULL)
			e->u.exc->suggestion = xstrdup(s);
		err_set_value(e);
	}
	return (NULL);
}

/* str() of a name, as socket.py's __repr__ formats laddr and raddr. */
static void
add_name(struct buf *b, const char *label, struct value *name)
{
	char *s;

	if (name == NULL) {
		err_clear();
		return;
	}
	if (value_truth(name)) {
		s = value_str_of(name);
		buf_printf(b, ", %s=%s", label, s);
		free(s);
	}
	value_decref(name);
}

char *
sockobj_repr(const struct sockobj *so)
{
	struct sockaddr_storage ss;
	socklen_t len;
	struct buf b;
	struct value *saved = err_fetch(); /* repr never disturbs an error */

	buf_init(&b);
	buf_printf(&b, "<socket.socket%s fd=%d, family=%d, type=%d, proto=%d",
	    so->fd < 0 ? " [closed]" : "", so->fd, so->family, so->type,
	    so->proto);
	if (so->fd >= 0) {
		len = sizeof(ss);
		memset(&ss, 0, sizeof(ss));
		if (sys_getsockname(so->fd, (struct sockaddr *)&ss, &len) == 0)
			add_name(&b, "laddr",
			    sockaddr_to_value((struct sockaddr *)&ss, len));
		len = sizeof(ss);
		memset(&ss, 0, sizeof(ss));
		if (sys_getpeername(so->fd, (struct sockaddr *)&ss, &len) == 0)
			add_name(&b, "raddr",
			    sockaddr_to_value((struct sockaddr *)&ss, len));
	}
	buf_puts(&b, ">");
	if (saved != NULL)
		err_set_value(saved);
	return (buf_steal(&b));
}

/* ---- the kind row ----------------------------------------------------- */

static void
kind_repr(struct buf *b, const struct value *v)
{
	char *s = sockobj_repr(v->u.sock);

	buf_puts(b, s);
	free(s);
}

static void
kind_free(struct value *v)
{
	sockobj_free(v->u.sock);
	free(v);
}

static long long
kind_hash(const struct value *v)
{
	return (kind_hash_pointer(v)); /* sockets hash by identity */
}

const struct kind_desc sockobj_kind = {
	.name = "socket", .cls = &cls_socket,
	.repr = kind_repr, .free = kind_free,
	.getattr = sockobj_getattr, .hash = kind_hash,
};
