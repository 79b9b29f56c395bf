/* sockobj_names.c -- socket methods that name and connect: bind, accept ... */
#include <config.h>

#include "sockobj_names.h"

#include <sys/socket.h>

#include <errno.h>
#include <string.h>

#include "exc.h"
#include "sockaddr.h"
#include "syscall.h"
#include "value.h"

/* ---- methods ------------------------------------------------------------ */

static struct value *
m_fileno(struct value *self, const struct callargs *a)
{
	if (args_none(a, "socket.fileno") < 0)
		return (NULL);
	return (value_int(sockobj_of(self)->fd));
}

static struct value *m_close(struct value *, const struct callargs *);

/* with s: the socket itself, and closed at the end, as socket.py's. */
static struct value *
m_enter(struct value *self, const struct callargs *a)
{
	if (args_none(a, "socket.__enter__") < 0)
		return (NULL);
	return (value_incref(self));
}

static struct value *
m_exit(struct value *self, const struct callargs *a)
{
	struct callargs none = { 0 };

	(void)a; /* the exception, if any: close either way */
	return (m_close(self, &none));
}

static struct value *
m_close(struct value *self, const struct callargs *a)
{
	struct sockobj *so = sockobj_of(self);
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
	struct sockobj *so = sockobj_of(self);
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
	struct sockobj *so = sockobj_of(self);
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
	struct sockobj *so = sockobj_of(self);
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
	struct sockobj *so = sockobj_of(self);
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
do_connect(struct sockobj *so, struct sockobj_addr *aa)
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
	if (sockobj_call(so, 1, do_connect_check, NULL, 1, &err) < 0)
		return (err_occurred() ? -1 : err);
	return (0);
}

static struct value *
connect_common(struct value *self, const struct callargs *a, int ex)
{
	struct sockobj *so = sockobj_of(self);
	struct sockobj_addr aa;
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
	struct sockobj_addr *aa = data;

	aa->len = sizeof(aa->ss);
	return (sys_accept4(so->fd, (struct sockaddr *)&aa->ss, &aa->len,
	    SOCK_CLOEXEC));
}

static struct value *
m_accept(struct value *self, const struct callargs *a)
{
	struct sockobj *so = sockobj_of(self);
	struct sockobj_addr aa;
	struct value *conn, *addr;
	long fd;

	if (a->npos > 0 || a->nkw > 0)
		return (err_set(&cls_TypeError,
		    "socket.accept() takes 1 positional argument but %zu were "
		    "given",
		    a->npos + a->nkw + 1));
	memset(&aa, 0, sizeof(aa));
	fd = sockobj_call(so, 0, do_accept, &aa, 0, NULL);
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
		sockobj_set_blocking(conn->u.sock, 1);
	else if (sockobj_default_timeout >= 0)
		sockobj_set_blocking(conn->u.sock, 0);
	err_clear();
	return (value_tuple(2, conn, addr));
}

static struct value *
m_shutdown(struct value *self, const struct callargs *a)
{
	long long how;

	if (args_one(a, "socket.shutdown") < 0 ||
	    value_as_long(a->pos[0], &how) < 0)
		return (NULL);
	if (sys_shutdown(sockobj_of(self)->fd, (int)how) == -1)
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
const struct callinfo sockobj_names_rows[] = {
	{ .name = "__enter__",
	    .fn = m_enter,
	    .sig = "with s:",
	    .does = "The with statement's start: returns the socket itself, so "
	            "'with socket.socket() as s:' names it.",
	    .returns = "The socket.",
	    .ccall = "(no system call)",
	    .see = "socket.socket.__exit__" },
	{ .name = "__exit__",
	    .fn = m_exit,
	    .syscall = "close",
	    .sig = "with s:",
	    .does =
	        "The with statement's end: closes the socket, whether the "
	        "block ended normally or with an exception (which goes on).",
	    .returns = "None (the exception, if any, is not swallowed).",
	    .ccall = "close(3) = 0",
	    .see = "socket.socket.close" },
	{ .name = "accept",
	    .fn = m_accept,
	    .flags = CALL_WAITS | CALL_RETURNS_ADDRESS,
	    .syscall = "accept4",
	    .lesson = 5,
	    .example = "conn, addr = s.accept()",
	    .sig = "conn, addr = s.accept()",
	    .does =
	        "Takes the oldest connection waiting on a listening stream socket "
	        "and gives it its own, new socket. The listening socket stays as "
	        "it was and keeps listening.\n"
	        "The new socket's local name has the listener's port (no new port "
	        "is used) but a concrete address, even when the listener was bound "
	        "to the wildcard. Its remote name is the client's local name.\n"
	        "The kernel finishes TCP handshakes before accept() is called, so "
	        "clients can connect (and even send) first. A blocking accept() "
	        "with nothing queued waits.",
	    .returns =
	        "A pair (conn, addr): conn is the new connected socket, addr is "
	        "the client's name, e.g. ('127.0.0.1', 40124). For AF_UNIX, addr "
	        "is '' unless the client bound a path first.",
	    .errors =
	        "OSError (EINVAL 22): the socket is not listening; call listen() "
	        "first.\n"
	        "BlockingIOError (EAGAIN 11): non-blocking and nobody is waiting "
	        "to be accepted.\n"
	        "TimeoutError: settimeout() was set and no client came in time.\n"
	        "OSError (EBADF 9): the socket was closed.",
	    .ccall =
	        "accept4(3, {sa_family=AF_INET, sin_port=htons(40124), "
	        "sin_addr=inet_addr(\"127.0.0.1\")}, [16], SOCK_CLOEXEC) = 4",
	    .see = "socket.socket.listen, socket.socket.connect, .sockets" },
	{ .name = "bind",
	    .fn = m_bind,
	    .flags = CALL_TAKES_ADDRESS,
	    .syscall = "bind",
	    .lesson = 2,
	    .example = "s.bind(('127.0.0.1', 0))",
	    .note = "port 0 lets the kernel choose",
	    .sig = "s.bind(address)",
	    .does =
	        "Gives the socket its local name: the address and port (or path) "
	        "others use to reach it. A name is given once; bind() never sends "
	        "a packet.\n"
	        "AF_INET names are (host, port): ('127.0.0.1', 8080). Port 0 asks "
	        "the kernel to pick a free port; getsockname() tells you which. "
	        "'' or '0.0.0.0' means every local address. AF_INET6 names are "
	        "(host, port, flowinfo, scope_id), and ('::1', 0) is enough. "
	        "AF_UNIX names are paths such as '/tmp/demo.sock' (bind creates "
	        "the socket file) or abstract names starting with '\\0' (no "
	        "file).",
	    .returns =
	        "None. Ask s.getsockname() to see the name the socket got.",
	    .errors =
	        "OSError (EADDRINUSE 98): another socket holds the name (a "
	        "listener, a bound UDP socket, a TIME_WAIT entry, or a socket "
	        "file that still exists).\n"
	        "OSError (EADDRNOTAVAIL 99): no interface of this host has that "
	        "address.\n"
	        "PermissionError (EACCES 13): ports below 1024 need privileges.\n"
	        "OSError (EINVAL 22): the socket already has a name (bound "
	        "before, or connect() named it).\n"
	        "TypeError / OverflowError: the name has the wrong shape for the "
	        "family, or the port is not 0-65535; no system call is made.",
	    .ccall =
	        "bind(3, {sa_family=AF_INET, sin_port=htons(8080), "
	        "sin_addr=inet_addr(\"127.0.0.1\")}, 16) = 0\n"
	        "bind(3, {sa_family=AF_UNIX, sun_path=\"/tmp/demo.sock\"}, 17) = 0",
	    .see = "socket.socket.getsockname, .sockaddr, socket.SO_*" },
	{ .name = "close",
	    .fn = m_close,
	    .syscall = "close",
	    .lesson = 14,
	    .sig = "s.close()",
	    .does =
	        "Gives the descriptor back to the kernel. The Python object stays, "
	        "with fileno() -1, so later calls fail with EBADF instead of "
	        "touching a new socket that reused the number. Closing twice is "
	        "harmless.\n"
	        "Closing a TCP socket sends FIN: the peer's recv() returns b''. "
	        "The side that closes first keeps a TIME_WAIT entry on its name "
	        "for a while. An AF_UNIX socket file stays on disk after close(); "
	        "remove it with os.unlink(path).",
	    .returns = "None.",
	    .ccall = "close(3) = 0",
	    .see = "socket.socket.shutdown, os.unlink" },
	{ .name = "connect",
	    .fn = m_connect,
	    .flags = CALL_WAITS | CALL_TAKES_ADDRESS | CALL_CONNECTS,
	    .syscall = "connect",
	    .lesson = 4,
	    .example = "s.connect(('127.0.0.1', PORT))",
	    .note = "PORT: the server's port number",
	    .sig = "s.connect(address)",
	    .does =
	        "Sets the socket's remote name. For TCP it runs the handshake with "
	        "the listener at that name; for UDP it only stores a default peer "
	        "and sends nothing; for AF_UNIX it joins the listener at the "
	        "path.\n"
	        "An unbound socket first gets a local name chosen by the routing "
	        "table: an address such as 127.0.0.1 and a free port. AF_UNIX "
	        "clients stay unnamed ('').",
	    .returns =
	        "None. s.getpeername() now returns the address you connected to.",
	    .errors =
	        "ConnectionRefusedError (ECONNREFUSED 111): nobody listens at "
	        "that name.\n"
	        "FileNotFoundError (ENOENT 2): AF_UNIX path that does not exist.\n"
	        "OSError (EISCONN 106): already connected (or a listener).\n"
	        "BlockingIOError (EINPROGRESS 115): non-blocking TCP connect has "
	        "started but not finished.\n"
	        "TimeoutError: settimeout() expired before the handshake ended.\n"
	        "socket.gaierror: the host is not a name or address this family "
	        "can use (e.g. '::1' on an AF_INET socket).",
	    .ccall = "connect(3, {sa_family=AF_INET, sin_port=htons(8080), "
	             "sin_addr=inet_addr(\"127.0.0.1\")}, 16) = 0",
	    .see = "socket.socket.connect_ex, socket.socket.getpeername, "
	           "socket.create_connection" },
	{ .name = "connect_ex",
	    .fn = m_connect_ex,
	    .flags = CALL_WAITS | CALL_TAKES_ADDRESS | CALL_CONNECTS,
	    .syscall = "connect",
	    .example = "s.connect_ex(('127.0.0.1', PORT))",
	    .note = "PORT: the server's port number",
	    .sig = "s.connect_ex(address)",
	    .does =
	        "The same connect() call, but a refusal is returned as a number "
	        "instead of raised. Useful to test whether something listens.",
	    .returns = "0 on success, else the errno, e.g. 111 (ECONNREFUSED); "
	               "errno.errorcode[n] gives its name.",
	    .errors =
	        "socket.gaierror and TypeError are still raised: the name could "
	        "not be turned into an address, so no call was made.",
	    .ccall =
	        "connect(3, {sa_family=AF_INET, sin_port=htons(9), "
	        "sin_addr=inet_addr(\"127.0.0.1\")}, 16) = -1 ECONNREFUSED "
	        "(Connection refused)",
	    .see = "socket.socket.connect" },
	{ .name = "detach",
	    .fn = m_detach,
	    .sig = "fd = s.detach()",
	    .does =
	        "Lets go of the descriptor without closing it: the object now says "
	        "fileno() -1, but the kernel socket stays open. "
	        "socket.socket(fileno=fd) can adopt it again.",
	    .returns = "The descriptor number.",
	    .ccall = "(no system call)",
	    .see = "socket.socket.fileno, socket.socket" },
	{ .name = "fileno",
	    .fn = m_fileno,
	    .sig = "s.fileno()",
	    .does =
	        "The socket's descriptor: the small integer the kernel hands out "
	        "and every C call uses. 0, 1 and 2 are stdin, stdout and stderr, "
	        "so the first socket is usually 3. After close() it is -1.",
	    .returns = "An int.",
	    .ccall = "(no system call: the number is stored)",
	    .see = "socket.socket.close, .sockets" },
	{ .name = "getpeername",
	    .fn = m_getpeername,
	    .syscall = "getpeername",
	    .lesson = 7,
	    .sig = "s.getpeername()",
	    .does =
	        "Asks the kernel for the socket's remote name: who it is "
	        "connected to. Changes nothing. On a connected pair, each end's "
	        "remote name is the other end's local name.",
	    .returns =
	        "A name in the family's form: ('127.0.0.1', 8080), ('::1', 8080, "
	        "0, 0), or a path; '' for an unnamed AF_UNIX peer.",
	    .errors =
	        "OSError (ENOTCONN 107): not connected (unconnected sockets, "
	        "listeners, unconnected UDP, a reset connection).\n"
	        "OSError (EBADF 9): the socket was closed.",
	    .ccall = "getpeername(3, {sa_family=AF_INET, sin_port=htons(8080), "
	             "sin_addr=inet_addr(\"127.0.0.1\")}, [16]) = 0",
	    .see = "socket.socket.getsockname, socket.socket.connect" },
	{ .name = "getsockname",
	    .fn = m_getsockname,
	    .syscall = "getsockname",
	    .lesson = 6,
	    .sig = "s.getsockname()",
	    .does =
	        "Asks the kernel for the socket's local name. Changes nothing. "
	        "After bind() to port 0, or after connect(), listen() or a first "
	        "sendto() named the socket for you, this is how you learn the "
	        "port.\n"
	        "An unbound socket answers with its family's empty name: "
	        "('0.0.0.0', 0), ('::', 0, 0, 0) or ''.",
	    .returns =
	        "A name in the family's form: ('127.0.0.1', 40123), ('::1', 40123, "
	        "0, 0), '/tmp/demo.sock', b'\\x00demo' (abstract) or ''.",
	    .errors = "OSError (EBADF 9): the socket was closed.",
	    .ccall =
	        "getsockname(3, {sa_family=AF_INET, sin_port=htons(40123), "
	        "sin_addr=inet_addr(\"127.0.0.1\")}, [16]) = 0",
	    .see = "socket.socket.bind, socket.socket.getpeername, .sockaddr" },
	{ .name = "listen",
	    .fn = m_listen,
	    .syscall = "listen",
	    .lesson = 3,
	    .example = "s.listen()",
	    .sig = "s.listen([backlog])",
	    .does =
	        "Turns a stream socket into a listener: the kernel now completes "
	        "handshakes with clients on its own and queues them for "
	        "accept(). backlog limits the queue; Python's default is 128.\n"
	        "An unbound socket first gets a name: the wildcard address and a "
	        "free port.",
	    .returns = "None.",
	    .errors =
	        "OSError (EOPNOTSUPP 95): datagram sockets do not listen.\n"
	        "OSError (EINVAL 22): the socket is already connected.\n"
	        "OSError (EADDRINUSE 98): another socket with SO_REUSEADDR listens "
	        "on the same name.",
	    .ccall = "listen(3, 128) = 0",
	    .see = "socket.socket.accept, socket.socket.bind" },
	{ .name = "shutdown",
	    .fn = m_shutdown,
	    .syscall = "shutdown",
	    .example = "s.shutdown(socket.SHUT_WR)",
	    .sig = "s.shutdown(how)",
	    .does =
	        "Ends one direction of a connection but keeps the socket. "
	        "shutdown(socket.SHUT_WR) says \"I am done sending\": the peer's "
	        "recv() returns b'' while you can still read its answer.",
	    .returns = "None.",
	    .errors = "OSError (ENOTCONN 107): the socket is not connected.",
	    .ccall = "shutdown(3, SHUT_WR) = 0",
	    .see = "socket.SHUT_*, socket.socket.close" },
	{ .name = NULL },
};
