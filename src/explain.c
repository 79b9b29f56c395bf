/* explain.c -- plain-language explanations of errors, for learners */
#include <config.h>

#include "explain.h"

#include <ctype.h>
#include <errno.h>
#include <netdb.h>
#include <stdlib.h>
#include <string.h>

#include "exc.h"
#include "sockobj.h"
#include "value.h"
#include "xmalloc.h"

/*
 * How it works.  rules[] below holds one row per case: what it matches
 * (class, errno, the call that failed, words of the message, a test on the
 * typed line) and what to say (why, try).  explain_exception() scores every
 * row that matches and takes the most specific one; ties go to the earlier
 * row.  The texts are templates: {key|fallback} is replaced by something
 * from this very case (the socket's name as typed, the address, the path)
 * or, when the line does not show it, by the fallback.  A row may name a
 * function that computes the "try" line instead (a corrected call built
 * from the typed line); when it cannot, the template is used.
 */

#define WRAP_COLUMN 79 /* a projector shows about 80 columns */
#define MAX_ITEMS 8    /* arguments or tuple items we look at */
#define MAX_QUOTE 60   /* longer typed text is not repeated back */
#define MAX_FIX 160    /* nor is a corrected call longer than this */

/*
 * A piece of the typed line: start and length, not NUL-terminated, with
 * what the tree says it is (exc.h's enum argform).  p NULL: not known.
 */
struct span {
	const char *p;
	size_t len;
	enum argform form;
	int keyword; /* a keyword argument, name=value */
};

/* Everything the rules look at, gathered once per exception. */
struct ctx {
	const struct exc *e;
	int has_err;      /* e->errnum is an int */
	long long err;    /* errno, or an EAI_* code for gaierror */
	const char *msg;  /* str(e) for non-errno exceptions; "" if none */
	const char *src;  /* the typed line, or "" */
	size_t srclen;    /* strlen(src), counted once: lines may be huge */
	char *call;       /* "bind": e->where; or NULL */
	char *sock;       /* "srv" in srv.bind(...); or NULL */
	struct span recv; /* the receiver as typed; len 0 if none */
	int n;            /* arguments as typed (e->call); -1: not known */
	struct span items[MAX_ITEMS];
	int nsub[MAX_ITEMS]; /* items of a tuple or list argument; -1: none */
	struct span sub[MAX_ITEMS][MAX_ITEMS];
	struct span addr; /* the address argument as typed; p NULL if none */
	struct span host; /* addr's first item, or getaddrinfo's host */
	struct span port; /* addr's second item, or getaddrinfo's port */
	struct span data; /* send's first argument, as typed */
	char *path;       /* e.filename's repr, or a typed path literal */
	char *q1, *q2;    /* first and second 'quoted' words of msg */
};

/* --- The failed call, as the evaluator recorded it ------------------- */

static int
is_ident(int c)
{
	return (isalnum((unsigned char)c) || c == '_');
}

/* The text of a recorded span, if the typed line has it. */
static struct span
span_at(const struct ctx *c, size_t start, size_t end, enum argform form)
{
	struct span sp = { NULL, 0, ARG_OTHER, 0 };

	if (start < end && end <= c->srclen) {
		sp.p = c->src + start;
		sp.len = end - start;
		sp.form = form;
	}
	return (sp);
}

/*
 * The arguments of e->call as typed: c->items and, for tuple and list
 * displays, c->sub.  c->n stays -1 when the line does not show them all.
 */
static void
read_callsite(struct ctx *c, const struct callsite *cs)
{
	size_t i, j;

	c->n = -1;
	if (cs == NULL || c->srclen == 0)
		return;
	c->recv = span_at(c, cs->recv_start, cs->recv_end, ARG_OTHER);
	if (c->recv.p == NULL)
		c->recv.p = "";
	if (cs->nargs > MAX_ITEMS)
		return;
	for (i = 0; i < cs->nargs; i++) {
		const struct callarg *a = &cs->args[i];

		c->items[i] = span_at(c, a->start, a->end, a->form);
		c->items[i].keyword = a->keyword != NULL;
		if (c->items[i].p == NULL)
			return;
		c->nsub[i] = a->nitems <= MAX_ITEMS ? (int)a->nitems : -1;
		for (j = 0; c->nsub[i] > 0 && j < a->nitems; j++) {
			c->sub[i][j] = span_at(c, a->items[j].start,
			    a->items[j].end, a->items[j].form);
			if (c->sub[i][j].p == NULL)
				c->nsub[i] = -1;
		}
	}
	c->n = (int)cs->nargs;
}

static int
is_str_literal(struct span s)
{
	return (s.form == ARG_STR || s.form == ARG_BYTES);
}

static int
is_int_literal(struct span s)
{
	return (s.form == ARG_INT);
}

/* A tuple display (open '(') or a list display ('['). */
static int
is_bracketed(struct span s, char open)
{
	return (s.form == (open == '(' ? ARG_TUPLE : ARG_LIST));
}

/* Items of the k-th argument, a tuple or list display; -1 if not one. */
static int
arg_items(const struct ctx *c, int k, const struct span **items)
{
	if (k < 0 || k >= c->n || (!is_bracketed(c->items[k], '(') &&
	                              !is_bracketed(c->items[k], '[')))
		return (-1);
	*items = c->sub[k];
	return (c->nsub[k]);
}

/* "80", "-1", "0x1f90": the text of a string that holds a number. */
static int
is_int_text(struct span s)
{
	size_t i = 0;
	int hex = 0;

	if (i < s.len && s.p[i] == '-')
		i++;
	if (i + 2 < s.len && s.p[i] == '0' &&
	    (s.p[i + 1] == 'x' || s.p[i + 1] == 'X'))
		i += 2, hex = 1;
	if (i == s.len)
		return (0);
	for (; i < s.len; i++)
		if (!(hex ? isxdigit((unsigned char)s.p[i])
		          : isdigit((unsigned char)s.p[i])))
			return (0);
	return (1);
}

/* The characters of a plain literal 'text' (no prefix, no escapes). */
static int
literal_text(struct span s, struct span *out)
{
	if (s.form != ARG_STR || s.len < 2 ||
	    (s.p[0] != '\'' && s.p[0] != '"') ||
	    memchr(s.p, '\\', s.len) != NULL || s.p[s.len - 1] != s.p[0])
		return (0);
	out->p = s.p + 1;
	out->len = s.len - 2;
	out->form = ARG_OTHER;
	return (1);
}

static int
span_has(struct span s, const char *needle)
{
	size_t n = strlen(needle), i;

	for (i = 0; n <= s.len && i + n <= s.len; i++)
		if (strncmp(s.p + i, needle, n) == 0)
			return (1);
	return (0);
}

static char *
span_dup(struct span s)
{
	return (s.p == NULL ? NULL : xstrndup(s.p, s.len));
}

/* Is `word` one of the space-separated words of `list`? */
static int
in_list(const char *list, const char *word, size_t wlen)
{
	const char *p = list;

	while (*p != '\0') {
		size_t n = strcspn(p, " ");

		if (n == wlen && strncmp(p, word, n) == 0)
			return (1);
		p += n;
		p += strspn(p, " ");
	}
	return (0);
}

/* --- Facts about the case, for the rules' `when` column -------------- */

/* The address argument is a tuple or list literal: an IP address. */
static int
addr_is_inet(const struct ctx *c)
{
	return (c->addr.p != NULL &&
	        (is_bracketed(c->addr, '(') || is_bracketed(c->addr, '[')));
}

/* Abstract unix names start with a NUL byte: '\0name' or b'\x00name'. */
static int
addr_is_abstract(const struct ctx *c)
{
	struct span a = c->addr;

	if (a.p == NULL || !is_str_literal(a))
		return (0);
	if (a.p[0] == 'b' || a.p[0] == 'B')
		a.p++, a.len--;
	return (a.len > 2 && a.p[1] == '\\' &&
	        (a.p[2] == '0' || strncmp(a.p + 2, "x00", 3) == 0));
}

/*
 * A unix socket path: the exception names a file, the address was typed
 * as a string, the line makes an AF_UNIX socket, or the variable holding
 * the address is called something like `path`.
 */
static int
addr_is_unix(const struct ctx *c)
{
	if (c->e->filename != NULL && c->e->filename->kind != KIND_NONE)
		return (1);
	if (c->addr.p == NULL)
		return (strstr(c->src, "AF_UNIX") != NULL);
	if (addr_is_inet(c))
		return (0);
	return (is_str_literal(c->addr) || span_has(c->addr, "path") ||
	        span_has(c->addr, "PATH") || strstr(c->src, "AF_UNIX") != NULL);
}

static int
addr_is_unix_file(const struct ctx *c)
{
	return (addr_is_unix(c) && !addr_is_abstract(c));
}

/* The typed host is an IPv6 literal ('::1'), or an IPv4 one. */
static int
host_is_v6(const struct ctx *c)
{
	return (c->host.p != NULL && is_str_literal(c->host) &&
	        memchr(c->host.p, ':', c->host.len) != NULL);
}

static int
host_is_v4(const struct ctx *c)
{
	struct span t;
	size_t i;

	if (c->host.p == NULL || !literal_text(c->host, &t) || t.len == 0)
		return (0);
	for (i = 0; i < t.len; i++)
		if (!isdigit((unsigned char)t.p[i]) && t.p[i] != '.')
			return (0);
	return (1);
}

static int
host_is_empty(const struct ctx *c)
{
	return (c->host.len == 2 && is_str_literal(c->host));
}

static int
host_is_link_local(const struct ctx *c)
{
	return (c->host.p != NULL &&
	        (span_has(c->host, "fe80") || span_has(c->host, "FE80")));
}

static int
uses_numerichost(const struct ctx *c)
{
	return (strstr(c->src, "AI_NUMERICHOST") != NULL);
}

/* The unknown name (NameError) or attribute is a socket's method or field. */
static int
is_sock_member(const char *w)
{
	size_t i;

	if (w == NULL)
		return (0);
	if (sockobj_method(w) != NULL)
		return (1);
	for (i = 0; sockobj_attrs[i] != NULL; i++)
		if (strcmp(sockobj_attrs[i], w) == 0)
			return (1);
	return (0);
}

static const struct {
	const char *word;
	unsigned flag;
} call_groups[] = {
	{ "@address", CALL_TAKES_ADDRESS },
	{ "@connects", CALL_CONNECTS },
	{ "@sends", CALL_SENDS },
	{ "@receives", CALL_RECEIVES },
	{ "@waits", CALL_WAITS },
};

/* Does `list` (a rule's call column) name call (wlen bytes)? */
static int
call_in(const char *list, const char *call, size_t wlen)
{
	const struct callinfo *ci;
	unsigned flags = 0;
	size_t i;
	char *name;

	if (in_list(list, call, wlen))
		return (1);
	if (strchr(list, '@') == NULL)
		return (0);
	name = xstrndup(call, wlen);
	ci = sockobj_method_info(name);
	free(name);
	for (i = 0; ci != NULL && i < sizeof(call_groups) /
	                                  sizeof(call_groups[0]); i++)
		if (in_list(list, call_groups[i].word,
		        strlen(call_groups[i].word)))
			flags |= call_groups[i].flag;
	return (ci != NULL && (ci->flags & flags) != 0);
}
static const char module_funcs[] =
    "socket socketpair getaddrinfo getnameinfo gethostname gethostbyname "
    "gethostbyaddr getfqdn getservbyname getservbyport getprotobyname "
    "inet_pton inet_ntop inet_aton inet_ntoa htons ntohs htonl ntohl "
    "create_connection create_server fromfd has_dualstack_ipv6 timeout "
    "gaierror herror";
static const char *const const_prefixes[] = { "AF_", "SOCK_", "SO_", "SOL_",
	"IPPROTO_", "IPV6_", "SHUT_", "MSG_", "AI_", "NI_", "INADDR_", "EAI_",
	"SOMAXCONN", NULL };

static int
word_is_module(const char *w)
{
	return (w != NULL && in_list("socket os errno sys", w, strlen(w)));
}

static int
word_is_socket_name(const char *w)
{
	int i;

	if (w == NULL)
		return (0);
	if (in_list(module_funcs, w, strlen(w)))
		return (1);
	for (i = 0; const_prefixes[i] != NULL; i++)
		if (strncmp(w, const_prefixes[i], strlen(const_prefixes[i])) ==
		    0)
			return (1);
	return (0);
}

static int
name_is_module(const struct ctx *c)
{
	return (word_is_module(c->q1));
}

static int
name_is_socket_name(const struct ctx *c)
{
	return (word_is_socket_name(c->q1));
}

static int
name_is_method(const struct ctx *c)
{
	return (is_sock_member(c->q1));
}

/* AttributeError: "'T' object has no attribute 'A'": q1 is T, q2 is A. */
static int
tuple_lacks_method(const struct ctx *c)
{
	return (c->q1 != NULL && c->q2 != NULL &&
	        (strcmp(c->q1, "tuple") == 0 || strcmp(c->q1, "list") == 0) &&
	        is_sock_member(c->q2));
}

static int
socket_lacks_module_name(const struct ctx *c)
{
	return (c->q1 != NULL && strcmp(c->q1, "socket") == 0 &&
	        word_is_socket_name(c->q2));
}

static int
module_lacks_method(const struct ctx *c)
{
	return (strncmp(c->msg, "module 'socket'", 15) == 0 &&
	        is_sock_member(c->q2));
}

/* "TypeError: bind(): AF_INET address must be tuple, not str" and the
 * string is a path: the learner wanted an AF_UNIX socket. */
static int
addr_looks_like_path(const struct ctx *c)
{
	struct span t;

	if (c->addr.p == NULL || !is_str_literal(c->addr))
		return (0);
	if (addr_is_abstract(c))
		return (1);
	return (literal_text(c->addr, &t) && t.len > 0 && t.p[0] == '/');
}

static char *wrap_address(const struct ctx *);

/* sendto(b'x', '127.0.0.1', 9): host and port outside a tuple. */
static int
address_is_loose(const struct ctx *c)
{
	char *w = wrap_address(c);
	int loose = w != NULL;

	free(w);
	return (loose);
}

/* --- Computed suggestions -------------------------------------------- */

/*
 * How each call is written, for "try:" when the typed one is wrong: a
 * socket method's row says it (sockobj.c); the module's functions here.
 */
static const struct usage {
	const char *call;
	const char *form; /* "s." is replaced by the typed socket */
	const char *note; /* NULL, or what to put in */
} usages[] = {
	{ "socket", "socket.socket(socket.AF_INET, socket.SOCK_STREAM)", NULL },
	{ "socketpair", "a, b = socket.socketpair()", NULL },
	{ "getaddrinfo",
	    "socket.getaddrinfo('localhost', 80, socket.AF_INET, "
	    "socket.SOCK_STREAM)",
	    NULL },
	{ "gethostbyname", "socket.gethostbyname('localhost')", NULL },
	{ "inet_pton", "socket.inet_pton(socket.AF_INET, '127.0.0.1')", NULL },
	{ "inet_aton", "socket.inet_aton('127.0.0.1')", NULL },
	{ "htons", "socket.htons(8080)", NULL },
	{ NULL, NULL, NULL },
};

/* The example for call and its note (or NULL); 0 if there is none. */
static int
usage_of(const char *call, const char **form, const char **note)
{
	const struct callinfo *ci = sockobj_method_info(call);
	const struct usage *u;

	if (ci != NULL && ci->example != NULL) {
		*form = ci->example;
		*note = ci->note;
		return (1);
	}
	for (u = usages; call != NULL && u->call != NULL; u++)
		if (strcmp(u->call, call) == 0) {
			*form = u->form;
			*note = u->note;
			return (1);
		}
	return (0);
}

/* The usage form, spoken for the typed socket: "srv.bind(...)". */
static char *
fix_usage(const struct ctx *c)
{
	struct buf b;
	const char *form, *note, *s;

	if (!usage_of(c->call, &form, &note))
		return (NULL);
	buf_init(&b);
	s = strstr(form, "s.");
	if (s != NULL && (s == form || s[-1] == ' ') && c->sock != NULL) {
		buf_add(&b, form, (size_t)(s - form));
		buf_puts(&b, c->sock);
		buf_puts(&b, s + 1);
	} else
		buf_puts(&b, form);
	if (note != NULL)
		buf_printf(&b, " (%s)", note);
	return (buf_steal(&b));
}

/* Start a corrected call: "srv.bind(" (or "bind(" with no receiver). */
static void
put_call(struct buf *b, const struct ctx *c)
{
	if (c->recv.len > 0) {
		buf_add(b, c->recv.p, c->recv.len);
		buf_puts(b, ".");
	}
	buf_puts(b, c->call);
	buf_puts(b, "(");
}

static void
put_items(struct buf *b, const struct span *items, int from, int to)
{
	int i;

	for (i = from; i < to; i++) {
		if (i > from)
			buf_puts(b, ", ");
		buf_add(b, items[i].p, items[i].len);
	}
}

/*
 * Which of n typed arguments is the address, as the call's row says (the
 * last one for sendto, after its data): 0 for calls without a row.
 */
static int
addr_item(const char *call, int n)
{
	const struct callinfo *ci = sockobj_method_info(call);

	if (ci == NULL)
		return (0);
	return (ci->addr_arg < 0 ? n - 1 : ci->addr_arg);
}

/* Which typed argument starts the address: 0, or after sendto's data. */
static int
first_addr_item(const struct ctx *c, const struct span *items, int n)
{
	if (strcmp(c->call, "sendto") != 0)
		return (0);
	/* sendto(data, address) or sendto(data, flags, address) */
	if (n >= 4 && is_int_literal(items[1]))
		return (2);
	return (1);
}

/*
 * "socket.bind() takes exactly one argument (2 given)" for
 * s.bind('127.0.0.1', 80): the address is one argument, a tuple, so wrap
 * the address items in their own brackets: s.bind(('127.0.0.1', 80)).
 * Also sendto(b'x', '127.0.0.1', 80), where Python reads the host as flags.
 */
static char *
wrap_address(const struct ctx *c)
{
	const struct span *items = c->items;
	int n = c->n, k, i;
	struct buf b;

	if (c->call == NULL || n < 2)
		return (NULL);
	k = first_addr_item(c, items, n);
	if (n - k < 2 || n - k > 4)
		return (NULL);
	for (i = 0; i < n; i++)
		if (items[i].keyword)
			return (NULL);
	if (is_bracketed(items[k], '(') && k == 0) {
		/* bind(('h', 0), 1): keep the tuple, drop the rest */
		buf_init(&b);
		put_call(&b, c);
		put_items(&b, items, 0, 1);
		buf_puts(&b, ")");
		return (buf_steal(&b));
	}
	if (is_bracketed(items[k], '(') || is_bracketed(items[k], '['))
		return (NULL);
	buf_init(&b);
	put_call(&b, c);
	put_items(&b, items, 0, k);
	buf_puts(&b, k > 0 ? ", (" : "(");
	put_items(&b, items, k, n);
	buf_puts(&b, "))");
	return (buf_steal(&b));
}

static char *
fix_wrap(const struct ctx *c)
{
	char *s = wrap_address(c);

	return (s != NULL ? s : fix_usage(c));
}

/*
 * "bind(): AF_INET address must be tuple, not str": one item where a
 * tuple belongs.  A list's items go in round brackets; a host alone gets
 * a port (0 for bind, a PORT to fill in otherwise); a port alone a host.
 */
static char *
fix_tuple(const struct ctx *c)
{
	const struct span *items = c->items, *inner;
	int n = c->n, k, m, bind;
	struct span a;
	struct buf b;

	if (c->call == NULL || n < 1)
		return (fix_usage(c));
	bind = strcmp(c->call, "bind") == 0;
	k = addr_item(c->call, n);
	if (k != n - 1 || items[k].keyword)
		return (fix_usage(c));
	a = items[k];
	buf_init(&b);
	put_call(&b, c);
	put_items(&b, items, 0, k);
	if (k > 0)
		buf_puts(&b, ", ");
	if (is_bracketed(a, '[') && (m = arg_items(c, k, &inner)) >= 1) {
		buf_puts(&b, "(");
		put_items(&b, inner, 0, m);
		buf_puts(&b, m == 1 ? ",))" : "))");
	} else if (is_str_literal(a)) {
		buf_puts(&b, "(");
		buf_add(&b, a.p, a.len);
		buf_puts(&b, bind ? ", 0))" : ", PORT))");
		if (!bind)
			buf_puts(&b, " (PORT: the port number)");
	} else if (is_int_literal(a)) {
		buf_puts(&b, "('127.0.0.1', ");
		buf_add(&b, a.p, a.len);
		buf_puts(&b, "))");
	} else {
		buf_free(&b);
		return (fix_usage(c));
	}
	return (buf_steal(&b));
}

/*
 * "AF_INET address must be a pair (host, port)" or the AF_INET6 form:
 * too many items (keep the first two, or four) or too few (add a port).
 */
static char *
fix_pair(const struct ctx *c)
{
	int want = strstr(c->msg, "AF_INET6") != NULL ? 4 : 2;
	const struct span *items = c->items, *inner;
	int n = c->n, k, m;
	struct buf b;

	if (c->call == NULL || n < 1)
		return (NULL);
	k = addr_item(c->call, n);
	if (k != n - 1 || !is_bracketed(items[k], '('))
		return (NULL);
	m = arg_items(c, k, &inner);
	if (m < 1 || (m > 1 && m <= want))
		return (NULL);
	buf_init(&b);
	put_call(&b, c);
	put_items(&b, items, 0, k);
	buf_puts(&b, k > 0 ? ", (" : "(");
	if (m == 1) {
		put_items(&b, inner, 0, 1);
		buf_puts(&b, strcmp(c->call, "bind") == 0 ? ", 0))" : ", PORT))");
	} else {
		put_items(&b, inner, 0, want);
		buf_puts(&b, "))");
	}
	return (buf_steal(&b));
}

/*
 * "'str' object cannot be interpreted as an integer": a port typed in
 * quotes, ('127.0.0.1', '80'), loses them; sendto(b'x', host, port) is the
 * wrapping case.
 */
static char *
fix_port_str(const struct ctx *c)
{
	const struct span *items = c->items, *inner;
	int n = c->n, k, m, i;
	struct span t;
	struct buf b;

	if (c->call != NULL && strcmp(c->call, "sendto") == 0) {
		char *w = wrap_address(c);

		if (w != NULL)
			return (w);
	}
	if (c->call == NULL || n < 1)
		return (NULL);
	k = n - 1;
	m = arg_items(c, k, &inner);
	if (m < 2 || !literal_text(inner[1], &t) || !is_int_text(t))
		return (NULL);
	buf_init(&b);
	put_call(&b, c);
	put_items(&b, items, 0, k);
	buf_puts(&b, k > 0 ? ", (" : "(");
	for (i = 0; i < m; i++) {
		if (i > 0)
			buf_puts(&b, ", ");
		if (i == 1)
			buf_add(&b, t.p, t.len);
		else
			buf_add(&b, inner[i].p, inner[i].len);
	}
	buf_puts(&b, "))");
	return (buf_steal(&b));
}

/*
 * "a bytes-like object is required, not 'str'" from send('hello'): the
 * data as bytes, b'hello', or 'héllo'.encode() / msg.encode().
 */
static char *
fix_bytes(const struct ctx *c)
{
	int n = c->n, ascii = 1, simple = 1;
	struct span d;
	struct buf b;
	size_t i;

	if (c->call == NULL || n < 1 || c->items[0].keyword)
		return (NULL);
	d = c->items[0];
	if (d.form == ARG_BYTES)
		return (NULL); /* already bytes: not this call */
	for (i = 0; i < d.len; i++) {
		if ((unsigned char)d.p[i] >= 0x80)
			ascii = 0;
		if (!is_ident(d.p[i]) && d.p[i] != '.')
			simple = 0;
	}
	buf_init(&b);
	put_call(&b, c);
	if ((d.p[0] == '\'' || d.p[0] == '"') && is_str_literal(d) && ascii) {
		buf_puts(&b, "b");
		buf_add(&b, d.p, d.len);
	} else if (simple || is_str_literal(d)) {
		buf_add(&b, d.p, d.len);
		buf_puts(&b, ".encode()");
	} else {
		buf_puts(&b, "(");
		buf_add(&b, d.p, d.len);
		buf_puts(&b, ").encode()");
	}
	if (n > 1)
		buf_puts(&b, ", ");
	put_items(&b, c->items, 1, n);
	buf_puts(&b, ")");
	return (buf_steal(&b));
}

/* --- The rules ------------------------------------------------------- */

/*
 * Calls grouped for the `call` column: space-separated names, or an @word
 * naming the socket methods whose rows (sockobj.c) have a flag.
 */
#define ADDR_CALLS "@address"
#define CONN_CALLS "@connects"
#define SEND_CALLS "@sends"
#define RECV_CALLS "@receives"
#define IO_CALLS "@sends @receives"
#define WAIT_CALLS "@waits"
#define NAMED_CALLS ADDR_CALLS " unlink remove" /* take an address/path */

struct rule {
	const struct pyclass *cls; /* isinstance, or NULL for any class */
	int err;                   /* e.errno (EAI_* for gaierror), or 0: any */
	const char *call;          /* the failed call, one of these, or NULL */
	const char *msg;           /* words in the message, or NULL */
	int (*when)(const struct ctx *);  /* a fact about the case, or NULL */
	const char *why;                  /* template; NULL says nothing */
	const char *try;                  /* template, the fallback of fix */
	char *(*fix)(const struct ctx *); /* a computed "try", or NULL */
};

/*
 * Template keys: {sock} the socket as typed ("srv"), {call} the call
 * ("bind"), {fn} the call as prose ("bind()"), {data} what send() was
 * given, {addr} the address if typed as a literal, {expr} the address
 * argument however typed, {host} and {port} from the address,
 * {path} a unix path, {q1} and {q2} the quoted words of the message
 * (a NameError's name; an AttributeError's type and attribute).
 * {key|text} uses text when the case does not show the key.
 */
static const struct rule rules[] = {
	/* EADDRINUSE (98): bind, listen, connect */
	{ NULL, EADDRINUSE, "bind", NULL, addr_is_abstract,
	    "another socket already holds the abstract name {addr|it asks "
	    "for}.",
	    "close that socket, or pick another name.", NULL },
	{ NULL, EADDRINUSE, "bind", NULL, addr_is_unix_file,
	    "a file already exists at {path|that path}: a socket bound it "
	    "before, and close() does not delete the file.",
	    "import os; os.unlink({expr|path}) removes the old socket file; "
	    "then bind again (or pick another path).",
	    NULL },
	{ NULL, EADDRINUSE, "bind", NULL, addr_is_inet,
	    "another socket already holds {addr|this address and port}, or a "
	    "connection closed a moment ago still keeps the port busy "
	    "(TIME_WAIT, about a minute).",
	    "another port, or port 0 to let the kernel choose; or close the "
	    "other socket. For TIME_WAIT: "
	    "{sock|s}.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1) "
	    "before bind().",
	    NULL },
	{ NULL, EADDRINUSE, "bind", NULL, NULL,
	    "another socket already holds that name: a socket bound to the "
	    "same address and port (or, for a unix path, a socket file left "
	    "on disk).",
	    "another port, or port 0 to let the kernel choose; or close the "
	    "other socket. For a unix path: os.unlink(path) first.",
	    NULL },
	{ NULL, EADDRINUSE, "listen", NULL, NULL,
	    "another socket already listens on this address and port. "
	    "SO_REUSEADDR let both sockets bind it, but only one may listen.",
	    "close the other listener, or bind a new socket to port 0 to get "
	    "a port of its own.",
	    NULL },
	{ NULL, EADDRINUSE, NULL, NULL, NULL,
	    "that address and port are already used by another socket.",
	    "another port, port 0 to let the kernel choose, or close the "
	    "other socket.",
	    NULL },

	/* EADDRNOTAVAIL (99) */
	{ NULL, EADDRNOTAVAIL, "bind", NULL, host_is_v6,
	    "{host|that address} is not an address of this machine, so no "
	    "socket here can be bound to it.",
	    "'::1' (this machine) or '::' (all its addresses).", NULL },
	{ NULL, EADDRNOTAVAIL, "bind", NULL, NULL,
	    "{host|that address} is not an address of this machine, so no "
	    "socket here can be bound to it.",
	    "'127.0.0.1' (this machine) or '' (all its addresses).", NULL },
	{ NULL, EADDRNOTAVAIL, NULL, NULL, NULL,
	    "the kernel could not give this socket that local address: it is "
	    "not an address of this machine, or no free port was left.",
	    "'127.0.0.1' or '' as the host, and port 0.", NULL },

	/* EACCES (13) */
	{ NULL, EACCES, "bind", NULL, addr_is_unix,
	    "you may not create a file in that directory, so the socket file "
	    "cannot be made there.",
	    "a path in a directory you can write, e.g. '/tmp/demo.sock'.",
	    NULL },
	{ NULL, EACCES, "bind", NULL, NULL,
	    "on Linux, ports below 1024 are reserved for privileged programs.",
	    "a port above 1023, or 0 to let the kernel choose one.", NULL },
	{ NULL, EACCES, "sendto", NULL, NULL,
	    "sending to a broadcast address needs permission first.",
	    "{sock|s}.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)",
	    NULL },
	{ NULL, EACCES, CONN_CALLS, NULL, NULL,
	    "you may not use the socket file at {path|that path}.",
	    "check the file's permissions, or use a path under /tmp.", NULL },

	/* ENOTCONN (107) */
	{ NULL, ENOTCONN, "getpeername", NULL, NULL,
	    "{sock|this socket} has no peer: it is not connected. A listening "
	    "socket never is; accept() returns the connected one.",
	    "connect() it first, or ask the socket that accept() gave you.",
	    NULL },
	{ NULL, ENOTCONN, RECV_CALLS, NULL, NULL,
	    "{sock|this socket} is not connected, so there is nobody to "
	    "receive from. A connect() that failed leaves it unconnected.",
	    "connect() first; on a server, receive on the socket that "
	    "accept() returned, not on the listener.",
	    NULL },
	{ NULL, ENOTCONN, "shutdown", NULL, NULL,
	    "only a connected socket can be shut down.",
	    "connect it first, or simply close() it.", NULL },
	{ NULL, ENOTCONN, NULL, NULL, NULL,
	    "{sock|this socket} is not connected to a peer.",
	    "connect() it first (a server uses the socket accept() returns).",
	    NULL },

	/* EISCONN (106) */
	{ NULL, EISCONN, "sendto", NULL, NULL,
	    "{sock|this socket} is already connected, so it takes no "
	    "destination address.",
	    "{sock|s}.send(data) sends to its peer.", NULL },
	{ NULL, EISCONN, NULL, NULL, NULL,
	    "{sock|this socket} is already connected (or is listening); a "
	    "socket connects only once.",
	    "make a new socket for a new connection; {sock|s}.getpeername() "
	    "shows the current peer.",
	    NULL },

	/* ECONNREFUSED (111) */
	{ NULL, ECONNREFUSED, CONN_CALLS, NULL, addr_is_unix_file,
	    "a socket file is at {path|that path}, but no socket listens on "
	    "it: a server that has closed left it behind.",
	    "start the server (bind and listen) first; remove a stale file "
	    "with os.unlink().",
	    NULL },
	{ NULL, ECONNREFUSED, CONN_CALLS, NULL, addr_is_abstract,
	    "no socket is bound to the abstract name {addr|you gave}.",
	    "start the server first, and check the name byte for byte.", NULL },
	{ NULL, ECONNREFUSED, CONN_CALLS, NULL, NULL,
	    "nobody is listening at {addr|that address and port}, so the "
	    "connection was refused.",
	    "start the server first and call listen() on it; check the port "
	    "(the server's getsockname() shows it).",
	    NULL },
	{ NULL, ECONNREFUSED, IO_CALLS, NULL, NULL,
	    "an earlier datagram found nobody listening at the peer's port; "
	    "the kernel got an ICMP \"port unreachable\" (a network error "
	    "report) and tells you now, on this call.",
	    "start the receiver, or connect() to the right port; the next "
	    "call works again.",
	    NULL },
	{ NULL, ECONNREFUSED, NULL, NULL, NULL,
	    "nobody is listening at that address and port.",
	    "start the server and listen() first, and check the port.", NULL },

	/* ECONNRESET (104) */
	{ NULL, ECONNRESET, NULL, NULL, NULL,
	    "the peer ended the connection abruptly (it closed with unread "
	    "data, or reset it), so this connection is gone.",
	    "close {sock|this socket}; connect again for a new conversation.",
	    NULL },

	{ NULL, ECONNABORTED, NULL, NULL, NULL,
	    "the connection was dropped before it could be used (the client "
	    "gave up).",
	    "accept() again to take the next connection.", NULL },

	/* EPIPE (32) */
	{ NULL, EPIPE, NULL, NULL, NULL,
	    "{sock|this socket} cannot send: the peer has closed the "
	    "connection, or it was never connected. (SIGPIPE, which would end "
	    "a C program, is ignored here, so you see this error.)",
	    "connect() first; once the peer has closed, close this socket and "
	    "connect a new one.",
	    NULL },

	/* EAGAIN (11), EINPROGRESS (115), EALREADY (114): non-blocking */
	{ NULL, EAGAIN, "accept", NULL, NULL,
	    "{sock|the socket} is non-blocking and no connection is waiting "
	    "yet.",
	    "connect a client first, or {sock|s}.setblocking(True) to wait.",
	    NULL },
	{ NULL, EAGAIN, RECV_CALLS, NULL, NULL,
	    "nothing has arrived yet, and a non-blocking socket does not wait.",
	    "send something to it first, or {sock|s}.settimeout(5) to wait up "
	    "to 5 seconds.",
	    NULL },
	{ NULL, EAGAIN, SEND_CALLS, NULL, NULL,
	    "the send buffer is full (the peer is not reading), and a "
	    "non-blocking socket does not wait.",
	    "let the other side read first, or {sock|s}.setblocking(True).",
	    NULL },
	{ NULL, EAGAIN, NULL, NULL, NULL,
	    "the socket is non-blocking and the call could not finish at once.",
	    "try again later, or {sock|s}.setblocking(True) to wait.", NULL },
	{ NULL, EINPROGRESS, NULL, NULL, NULL,
	    "a non-blocking connect() has started the handshake, but it does "
	    "not wait for the answer.",
	    "call connect() again in a moment (it then succeeds), or "
	    "{sock|s}.setblocking(True) before connecting.",
	    NULL },
	{ NULL, EALREADY, NULL, NULL, NULL,
	    "an earlier non-blocking connect() is still under way.",
	    "wait a moment, then call connect() again.", NULL },

	/* Timeouts: TimeoutError('timed out') and ETIMEDOUT (110) */
	{ &cls_TimeoutError, ETIMEDOUT, NULL, NULL, NULL,
	    "the other machine never answered, so the kernel gave up.",
	    "check the address; on a lab network, a firewall may drop packets.",
	    NULL },
	{ &cls_TimeoutError, 0, "accept", NULL, NULL,
	    "no client connected within the time set by settimeout(). The "
	    "socket is fine.",
	    "connect a client first, then accept() again.", NULL },
	{ &cls_TimeoutError, 0, RECV_CALLS, NULL, NULL,
	    "nothing arrived within the time set by settimeout(). The socket "
	    "is fine.",
	    "send something from the other socket first, then receive again.",
	    NULL },
	{ &cls_TimeoutError, 0, NULL, NULL, NULL,
	    "the call did not finish within the time set by settimeout().",
	    "make sure the other side is ready, or allow more time: "
	    "{sock|s}.settimeout(10).",
	    NULL },

	/* EBADF (9) */
	{ NULL, EBADF, NULL, NULL, NULL,
	    "{sock|this socket} was closed; a closed socket cannot be used "
	    "again (its fileno() is now -1).",
	    "make a new socket with socket.socket(...), as before, and use it.",
	    NULL },

	/* EINVAL (22): the call tells which rule was broken */
	{ NULL, EINVAL, "bind", NULL, host_is_link_local,
	    "a link-local IPv6 address (fe80::...) needs a scope id: the "
	    "number of the network interface, as the fourth item.",
	    "'::1' instead, or (host, port, 0, interface number).", NULL },
	{ NULL, EINVAL, "bind", NULL, NULL,
	    "{sock|this socket} already has a name: bind() was called before, "
	    "or connect() or sendto() gave it one. A socket is named only "
	    "once.",
	    "{sock|s}.getsockname() shows its name; for another name, make a "
	    "new socket.",
	    NULL },
	{ NULL, EINVAL, "listen", NULL, NULL,
	    "{sock|this socket} is connected, and only an unconnected stream "
	    "socket can listen.",
	    "make a new socket: bind() it, then listen().", NULL },
	{ NULL, EINVAL, "accept", NULL, NULL,
	    "{sock|this socket} is not listening, so there are no connections "
	    "to accept.",
	    "{sock|s}.listen() first (after bind()), then accept().", NULL },
	{ NULL, EINVAL, "sendto", NULL, NULL,
	    "port 0 is not a destination; it only means \"any port\" for "
	    "bind().",
	    "send to the receiver's real port: its getsockname() shows it.",
	    NULL },
	{ NULL, EINVAL, "socket", NULL, NULL,
	    "that socket type (or protocol) is not valid.",
	    "socket.SOCK_STREAM (TCP) or socket.SOCK_DGRAM (UDP).", NULL },
	{ NULL, EINVAL, "shutdown", NULL, NULL,
	    "shutdown() takes which direction to close.",
	    "socket.SHUT_RD, socket.SHUT_WR or socket.SHUT_RDWR.", NULL },
	{ NULL, EINVAL, "setsockopt", NULL, NULL,
	    "this option cannot take that value now (IPV6_V6ONLY, for one, "
	    "can only change before bind()).",
	    "set options on a fresh socket, before bind().", NULL },
	{ NULL, EINVAL, NULL, NULL, NULL,
	    "an argument does not fit this socket in its present state.",
	    "check the order of calls: socket, bind, listen/connect, then "
	    "data.",
	    NULL },

	/* EDESTADDRREQ (89) */
	{ NULL, EDESTADDRREQ, "sendmsg", NULL, NULL,
	    "{sock|this socket} is not connected and sendmsg() was given no "
	    "address, so the kernel does not know where the datagram should "
	    "go.",
	    "{sock|s}.sendmsg(buffers, [], 0, (host, port)), or "
	    "{sock|s}.connect((host, port)) first.",
	    NULL },
	{ NULL, EDESTADDRREQ, NULL, NULL, NULL,
	    "{sock|this socket} is not connected, so send() does not know "
	    "where the datagram should go.",
	    "{sock|s}.sendto({data|data}, (host, port)), or "
	    "{sock|s}.connect((host, port)) first.",
	    NULL },

	/* ENOENT (2): unix paths and os.unlink */
	{ NULL, ENOENT, "unlink remove", NULL, NULL,
	    "there is no file at {path|that path}, so there is nothing to "
	    "remove.",
	    "os.path.exists(path) tells you whether it is there.", NULL },
	{ NULL, ENOENT, "bind", NULL, NULL,
	    "a directory in {path|that path} does not exist, so the socket "
	    "file cannot be made.",
	    "a path in a directory that exists, e.g. '/tmp/demo.sock'.", NULL },
	{ NULL, ENOENT, NULL, NULL, NULL,
	    "there is no socket file at {path|that path}: no server has bound "
	    "it, or it was removed.",
	    "start the server (bind that path) first, and check that both "
	    "sides spell the path the same.",
	    NULL },

	/* Families, types and protocols */
	{ NULL, EAFNOSUPPORT, "socket", NULL, NULL,
	    "this system does not support that address family.",
	    "socket.AF_INET (IPv4), socket.AF_INET6 (IPv6) or socket.AF_UNIX.",
	    NULL },
	{ NULL, EAFNOSUPPORT, NULL, NULL, NULL,
	    "the address is of another family than {sock|the socket} (say, an "
	    "IPv6 address for an IPv4 socket).",
	    "make the socket with the address's family: AF_INET for "
	    "'127.0.0.1', AF_INET6 for '::1'.",
	    NULL },
	{ NULL, EPROTONOSUPPORT, NULL, NULL, NULL,
	    "that protocol does not go with this family and type.",
	    "leave the protocol out (0): the kernel picks the right one.",
	    NULL },
	{ NULL, EOPNOTSUPP, "listen", NULL, NULL,
	    "only stream sockets (SOCK_STREAM) listen; a datagram (UDP) "
	    "socket just receives with recvfrom().",
	    "socket.socket(socket.AF_INET, socket.SOCK_STREAM) for a server; "
	    "for UDP, bind() and then recvfrom().",
	    NULL },
	{ NULL, EOPNOTSUPP, "accept", NULL, NULL,
	    "a datagram (UDP) socket has no connections to accept.",
	    "receive with {sock|s}.recvfrom(1024), or use SOCK_STREAM.", NULL },
	{ NULL, EOPNOTSUPP, "socketpair", NULL, NULL,
	    "on Linux, socketpair() makes only AF_UNIX sockets.",
	    "socket.socketpair() (AF_UNIX is the default).", NULL },
	{ NULL, EOPNOTSUPP, NULL, NULL, NULL,
	    "this kind of socket does not support that operation.", NULL,
	    NULL },
	{ NULL, EPROTOTYPE, NULL, NULL, NULL,
	    "the socket at {path|that path} is of another type: a stream "
	    "socket cannot talk to a datagram socket, or the other way round.",
	    "make this socket with the server's type: SOCK_STREAM or "
	    "SOCK_DGRAM.",
	    NULL },
	{ NULL, ENOPROTOOPT, NULL, NULL, NULL,
	    "that option does not exist at that level.",
	    "pair them as books do: socket.SOL_SOCKET with SO_REUSEADDR, "
	    "socket.IPPROTO_IPV6 with IPV6_V6ONLY.",
	    NULL },
	{ NULL, EMSGSIZE, NULL, NULL, NULL,
	    "one datagram can carry at most 65507 bytes over IPv4, and this "
	    "one is bigger.",
	    "send the data in smaller pieces, or use a stream (TCP) socket.",
	    NULL },

	{ NULL, EPERM, NULL, NULL, NULL,
	    "the kernel allows this only to privileged programs (root).",
	    "leave this option out; the lessons work without it.", NULL },
	{ NULL, ENOTDIR, NULL, NULL, NULL,
	    "a part of {path|the path} is a file, not a directory.",
	    "a path such as '/tmp/demo.sock'.", NULL },

	/* Limits and routes */
	{ NULL, EMFILE, NULL, NULL, NULL,
	    "this program has too many sockets and files open at once.",
	    "close() the sockets you no longer need.", NULL },
	{ NULL, ENFILE, NULL, NULL, NULL,
	    "the whole system has too many files open at once.",
	    "close() the sockets you no longer need.", NULL },
	{ NULL, ENETUNREACH, NULL, NULL, NULL,
	    "this machine has no route to that network.",
	    "check the address; '127.0.0.1' always works.", NULL },
	{ NULL, EHOSTUNREACH, NULL, NULL, NULL,
	    "that host cannot be reached from here.",
	    "check the address; '127.0.0.1' always works.", NULL },

	/* socket.gaierror: name lookups, by EAI code */
	{ &cls_gaierror, EAI_NONAME, NULL, NULL, uses_numerichost,
	    "with AI_NUMERICHOST the host must be written in numbers; names "
	    "are not looked up.",
	    "a numeric address such as '127.0.0.1', or leave out "
	    "AI_NUMERICHOST.",
	    NULL },
	{ &cls_gaierror, EAI_NONAME, "getaddrinfo", NULL, host_is_empty,
	    "'' means \"any address\" only inside a bind() or connect() "
	    "tuple; getaddrinfo() looks it up as a name and finds none.",
	    "None as the host, with socket.AI_PASSIVE for a server.", NULL },
	{ &cls_gaierror, EAI_NONAME, NULL, NULL, NULL,
	    "{host|that name} is not a known host name or address (not in "
	    "/etc/hosts, and DNS did not know it).",
	    "check the spelling, or use '127.0.0.1' or 'localhost'.", NULL },
	{ &cls_gaierror, EAI_AGAIN, NULL, NULL, NULL,
	    "the name could not be looked up now: no DNS server could be "
	    "reached.",
	    "a numeric address such as '127.0.0.1', or 'localhost' (from "
	    "/etc/hosts).",
	    NULL },
	{ &cls_gaierror, EAI_FAMILY, NULL, NULL, NULL,
	    "getaddrinfo() does not look up AF_UNIX names: a unix socket's "
	    "name is just its path.",
	    "give the path straight to bind() or connect().", NULL },
	{ &cls_gaierror, EAI_SERVICE, NULL, NULL, NULL,
	    "{port|that service} is not a service name known for this socket "
	    "type (see /etc/services).",
	    "a port number, such as 80, instead of the name.", NULL },
	{ &cls_gaierror, EAI_SOCKTYPE, NULL, NULL, NULL,
	    "that socket type is not one getaddrinfo() knows.",
	    "socket.SOCK_STREAM or socket.SOCK_DGRAM (or 0 for both).", NULL },
	{ &cls_gaierror, EAI_ADDRFAMILY, "getaddrinfo", NULL, NULL,
	    "{host|that address} is not of the family you asked for: AF_INET "
	    "is IPv4 ('127.0.0.1'), AF_INET6 is IPv6 ('::1').",
	    "ask for the family that fits the address, or leave the family "
	    "out.",
	    NULL },
	{ &cls_gaierror, EAI_ADDRFAMILY, NULL, NULL, host_is_v4,
	    "{host|that address} is an IPv4 address, but {sock|this socket} "
	    "is AF_INET6.",
	    "an IPv6 address such as '::1' ('::ffff:127.0.0.1' reaches IPv4), "
	    "or an AF_INET socket.",
	    NULL },
	{ &cls_gaierror, EAI_ADDRFAMILY, NULL, NULL, NULL,
	    "{host|that address} is an IPv6 address, but {sock|this socket} "
	    "is AF_INET (IPv4).",
	    "make the socket with socket.AF_INET6, or use an IPv4 address "
	    "such as '127.0.0.1'.",
	    NULL },
	{ &cls_gaierror, EAI_NODATA, NULL, NULL, NULL,
	    "{host|that name} is known, but has no address of the kind asked "
	    "for.",
	    "ask without a family, or use '127.0.0.1'.", NULL },

	/* OSError without an errno */
	{ &cls_OSError, 0, NULL, "AF_UNIX path too long", NULL,
	    "a unix socket path can have at most 107 bytes (the kernel keeps "
	    "108, one for the final NUL byte).",
	    "a shorter path, such as '/tmp/demo.sock'.", NULL },
	{ &cls_OSError, 0, NULL, "illegal IP address string", NULL,
	    "that text is not an IP address written in numbers.",
	    "'127.0.0.1' (or '::1' with AF_INET6); for a host name, "
	    "socket.gethostbyname('localhost').",
	    NULL },

	/* TypeError: an address in the wrong shape */
	{ &cls_TypeError, 0, "bind connect connect_ex",
	    "takes exactly one argument", NULL,
	    "the address is one argument: a tuple (host, port) in its own "
	    "brackets.",
	    NULL, fix_wrap },
	{ &cls_TypeError, 0, "sendto", "cannot be interpreted as an integer",
	    address_is_loose,
	    "sendto() takes the data and one address: a tuple (host, port) in "
	    "its own brackets.",
	    NULL, fix_wrap },
	{ &cls_TypeError, 0, "sendto", "takes 2 or 3 arguments", NULL,
	    "sendto() takes the data and one address: a tuple (host, port) in "
	    "its own brackets.",
	    NULL, fix_wrap },
	{ &cls_TypeError, 0, ADDR_CALLS, "must be tuple, not",
	    addr_looks_like_path,
	    "{addr|that} is a unix socket path, but {sock|this socket} is "
	    "AF_INET: its addresses are (host, port) tuples.",
	    "for a unix socket, make one with socket.socket(socket.AF_UNIX, "
	    "socket.SOCK_STREAM).",
	    NULL },
	{ &cls_TypeError, 0, ADDR_CALLS, "must be tuple, not", NULL,
	    "an IP address is a tuple (host, port), in its own brackets.", NULL,
	    fix_tuple },
	{ &cls_TypeError, 0, NULL, "AF_INET address must be a pair", host_is_v6,
	    "(host, port, flowinfo, scope_id) is an AF_INET6 address, but "
	    "{sock|this socket} is AF_INET: its addresses are (host, port).",
	    "make the socket with socket.AF_INET6, or give (host, port).",
	    NULL },
	{ &cls_TypeError, 0, NULL, "AF_INET address must be a pair", NULL,
	    "an AF_INET address has exactly two items: (host, port).",
	    "(host, port), e.g. ('127.0.0.1', 8080).", fix_pair },
	{ &cls_TypeError, 0, NULL, "AF_INET6 address must be a tuple", NULL,
	    "an AF_INET6 address is (host, port) or (host, port, flowinfo, "
	    "scope_id).",
	    "('::1', 8080), for example.", fix_pair },
	{ &cls_TypeError, 0, ADDR_CALLS, "cannot be interpreted as an integer",
	    NULL, "the port must be a number: written without quotes.",
	    "(host, port) with the port as a number, e.g. ('127.0.0.1', 8080).",
	    fix_port_str },
	{ &cls_TypeError, 0, NULL, "cannot be interpreted as an integer", NULL,
	    "a whole number was needed here, but text in quotes was given.",
	    "write the number without quotes, e.g. 1024.", NULL },
	{ &cls_TypeError, 0, ADDR_CALLS, "str, bytes or bytearray expected",
	    NULL, "the host must be text in quotes.",
	    "(host, port) with the host quoted, e.g. ('127.0.0.1', 8080).",
	    NULL },
	{ &cls_TypeError, 0, ADDR_CALLS,
	    "bytes-like object is required, not 'tuple'", NULL,
	    "{sock|this socket} is AF_UNIX: its addresses are paths, not "
	    "(host, port) tuples.",
	    "a path such as '/tmp/demo.sock', or an AF_INET socket for (host, "
	    "port).",
	    NULL },
	{ &cls_TypeError, 0, "sendmsg", "bytes-like object is required", NULL,
	    "sendmsg() takes a list of buffers, each of them bytes: "
	    "[b'hi'], not b'hi' (whose items are ints) or ['hi'].",
	    "{sock|s}.sendmsg([b'hello', b' world']): a list of bytes.",
	    NULL },
	{ &cls_TypeError, 0, "sendmsg", "must be an iterable", NULL,
	    "sendmsg() takes a list of buffers (and a list of ancillary "
	    "data, usually []).",
	    "{sock|s}.sendmsg([b'hello', b' world']): a list of bytes.",
	    NULL },
	{ &cls_TypeError, 0, SEND_CALLS,
	    "bytes-like object is required, not 'str'", NULL,
	    "sockets send bytes, not text (str).",
	    "b'hello' for bytes, or 'text'.encode().", fix_bytes },
	{ &cls_TypeError, 0, NULL, "bytes-like object is required, not 'str'",
	    NULL, "bytes were needed here, not text (str).",
	    "b'text', or 'text'.encode().", NULL },
	{ &cls_TypeError, 0, NULL, " takes ", NULL,
	    "{fn|the call} was given the wrong number of arguments.", NULL,
	    fix_usage },
	{ &cls_TypeError, 0, NULL, "is not callable", NULL,
	    "only functions and methods can be called with ( ); this is a "
	    "plain value.",
	    "leave out the ( ): e.g. s.family, not s.family().", NULL },
	{ &cls_TypeError, 0, NULL, "can only concatenate str", NULL,
	    "text (str) can only be joined with text.",
	    "str(n) turns a number into text.", NULL },
	{ &cls_TypeError, 0, NULL, "can't concat str to bytes", NULL,
	    "bytes and text (str) do not mix.",
	    "make both bytes: b'...' or 'text'.encode().", NULL },
	{ &cls_TypeError, 0, NULL, "not subscriptable", NULL,
	    "only strings, bytes, tuples and lists take an index in [ ].", NULL,
	    NULL },

	/* OverflowError: numbers out of range */
	{ &cls_OverflowError, 0, NULL, "port must be 0-65535", NULL,
	    "a port number has 16 bits: it goes from 0 to 65535.",
	    "a port from 1024 to 65535, or 0 to let the kernel choose.", NULL },
	{ &cls_OverflowError, 0, NULL, "flowinfo must be", NULL,
	    "flowinfo, the third item of an AF_INET6 address, is at most "
	    "1048575; it is nearly always 0.",
	    "('::1', port, 0, 0)", NULL },
	{ &cls_OverflowError, 0, NULL, "16-bit", NULL,
	    "this takes a 16-bit number: 0 to 65535.", NULL, NULL },
	{ &cls_OverflowError, 0, NULL, NULL, NULL,
	    "the number is too big (or too small) for this argument.", NULL,
	    NULL },

	/* ValueError */
	{ &cls_ValueError, 0, NULL, "Timeout value out of range", NULL,
	    "a timeout is a number of seconds, 0 or more.",
	    "{sock|s}.settimeout(2.0), or settimeout(None) to wait forever.",
	    NULL },
	{ &cls_ValueError, 0, RECV_CALLS, "negative buffersize", NULL,
	    "{fn|recv()} takes the most bytes to return at once: a positive "
	    "number.",
	    "{sock|s}.{call|recv}(1024)", NULL },
	{ &cls_ValueError, 0, "recvmsg", "negative buffer size", NULL,
	    "recvmsg() takes the most bytes to return at once: a positive "
	    "number (and room for ancillary data, usually none).",
	    "{sock|s}.recvmsg(1024)", NULL },
	{ &cls_ValueError, 0, "recvmsg", "ancillary data buffer length", NULL,
	    "the second argument is the room for ancillary data, in bytes: "
	    "0 (none) or more.",
	    "{sock|s}.recvmsg(1024, 0)", NULL },
	{ &cls_ValueError, 0, NULL, "negative buffersize", NULL,
	    "recv() takes the most bytes to return at once: a positive number.",
	    "s.recv(1024)", NULL },
	{ &cls_ValueError, 0, NULL, "invalid literal for int()", NULL,
	    "int() turns only text made of digits into a number.",
	    "int('8080')", NULL },
	{ &cls_ValueError, 0, NULL, "embedded null", NULL,
	    "a NUL byte (\\0) can only start a unix name (an abstract name), "
	    "not sit inside a path.",
	    NULL, NULL },
	{ &cls_ValueError, 0, NULL, "not enough values to unpack", NULL,
	    "there are fewer names on the left of = than values on the right.",
	    "as many names as values: data, addr = s.recvfrom(1024)", NULL },
	{ &cls_ValueError, 0, NULL, "too many values to unpack", NULL,
	    "there are more values on the right of = than names on the left.",
	    "as many names as values: conn, addr = srv.accept()", NULL },
	{ &cls_UnicodeDecodeError, 0, NULL, NULL, NULL,
	    "these bytes are not UTF-8 text, so decode() cannot turn them "
	    "into str.",
	    "look at them as bytes, or decode('latin-1').", NULL },

	/* NameError */
	{ &cls_NameError, 0, NULL, NULL, name_is_module,
	    "the module {q1|} is not imported yet.", "import {q1|socket}",
	    NULL },
	{ &cls_NameError, 0, NULL, NULL, name_is_socket_name,
	    "{q1|that name} lives in the socket module.",
	    "socket.{q1|AF_INET}, or first: from socket import *", NULL },
	{ &cls_NameError, 0, NULL, NULL, name_is_method,
	    "{q1|that} is a method of a socket, so it needs the socket in "
	    "front.",
	    "s.{q1|bind}(...), where s is your socket.", NULL },
	{ &cls_NameError, 0, NULL, NULL, NULL,
	    "nothing is called {q1|that} in this session yet.",
	    "assign it first (name = ...), or check the spelling: names are "
	    "case-sensitive.",
	    NULL },

	/* AttributeError */
	{ &cls_AttributeError, 0, NULL, NULL, tuple_lacks_method,
	    "this is a {q1|tuple}, not a socket: accept() returns (socket, "
	    "address) and socketpair() two sockets.",
	    "unpack it first: conn, addr = srv.accept()", NULL },
	{ &cls_AttributeError, 0, NULL, "'NoneType' object", NULL,
	    "the value is None: methods such as bind() and close() return "
	    "None, so their result is not a socket.",
	    "make the socket first (s = socket.socket()), then call "
	    "s.bind(...) on a line of its own.",
	    NULL },
	{ &cls_AttributeError, 0, NULL, NULL, socket_lacks_module_name,
	    "{q2|that} belongs to the socket module, not to a socket object.",
	    "socket.{q2|AF_INET}", NULL },
	{ &cls_AttributeError, 0, NULL, NULL, module_lacks_method,
	    "{q2|that} is a method of a socket object, not a module function.",
	    "s = socket.socket(), then s.{q2|bind}(...)", NULL },
	{ &cls_AttributeError, 0, NULL, "'socket' object", NULL,
	    "sockets have no attribute called {q2|that}.",
	    "check the spelling and case: getsockname, recvfrom, setsockopt "
	    "...",
	    NULL },
	{ &cls_AttributeError, 0, NULL,
	    "'str' object has no attribute 'decode'", NULL,
	    "this is already text (str); only bytes are decoded.", NULL, NULL },
	{ &cls_AttributeError, 0, NULL,
	    "'bytes' object has no attribute 'encode'", NULL,
	    "these are already bytes; only text (str) is encoded.", NULL,
	    NULL },
	{ &cls_AttributeError, 0, NULL, "module ", NULL,
	    "the module {q1|} has nothing called {q2|that}.",
	    "check the spelling and case: constants are upper case "
	    "(socket.AF_INET), functions lower case.",
	    NULL },

	/* Other classes */
	{ &cls_IndexError, 0, NULL, NULL, NULL,
	    "there is no item at that index: n items have indexes 0 to n-1 "
	    "(and -1 for the last).",
	    "len() tells how many items there are; an IPv4 name has 2: "
	    "name[0] host, name[1] port.",
	    NULL },
	{ &cls_KeyboardInterrupt, 0, WAIT_CALLS, NULL, NULL,
	    "Ctrl-C stopped {fn|the call} while it waited. {sock|Your socket} "
	    "is still there, unchanged.",
	    "make sure the other side will answer first (a client connects, a "
	    "peer sends), or use settimeout() so waiting ends by itself.",
	    NULL },
	{ &cls_KeyboardInterrupt, 0, NULL, NULL, NULL,
	    "Ctrl-C interrupted the line. Your sockets and variables are "
	    "still there.",
	    NULL, NULL },
	{ &cls_ModuleNotFoundError, 0, NULL, NULL, NULL,
	    "sockshell has only the modules socket, os, errno and sys.",
	    "import socket", NULL },
	{ &cls_ZeroDivisionError, 0, NULL, NULL, NULL,
	    "a number cannot be divided by zero.", NULL, NULL },
	/* The parser's subset messages explain themselves: add nothing. */
	{ &cls_SyntaxError, 0, NULL, "sockshell", NULL, NULL, NULL, NULL },
	{ &cls_SyntaxError, 0, NULL, "was never closed", NULL,
	    "a bracket opened on this line is never closed.",
	    "count the brackets: every ( [ { needs its ) ] }.", NULL },
	{ &cls_SyntaxError, 0, NULL, "unmatched", NULL,
	    "there is a closing bracket with no opening one.",
	    "count the brackets: every ) ] } needs its ( [ {.", NULL },
	{ &cls_SyntaxError, 0, NULL, "does not match opening", NULL,
	    "a bracket is closed with the wrong kind: ( ends with ), [ with ].",
	    NULL, NULL },
	{ &cls_SyntaxError, 0, NULL, "unterminated string", NULL,
	    "a quote opens a string but does not close it.",
	    "end the string with the same quote it starts with: 'text' or "
	    "\"text\".",
	    NULL },
	{ &cls_SyntaxError, 0, NULL, "forgot a comma", NULL,
	    "two values stand side by side with nothing between them.",
	    "separate items with commas: ('127.0.0.1', 8080).", NULL },
	{ &cls_SyntaxError, 0, NULL, NULL, NULL,
	    "Python could not read this line.",
	    "check brackets, quotes and commas; one statement per line, or "
	    "separate them with ;.",
	    NULL },
};

/* --- Matching -------------------------------------------------------- */

static int
rule_score(const struct rule *r, const struct ctx *c)
{
	int score = 0;

	if (r->cls != NULL) {
		if (!class_is_subclass(c->e->cls, r->cls))
			return (-1);
		score += 1;
	}
	if (r->err != 0) {
		if (!c->has_err || c->err != r->err)
			return (-1);
		score += 2;
	}
	if (r->call != NULL) {
		if (c->call == NULL ||
		    !call_in(r->call, c->call, strlen(c->call)))
			return (-1);
		score += 2;
	}
	if (r->msg != NULL) {
		if (strstr(c->msg, r->msg) == NULL)
			return (-1);
		score += 2;
	}
	if (r->when != NULL) {
		if (!r->when(c))
			return (-1);
		score += 2;
	}
	return (score);
}

/* --- Writing the text ------------------------------------------------ */

static const char *
key_value(const struct ctx *c, const char *key, size_t n, struct span *out)
{
	struct span none = { NULL, 0, ARG_OTHER, 0 };

	*out = none;
#define KEY(k) (n == sizeof(k) - 1 && strncmp(key, k, n) == 0)
	if (KEY("sock") && c->sock != NULL)
		out->p = c->sock, out->len = strlen(c->sock);
	else if ((KEY("call") || KEY("fn")) && c->call != NULL)
		out->p = c->call, out->len = strlen(c->call);
	else if (KEY("addr") && c->addr.p != NULL &&
	         (addr_is_inet(c) || is_str_literal(c->addr)))
		*out = c->addr;
	else if (KEY("expr") && c->addr.p != NULL)
		*out = c->addr;
	else if (KEY("host") && c->host.p != NULL && is_str_literal(c->host))
		*out = c->host;
	else if (KEY("port") && c->port.p != NULL &&
	         (is_str_literal(c->port) || is_int_literal(c->port)))
		*out = c->port;
	else if (KEY("data") && c->data.p != NULL)
		*out = c->data;
	else if (KEY("path") && c->path != NULL)
		out->p = c->path, out->len = strlen(c->path);
	else if (KEY("q1") && c->q1 != NULL)
		out->p = c->q1, out->len = strlen(c->q1);
	else if (KEY("q2") && c->q2 != NULL)
		out->p = c->q2, out->len = strlen(c->q2);
#undef KEY
	/* A page of typed text would bury the advice: use the fallback. */
	if (out->len > MAX_QUOTE)
		*out = none;
	return (out->p);
}

/* Expand {key|fallback} in tmpl; {fn} is {call} written "bind()". */
static char *
expand(const struct ctx *c, const char *tmpl)
{
	struct buf b;
	const char *p = tmpl;

	buf_init(&b);
	buf_puts(&b, "");
	while (*p != '\0') {
		const char *end, *bar;
		size_t klen;
		struct span v;

		/* {key} starts with a lower-case letter; "{ [ (" is text. */
		if (*p != '{' || !islower((unsigned char)p[1]) ||
		    (end = strchr(p, '}')) == NULL) {
			buf_add(&b, p, 1);
			p++;
			continue;
		}
		bar = memchr(p, '|', (size_t)(end - p));
		klen = (size_t)((bar != NULL ? bar : end) - p - 1);
		if (key_value(c, p + 1, klen, &v) != NULL) {
			buf_add(&b, v.p, v.len);
			if (klen == 2 && strncmp(p + 1, "fn", 2) == 0)
				buf_puts(&b, "()");
		} else if (bar != NULL)
			buf_add(&b, bar + 1, (size_t)(end - bar - 1));
		p = end + 1;
	}
	return (buf_steal(&b));
}

/*
 * Add "  label: text\n", wrapped at WRAP_COLUMN with continuation lines
 * under the text.  Breaks fall between words, never inside code: a
 * bracket that opens a call, an index or a tuple of quoted values keeps
 * its contents on one line; prose in (parentheses) may break.
 */
static void
add_line(struct buf *b, const char *label, const char *text)
{
	size_t indent = 2 + strlen(label) + 2, width = WRAP_COLUMN - indent;
	const char *p = text;

	buf_printf(b, "  %s: ", label);
	while (*p == ' ')
		p++;
	while (strlen(p) > width) {
		size_t i, best = 0, any = 0;
		int code = 0, depth = 0;
		unsigned char stack[32]; /* 1: this open bracket is code */

		for (i = 0; i <= width; i++) {
			char ch = p[i];

			if (ch == '(' || ch == '[' || ch == '{') {
				int is_code = (i > 0 && p[i - 1] != ' ') ||
				              (p[i + 1] != '\0' &&
				                  strchr("'\"([{0123456789",
				                      p[i + 1]) != NULL);

				if (depth < 32)
					stack[depth] = (unsigned char)is_code;
				depth++;
				code += is_code;
			} else if ((ch == ')' || ch == ']' || ch == '}') &&
			           depth > 0) {
				depth--;
				if (depth >= 32 || stack[depth])
					code--;
			} else if (ch == ' ') {
				any = i;
				if (code == 0)
					best = i;
			}
		}
		if (best == 0)
			best = any;
		if (best == 0) /* one long word: leave it whole */
			break;
		buf_add(b, p, best);
		buf_printf(b, "\n%*s", (int)indent, "");
		p += best;
		while (*p == ' ')
			p++;
	}
	buf_puts(b, p);
	buf_puts(b, "\n");
}

/* --- Gathering the case ---------------------------------------------- */

/* 'word' number n (1-based) in msg, malloc'd, or NULL. */
static char *
quoted(const char *msg, int n)
{
	const char *p = msg, *q;

	while ((p = strchr(p, '\'')) != NULL) {
		q = strchr(p + 1, '\'');
		if (q == NULL)
			return (NULL);
		if (--n == 0)
			return (xstrndup(p + 1, (size_t)(q - p - 1)));
		p = q + 1;
	}
	return (NULL);
}

/* The address, host, port and data among the call's arguments. */
static void
find_address(struct ctx *c)
{
	const struct span *inner;
	int n = c->n, m, k;

	if (n >= 1 && call_in(SEND_CALLS, c->call, strlen(c->call)))
		c->data = c->items[0];
	if (strcmp(c->call, "getaddrinfo") == 0 ||
	    strcmp(c->call, "gethostbyname") == 0) {
		if (n >= 1)
			c->host = c->items[0];
		if (n >= 2)
			c->port = c->items[1];
	} else if (n >= 1 && !c->items[n - 1].keyword &&
	           call_in(NAMED_CALLS, c->call, strlen(c->call))) {
		/* sendto(data, [flags,] address): the last item. */
		const struct callinfo *ci = sockobj_method_info(c->call);

		k = addr_item(c->call, n);
		if (k < n && (ci == NULL || ci->addr_arg >= 0 || n >= 2))
			c->addr = c->items[k];
		m = c->addr.p != NULL ? arg_items(c, k, &inner) : -1;
		if (m >= 1)
			c->host = inner[0];
		if (m >= 2)
			c->port = inner[1];
	}
}

static void
ctx_init(struct ctx *c, const struct exc *e, const char *source)
{
	const struct value *a0 = NULL;

	memset(c, 0, sizeof(*c));
	c->e = e;
	c->src = source != NULL ? source : "";
	c->srclen = strlen(c->src);
	c->msg = "";
	c->n = -1;
	if (e->errnum != NULL &&
	    (e->errnum->kind == KIND_INT || e->errnum->kind == KIND_BOOL)) {
		c->has_err = 1;
		c->err = e->errnum->u.i;
	}
	if (e->args != NULL && value_is_seq(e->args) && e->args->u.seq.len > 0)
		a0 = value_seq_get(e->args, 0);
	if (!c->has_err && a0 != NULL && a0->kind == KIND_STR)
		c->msg = a0->u.s.buf;
	c->q1 = quoted(c->msg, 1);
	c->q2 = quoted(c->msg, 2);
	if (e->where != NULL) {
		c->call = xstrdup(e->where);
		read_callsite(c, e->call);
	}
	/* Only a socket method has a socket in front (not socket.X). */
	if (c->recv.len > 0 && sockobj_method(c->call) != NULL)
		c->sock = span_dup(c->recv);
	if (c->n >= 0)
		find_address(c);
	if (e->filename != NULL && e->filename->kind != KIND_NONE)
		c->path = value_repr(e->filename);
	else if (c->addr.p != NULL && is_str_literal(c->addr))
		c->path = span_dup(c->addr);
}

static void
ctx_free(struct ctx *c)
{
	free(c->call);
	free(c->sock);
	free(c->path);
	free(c->q1);
	free(c->q2);
}

char *
explain_exception(const struct value *exc, const char *source)
{
	const struct rule *best = NULL;
	struct ctx c;
	struct buf b;
	size_t i;
	int score, top = -1;

	if (exc == NULL || exc->kind != KIND_EXC || exc->u.exc == NULL ||
	    exc->u.exc->cls == NULL)
		return (NULL);
	ctx_init(&c, exc->u.exc, source);
	for (i = 0; i < sizeof(rules) / sizeof(rules[0]); i++) {
		score = rule_score(&rules[i], &c);
		if (score > top) {
			top = score;
			best = &rules[i];
		}
	}
	if (best == NULL ||
	    (best->why == NULL && best->try == NULL && best->fix == NULL)) {
		ctx_free(&c);
		return (NULL);
	}
	buf_init(&b);
	if (best->why != NULL) {
		char *t = expand(&c, best->why);

		add_line(&b, "why", t);
		free(t);
	}
	{
		char *t = best->fix != NULL ? best->fix(&c) : NULL;

		if (t != NULL && strlen(t) > MAX_FIX) {
			free(t);
			t = fix_usage(&c);
		}
		if (t == NULL && best->try != NULL)
			t = expand(&c, best->try);
		if (t != NULL)
			add_line(&b, "try", t);
		free(t);
	}
	ctx_free(&c);
	if (b.len == 0) {
		buf_free(&b);
		return (NULL);
	}
	return (buf_steal(&b));
}
