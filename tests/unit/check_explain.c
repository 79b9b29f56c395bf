/* check_explain.c -- unit suite for src/explain.c */
#include <config.h>

#include <errno.h>
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "check_main.h"
#include "eval.h"
#include "exc.h"
#include "explain.h"
#include "parser.h"
#include "value.h"
#include "xmalloc.h"

/*
 * Each line starts with two spaces and ends with a newline; no empty
 * lines.  Returns 1 if text has that shape.
 */
static int
well_formed(const char *text)
{
	const char *p = text;

	if (*p == '\0')
		return (0);
	while (*p != '\0') {
		const char *nl = strchr(p, '\n');

		if (nl == NULL || strncmp(p, "  ", 2) != 0 || nl - p <= 2)
			return (0);
		p = nl + 1;
	}
	return (1);
}

enum make { E_ERRNO, E_GAI, E_MSG, E_FILE };

/* The name a call node calls: "bind" for s.bind(...), or NULL. */
static const char *
call_name(const struct node *n)
{
	if (n->a->kind == N_ATTR || n->a->kind == N_NAME)
		return (n->a->name);
	return (NULL);
}

/* The last call (in tree order) named `name` (any name: NULL) under n. */
static const struct node *
find_call_node(const struct node *n, const char *name, const struct node *best)
{
	size_t i;

	if (n == NULL)
		return (best);
	if (n->kind == N_CALL && call_name(n) != NULL &&
	    (name == NULL || strcmp(call_name(n), name) == 0))
		best = n;
	best = find_call_node(n->a, name, best);
	best = find_call_node(n->b, name, best);
	best = find_call_node(n->c, name, best);
	for (i = 0; i < n->nitems; i++)
		best = find_call_node(n->items[i], name, best);
	for (i = 0; i < n->nkw; i++)
		best = find_call_node(n->kw[i].value, name, best);
	return (best);
}

static void
shift_span(size_t *start, size_t *end, size_t by)
{
	if (*start < *end)
		*start += by, *end += by;
}

/*
 * What the evaluator records when the call fails (exc.h): the record of
 * the last call in src named `where` (with no `where`, the last call,
 * which then names the exception), from a parse of src without its
 * indent.  A line that does not parse is parsed from after its last '.',
 * for the receivers that cannot be read ("]].bind(1, 2)").  No call:
 * nothing is recorded.
 */
static void
record_call(struct value *e, const char *where, const char *src)
{
	struct program *prog = NULL;
	const struct node *call = NULL;
	struct callsite *cs;
	size_t base = 0, i, j;

	if (src == NULL)
		return;
	base = strspn(src, " \t"); /* an entry's indent is not its text */
	if (parse_source(src + base, strlen(src + base), 1, &prog, NULL) !=
	        PARSE_OK &&
	    strrchr(src, '.') != NULL) {
		base = (size_t)(strrchr(src, '.') - src) + 1;
		if (parse_source(src + base, strlen(src + base), 1, &prog,
		        NULL) != PARSE_OK)
			prog = NULL;
	}
	for (i = 0; prog != NULL && i < prog->nstmts; i++)
		call = find_call_node(prog->stmts[i], where, call);
	if (call != NULL) {
		cs = eval_callsite(call, NULL, NULL, NULL);
		shift_span(&cs->recv_start, &cs->recv_end, base);
		for (i = 0; i < cs->nargs; i++) {
			shift_span(&cs->args[i].start, &cs->args[i].end, base);
			for (j = 0; j < cs->args[i].nitems; j++)
				shift_span(&cs->args[i].items[j].start,
				    &cs->args[i].items[j].end, base);
		}
		cs->name = xstrdup(where != NULL ? where : call_name(call));
		e->u.exc->call = cs;
	}
	program_free(prog);
}

/* Build the exception, name its failing call `where`, explain it. */
static char *
run(enum make how, const struct pyclass *cls, int num, const char *msg,
    const char *where, const char *src)
{
	struct value *e = NULL;
	char *text;

	switch (how) {
	case E_ERRNO:
		e = exc_new_errno(num, NULL);
		break;
	case E_FILE:
		e = exc_new_errno(num, value_cstr(msg));
		break;
	case E_GAI:
		e = exc_new_gai(num);
		break;
	case E_MSG:
		e = msg != NULL ? exc_new_msg(cls, msg) : exc_new(cls, NULL);
		break;
	}
	record_call(e, where, src);
	if (where != NULL && e->u.exc->call == NULL) { /* only the name */
		e->u.exc->call = callsite_new(0);
		e->u.exc->call->name = xstrdup(where);
	}
	text = explain_exception(e, src);
	value_decref(e);
	if (text != NULL) {
		ck_assert_msg(well_formed(text), "badly formed:\n%s", text);
		if (getenv("EXPLAIN_SHOW") != NULL)
			printf("%s\n%s\n", src != NULL ? src : "(no source)",
			    text);
	}
	return (text);
}

/* The text with line breaks and their indent undone, for phrase checks. */
static char *
flat(const char *text)
{
	char *out = xmalloc(strlen(text) + 1), *q = out;
	const char *p = text;

	while (*p != '\0') {
		if (*p == '\n') {
			while (p[1] == ' ')
				p++;
			*q++ = ' ';
			p++;
			continue;
		}
		*q++ = *p++;
	}
	*q = '\0';
	return (out);
}

/* One row of rules[] each: what must be said, and what must not. */
static const struct xcase {
	enum make how;
	const struct pyclass *cls; /* E_MSG only */
	int num;                   /* errno or EAI code */
	const char *msg;           /* E_MSG: message; E_FILE: filename */
	const char *where;
	const char *src;
	const char *want[3];
	const char *unwanted;
} cases[] = {
	/* EADDRINUSE */
	{ E_ERRNO, NULL, EADDRINUSE, NULL, "bind",
	    "t2.bind(('127.0.0.1', 8080))",
	    { "('127.0.0.1', 8080)", "port 0", "SO_REUSEADDR" }, "unlink" },
	{ E_ERRNO, NULL, EADDRINUSE, NULL, "bind", "again.bind(path)",
	    { "close() does not delete", "os.unlink(path)", NULL },
	    "TIME_WAIT" },
	{ E_ERRNO, NULL, EADDRINUSE, NULL, "bind", "u.bind('/tmp/demo.sock')",
	    { "'/tmp/demo.sock'", "os.unlink('/tmp/demo.sock')", NULL }, NULL },
	{ E_ERRNO, NULL, EADDRINUSE, NULL, "bind", "d.bind('\\0demo')",
	    { "abstract name", "'\\0demo'", NULL }, "unlink" },
	{ E_ERRNO, NULL, EADDRINUSE, NULL, "bind", "b.bind(name)",
	    { "another socket", "port 0", "unix path" }, NULL },
	{ E_ERRNO, NULL, EADDRINUSE, NULL, "listen", "b.listen()",
	    { "already listens", "only one may listen", NULL }, NULL },
	{ E_ERRNO, NULL, EADDRINUSE, NULL, NULL, NULL,
	    { "already used", "port 0", NULL }, NULL },
	/* EADDRNOTAVAIL */
	{ E_ERRNO, NULL, EADDRNOTAVAIL, NULL, "bind",
	    "f.bind(('203.0.113.1', 0))",
	    { "'203.0.113.1' is not an address of this machine", "'127.0.0.1'",
	        "''" },
	    NULL },
	{ E_ERRNO, NULL, EADDRNOTAVAIL, NULL, "bind", "f.bind(('::2', 0))",
	    { "'::2'", "'::1'", NULL }, "127.0.0.1" },
	/* EACCES */
	{ E_ERRNO, NULL, EACCES, NULL, "bind", "g.bind(('127.0.0.1', 999))",
	    { "below 1024", "above 1023", "0 to let the kernel" }, NULL },
	{ E_ERRNO, NULL, EACCES, NULL, "bind", "u.bind('/root/x.sock')",
	    { "directory", "/tmp", NULL }, "1024" },
	{ E_ERRNO, NULL, EACCES, NULL, "sendto",
	    "u.sendto(b'x', ('255.255.255.255', 9))",
	    { "broadcast",
	        "u.setsockopt(socket.SOL_SOCKET, "
	        "socket.SO_BROADCAST, 1)",
	        NULL },
	    NULL },
	/* ENOTCONN */
	{ E_ERRNO, NULL, ENOTCONN, NULL, "getpeername", "srv.getpeername()",
	    { "srv has no peer", "listening", "accept()" }, NULL },
	{ E_ERRNO, NULL, ENOTCONN, NULL, "recv", "late.recv(10)",
	    { "late is not connected", "receive", "connect() first" }, NULL },
	{ E_ERRNO, NULL, ENOTCONN, NULL, "shutdown",
	    "s.shutdown(socket.SHUT_WR)", { "shut down", "close()", NULL },
	    NULL },
	/* EISCONN */
	{ E_ERRNO, NULL, EISCONN, NULL, "connect", "cli.connect(name)",
	    { "cli is already connected", "connects only once", "new socket" },
	    NULL },
	{ E_ERRNO, NULL, EISCONN, NULL, "sendto",
	    "c.sendto(b'x', '/tmp/demo.sock')",
	    { "no destination", "c.send(data)", NULL }, NULL },
	/* ECONNREFUSED */
	{ E_ERRNO, NULL, ECONNREFUSED, NULL, "connect",
	    "late.connect(('127.0.0.1', 9))",
	    { "nobody is listening at ('127.0.0.1', 9)", "listen()",
	        "check the port" },
	    "ICMP" },
	{ E_ERRNO, NULL, ECONNREFUSED, NULL, "connect", "again.connect(path)",
	    { "socket file", "no socket listens", "os.unlink" }, NULL },
	{ E_ERRNO, NULL, ECONNREFUSED, NULL, "connect",
	    "c.connect(b'\\x00nobody')", { "abstract name", NULL, NULL },
	    "file" },
	{ E_ERRNO, NULL, ECONNREFUSED, NULL, "send", "v.send(b'anyone?')",
	    { "earlier datagram", "ICMP", "next call" }, NULL },
	{ E_ERRNO, NULL, ECONNREFUSED, NULL, "recv", "v.recv(100)",
	    { "earlier datagram", NULL, NULL }, NULL },
	{ E_ERRNO, NULL, ECONNABORTED, NULL, "accept", NULL,
	    { "dropped", "accept() again", NULL }, NULL },
	{ E_ERRNO, NULL, EPERM, NULL, "setsockopt", NULL,
	    { "privileged", NULL, NULL }, NULL },
	{ E_ERRNO, NULL, ENOTDIR, NULL, "bind", "u.bind('/etc/passwd/x')",
	    { "'/etc/passwd/x'", "not a directory", NULL }, NULL },
	/* ECONNRESET, EPIPE */
	{ E_ERRNO, NULL, ECONNRESET, NULL, "recv", "cli.recv(100)",
	    { "abruptly", "close cli", NULL }, NULL },
	{ E_ERRNO, NULL, EPIPE, NULL, "send", "cli.send(b'x')",
	    { "peer has closed", "never connected", "SIGPIPE" }, NULL },
	/* EAGAIN, EINPROGRESS, EALREADY */
	{ E_ERRNO, NULL, EAGAIN, NULL, "accept", "conn, addr = srv.accept()",
	    { "non-blocking", "no connection is waiting",
	        "srv.setblocking(True)" },
	    NULL },
	{ E_ERRNO, NULL, EAGAIN, NULL, "recvfrom", "srv.recvfrom(1024)",
	    { "nothing has arrived", "srv.settimeout(5)", NULL }, NULL },
	{ E_ERRNO, NULL, EAGAIN, NULL, "send", "s.send(data)",
	    { "send buffer is full", NULL, NULL }, NULL },
	{ E_ERRNO, NULL, EINPROGRESS, NULL, "connect",
	    "c.connect(('127.0.0.1', port))",
	    { "handshake", "connect() again", NULL }, NULL },
	{ E_ERRNO, NULL, EALREADY, NULL, "connect", NULL,
	    { "still under way", NULL, NULL }, NULL },
	/* Timeouts */
	{ E_MSG, &cls_TimeoutError, 0, "timed out", "recvfrom",
	    "srv.recvfrom(1024)",
	    { "nothing arrived", "settimeout()", "send something" }, NULL },
	{ E_MSG, &cls_TimeoutError, 0, "timed out", "accept",
	    "conn, addr = srv.accept()",
	    { "no client connected", "connect a client", NULL }, NULL },
	{ E_MSG, &cls_TimeoutError, 0, "timed out", "connect", NULL,
	    { "did not finish", "settimeout(10)", NULL }, NULL },
	{ E_ERRNO, NULL, ETIMEDOUT, NULL, "connect", NULL,
	    { "never answered", NULL, NULL }, "settimeout" },
	/* EBADF */
	{ E_ERRNO, NULL, EBADF, NULL, "getsockname", "cli.getsockname()",
	    { "cli was closed", "-1", "new socket" }, NULL },
	/* EINVAL, by call */
	{ E_ERRNO, NULL, EINVAL, NULL, "bind", "s.bind(('127.0.0.1', 0))",
	    { "s already has a name", "named only once", "s.getsockname()" },
	    NULL },
	{ E_ERRNO, NULL, EINVAL, NULL, "bind", "s.bind(('fe80::1', 0))",
	    { "link-local", "scope id", NULL }, "already has a name" },
	{ E_ERRNO, NULL, EINVAL, NULL, "listen", "cli.listen()",
	    { "cli is connected", "new socket", NULL }, NULL },
	{ E_ERRNO, NULL, EINVAL, NULL, "accept", "conn, addr = s.accept()",
	    { "s is not listening", "s.listen() first", NULL }, NULL },
	{ E_ERRNO, NULL, EINVAL, NULL, "sendto",
	    "u.sendto(b'x', ('127.0.0.1', 0))",
	    { "port 0 is not a destination", "real port", NULL }, NULL },
	{ E_ERRNO, NULL, EINVAL, NULL, "socket",
	    "socket.socket(socket.AF_INET, 99)",
	    { "socket type", "SOCK_STREAM", NULL }, NULL },
	{ E_ERRNO, NULL, EINVAL, NULL, "shutdown", "s.shutdown(5)",
	    { "SHUT_WR", NULL, NULL }, NULL },
	{ E_ERRNO, NULL, EINVAL, NULL, "setsockopt", NULL,
	    { "before bind()", NULL, NULL }, NULL },
	{ E_ERRNO, NULL, EINVAL, NULL, NULL, NULL,
	    { "present state", NULL, NULL }, NULL },
	/* EDESTADDRREQ */
	{ E_ERRNO, NULL, EDESTADDRREQ, NULL, "send", "cli.send(b'hello')",
	    { "cli is not connected", "cli.sendto(b'hello', (host, port))",
	        "cli.connect(" },
	    NULL },
	/* ENOENT */
	{ E_ERRNO, NULL, ENOENT, NULL, "connect",
	    "again.connect('/tmp/nope.sock')",
	    { "no socket file at '/tmp/nope.sock'", "start the server", NULL },
	    NULL },
	{ E_ERRNO, NULL, ENOENT, NULL, "bind", "u.bind('/nodir/x.sock')",
	    { "directory", "'/tmp/demo.sock'", NULL }, NULL },
	{ E_FILE, NULL, ENOENT, "/tmp/gone.sock", "unlink",
	    "os.unlink('/tmp/gone.sock')",
	    { "no file at '/tmp/gone.sock'", "os.path.exists", NULL }, NULL },
	/* Families, types, protocols, sizes, limits */
	{ E_ERRNO, NULL, EAFNOSUPPORT, NULL, "socket", "socket.socket(99)",
	    { "address family", "AF_INET6", NULL }, NULL },
	{ E_ERRNO, NULL, EAFNOSUPPORT, NULL, "bind", NULL,
	    { "another family", NULL, NULL }, NULL },
	{ E_ERRNO, NULL, EPROTONOSUPPORT, NULL, "socket", NULL,
	    { "protocol", "(0)", NULL }, NULL },
	{ E_ERRNO, NULL, EOPNOTSUPP, NULL, "listen",
	    "socket.socket(socket.AF_INET, socket.SOCK_DGRAM).listen()",
	    { "only stream sockets", "recvfrom()", NULL }, NULL },
	{ E_ERRNO, NULL, EOPNOTSUPP, NULL, "socketpair",
	    "socket.socketpair(socket.AF_INET)",
	    { "only AF_UNIX", "socket.socketpair()", NULL }, NULL },
	{ E_ERRNO, NULL, EOPNOTSUPP, NULL, "accept", NULL,
	    { "no connections", NULL, NULL }, NULL },
	{ E_ERRNO, NULL, EPROTOTYPE, NULL, "connect",
	    "c.connect('/tmp/dgram.sock')",
	    { "'/tmp/dgram.sock'", "stream", "SOCK_DGRAM" }, NULL },
	{ E_ERRNO, NULL, ENOPROTOOPT, NULL, "setsockopt", NULL,
	    { "SOL_SOCKET", NULL, NULL }, NULL },
	{ E_ERRNO, NULL, EMSGSIZE, NULL, "sendto", NULL,
	    { "65507", "smaller pieces", NULL }, NULL },
	{ E_ERRNO, NULL, EMFILE, NULL, "socket", NULL,
	    { "too many", "close()", NULL }, NULL },
	{ E_ERRNO, NULL, ENFILE, NULL, "socket", NULL,
	    { "whole system", NULL, NULL }, NULL },
	{ E_ERRNO, NULL, ENETUNREACH, NULL, "connect", NULL,
	    { "no route", NULL, NULL }, NULL },
	{ E_ERRNO, NULL, EHOSTUNREACH, NULL, "connect", NULL,
	    { "cannot be reached", NULL, NULL }, NULL },
	/* gaierror */
	{ E_GAI, NULL, EAI_NONAME, NULL, "getaddrinfo",
	    "socket.getaddrinfo('not-an-address', 80, "
	    "flags=socket.AI_NUMERICHOST)",
	    { "AI_NUMERICHOST", "numeric", NULL }, NULL },
	{ E_GAI, NULL, EAI_NONAME, NULL, "getaddrinfo",
	    "socket.getaddrinfo('', 80)", { "''", "None", "AI_PASSIVE" },
	    NULL },
	{ E_GAI, NULL, EAI_NONAME, NULL, "bind",
	    "s.bind(('nonexistent.invalid', 0))",
	    { "'nonexistent.invalid' is not a known host", "spelling", NULL },
	    NULL },
	{ E_GAI, NULL, EAI_AGAIN, NULL, "getaddrinfo",
	    "socket.getaddrinfo('example.org', 80)",
	    { "DNS server", "'127.0.0.1'", NULL }, NULL },
	{ E_GAI, NULL, EAI_FAMILY, NULL, "getaddrinfo",
	    "socket.getaddrinfo('/tmp/demo.sock', None, socket.AF_UNIX)",
	    { "AF_UNIX names", "path", NULL }, NULL },
	{ E_GAI, NULL, EAI_SERVICE, NULL, "getaddrinfo",
	    "socket.getaddrinfo('127.0.0.1', 'no-such-service')",
	    { "'no-such-service' is not a service", "port number", NULL },
	    NULL },
	{ E_GAI, NULL, EAI_SOCKTYPE, NULL, "getaddrinfo", NULL,
	    { "SOCK_DGRAM", NULL, NULL }, NULL },
	{ E_GAI, NULL, EAI_ADDRFAMILY, NULL, "connect",
	    "v4 = socket.socket(); v4.connect(('::1', 80))",
	    { "'::1' is an IPv6 address", "v4 is AF_INET", "socket.AF_INET6" },
	    NULL },
	{ E_GAI, NULL, EAI_ADDRFAMILY, NULL, "sendto",
	    "c6.sendto(b'x', ('127.0.0.1', 9))",
	    { "'127.0.0.1' is an IPv4 address", "c6 is AF_INET6", "'::1'" },
	    NULL },
	{ E_GAI, NULL, EAI_ADDRFAMILY, NULL, "getaddrinfo",
	    "socket.getaddrinfo('::1', 80, socket.AF_INET)",
	    { "family you asked for", NULL, NULL }, "socket is" },
	/* OSError without errno */
	{ E_MSG, &cls_OSError, 0, "AF_UNIX path too long", "bind",
	    "again.bind('/tmp/' + 'x' * 103)", { "107 bytes", "shorter", NULL },
	    NULL },
	{ E_MSG, &cls_OSError, 0,
	    "illegal IP address string passed to inet_aton", "inet_aton",
	    "socket.inet_aton('x')", { "in numbers", "gethostbyname", NULL },
	    NULL },
	/* TypeError shapes */
	{ E_MSG, &cls_TypeError, 0,
	    "socket.bind() takes exactly one argument (2 given)", "bind",
	    "s.bind('127.0.0.1', 80)",
	    { "one argument", "try: s.bind(('127.0.0.1', 80))", NULL }, NULL },
	{ E_MSG, &cls_TypeError, 0,
	    "bind(): AF_INET address must be tuple, not str", "bind",
	    "s.bind('/tmp/demo.sock')",
	    { "unix socket path", "socket.AF_UNIX", NULL }, NULL },
	{ E_MSG, &cls_TypeError, 0,
	    "bind(): AF_INET address must be tuple, not str", "bind",
	    "s.bind('127.0.0.1')",
	    { "tuple (host, port)", "try: s.bind(('127.0.0.1', 0))", NULL },
	    NULL },
	{ E_MSG, &cls_TypeError, 0,
	    "AF_INET address must be a pair (host, port)", "bind",
	    "s.bind(('::1', 80, 0, 0))",
	    { "AF_INET6 address", "socket.AF_INET6", NULL }, NULL },
	{ E_MSG, &cls_TypeError, 0,
	    "AF_INET address must be a pair (host, port)", "connect",
	    "s.connect(('127.0.0.1', 80, 0))",
	    { "exactly two items", "try: s.connect(('127.0.0.1', 80))", NULL },
	    NULL },
	{ E_MSG, &cls_TypeError, 0,
	    "AF_INET6 address must be a tuple (host, port[, flowinfo[, "
	    "scopeid]])",
	    "bind", "x6.bind(('::1',))",
	    { "flowinfo", "try: x6.bind(('::1', 0))", NULL }, NULL },
	{ E_MSG, &cls_TypeError, 0,
	    "'str' object cannot be interpreted as an integer", "bind",
	    "s.bind(('127.0.0.1', '80'))",
	    { "without quotes", "try: s.bind(('127.0.0.1', 80))", NULL },
	    NULL },
	{ E_MSG, &cls_TypeError, 0,
	    "'str' object cannot be interpreted as an integer", "recv",
	    "s.recv('1024')", { "whole number", NULL, NULL }, "port" },
	{ E_MSG, &cls_TypeError, 0, "str, bytes or bytearray expected, not int",
	    "bind", "s.bind((127, 0))", { "host", "quoted", NULL }, NULL },
	{ E_MSG, &cls_TypeError, 0,
	    "a bytes-like object is required, not 'tuple'", "bind",
	    "u.bind(('127.0.0.1', 0))", { "u is AF_UNIX", "paths", NULL },
	    NULL },
	{ E_MSG, &cls_TypeError, 0,
	    "a bytes-like object is required, not 'str'", "send",
	    "s.send('hello')",
	    { "bytes, not text", "try: s.send(b'hello')", NULL }, NULL },
	{ E_MSG, &cls_TypeError, 0,
	    "a bytes-like object is required, not 'str'", NULL, NULL,
	    { ".encode()", NULL, NULL }, NULL },
	{ E_MSG, &cls_TypeError, 0,
	    "setsockopt() takes exactly 3 arguments (2 given)", "setsockopt",
	    "s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR)",
	    { "setsockopt() was given the wrong number",
	        "s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)",
	        NULL },
	    NULL },
	{ E_MSG, &cls_TypeError, 0,
	    "recv() takes at least 1 argument (0 given)", NULL, "conn.recv()",
	    { "recv()", "conn.recv(1024)", NULL }, NULL },
	{ E_MSG, &cls_TypeError, 0, "'AddressFamily' object is not callable",
	    NULL, "s.family()", { "plain value", NULL, NULL }, NULL },
	{ E_MSG, &cls_TypeError, 0,
	    "can only concatenate str (not \"int\") to str", NULL, NULL,
	    { "str(n)", NULL, NULL }, NULL },
	{ E_MSG, &cls_TypeError, 0, "can't concat str to bytes", NULL, NULL,
	    { "encode", NULL, NULL }, NULL },
	{ E_MSG, &cls_TypeError, 0, "'int' object is not subscriptable", NULL,
	    NULL, { "index", NULL, NULL }, NULL },
	/* OverflowError */
	{ E_MSG, &cls_OverflowError, 0, "bind(): port must be 0-65535.", "bind",
	    "s.bind(('127.0.0.1', 70000))", { "0 to 65535", "1024", NULL },
	    NULL },
	{ E_MSG, &cls_OverflowError, 0, "bind(): flowinfo must be 0-1048575.",
	    "bind", NULL, { "1048575", NULL, NULL }, NULL },
	{ E_MSG, &cls_OverflowError, 0,
	    "htons: Python int too large to convert to C 16-bit unsigned "
	    "integer",
	    NULL, NULL, { "16-bit", NULL, NULL }, NULL },
	/* ValueError */
	{ E_MSG, &cls_ValueError, 0, "Timeout value out of range", NULL,
	    "s.settimeout(-1)", { "0 or more", "settimeout(None)", NULL },
	    NULL },
	{ E_MSG, &cls_ValueError, 0, "negative buffersize in recv", NULL,
	    "c.recv(-1)", { "positive", "c.recv(1024)", NULL }, NULL },
	{ E_MSG, &cls_ValueError, 0,
	    "invalid literal for int() with base 10: 'x'", NULL, NULL,
	    { "digits", NULL, NULL }, NULL },
	{ E_MSG, &cls_ValueError, 0,
	    "not enough values to unpack (expected 3, got 2)", NULL, NULL,
	    { "fewer names", NULL, NULL }, NULL },
	{ E_MSG, &cls_ValueError, 0, "too many values to unpack (expected 2)",
	    NULL, NULL, { "more values", NULL, NULL }, NULL },
	/* NameError */
	{ E_MSG, &cls_NameError, 0, "name 'socket' is not defined", NULL,
	    "s = socket.socket()", { "not imported", "import socket", NULL },
	    NULL },
	{ E_MSG, &cls_NameError, 0, "name 'AF_INET' is not defined", NULL, NULL,
	    { "socket module", "socket.AF_INET", "import *" }, NULL },
	{ E_MSG, &cls_NameError, 0, "name 'bind' is not defined", NULL, NULL,
	    { "method of a socket", "s.bind(", NULL }, NULL },
	{ E_MSG, &cls_NameError, 0, "name 'sock' is not defined", NULL,
	    "sock.bind(1)", { "nothing is called sock", "spelling", NULL },
	    NULL },
	/* AttributeError */
	{ E_MSG, &cls_AttributeError, 0,
	    "'tuple' object has no attribute 'recv'", NULL, "conn.recv(10)",
	    { "tuple, not a socket", "conn, addr = srv.accept()", NULL },
	    NULL },
	{ E_MSG, &cls_AttributeError, 0,
	    "'NoneType' object has no attribute 'listen'", NULL, NULL,
	    { "None", "line of its own", NULL }, NULL },
	{ E_MSG, &cls_AttributeError, 0,
	    "'socket' object has no attribute 'gethostname'", NULL, NULL,
	    { "socket module", "socket.gethostname", NULL }, NULL },
	{ E_MSG, &cls_AttributeError, 0,
	    "module 'socket' has no attribute 'bind'", NULL, NULL,
	    { "method of a socket", "s.bind(", NULL }, NULL },
	{ E_MSG, &cls_AttributeError, 0,
	    "'socket' object has no attribute 'foo'", NULL, NULL,
	    { "called foo", "spelling", NULL }, NULL },
	{ E_MSG, &cls_AttributeError, 0,
	    "module 'socket' has no attribute 'sockett'", NULL, NULL,
	    { "module socket has nothing called sockett", "upper case", NULL },
	    NULL },
	{ E_MSG, &cls_AttributeError, 0,
	    "'str' object has no attribute 'decode'", NULL, NULL,
	    { "already text", NULL, NULL }, NULL },
	/* Other classes */
	{ E_MSG, &cls_IndexError, 0, "tuple index out of range", NULL,
	    "s.getsockname()[2]", { "0 to n-1", "len()", NULL }, NULL },
	{ E_MSG, &cls_KeyboardInterrupt, 0, NULL, "accept",
	    "conn, addr = srv.accept()",
	    { "Ctrl-C stopped accept()", "srv is still there", "settimeout" },
	    NULL },
	{ E_MSG, &cls_KeyboardInterrupt, 0, NULL, NULL, NULL,
	    { "Ctrl-C", "still there", NULL }, "try:" },
	{ E_MSG, &cls_ModuleNotFoundError, 0, "No module named 'numpy'", NULL,
	    NULL, { "socket, os, errno and sys", NULL, NULL }, NULL },
	{ E_MSG, &cls_ZeroDivisionError, 0, "division by zero", NULL, NULL,
	    { "divided by zero", NULL, NULL }, NULL },
	{ E_MSG, &cls_SyntaxError, 0, "'(' was never closed", NULL,
	    "s.bind(('127.0.0.1', 0)",
	    { "never closed", "every ( [ { needs its ) ] }", NULL }, NULL },
	{ E_MSG, &cls_SyntaxError, 0, "unmatched ')'", NULL, NULL,
	    { "closing bracket", NULL, NULL }, NULL },
	{ E_MSG, &cls_SyntaxError, 0,
	    "unterminated string literal (detected "
	    "at line 1)",
	    NULL, NULL, { "quote", NULL, NULL }, NULL },
	{ E_MSG, &cls_SyntaxError, 0,
	    "invalid syntax. Perhaps you forgot a "
	    "comma?",
	    NULL, NULL, { "commas", NULL, NULL }, NULL },
	{ E_MSG, &cls_SyntaxError, 0, "invalid syntax", NULL, NULL,
	    { "brackets, quotes and commas", NULL, NULL }, NULL },
};

static void
check_case(const struct xcase *c)
{
	char *raw = run(c->how, c->cls, c->num, c->msg, c->where, c->src);
	char *text;
	int i;

	ck_assert_msg(raw != NULL, "no explanation for %s",
	    c->msg != NULL ? c->msg : strerror(c->num));
	text = flat(raw);
	free(raw);
	for (i = 0; i < 3; i++)
		if (c->want[i] != NULL)
			ck_assert_msg(strstr(text, c->want[i]) != NULL,
			    "missing \"%s\" in:\n%s", c->want[i], text);
	if (c->unwanted != NULL)
		ck_assert_msg(strstr(text, c->unwanted) == NULL,
		    "unexpected \"%s\" in:\n%s", c->unwanted, text);
	free(text);
}

START_TEST(test_rows)
{
	check_case(&cases[_i]);
}
END_TEST

/* The corrected call for a given typed line, or NULL. */
static char *
suggest(const char *msg, const char *where, const char *src)
{
	char *text = run(E_MSG, &cls_TypeError, 0, msg, where, src);
	char *p, *nl, *s;

	if (text == NULL)
		return (NULL);
	p = strstr(text, "  try: ");
	ck_assert_ptr_nonnull(p);
	p += 7;
	nl = strchr(p, '\n');
	s = xstrndup(p, (size_t)(nl - p));
	free(text);
	return (s);
}

#define TAKES_ONE(call) "socket." call "() takes exactly one argument (2 given)"

static void
expect_fix(const char *msg, const char *where, const char *src,
    const char *want)
{
	char *got = suggest(msg, where, src);

	ck_assert_ptr_nonnull(got);
	ck_assert_str_eq(got, want);
	free(got);
}

START_TEST(test_wrap_simple)
{
	expect_fix(TAKES_ONE("bind"), "bind", "s.bind('127.0.0.1', 80)",
	    "s.bind(('127.0.0.1', 80))");
	expect_fix(TAKES_ONE("connect"), "connect",
	    "srv.connect(\"::1\", 8080)", "srv.connect((\"::1\", 8080))");
	expect_fix(TAKES_ONE("connect_ex"), "connect_ex",
	    "rc = c.connect_ex('localhost', 80)",
	    "c.connect_ex(('localhost', 80))");
}
END_TEST

START_TEST(test_wrap_spaces)
{
	expect_fix(TAKES_ONE("bind"), "bind", "  s.bind (  '127.0.0.1' ,80 )  ",
	    "s.bind(('127.0.0.1', 80))");
	expect_fix(TAKES_ONE("bind"), "bind", "s.bind('::1', 0, 0, 0)",
	    "s.bind(('::1', 0, 0, 0))");
}
END_TEST

START_TEST(test_wrap_nested)
{
	expect_fix(TAKES_ONE("bind"), "bind", "s.bind(socket.gethostname(), 0)",
	    "s.bind((socket.gethostname(), 0))");
	expect_fix(TAKES_ONE("connect"), "connect",
	    "cli.connect(srv.getsockname()[0], srv.getsockname()[1])",
	    "cli.connect((srv.getsockname()[0], srv.getsockname()[1]))");
	/* The receiver may itself be a call. */
	expect_fix(TAKES_ONE("bind"), "bind",
	    "socket.socket().bind('127.0.0.1', 0)",
	    "socket.socket().bind(('127.0.0.1', 0))");
}
END_TEST

START_TEST(test_wrap_strings_with_brackets)
{
	expect_fix(TAKES_ONE("connect"), "connect", "s.connect('a)b, (c', 80)",
	    "s.connect(('a)b, (c', 80))");
	expect_fix(TAKES_ONE("bind"), "bind",
	    "print('bind(') ; s.bind(\"x)\", 1)", "s.bind((\"x)\", 1))");
}
END_TEST

START_TEST(test_wrap_picks_the_wrong_call)
{
	/* Two binds on one line: the one typed in the wrong shape. */
	expect_fix(TAKES_ONE("bind"), "bind",
	    "a.bind(('127.0.0.1', 0)); b.bind('127.0.0.1', 0)",
	    "b.bind(('127.0.0.1', 0))");
}
END_TEST

START_TEST(test_wrap_sendto)
{
	char *t = run(E_MSG, &cls_TypeError, 0,
	    "'str' object cannot be interpreted as an integer", "sendto",
	    "d.sendto(b'x', '127.0.0.1', 9)");

	/* Not "the port in quotes": the address is outside its tuple. */
	ck_assert_ptr_nonnull(strstr(t, "data and one address"));
	free(t);
	expect_fix("'str' object cannot be interpreted as an integer", "sendto",
	    "d.sendto(b'x', '127.0.0.1', 9)",
	    "d.sendto(b'x', ('127.0.0.1', 9))");
	expect_fix("sendto() takes 2 or 3 arguments (4 given)", "sendto",
	    "d.sendto(b'x', 0, '127.0.0.1', 9)",
	    "d.sendto(b'x', 0, "
	    "('127.0.0.1', 9))");
}
END_TEST

START_TEST(test_wrap_unsure_gives_generic)
{
	/* Keyword arguments, an address already a tuple, no source at all,
	 * an unterminated string: the generic form, never a wrong call. */
	expect_fix(TAKES_ONE("bind"), "bind", "s.bind(('localhost', 0), 1)",
	    "s.bind(('localhost', 0))");
	expect_fix(TAKES_ONE("bind"), "bind", "s.bind(address='x', port=1)",
	    "s.bind(('127.0.0.1', 0)) (port 0 lets the kernel choose)");
	expect_fix(TAKES_ONE("connect"), "connect", NULL,
	    "s.connect(('127.0.0.1', PORT)) (PORT: the server's port number)");
	expect_fix(TAKES_ONE("connect"), "connect", "c.connect('x, 80)",
	    "s.connect(('127.0.0.1', PORT)) (PORT: the server's port number)");
}
END_TEST

START_TEST(test_where_from_message)
{
	/* No `where`: the call is read from Python's message. */
	expect_fix(TAKES_ONE("bind"), NULL, "s.bind('127.0.0.1', 80)",
	    "s.bind(('127.0.0.1', 80))");
	expect_fix("sendto(): AF_INET address must be tuple, not str", NULL,
	    "d.sendto(b'hi', 'localhost')",
	    "d.sendto(b'hi', ('localhost', PORT)) (PORT: the port number)");
}
END_TEST

START_TEST(test_where_guessed_from_source)
{
	/* No `where` at all: the last call a rule names for this error. */
	char *t = run(E_ERRNO, NULL, ECONNREFUSED, NULL, NULL,
	    "srv.close(); late = socket.socket(); late.connect(name)");

	ck_assert_ptr_nonnull(t);
	ck_assert_ptr_nonnull(strstr(t, "nobody is listening"));
	free(t);
	t = run(E_ERRNO, NULL, EACCES, NULL, NULL,
	    "g = socket.socket(); g.bind(('127.0.0.1', 999))");
	ck_assert_ptr_nonnull(strstr(t, "below 1024"));
	free(t);
}
END_TEST

START_TEST(test_tuple_fixes)
{
	expect_fix("bind(): AF_INET address must be tuple, not int", "bind",
	    "s.bind(8080)", "s.bind(('127.0.0.1', 8080))");
	expect_fix("bind(): AF_INET address must be tuple, not list", "bind",
	    "s.bind(['127.0.0.1', 0])", "s.bind(('127.0.0.1', 0))");
	expect_fix("connect(): AF_INET address must be tuple, not str",
	    "connect", "s.connect('localhost')",
	    "s.connect(('localhost', PORT)) (PORT: the port number)");
	expect_fix("bind(): AF_INET6 address must be tuple, not str", "bind",
	    "x6.bind('::1')", "x6.bind(('::1', 0))");
	expect_fix("AF_INET address must be a pair (host, port)", "bind",
	    "s.bind(('127.0.0.1',))", "s.bind(('127.0.0.1', 0))");
}
END_TEST

START_TEST(test_bytes_fixes)
{
	const char *m = "a bytes-like object is required, not 'str'";

	expect_fix(m, "send", "s.send('hello')", "s.send(b'hello')");
	expect_fix(m, "sendall", "conn.sendall(msg)",
	    "conn.sendall(msg.encode())");
	/* A name starting with b is not a bytes literal. */
	expect_fix(m, "send", "s.send(body)", "s.send(body.encode())");
	expect_fix(m, "send", "s.send(msg + '\\n')",
	    "s.send((msg + '\\n').encode())");
	expect_fix(m, "send", "s.send('h\xc3\xa9')",
	    "s.send('h\xc3\xa9'.encode())");
	expect_fix(m, "sendto", "u.sendto('hi', ('127.0.0.1', 9))",
	    "u.sendto(b'hi', ('127.0.0.1', 9))");
}
END_TEST

START_TEST(test_port_in_quotes)
{
	const char *m = "'str' object cannot be interpreted as an integer";

	expect_fix(m, "connect", "c.connect(('127.0.0.1', \"8080\"))",
	    "c.connect(('127.0.0.1', 8080))");
	expect_fix(m, "sendto", "u.sendto(b'x', ('127.0.0.1', '9'))",
	    "u.sendto(b'x', ('127.0.0.1', 9))");
	/* A service name is no number: the generic advice. */
	expect_fix(m, "connect", "c.connect(('127.0.0.1', 'http'))",
	    "(host, port) with the port as a number, e.g. ('127.0.0.1', "
	    "8080).");
}
END_TEST

START_TEST(test_unknown_is_null)
{
	struct value *e;

	/* An errno no rule knows, an unknown message, a bare exception. */
	ck_assert_ptr_null(run(E_ERRNO, NULL, ENOTTY, NULL, "ioctl", "x"));
	ck_assert_ptr_null(
	    run(E_MSG, &cls_ValueError, 0, "something odd", NULL, NULL));
	ck_assert_ptr_null(
	    run(E_MSG, &cls_RuntimeError, 0, "boom", NULL, NULL));
	ck_assert_ptr_null(run(E_MSG, &cls_OSError, 0, "strange", NULL, NULL));
	/* The parser's subset messages say enough themselves. */
	ck_assert_ptr_null(run(E_MSG, &cls_SyntaxError, 0,
	    "sockshell understands a part of Python: no 'for' loops", NULL,
	    "for x in y:"));
	/* Not an exception at all. */
	ck_assert_ptr_null(explain_exception(NULL, "x"));
	e = value_int(3);
	ck_assert_ptr_null(explain_exception(e, "x"));
	value_decref(e);
}
END_TEST

START_TEST(test_null_source)
{
	char *t = run(E_ERRNO, NULL, EADDRINUSE, NULL, "bind", NULL);

	ck_assert_ptr_nonnull(t);
	ck_assert_ptr_nonnull(strstr(t, "port 0"));
	/* No socket name typed: the fallback words, no empty holes. */
	ck_assert_ptr_null(strstr(t, "  ."));
	free(t);
	t = run(E_ERRNO, NULL, EBADF, NULL, NULL, NULL);
	ck_assert_ptr_nonnull(strstr(t, "this socket was closed"));
	free(t);
	t = run(E_ERRNO, NULL, EBADF, NULL, NULL, "");
	ck_assert_ptr_nonnull(t);
	free(t);
}
END_TEST

START_TEST(test_lines_wrap_for_a_projector)
{
	char *t = run(E_ERRNO, NULL, EADDRINUSE, NULL, "bind",
	    "b.bind(('127.0.0.1', 8080))");
	const char *p = t, *nl;
	int lines = 0;

	for (; (nl = strchr(p, '\n')) != NULL; p = nl + 1, lines++)
		ck_assert_int_le((int)(nl - p), 79);
	ck_assert_int_ge(lines, 3);
	/* The suggested call is never broken across lines. */
	ck_assert_ptr_nonnull(strstr(t, "b.setsockopt(socket.SOL_SOCKET, "
	                                "socket.SO_REUSEADDR, 1)"));
	ck_assert_ptr_nonnull(strstr(t, "  why: "));
	ck_assert_ptr_nonnull(strstr(t, "\n  try: "));
	free(t);
}
END_TEST

START_TEST(test_hostile_source)
{
	/* Garbage, unbalanced brackets, NUL-free binary, a huge line. */
	static const char *srcs[] = { "(((((", ")))))", "s.bind(", "s.bind(()",
		"'''", "s.bind('", ".bind(1, 2)", "bind(1, 2)", "\xff\xfe(",
		"s.bind((((1, 2)", "s..bind(1, 2)", "]].bind(1, 2)" };
	size_t i;
	char *big, *t;

	for (i = 0; i < sizeof(srcs) / sizeof(srcs[0]); i++) {
		t = run(E_MSG, &cls_TypeError, 0, TAKES_ONE("bind"), "bind",
		    srcs[i]);
		ck_assert_ptr_nonnull(t);
		free(t);
	}
	/* An unbalanced receiver is left out, not copied. */
	expect_fix(TAKES_ONE("bind"), "bind", "]].bind(1, 2)", "bind((1, 2))");
	big = xmalloc(200001);
	memset(big, '(', 100000);
	memset(big + 100000, ')', 100000);
	big[200000] = '\0';
	memcpy(big, "s.bind(", 7);
	t = run(E_MSG, &cls_TypeError, 0, TAKES_ONE("bind"), "bind", big);
	ck_assert_ptr_nonnull(t);
	ck_assert_uint_lt(strlen(t), 400); /* no runaway output */
	free(t);
	/* A huge address is not repeated back, nor a huge corrected call. */
	memset(big, 'x', 200000);
	memcpy(big, "s.bind('", 8);
	memcpy(big + 199990, "', 80)", 7);
	t = run(E_MSG, &cls_TypeError, 0, TAKES_ONE("bind"), "bind", big);
	ck_assert_uint_lt(strlen(t), 400);
	ck_assert_ptr_nonnull(strstr(t, "s.bind(('127.0.0.1', 0))"));
	free(t);
	memcpy(big, "os.unlink('", 11);
	memcpy(big + 199990, "')", 3);
	t = run(E_ERRNO, NULL, ENOENT, NULL, "unlink", big);
	ck_assert_uint_lt(strlen(t), 400);
	ck_assert_ptr_nonnull(strstr(t, "that path"));
	free(t);
	free(big);
}
END_TEST

Suite *
suite(void)
{
	Suite *s = suite_create("explain");
	TCase *rows = tcase_create("Rows");
	TCase *fix = tcase_create("Suggestions");
	TCase *lim = tcase_create("Limits");

	tcase_add_loop_test(rows, test_rows, 0,
	    (int)(sizeof(cases) / sizeof(cases[0])));
	suite_add_tcase(s, rows);

	tcase_add_test(fix, test_wrap_simple);
	tcase_add_test(fix, test_wrap_spaces);
	tcase_add_test(fix, test_wrap_nested);
	tcase_add_test(fix, test_wrap_strings_with_brackets);
	tcase_add_test(fix, test_wrap_picks_the_wrong_call);
	tcase_add_test(fix, test_wrap_sendto);
	tcase_add_test(fix, test_wrap_unsure_gives_generic);
	tcase_add_test(fix, test_where_from_message);
	tcase_add_test(fix, test_where_guessed_from_source);
	tcase_add_test(fix, test_tuple_fixes);
	tcase_add_test(fix, test_bytes_fixes);
	tcase_add_test(fix, test_port_in_quotes);
	suite_add_tcase(s, fix);

	tcase_add_test(lim, test_unknown_is_null);
	tcase_add_test(lim, test_null_source);
	tcase_add_test(lim, test_lines_wrap_for_a_projector);
	tcase_add_test(lim, test_hostile_source);
	suite_add_tcase(s, lim);
	return (s);
}
