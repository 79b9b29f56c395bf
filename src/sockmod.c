/* sockmod.c -- the socket module: functions, constants and classes */
#include <config.h>

#include "sockmod.h"

#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/un.h>

#include <arpa/inet.h>
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <net/if.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <netinet/udp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "consts.h"
#include "exc.h"
#include "sockaddr.h"
#include "sockobj.h"
#include "syscall.h"
#include "value.h"
#include "xmalloc.h"

/* ---- argument conversion, worded as CPython words it ---------------- */

/* PyArg "i": a C int. */
static int
arg_int(const struct value *v, int *out)
{
	long long x;

	if (value_as_long(v, &x) == -1)
		return (-1);
	if (x > INT_MAX) {
		err_set(&cls_OverflowError,
		    "signed integer is greater than maximum");
		return (-1);
	}
	if (x < INT_MIN) {
		err_set(&cls_OverflowError,
		    "signed integer is less than minimum");
		return (-1);
	}
	*out = (int)x;
	return (0);
}

/* PyArg "s": a str without NUL; *p borrowed. */
static int
arg_str(const struct value *v, const char *fname, int argno, const char **p)
{
	if (v->kind != KIND_STR) {
		err_set(&cls_TypeError, "%s() argument %d must be str, not %s",
		    fname, argno, value_type_name(v));
		return (-1);
	}
	if (strlen(v->u.s.buf) != v->u.s.len) {
		err_set(&cls_ValueError, "embedded null character");
		return (-1);
	}
	*p = v->u.s.buf;
	return (0);
}

/*
 * Functions that socket.py defines in Python bind their arguments as
 * Python does, with its messages ("getaddrinfo() missing 1 required
 * positional argument: 'port'").  params is NULL-terminated; the first
 * npos may be given by position, the first nreq of those must be given.
 * out[] gets one borrowed value per parameter, NULL where absent.
 * self: the function is a method (socket.__init__), so counts include it.
 */
struct pysig {
	const char *name;
	const char *const *params;
	size_t npos;
	size_t nreq;
	int self;
};

static int
too_many_positional(const struct pysig *sig, const struct callargs *a,
    struct value **out)
{
	size_t given = a->npos + sig->self, kwonly = 0, i;
	char how[64], extra[96] = "";
	int plural;

	for (i = sig->npos; sig->params[i] != NULL; i++)
		if (out[i] != NULL)
			kwonly++;
	if (sig->nreq < sig->npos) {
		snprintf(how, sizeof(how), "from %zu to %zu",
		    sig->nreq + sig->self, sig->npos + sig->self);
		plural = 1;
	} else {
		snprintf(how, sizeof(how), "%zu", sig->npos + sig->self);
		plural = sig->npos + sig->self != 1;
	}
	if (kwonly)
		snprintf(extra, sizeof(extra),
		    " positional argument%s (and %zu keyword-only argument%s)",
		    given != 1 ? "s" : "", kwonly, kwonly != 1 ? "s" : "");
	err_set(&cls_TypeError,
	    "%s() takes %s positional argument%s but %zu%s %s given", sig->name,
	    how, plural ? "s" : "", given, extra,
	    given == 1 && !kwonly ? "was" : "were");
	return (-1);
}

static int
missing_positional(const struct pysig *sig, struct value **out)
{
	struct buf b;
	size_t i, n = 0, k = 0;

	for (i = 0; i < sig->nreq; i++)
		if (out[i] == NULL)
			n++;
	if (n == 0)
		return (0);
	buf_init(&b);
	for (i = 0; i < sig->nreq; i++) {
		if (out[i] != NULL)
			continue;
		if (k > 0 && n > 2)
			buf_puts(&b, ",");
		if (k > 0 && k == n - 1)
			buf_puts(&b, " and");
		if (k > 0)
			buf_puts(&b, " ");
		buf_printf(&b, "'%s'", sig->params[i]);
		k++;
	}
	err_set(&cls_TypeError,
	    "%s() missing %zu required positional argument%s: %s", sig->name, n,
	    n == 1 ? "" : "s", b.data);
	buf_free(&b);
	return (-1);
}

static int
py_bind(const struct pysig *sig, const struct callargs *a, struct value **out)
{
	size_t i, j, nparams = 0;

	while (sig->params[nparams] != NULL)
		nparams++;
	for (i = 0; i < nparams; i++)
		out[i] = i < a->npos && i < sig->npos ? a->pos[i] : NULL;
	/* CPython looks at keywords first, then at the positional count. */
	for (i = 0; i < a->nkw; i++) {
		for (j = 0; j < nparams; j++)
			if (strcmp(a->kwnames[i], sig->params[j]) == 0)
				break;
		if (j == nparams) {
			err_set(&cls_TypeError,
			    "%s() got an unexpected keyword argument '%s'",
			    sig->name, a->kwnames[i]);
			return (-1);
		}
		if (out[j] != NULL || (j < sig->npos && j < a->npos)) {
			err_set(&cls_TypeError,
			    "%s() got multiple values for argument '%s'",
			    sig->name, sig->params[j]);
			return (-1);
		}
		out[j] = a->kwvals[i];
	}
	if (a->npos > sig->npos)
		return (too_many_positional(sig, a, out));
	return (missing_positional(sig, out));
}

static int
is_none(const struct value *v)
{
	return (v == NULL || v->kind == KIND_NONE);
}

/* ---- socket objects -------------------------------------------------- */

/*
 * init_sockobject's timeout: SOCK_NONBLOCK means 0.0 (sockobj_new sees to
 * that); otherwise the default timeout, and a default other than None
 * puts the descriptor in non-blocking mode at once, as strace shows
 * python3 doing (ioctl FIONBIO).  On failure the caller drops s.
 */
static int
apply_default_timeout(struct value *s, int type)
{
	int one = 1, err;

	if (type & SOCK_NONBLOCK)
		return (0);
	s->u.sock->timeout = sockobj_default_timeout;
	if (sockobj_default_timeout < 0)
		return (0);
	if (sys_ioctl_int(s->u.sock->fd, FIONBIO, &one) == -1) {
		err = errno;
		err_set_errno(err);
		return (-1);
	}
	return (0);
}

/*
 * socket(family, type, proto) as _socket.socket.__init__ makes it: the
 * kernel gets type|SOCK_CLOEXEC, the object keeps the type without the
 * two flag bits (so s.type == SOCK_STREAM holds for SOCK_NONBLOCK too).
 * New reference or NULL.
 */
static struct value *
socket_create(int family, int type, int proto)
{
	struct value *v;
	int fd, err;

	fd = sys_socket(family, type | SOCK_CLOEXEC, proto);
	if (fd == -1) {
		err = errno;
		return (err_set_errno(err));
	}
	v = sockobj_new(fd, family, type, proto);
	if (apply_default_timeout(v, type) == -1) {
		value_decref(v);
		return (NULL);
	}
	return (v);
}

/* socket.socket(fileno=fd): adopt a descriptor, ask the kernel what it is. */
static struct value *
socket_adopt(int family, int type, int proto, const struct value *fdv)
{
	struct sockaddr_storage ss;
	socklen_t len = sizeof(ss);
	int fd, val, err;
	struct value *v;

	if (arg_int(fdv, &fd) == -1)
		return (NULL);
	if (fd < 0)
		return (err_set(&cls_ValueError, "negative file descriptor"));
	memset(&ss, 0, sizeof(ss));
	if (sys_getsockname(fd, (struct sockaddr *)&ss, &len) == 0) {
		if (family == -1)
			family = ss.ss_family;
	} else if (errno == EBADF || errno == ENOTSOCK) {
		err = errno;
		return (err_set_errno(err));
	}
	if (type == -1) {
		len = sizeof(val);
		if (sys_getsockopt(fd, SOL_SOCKET, SO_TYPE, &val, &len) == -1) {
			err = errno;
			return (err_set_errno(err));
		}
		type = val;
	}
	if (proto == -1) {
		len = sizeof(val);
		if (sys_getsockopt(fd, SOL_SOCKET, SO_PROTOCOL, &val, &len) ==
		    -1) {
			err = errno;
			return (err_set_errno(err));
		}
		proto = val;
	}
	v = sockobj_new(fd, family, type, proto);
	if (apply_default_timeout(v, type) == -1) {
		value_decref(v);
		return (NULL);
	}
	return (v);
}

/* _socket.socket.__init__ takes its ints through argument clinic. */
static int
clinic_int(const struct value *v, int *out)
{
	long long x;

	if (value_as_long(v, &x) == -1)
		return (-1);
	if (x > INT_MAX || x < INT_MIN) {
		err_set(&cls_OverflowError,
		    "Python int too large to convert to C int");
		return (-1);
	}
	*out = (int)x;
	return (0);
}

struct value *
sockmod_socket_new(const struct callargs *a)
{
	static const char *const params[] = { "family", "type", "proto",
		"fileno", NULL };
	static const struct pysig sig = { "socket.__init__", params, 4, 0, 1 };
	struct value *arg[4];
	int family = -1, type = -1, proto = -1;

	if (py_bind(&sig, a, arg) == -1)
		return (NULL);
	if ((arg[0] && clinic_int(arg[0], &family) == -1) ||
	    (arg[1] && clinic_int(arg[1], &type) == -1) ||
	    (arg[2] && clinic_int(arg[2], &proto) == -1))
		return (NULL);
	if (!is_none(arg[3]))
		return (socket_adopt(family, type, proto, arg[3]));
	/* socket.py's defaults: -1 stands for "not given". */
	if (family == -1)
		family = AF_INET;
	if (type == -1)
		type = SOCK_STREAM;
	if (proto == -1)
		proto = 0;
	return (socket_create(family, type, proto));
}

/*
 * Call a method of a socket object, so that the module's helpers do
 * exactly what s.connect(...) etc. do (timeouts, trace, errors).
 */
static struct value *
call_method(struct value *sock, const char *name, size_t n, struct value **argv)
{
	struct callargs ca = { argv, n, NULL, NULL, 0 };
	struct value *m, *r;

	m = sockobj_getattr(sock, name);
	if (m == NULL)
		return (NULL);
	r = m->u.func.fn->fn(m->u.func.self, &ca);
	value_decref(m);
	return (r);
}

/* socketpair(family=None, type=SOCK_STREAM, proto=0) */
static struct value *
mod_socketpair(struct value *self, const struct callargs *a)
{
	static const char *const params[] = { "family", "type", "proto", NULL };
	static const struct pysig sig = { "socketpair", params, 3, 0, 0 };
	struct sockaddr_storage ss;
	struct value *arg[3], *s0, *s1;
	int family = AF_UNIX, type = SOCK_STREAM, proto = 0, sv[2], err, i;
	socklen_t len;

	if (py_bind(&sig, a, arg) == -1)
		return (NULL);
	if ((!is_none(arg[0]) && arg_int(arg[0], &family) == -1) ||
	    (arg[1] && arg_int(arg[1], &type) == -1) ||
	    (arg[2] && arg_int(arg[2], &proto) == -1))
		return (NULL);
	if (sys_socketpair(family, type | SOCK_CLOEXEC, proto, sv) == -1) {
		err = errno;
		return (err_set_errno(err));
	}
	/*
	 * _socket.socketpair makes two objects (each getting the default
	 * timeout), then socket.py wraps each end with socket(...,
	 * fileno=fd): its check that fd is a socket is the getsockname that
	 * strace shows, and the default timeout is applied once more.
	 */
	s0 = sockobj_new(sv[0], family, type, proto);
	s1 = sockobj_new(sv[1], family, type, proto);
	if (apply_default_timeout(s0, type) == -1 ||
	    apply_default_timeout(s1, type) == -1)
		goto fail;
	for (i = 0; i < 2; i++) {
		len = sizeof(ss);
		sys_getsockname(sv[i], (struct sockaddr *)&ss, &len);
		if (apply_default_timeout(i ? s1 : s0, type) == -1)
			goto fail;
	}
	return (value_tuple(2, s0, s1));
fail:
	value_decref(s0);
	value_decref(s1);
	return (NULL);
}

/* ---- names and numbers ---------------------------------------------- */

/* htons, ntohs: "i" then a 16-bit range check. */
static struct value *
swap16(const struct callargs *a, const char *name)
{
	static const char c16[] = "C 16-bit unsigned integer";
	int x;

	if (args_range(a, name, 1, 1) == -1 || arg_int(a->pos[0], &x) == -1)
		return (NULL);
	if (x < 0)
		return (err_set(&cls_OverflowError,
		    "%s: can't convert negative Python int to %s", name, c16));
	if (x > 0xffff)
		return (err_set(&cls_OverflowError,
		    "%s: Python int too large to convert to %s", name, c16));
	return (value_int(htons((uint16_t)x)));
}

static struct value *
mod_htons(struct value *self, const struct callargs *a)
{
	return (swap16(a, "htons"));
}

static struct value *
mod_ntohs(struct value *self, const struct callargs *a)
{
	return (swap16(a, "ntohs"));
}

/* htonl, ntohl: METH_O, any int that fits 32 bits unsigned. */
static struct value *
swap32(const struct callargs *a, const char *qualname)
{
	const struct value *v;
	long long x;

	if (args_one(a, qualname) == -1)
		return (NULL);
	v = a->pos[0];
	if (!value_is_int(v))
		return (err_set(&cls_TypeError, "expected int, %s found",
		    value_type_name(v)));
	value_as_long(v, &x);
	if (x < 0)
		return (err_set(&cls_OverflowError,
		    "can't convert negative value to unsigned int"));
	if (x > 0xffffffffLL)
		return (err_set(&cls_OverflowError, "int larger than 32 bits"));
	return (value_int(htonl((uint32_t)x)));
}

static struct value *
mod_htonl(struct value *self, const struct callargs *a)
{
	return (swap32(a, "_socket.htonl"));
}

static struct value *
mod_ntohl(struct value *self, const struct callargs *a)
{
	return (swap32(a, "_socket.ntohl"));
}

static struct value *
mod_inet_aton(struct value *self, const struct callargs *a)
{
	struct in_addr in;
	const char *s;

	if (args_range(a, "inet_aton", 1, 1) == -1 ||
	    arg_str(a->pos[0], "inet_aton", 1, &s) == -1)
		return (NULL);
	/* libc's inet_aton, as Python's: '127.1' and '0x7f.1' are fine. */
	if (inet_aton(s, &in) == 0)
		return (err_set(&cls_OSError,
		    "illegal IP address string passed to inet_aton"));
	return (value_bytes(&in, sizeof(in)));
}

static struct value *
mod_inet_ntoa(struct value *self, const struct callargs *a)
{
	char text[INET_ADDRSTRLEN];
	const char *p;
	size_t len;

	if (args_range(a, "inet_ntoa", 1, 1) == -1 ||
	    value_as_buffer(a->pos[0], &p, &len) == -1)
		return (NULL);
	if (len != 4)
		return (err_set(&cls_OSError,
		    "packed IP wrong length for inet_ntoa"));
	inet_ntop(AF_INET, p, text, sizeof(text));
	return (value_cstr(text));
}

static struct value *
mod_inet_pton(struct value *self, const struct callargs *a)
{
	unsigned char packed[sizeof(struct in6_addr)];
	const char *s;
	int af, rc, err;

	if (args_range(a, "inet_pton", 2, 2) == -1 ||
	    arg_int(a->pos[0], &af) == -1 ||
	    arg_str(a->pos[1], "inet_pton", 2, &s) == -1)
		return (NULL);
	rc = inet_pton(af, s, packed);
	if (rc < 0) {
		err = errno;
		return (err_set_errno(err));
	}
	if (rc == 0)
		return (err_set(&cls_OSError,
		    "illegal IP address string passed to inet_pton"));
	return (value_bytes(packed, af == AF_INET ? 4 : 16));
}

static struct value *
mod_inet_ntop(struct value *self, const struct callargs *a)
{
	char text[INET6_ADDRSTRLEN];
	const char *p;
	size_t len;
	int af, err;

	if (args_range(a, "inet_ntop", 2, 2) == -1 ||
	    arg_int(a->pos[0], &af) == -1 ||
	    value_as_buffer(a->pos[1], &p, &len) == -1)
		return (NULL);
	if (af == AF_INET || af == AF_INET6) {
		if (len != (af == AF_INET ? 4u : 16u))
			return (err_set(&cls_ValueError,
			    "invalid length of packed IP address string"));
	} else
		return (
		    err_set(&cls_ValueError, "unknown address family %d", af));
	if (inet_ntop(af, p, text, sizeof(text)) == NULL) {
		err = errno;
		return (err_set_errno(err));
	}
	return (value_cstr(text));
}

/* getservbyname(servicename[, protocolname]) */
static struct value *
mod_getservbyname(struct value *self, const struct callargs *a)
{
	const char *name, *proto = NULL;
	struct servent *se;

	if (args_range(a, "getservbyname", 1, 2) == -1 ||
	    arg_str(a->pos[0], "getservbyname", 1, &name) == -1 ||
	    (a->npos > 1 &&
	        arg_str(a->pos[1], "getservbyname", 2, &proto) == -1))
		return (NULL);
	se = getservbyname(name, proto);
	if (se == NULL)
		return (err_set(&cls_OSError, "service/proto not found"));
	return (value_int(ntohs((uint16_t)se->s_port)));
}

/* getservbyport(port[, protocolname]) */
static struct value *
mod_getservbyport(struct value *self, const struct callargs *a)
{
	const char *proto = NULL;
	struct servent *se;
	int port;

	if (args_range(a, "getservbyport", 1, 2) == -1 ||
	    arg_int(a->pos[0], &port) == -1 ||
	    (a->npos > 1 &&
	        arg_str(a->pos[1], "getservbyport", 2, &proto) == -1))
		return (NULL);
	if (port < 0 || port > 0xffff)
		return (err_set(&cls_OverflowError,
		    "getservbyport: port must be 0-65535."));
	se = getservbyport(htons((uint16_t)port), proto);
	if (se == NULL)
		return (err_set(&cls_OSError, "port/proto not found"));
	return (value_cstr(se->s_name));
}

static struct value *
mod_getprotobyname(struct value *self, const struct callargs *a)
{
	struct protoent *pe;
	const char *name;

	if (args_range(a, "getprotobyname", 1, 1) == -1 ||
	    arg_str(a->pos[0], "getprotobyname", 1, &name) == -1)
		return (NULL);
	pe = getprotobyname(name);
	if (pe == NULL)
		return (err_set(&cls_OSError, "protocol not found"));
	return (value_int(pe->p_proto));
}

static struct value *
mod_gethostname(struct value *self, const struct callargs *a)
{
	char name[HOST_NAME_MAX + 1];
	int err;

	if (args_none(a, "_socket.gethostname") == -1)
		return (NULL);
	if (gethostname(name, sizeof(name)) == -1) {
		err = errno;
		return (err_set_errno(err));
	}
	name[sizeof(name) - 1] = '\0';
	return (value_cstr(name));
}

/* PyArg "et": str or bytes without NUL, *p borrowed. */
static int
arg_host(const struct value *v, const char *fname, const char **p)
{
	if (v->kind != KIND_STR && v->kind != KIND_BYTES) {
		err_set(&cls_TypeError,
		    "%s() argument 1 must be str, bytes or bytearray, not %s",
		    fname, value_type_name(v));
		return (-1);
	}
	if (strlen(v->u.s.buf) != v->u.s.len) {
		err_set(&cls_TypeError,
		    "%s() argument 1 must be encoded string "
		    "without null bytes, not %s",
		    fname, value_type_name(v));
		return (-1);
	}
	*p = v->u.s.buf;
	return (0);
}

static struct value *
mod_gethostbyname(struct value *self, const struct callargs *a)
{
	struct sockaddr_storage ss;
	char text[INET_ADDRSTRLEN];
	const char *host;

	if (args_range(a, "gethostbyname", 1, 1) == -1 ||
	    arg_host(a->pos[0], "gethostbyname", &host) == -1 ||
	    sockaddr_resolve(host, AF_INET, &ss) == -1)
		return (NULL);
	inet_ntop(AF_INET, &((struct sockaddr_in *)&ss)->sin_addr, text,
	    sizeof(text));
	return (value_cstr(text));
}

/*
 * getfqdn(name=''): socket.py strips the name, takes gethostname() for
 * '', '0.0.0.0' and '::', then asks gethostbyaddr and prefers the first
 * of its names (canonical first, then aliases) that has a dot in it.
 * Any lookup failure just gives the name back.
 */
static struct value *
mod_getfqdn(struct value *self, const struct callargs *a)
{
	static const char *const params[] = { "name", NULL };
	static const struct pysig sig = { "getfqdn", params, 1, 0, 0 };
	struct value *arg[1], *res;
	struct sockaddr_storage ss;
	struct hostent he, *hp = NULL;
	char host[HOST_NAME_MAX + 1], work[8192];
	const char *s, *pick;
	size_t len;
	int herr, isbytes = 0;

	if (py_bind(&sig, a, arg) == -1)
		return (NULL);
	s = "";
	len = 0;
	if (arg[0] != NULL) {
		if (arg[0]->kind != KIND_STR && arg[0]->kind != KIND_BYTES)
			return (err_set(&cls_AttributeError,
			    "'%s' object has no attribute 'strip'",
			    value_type_name(arg[0])));
		isbytes = arg[0]->kind == KIND_BYTES;
		s = arg[0]->u.s.buf;
		len = arg[0]->u.s.len;
		while (len > 0 && strchr(" \t\n\r\v\f", *s) != NULL && *s) {
			s++;
			len--;
		}
		while (len > 0 && strchr(" \t\n\r\v\f", s[len - 1]) != NULL &&
		       s[len - 1])
			len--;
	}
	if (len == 0 || (len == 7 && memcmp(s, "0.0.0.0", 7) == 0) ||
	    (len == 2 && memcmp(s, "::", 2) == 0)) {
		if (gethostname(host, sizeof(host)) == -1)
			host[0] = '\0';
		host[sizeof(host) - 1] = '\0';
		s = host;
		len = strlen(host);
		isbytes = 0;
	} else {
		char *copy = xstrndup(s, len);

		snprintf(host, sizeof(host), "%s", copy);
		free(copy);
	}
	/* gethostbyaddr(name): resolve as setipaddr does, then look back. */
	if (strlen(host) == len &&
	    sockaddr_resolve(host, AF_UNSPEC, &ss) == 0) {
		const void *addr =
		    ss.ss_family == AF_INET ?
		        (const void *)&((struct sockaddr_in *)&ss)->sin_addr :
		        (const void *)&((struct sockaddr_in6 *)&ss)->sin6_addr;
		socklen_t alen = ss.ss_family == AF_INET ? 4 : 16;

		if (gethostbyaddr_r(addr, alen, ss.ss_family, &he, work,
		        sizeof(work), &hp, &herr) != 0)
			hp = NULL;
	}
	err_clear(); /* socket.py catches every OSError here */
	if (hp == NULL)
		return (isbytes ? value_bytes(s, len) : value_str(s, len));
	pick = hp->h_name;
	if (strchr(pick, '.') == NULL && hp->h_aliases != NULL) {
		char **al;

		for (al = hp->h_aliases; *al != NULL; al++)
			if (strchr(*al, '.') != NULL) {
				pick = *al;
				break;
			}
	}
	res = value_cstr(pick);
	return (res);
}

/*
 * The host of getaddrinfo(): None, str or bytes.  A NUL ends it, as in
 * CPython 3.11 (it passes the C string on).
 */
static int
gai_host(const struct value *v, const char **p)
{
	if (is_none(v)) {
		*p = NULL;
		return (0);
	}
	if (v->kind != KIND_STR && v->kind != KIND_BYTES) {
		err_set(&cls_TypeError,
		    "getaddrinfo() argument 1 must be string or None");
		return (-1);
	}
	*p = v->u.s.buf;
	return (0);
}

/* The port: an exact int (not bool, not an enum), str, bytes or None. */
static int
gai_port(const struct value *v, char *buf, size_t size, const char **p)
{
	if (is_none(v)) {
		*p = NULL;
		return (0);
	}
	if (v->kind == KIND_INT) {
		snprintf(buf, size, "%lld", v->u.i);
		*p = buf;
		return (0);
	}
	if (v->kind == KIND_STR || v->kind == KIND_BYTES) {
		*p = v->u.s.buf;
		return (0);
	}
	err_set(&cls_OSError, "Int or String expected");
	return (-1);
}

/* The list getaddrinfo returns, with socket.py's enum members. */
static struct value *
gai_list(const struct addrinfo *res)
{
	struct value *list = value_list_new(0);
	const struct addrinfo *ai;

	for (ai = res; ai != NULL; ai = ai->ai_next) {
		struct value *addr =
		    sockaddr_to_value(ai->ai_addr, ai->ai_addrlen);

		if (addr == NULL) {
			value_decref(list);
			return (NULL);
		}
		value_list_append(list,
		    value_tuple(5, consts_family(ai->ai_family),
		        consts_socktype(ai->ai_socktype),
		        value_int(ai->ai_protocol),
		        value_cstr(ai->ai_canonname ? ai->ai_canonname : ""),
		        addr));
	}
	return (list);
}

/* What _socket.getaddrinfo does once the arguments are bound. */
static struct value *
do_getaddrinfo(const struct value *hostv, const struct value *portv, int family,
    int type, int proto, int flags)
{
	struct addrinfo hints, *res = NULL;
	const char *host, *port;
	char portbuf[32];
	struct value *list;
	int error;

	if (gai_host(hostv, &host) == -1 ||
	    gai_port(portv, portbuf, sizeof(portbuf), &port) == -1)
		return (NULL);
	memset(&hints, 0, sizeof(hints));
	hints.ai_family = family;
	hints.ai_socktype = type;
	hints.ai_protocol = proto;
	hints.ai_flags = flags;
	error = sys_getaddrinfo(host, port, &hints, &res);
	if (error != 0)
		return (err_set_gai(error));
	list = gai_list(res);
	freeaddrinfo(res);
	return (list);
}

/* getaddrinfo(host, port, family=0, type=0, proto=0, flags=0) */
static struct value *
mod_getaddrinfo(struct value *self, const struct callargs *a)
{
	static const char *const params[] = { "host", "port", "family", "type",
		"proto", "flags", NULL };
	static const struct pysig sig = { "getaddrinfo", params, 6, 2, 0 };
	struct value *arg[6];
	int num[4] = { 0, 0, 0, 0 }, i;

	if (py_bind(&sig, a, arg) == -1)
		return (NULL);
	for (i = 0; i < 4; i++)
		if (arg[2 + i] != NULL && arg_int(arg[2 + i], &num[i]) == -1)
			return (NULL);
	return (do_getaddrinfo(arg[0], arg[1], num[0], num[1], num[2], num[3]));
}

/* getnameinfo(sockaddr, flags): the address must be numeric. */
static struct value *
mod_getnameinfo(struct value *self, const struct callargs *a)
{
	static const char illegal[] =
	    "getnameinfo(): illegal sockaddr argument";
	char host[NI_MAXHOST], serv[NI_MAXSERV], portbuf[16];
	struct addrinfo hints, *res = NULL;
	struct value *sa, *it;
	long long flowinfo = 0, scope_id = 0;
	int flags, port, error;
	size_t n;

	if (args_range(a, "getnameinfo", 2, 2) == -1 ||
	    arg_int(a->pos[1], &flags) == -1)
		return (NULL);
	sa = a->pos[0];
	if (sa->kind != KIND_TUPLE)
		return (err_set(&cls_TypeError,
		    "getnameinfo() argument 1 must be a tuple"));
	n = sa->u.seq.len;
	if (n < 2 || n > 4)
		return (err_set(&cls_TypeError, "%s", illegal));
	it = value_seq_get(sa, 0);
	if (it->kind != KIND_STR)
		return (err_set(&cls_TypeError, "%s", illegal));
	if (strlen(it->u.s.buf) != it->u.s.len)
		return (err_set(&cls_ValueError, "embedded null character"));
	if (arg_int(value_seq_get(sa, 1), &port) == -1 ||
	    (n > 2 && value_as_long(value_seq_get(sa, 2), &flowinfo) == -1) ||
	    (n > 3 && value_as_long(value_seq_get(sa, 3), &scope_id) == -1))
		return (NULL);
	if ((unsigned int)flowinfo > 0xfffff)
		return (err_set(&cls_OverflowError,
		    "getnameinfo(): flowinfo must be 0-1048575."));
	snprintf(portbuf, sizeof(portbuf), "%d", port);
	memset(&hints, 0, sizeof(hints));
	hints.ai_family = AF_UNSPEC;
	hints.ai_socktype = SOCK_DGRAM;
	hints.ai_flags = AI_NUMERICHOST; /* never a lookup for the address */
	error = getaddrinfo(it->u.s.buf, portbuf, &hints, &res);
	if (error != 0)
		return (err_set_gai(error));
	if (res->ai_next != NULL) {
		freeaddrinfo(res);
		return (err_set(&cls_OSError,
		    "sockaddr resolved to multiple addresses"));
	}
	if (res->ai_family == AF_INET) {
		if (n != 2) {
			freeaddrinfo(res);
			return (err_set(&cls_OSError,
			    "IPv4 sockaddr must be 2 tuple"));
		}
	} else if (res->ai_family == AF_INET6) {
		struct sockaddr_in6 *sin6 = (struct sockaddr_in6 *)res->ai_addr;

		sin6->sin6_flowinfo = htonl((unsigned int)flowinfo);
		sin6->sin6_scope_id = (unsigned int)scope_id;
	}
	error = getnameinfo(res->ai_addr, res->ai_addrlen, host, sizeof(host),
	    serv, sizeof(serv), flags);
	freeaddrinfo(res);
	if (error != 0)
		return (err_set_gai(error));
	return (value_tuple(2, value_cstr(host), value_cstr(serv)));
}

static struct value *
mod_if_nametoindex(struct value *self, const struct callargs *a)
{
	const struct value *v;
	unsigned idx;

	if (args_range(a, "if_nametoindex", 1, 1) == -1)
		return (NULL);
	v = a->pos[0];
	if (v->kind != KIND_STR && v->kind != KIND_BYTES)
		return (err_set(&cls_TypeError,
		    "expected str, bytes or os.PathLike object, not %s",
		    value_type_name(v)));
	if (strlen(v->u.s.buf) != v->u.s.len)
		return (err_set(&cls_ValueError, "embedded null byte"));
	idx = if_nametoindex(v->u.s.buf);
	if (idx == 0)
		return (err_set(&cls_OSError, "no interface with this name"));
	return (value_int(idx));
}

static struct value *
mod_getdefaulttimeout(struct value *self, const struct callargs *a)
{
	if (args_none(a, "_socket.getdefaulttimeout") == -1)
		return (NULL);
	if (sockobj_default_timeout < 0)
		return (value_none());
	return (value_float(sockobj_default_timeout));
}

static struct value *
mod_setdefaulttimeout(struct value *self, const struct callargs *a)
{
	const struct value *v;
	double t;

	if (args_one(a, "_socket.setdefaulttimeout") == -1)
		return (NULL);
	v = a->pos[0];
	if (is_none(v)) {
		sockobj_default_timeout = -1;
		return (value_none());
	}
	if (v->kind == KIND_FLOAT) {
		t = v->u.f;
		if (isnan(t))
			return (err_set(&cls_ValueError,
			    "Invalid value NaN (not a number)"));
		if (t > 9.2e9)
			return (err_set(&cls_OverflowError,
			    "timestamp too large to convert to C _PyTime_t"));
	} else {
		long long x;

		if (value_as_long(v, &x) == -1)
			return (NULL);
		if (x > 9223372036LL)
			return (err_set(&cls_OverflowError,
			    "timestamp too large to convert to C _PyTime_t"));
		t = (double)x;
	}
	if (t < 0)
		return (err_set(&cls_ValueError, "Timeout value out of range"));
	sockobj_default_timeout = t;
	return (value_none());
}

/* ---- helpers socket.py writes in Python ----------------------------- */

/*
 * has_dualstack_ipv6(): a throwaway AF_INET6 socket that accepts
 * IPV6_V6ONLY=0.  The same calls python3 makes: socket, setsockopt, close.
 */
static int
dualstack_ok(void)
{
	struct value *s = socket_create(AF_INET6, SOCK_STREAM, 0);
	int zero = 0, ok;

	if (s == NULL) {
		err_clear();
		return (0);
	}
	ok = sys_setsockopt(s->u.sock->fd, IPPROTO_IPV6, IPV6_V6ONLY, &zero,
	         sizeof(zero)) == 0;
	value_decref(s); /* closes it */
	return (ok);
}

static struct value *
mod_has_dualstack_ipv6(struct value *self, const struct callargs *a)
{
	static const char *const params[] = { NULL };
	static const struct pysig sig = { "has_dualstack_ipv6", params, 0, 0,
		0 };

	if (py_bind(&sig, a, NULL) == -1)
		return (NULL);
	return (value_bool(dualstack_ok()));
}

/* setsockopt(fd, level, name, int) with the errno as an exception. */
static int
setopt(struct value *s, int level, int name, int val)
{
	int err;

	if (sys_setsockopt(s->u.sock->fd, level, name, &val, sizeof(val)) == 0)
		return (0);
	err = errno;
	err_set_errno(err);
	return (-1);
}

/*
 * create_server's rewording of a failed bind: the same errno, the
 * message extended, raised as error(errno, msg) -- so its class comes from
 * the errno again, and a gaierror turns into a plain OSError.
 */
static void
reraise_bind_error(struct value *address)
{
	struct value *e = err_fetch();
	struct exc *x = e->u.exc;
	char *where = value_repr(address), *msg;
	char *strerr =
	    x->strerror ? value_str_of(x->strerror) : xstrdup("None");
	const struct pyclass *cls = &cls_OSError;
	struct value *errnum;

	msg = xasprintf("%s (while attempting to bind on address %s)", strerr,
	    where);
	if (x->errnum != NULL && x->errnum->kind == KIND_INT) {
		errnum = value_incref(x->errnum);
		cls = exc_class_for_errno((int)x->errnum->u.i);
	} else
		errnum = value_none();
	err_set_value(exc_new(cls, value_tuple(2, errnum, value_cstr(msg))));
	free(msg);
	free(strerr);
	free(where);
	value_decref(e);
}

/*
 * create_server(address, *, family=AF_INET, backlog=None,
 *     reuse_port=False, dualstack_ipv6=False)
 */
static struct value *
mod_create_server(struct value *self, const struct callargs *a)
{
	static const char *const params[] = { "address", "family", "backlog",
		"reuse_port", "dualstack_ipv6", NULL };
	static const struct pysig sig = { "create_server", params, 1, 1, 0 };
	struct value *arg[5], *s;
	struct sockaddr_storage ss;
	socklen_t len;
	int family = AF_INET, backlog = 128, reuse_port, dualstack, err;

	if (py_bind(&sig, a, arg) == -1)
		return (NULL);
	reuse_port = arg[3] != NULL && value_truth(arg[3]);
	dualstack = arg[4] != NULL && value_truth(arg[4]);
	if (dualstack) {
		long long f = AF_INET;

		if (!dualstack_ok())
			return (err_set(&cls_ValueError,
			    "dualstack_ipv6 not supported on this platform"));
		/* socket.py compares with !=, so a str family fails here. */
		if (arg[1] != NULL && !value_is_int(arg[1]))
			f = -1;
		else if (arg[1] != NULL)
			value_as_long(arg[1], &f);
		if (f != AF_INET6)
			return (err_set(&cls_ValueError,
			    "dualstack_ipv6 requires AF_INET6 family"));
	}
	if (arg[1] != NULL && clinic_int(arg[1], &family) == -1)
		return (NULL);
	s = socket_create(family, SOCK_STREAM, 0);
	if (s == NULL)
		return (NULL);
	/* Rebinding right after a restart must not wait out TIME_WAIT. */
	if (setopt(s, SOL_SOCKET, SO_REUSEADDR, 1) == -1)
		err_clear(); /* socket.py: fail later, in bind() */
	if (reuse_port && setopt(s, SOL_SOCKET, SO_REUSEPORT, 1) == -1)
		goto fail;
	if (family == AF_INET6 &&
	    setopt(s, IPPROTO_IPV6, IPV6_V6ONLY, dualstack ? 0 : 1) == -1)
		goto fail;
	if (sockaddr_from_value(family, arg[0], "bind", &ss, &len) == -1) {
		if (err_matches(&cls_OSError))
			reraise_bind_error(arg[0]);
		goto fail;
	}
	if (sys_bind(s->u.sock->fd, (struct sockaddr *)&ss, len) == -1) {
		err = errno;
		err_set_errno(err);
		reraise_bind_error(arg[0]);
		goto fail;
	}
	/* sock.listen(backlog): converted only now, after the bind. */
	if (!is_none(arg[2]) && arg_int(arg[2], &backlog) == -1)
		goto fail;
	if (backlog < 0)
		backlog = 0; /* as CPython's sock_listen */
	if (sys_listen(s->u.sock->fd, backlog) == -1) {
		err = errno;
		err_set_errno(err);
		goto fail;
	}
	return (s);
fail:
	value_decref(s);
	return (NULL);
}

/* Python's `host, port = address` for the shapes our values take. */
static int
unpack_pair(struct value *v, struct value **x, struct value **y)
{
	size_t n;

	if (v->kind == KIND_TUPLE || v->kind == KIND_LIST) {
		n = v->u.seq.len;
		if (n == 2) {
			*x = value_incref(value_seq_get(v, 0));
			*y = value_incref(value_seq_get(v, 1));
			return (0);
		}
	} else if (v->kind == KIND_STR) {
		n = utf8_strlen(v->u.s.buf, v->u.s.len);
		if (n == 2) {
			size_t k = 1;

			while (k < v->u.s.len && (v->u.s.buf[k] & 0xc0) == 0x80)
				k++;
			*x = value_str(v->u.s.buf, k);
			*y = value_str(v->u.s.buf + k, v->u.s.len - k);
			return (0);
		}
	} else if (v->kind == KIND_BYTES) {
		n = v->u.s.len;
		if (n == 2) {
			*x = value_int((unsigned char)v->u.s.buf[0]);
			*y = value_int((unsigned char)v->u.s.buf[1]);
			return (0);
		}
	} else {
		err_set(&cls_TypeError, "cannot unpack non-iterable %s object",
		    value_type_name(v));
		return (-1);
	}
	if (n < 2)
		err_set(&cls_ValueError,
		    "not enough values to unpack (expected 2, got %zu)", n);
	else
		err_set(&cls_ValueError,
		    "too many values to unpack (expected 2)");
	return (-1);
}

/*
 * create_connection(address, timeout=<default>, source_address=None, *,
 *     all_errors=False): try each getaddrinfo answer for SOCK_STREAM in
 * turn with the socket's own methods; the last failure is raised.
 */
static struct value *
mod_create_connection(struct value *self, const struct callargs *a)
{
	static const char *const params[] = { "address", "timeout",
		"source_address", "all_errors", NULL };
	static const struct pysig sig = { "create_connection", params, 3, 1,
		0 };
	struct value *arg[4], *host, *port, *list, *last = NULL, *s, *r;
	size_t i;

	if (py_bind(&sig, a, arg) == -1)
		return (NULL);
	if (unpack_pair(arg[0], &host, &port) == -1)
		return (NULL);
	list = do_getaddrinfo(host, port, 0, SOCK_STREAM, 0, 0);
	value_decref(host);
	value_decref(port);
	if (list == NULL)
		return (NULL);
	for (i = 0; i < list->u.seq.len; i++) {
		struct value *res = value_seq_get(list, i);
		long long f, t, p;
		struct value *sa = value_seq_get(res, 4);

		value_as_long(value_seq_get(res, 0), &f);
		value_as_long(value_seq_get(res, 1), &t);
		value_as_long(value_seq_get(res, 2), &p);
		s = socket_create((int)f, (int)t, (int)p);
		if (s == NULL)
			goto failed;
		if (arg[1] != NULL) {
			r = call_method(s, "settimeout", 1, &arg[1]);
			if (r == NULL)
				goto failed;
			value_decref(r);
		}
		if (arg[2] != NULL && value_truth(arg[2])) {
			r = call_method(s, "bind", 1, &arg[2]);
			if (r == NULL)
				goto failed;
			value_decref(r);
		}
		r = call_method(s, "connect", 1, &sa);
		if (r == NULL)
			goto failed;
		value_decref(r);
		value_decref(last);
		value_decref(list);
		return (s);
	failed:
		/* Only OSErrors move on to the next address. */
		if (!err_matches(&cls_OSError)) {
			value_decref(s);
			value_decref(last);
			value_decref(list);
			return (NULL);
		}
		value_decref(last);
		last = err_fetch();
		value_decref(s);
	}
	value_decref(list);
	if (last != NULL)
		return (err_set_value(last));
	return (err_set(&cls_OSError, "getaddrinfo returns an empty list"));
}

/* ---- the module ------------------------------------------------------ */

static const struct builtin functions[] = {
	{ "socketpair", mod_socketpair, NULL },
	{ "getaddrinfo", mod_getaddrinfo, NULL },
	{ "getnameinfo", mod_getnameinfo, NULL },
	{ "gethostname", mod_gethostname, NULL },
	{ "gethostbyname", mod_gethostbyname, NULL },
	{ "getfqdn", mod_getfqdn, NULL },
	{ "getservbyname", mod_getservbyname, NULL },
	{ "getservbyport", mod_getservbyport, NULL },
	{ "getprotobyname", mod_getprotobyname, NULL },
	{ "inet_pton", mod_inet_pton, NULL },
	{ "inet_ntop", mod_inet_ntop, NULL },
	{ "inet_aton", mod_inet_aton, NULL },
	{ "inet_ntoa", mod_inet_ntoa, NULL },
	{ "htons", mod_htons, NULL },
	{ "ntohs", mod_ntohs, NULL },
	{ "htonl", mod_htonl, NULL },
	{ "ntohl", mod_ntohl, NULL },
	{ "create_connection", mod_create_connection, NULL },
	{ "create_server", mod_create_server, NULL },
	{ "has_dualstack_ipv6", mod_has_dualstack_ipv6, NULL },
	{ "if_nametoindex", mod_if_nametoindex, NULL },
	{ "getdefaulttimeout", mod_getdefaulttimeout, NULL },
	{ "setdefaulttimeout", mod_setdefaulttimeout, NULL },
	{ NULL, NULL, NULL },
};

/* Class-valued attributes: socket.error is OSError itself, as in Python. */
static const struct {
	const char *name;
	const struct pyclass *cls;
} classes[] = {
	{ "socket", &cls_socket },
	{ "SocketType", &cls_socket },
	{ "error", &cls_OSError },
	{ "timeout", &cls_TimeoutError },
	{ "gaierror", &cls_gaierror },
	{ "herror", &cls_herror },
	{ "AddressFamily", &cls_AddressFamily },
	{ "SocketKind", &cls_SocketKind },
	{ "MsgFlag", &cls_MsgFlag },
	{ "AddressInfo", &cls_AddressInfo },
	{ NULL, NULL },
};

struct value *
sockmod_create(void)
{
	struct value *m = value_module("socket");
	struct dict *d = m->u.mod->dict;
	const struct sockconst *c;
	size_t i;

	for (i = 0; functions[i].name != NULL; i++)
		dict_set(d, functions[i].name, value_func(&functions[i], NULL));
	for (i = 0; classes[i].name != NULL; i++)
		dict_set(d, classes[i].name, value_class(classes[i].cls));
	dict_set(d, "has_ipv6", value_bool(1));
	for (c = consts_table; c->name != NULL; c++)
		dict_set(d, c->name, consts_value(c));
	return (m);
}
