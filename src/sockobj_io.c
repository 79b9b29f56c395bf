/* sockobj_io.c -- socket methods that move data: send, recv and family */
#include <config.h>

#include "sockobj_io.h"

#include <sys/socket.h>
#include <sys/uio.h>
#include <sys/un.h>

#include <errno.h>
#include <limits.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>

#include "exc.h"
#include "sockaddr.h"
#include "syscall.h"
#include "value.h"
#include "xmalloc.h"

/* Python caps nothing, but a recv(10**9) must not take the shell down. */
#define RECV_MAX (16 * 1024 * 1024)

struct io_arg {
	const char *p; /* send: the data; recv: the buffer */
	size_t len;
	int flags;
	struct sockobj_addr *to; /* sendto/recvfrom address, or NULL */
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
	n = sockobj_call(sockobj_of(self), 1, do_send, &io, 0, NULL);
	return (n < 0 ? NULL : value_int(n));
}

static struct value *
m_sendall(struct value *self, const struct callargs *a)
{
	struct sockobj *so = sockobj_of(self);
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
		n = sockobj_call(so, 1, do_send, &io, 0, NULL);
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
	struct sockobj *so = sockobj_of(self);
	struct io_arg io = { NULL, 0, 0, NULL };
	struct sockobj_addr to;
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
	n = sockobj_call(so, 1, do_send, &io, 0, NULL);
	return (n < 0 ? NULL : value_int(n));
}

/* recv(bufsize[, flags]) and recvfrom: the shared front half. */
static int
recv_args(const struct callargs *a, const char *name, struct io_arg *io)
{
	long long size;

	if (args_range(a, name, 1, 2) < 0)
		return (-1);
	if (value_as_long(a->pos[0], &size) < 0 ||
	    get_flags(a, 1, &io->flags) < 0)
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
	n = sockobj_call(sockobj_of(self), 0, do_recv, &io, 0, NULL);
	v = n < 0 ? NULL : value_bytes(buf, (size_t)n);
	free(buf);
	return (v);
}

static struct value *
m_recvfrom(struct value *self, const struct callargs *a)
{
	struct io_arg io = { NULL, 0, 0, NULL };
	struct sockobj_addr from;
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
	n = sockobj_call(sockobj_of(self), 0, do_recv, &io, 0, NULL);
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
	struct sockobj_addr addr;
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
sendmsg_args(struct sockobj *so, const struct callargs *a, struct msg_arg *ma)
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
			return (
			    err_set(&cls_TypeError,
			        "[sendmsg() ancillary data items]() argument "
			        "must be sequence of length 3, not 1"),
			    -1); /* a str's items are str of length 1 */
		if (it == NULL || !value_is_seq(it))
			return (
			    err_set(&cls_TypeError,
			        "[sendmsg() ancillary data items]() argument "
			        "must be 3-item sequence, not %s",
			        it != NULL ? value_type_name(it) : type),
			    -1);
		if (it->u.seq.len != 3)
			return (
			    err_set(&cls_TypeError,
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

	if (sendmsg_args(sockobj_of(self), a, &ma) == 0)
		n = sockobj_call(sockobj_of(self), 1, do_sendmsg, &ma, 0, NULL);
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
	struct sockobj *so = sockobj_of(self);
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
	n = sockobj_call(so, 0, do_recvmsg, &ma, 0, NULL);
	res = NULL;
	if (n >= 0 && (addr = sockaddr_to_value((struct sockaddr *)&ma.addr.ss,
	                   ma.m.msg_namelen)) != NULL)
		res = value_tuple(4, value_bytes(buf, (size_t)n),
		    ancdata_list(&ma.m), value_int(ma.m.msg_flags), addr);
	free(buf);
	free(ctl);
	return (res);
}

/*
 * ORDER: alphabetical.  One row per method says everything about it
 * once (struct callinfo in sockobj_core.h): its name and C function,
 * what the call does (flags, which argument is the address, the system
 * call underneath, a call that works and its note for explanations'
 * "try:", its row in the lessons' coverage table) and what help() shows
 * under "socket.socket.NAME".  sockobj.c gathers every file's rows.
 */
const struct callinfo sockobj_io_rows[] = {
	{ .name = "recv",
	    .fn = m_recv,
	    .flags = CALL_WAITS | CALL_RECEIVES,
	    .syscall = "recvfrom",
	    .lesson = 11,
	    .example = "s.recv(1024)",
	    .note = "1024: the most bytes to take at once",
	    .sig = "s.recv(bufsize[, flags])",
	    .does =
	        "Reads up to bufsize bytes. No names are involved: it reads from "
	        "the connected peer (or, for UDP, any datagram that arrives).\n"
	        "For TCP, b'' means the peer closed (or shut down writing): end of "
	        "stream. A datagram is all or nothing: bytes beyond bufsize are "
	        "thrown away. A blocking recv() with nothing to read waits.",
	    .returns = "The bytes read (bytes).",
	    .errors =
	        "OSError (ENOTCONN 107): a TCP socket that is not connected.\n"
	        "ConnectionResetError (ECONNRESET 104): the peer closed with "
	        "unread data.\n"
	        "ConnectionRefusedError (ECONNREFUSED 111): connected UDP, and an "
	        "earlier datagram hit a closed port.\n"
	        "BlockingIOError (EAGAIN 11): non-blocking and nothing to read.\n"
	        "TimeoutError: settimeout() expired.",
	    .ccall = "recvfrom(3, \"hello\", 1024, 0, NULL, NULL) = 5",
	    .see = "socket.socket.recvfrom, socket.socket.send" },
	{ .name = "recvfrom",
	    .fn = m_recvfrom,
	    .flags = CALL_WAITS | CALL_RECEIVES | CALL_RETURNS_ADDRESS,
	    .syscall = "recvfrom",
	    .lesson = 9,
	    .example = "data, addr = s.recvfrom(1024)",
	    .sig = "data, addr = s.recvfrom(bufsize)",
	    .does =
	        "Reads like recv() and also reports the sender's name. That name "
	        "is the return address: sendto(reply, addr) reaches the sender.",
	    .returns =
	        "A pair (data, addr). addr is ('127.0.0.1', 40123) and the like; "
	        "None when the sender has no name (an unbound AF_UNIX datagram "
	        "socket) or on TCP.",
	    .errors =
	        "BlockingIOError (EAGAIN 11): non-blocking and nothing queued.\n"
	        "TimeoutError: settimeout() expired.\n"
	        "ConnectionRefusedError (ECONNREFUSED 111): connected UDP after "
	        "an earlier datagram hit a closed port.",
	    .ccall =
	        "recvfrom(3, \"ping\", 1024, 0, {sa_family=AF_INET, "
	        "sin_port=htons(40123), sin_addr=inet_addr(\"127.0.0.1\")}, [16]) "
	        "= 4",
	    .see = "socket.socket.sendto, socket.socket.recv" },
	{ .name = "recvmsg",
	    .fn = m_recvmsg,
	    .flags = CALL_WAITS | CALL_RECEIVES | CALL_RETURNS_ADDRESS,
	    .syscall = "recvmsg",
	    .example = "data, anc, flags, addr = s.recvmsg(1024)",
	    .sig = "data, ancdata, msg_flags, address = s.recvmsg(bufsize[, "
	           "ancbufsize[, flags]])",
	    .does =
	        "Reads one message like recvfrom(), through the general call: "
	        "the data lands in one buffer of bufsize bytes, the sender's name "
	        "in a second, and the kernel also reports flags about the "
	        "message (MSG_TRUNC when a datagram was longer than bufsize).\n"
	        "ancbufsize makes room for ancillary data: control messages that "
	        "travel beside the bytes (passed descriptors, packet details). "
	        "sockshell sends none, so the list is usually empty.",
	    .returns =
	        "A 4-tuple (data, ancdata, msg_flags, address): data is bytes, "
	        "ancdata a list of (level, type, data), msg_flags an int "
	        "(socket.MSG_TRUNC ...), address the sender's name or None.",
	    .errors =
	        "BlockingIOError (EAGAIN 11): non-blocking and nothing queued.\n"
	        "TimeoutError: settimeout() expired.\n"
	        "OSError (ENOTCONN 107): a TCP socket that is not connected.\n"
	        "ValueError: a negative bufsize or ancbufsize.",
	    .ccall =
	        "recvmsg(3, {msg_name={sa_family=AF_INET, sin_port=htons(40123), "
	        "sin_addr=inet_addr(\"127.0.0.1\")}, msg_namelen=16, "
	        "msg_iov=[{iov_base=\"ping\", iov_len=1024}], msg_iovlen=1, "
	        "msg_controllen=0, msg_flags=0}, 0) = 4",
	    .see = "socket.socket.sendmsg, socket.socket.recvfrom" },
	{ .name = "send",
	    .fn = m_send,
	    .flags = CALL_WAITS | CALL_SENDS,
	    .syscall = "sendto",
	    .lesson = 10,
	    .example = "s.send(b'hello')",
	    .sig = "s.send(data[, flags])",
	    .does =
	        "Sends bytes to the connected peer: no name is given, so the "
	        "socket must have one stored by connect(). Underneath it is "
	        "sendto() with a NULL address; strace never shows a send() "
	        "call.\n"
	        "TCP may take only part of the data: the return value says how "
	        "much. sendall() loops for you. UDP sends one datagram.",
	    .returns = "The number of bytes the kernel took.",
	    .errors =
	        "OSError (EDESTADDRREQ 89): UDP socket without a peer; use "
	        "sendto(data, address) or connect() first.\n"
	        "BrokenPipeError (EPIPE 32): TCP socket that was never connected, "
	        "or whose peer has closed.\n"
	        "ConnectionRefusedError (ECONNREFUSED 111): connected UDP, an "
	        "earlier datagram hit a closed port.\n"
	        "TypeError: data must be bytes (b'hi' or 'hi'.encode()), not "
	        "str.",
	    .ccall = "sendto(3, \"hello\", 5, 0, NULL, 0) = 5",
	    .see = "socket.socket.sendall, socket.socket.sendto, "
	           "socket.socket.recv" },
	{ .name = "sendall",
	    .fn = m_sendall,
	    .flags = CALL_WAITS | CALL_SENDS,
	    .syscall = "sendto",
	    .example = "s.sendall(b'hello')",
	    .sig = "s.sendall(data)",
	    .does =
	        "Like send(), but keeps sending until every byte is taken (or an "
	        "error happens).",
	    .returns = "None when all the data went.",
	    .errors = "The errors of send(): BrokenPipeError, EDESTADDRREQ, "
	              "TimeoutError ...",
	    .ccall = "sendto(3, \"hello\", 5, 0, NULL, 0) = 5",
	    .see = "socket.socket.send" },
	{ .name = "sendmsg",
	    .fn = m_sendmsg,
	    .flags = CALL_WAITS | CALL_SENDS | CALL_TAKES_ADDRESS,
	    .addr_arg = 3,
	    .syscall = "sendmsg",
	    .example = "s.sendmsg([b'hello'], [], 0, ('127.0.0.1', PORT))",
	    .note = "PORT: the receiver's port number",
	    .sig = "s.sendmsg(buffers[, ancdata[, flags[, address]]])",
	    .does =
	        "Sends one message gathered from several buffers: the kernel "
	        "joins [b'GET ', b'/'] into one datagram or one piece of the "
	        "stream. With an address it works like "
	        "sendto(), without one like send().\n"
	        "ancdata carries control messages beside the data (such as "
	        "descriptors for AF_UNIX); sockshell takes only [] for now.",
	    .returns = "The number of bytes sent.",
	    .errors =
	        "OSError (EDESTADDRREQ 89): UDP socket without a peer and no "
	        "address.\n"
	        "BrokenPipeError (EPIPE 32): TCP socket that is not connected.\n"
	        "TypeError: buffers must be a list of bytes, "
	        "e.g. [b'hi'], not b'hi'.",
	    .ccall =
	        "sendmsg(3, {msg_name={sa_family=AF_INET, sin_port=htons(8080), "
	        "sin_addr=inet_addr(\"127.0.0.1\")}, msg_namelen=16, "
	        "msg_iov=[{iov_base=\"hi\", iov_len=2}], msg_iovlen=1, "
	        "msg_controllen=0, msg_flags=0}, 0) = 2",
	    .see = "socket.socket.recvmsg, socket.socket.sendto" },
	{ .name = "sendto",
	    .fn = m_sendto,
	    .flags = CALL_WAITS | CALL_SENDS | CALL_TAKES_ADDRESS,
	    .addr_arg = -1,
	    .syscall = "sendto",
	    .lesson = 8,
	    .example = "s.sendto(b'hello', ('127.0.0.1', PORT))",
	    .note = "PORT: the receiver's port number",
	    .sig = "s.sendto(data, address)",
	    .does =
	        "Sends one datagram to the name you give. The destination travels "
	        "with every call, so an unconnected UDP socket can talk to many "
	        "peers.\n"
	        "An unbound UDP socket is bound on the first sendto(): wildcard "
	        "address and a free port, so getsockname() says ('0.0.0.0', "
	        "port) while the receiver sees ('127.0.0.1', port). AF_UNIX "
	        "sockets do not get a name this way.",
	    .returns = "The number of bytes sent.",
	    .errors =
	        "OSError (EMSGSIZE 90): more than 65507 bytes in one IPv4 "
	        "datagram.\n"
	        "OSError (EINVAL 22): port 0 as destination.\n"
	        "FileNotFoundError (ENOENT 2): AF_UNIX path that does not exist.\n"
	        "OSError (EPROTOTYPE 91): AF_UNIX path of a stream socket.\n"
	        "socket.gaierror: address of the wrong family (e.g. IPv4 on an "
	        "AF_INET6 socket).",
	    .ccall =
	        "sendto(3, \"ping\", 4, 0, {sa_family=AF_INET, "
	        "sin_port=htons(8080), sin_addr=inet_addr(\"127.0.0.1\")}, 16) = 4",
	    .see = "socket.socket.recvfrom, socket.socket.send" },
	{ .name = NULL },
};
