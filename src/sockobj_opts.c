/* sockobj_opts.c -- socket methods for options and timeouts */
#include <config.h>

#include "sockobj_opts.h"

#include <sys/socket.h>

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "exc.h"
#include "syscall.h"
#include "value.h"
#include "xmalloc.h"

static struct value *
none_or_null(int rc)
{
	return (rc < 0 ? NULL : value_none());
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
			return (err_set(&cls_ValueError,
			            "Invalid value NaN (not a number)"),
			    -1);
		if (v->u.f < 0)
			return (err_set(&cls_ValueError,
			            "Timeout value out of range"),
			    -1);
		if (v->u.f > 9.2e18 / 1e9)
			return (
			    err_set(&cls_OverflowError,
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
	struct sockobj *so = sockobj_of(self);
	double t;

	if (args_one(a, "socket.settimeout") < 0 ||
	    parse_timeout(a->pos[0], &t) < 0)
		return (NULL);
	so->timeout = t;
	return (none_or_null(sockobj_set_blocking(so, t < 0)));
}

static struct value *
m_gettimeout(struct value *self, const struct callargs *a)
{
	struct sockobj *so = sockobj_of(self);

	if (args_none(a, "socket.gettimeout") < 0)
		return (NULL);
	return (so->timeout < 0 ? value_none() : value_float(so->timeout));
}

static struct value *
m_setblocking(struct value *self, const struct callargs *a)
{
	struct sockobj *so = sockobj_of(self);
	long long flag;

	if (args_one(a, "socket.setblocking") < 0 ||
	    value_as_long(a->pos[0], &flag) < 0)
		return (NULL);
	so->timeout = flag ? -1 : 0.0;
	return (none_or_null(sockobj_set_blocking(so, flag != 0)));
}

static struct value *
m_getblocking(struct value *self, const struct callargs *a)
{
	if (args_none(a, "socket.getblocking") < 0)
		return (NULL);
	return (value_bool(sockobj_of(self)->timeout != 0.0));
}

static struct value *
m_getsockopt(struct value *self, const struct callargs *a)
{
	struct sockobj *so = sockobj_of(self);
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
		return (
		    err_set(&cls_OSError, "getsockopt buflen out of range"));
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
	struct sockobj *so = sockobj_of(self);
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
	if (sys_setsockopt(so->fd, (int)level, (int)name, p, (socklen_t)len) ==
	    -1)
		return (err_set_errno(errno));
	return (value_none());
}

/*
 * ORDER: alphabetical.  One row per method says everything about it
 * once (struct callinfo in sockobj_core.h): its name and C function,
 * what the call does (flags, which argument is the address, the system
 * call underneath, a call that works and its note for explanations'
 * "try:", its row in the lessons' coverage table) and what help() shows
 * under "socket.socket.NAME".  sockobj.c gathers every file's rows.
 */
const struct callinfo sockobj_opts_rows[] = {
	{ .name = "getblocking",
	    .fn = m_getblocking,
	    .sig = "s.getblocking()",
	    .does = "Whether calls on this socket wait. False only after "
	            "setblocking(False) or settimeout(0).",
	    .returns = "True or False.",
	    .ccall = "(no system call)",
	    .see = "socket.socket.setblocking, socket.socket.settimeout" },
	{ .name = "getsockopt",
	    .fn = m_getsockopt,
	    .syscall = "getsockopt",
	    .example = "s.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE)",
	    .sig = "s.getsockopt(level, option)",
	    .does =
	        "Reads one socket option. level says which layer owns it: "
	        "socket.SOL_SOCKET for the socket itself, socket.IPPROTO_TCP, "
	        "socket.IPPROTO_IPV6 ... For example "
	        "s.getsockopt(socket.SOL_SOCKET, socket.SO_ACCEPTCONN) is 1 on a "
	        "listening socket.",
	    .returns =
	        "An int for integer options; with a third argument (a buffer "
	        "length) the raw bytes.",
	    .errors = "OSError (ENOPROTOOPT 92): no such option at that level.",
	    .ccall = "getsockopt(3, SOL_SOCKET, SO_ACCEPTCONN, [1], [4]) = 0",
	    .see = "socket.socket.setsockopt, socket.SO_*" },
	{ .name = "gettimeout",
	    .fn = m_gettimeout,
	    .sig = "s.gettimeout()",
	    .does =
	        "The socket's timeout in seconds: how long a call may wait.",
	    .returns =
	        "None (wait for ever), 0.0 (never wait) or a number of seconds.",
	    .ccall = "(no system call)",
	    .see = "socket.socket.settimeout" },
	{ .name = "setblocking",
	    .fn = m_setblocking,
	    .syscall = "ioctl",
	    .example = "s.setblocking(False)",
	    .sig = "s.setblocking(flag)",
	    .does =
	        "setblocking(False) makes every call return at once: where it "
	        "would have waited it raises BlockingIOError instead. "
	        "setblocking(True) makes calls wait again. Same as settimeout(0) "
	        "and settimeout(None).",
	    .returns = "None.",
	    .ccall = "ioctl(3, FIONBIO, [1]) = 0",
	    .see = "socket.socket.settimeout, socket.socket.getblocking" },
	{ .name = "setsockopt",
	    .fn = m_setsockopt,
	    .syscall = "setsockopt",
	    .example =
	        "s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)",
	    .sig = "s.setsockopt(level, option, value)",
	    .does =
	        "Sets one socket option. The one a learner meets first is "
	        "s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1), set "
	        "before bind(): it lets a new listener take a port that a "
	        "TIME_WAIT entry still holds (if the old socket set it too). It "
	        "never lets two sockets listen on the same name.\n"
	        "IPV6_V6ONLY (level IPPROTO_IPV6) decides whether an AF_INET6 "
	        "socket bound to '::' also takes IPv4 clients.",
	    .returns = "None.",
	    .errors =
	        "OSError (ENOPROTOOPT 92): no such option at that level.\n"
	        "OSError (EINVAL 22): e.g. changing IPV6_V6ONLY after bind().\n"
	        "TypeError: value must be an int or bytes.",
	    .ccall = "setsockopt(3, SOL_SOCKET, SO_REUSEADDR, [1], 4) = 0",
	    .see = "socket.socket.getsockopt, socket.SO_*, socket.IPV6_*" },
	{ .name = "settimeout",
	    .fn = m_settimeout,
	    .syscall = "ioctl",
	    .example = "s.settimeout(2.0)",
	    .note = "seconds, or None to wait forever",
	    .sig = "s.settimeout(seconds)",
	    .does =
	        "Limits how long each call may wait. A number of seconds: a call "
	        "that waits longer raises TimeoutError. 0: never wait "
	        "(non-blocking). None: wait for ever.\n"
	        "Underneath, the socket becomes non-blocking and each call that "
	        "could wait is preceded by a poll() with the time limit. Set one "
	        "before recv() or accept() in a single-threaded shell.",
	    .returns = "None.",
	    .errors = "ValueError: a negative number.\n"
	              "TypeError: not a number or None.",
	    .ccall = "ioctl(3, FIONBIO, [1]) = 0\n"
	             "poll([{fd=3, events=POLLIN}], 1, 2000) = 0 (Timeout)",
	    .see = "socket.socket.gettimeout, socket.setdefaulttimeout" },
	{ .name = NULL },
};
