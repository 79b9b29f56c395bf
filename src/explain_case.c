/* explain_case.c -- the case an explanation speaks about: the failed call */
#include <config.h>

#include "explain_case.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "exc.h"
#include "sockobj.h"
#include "value.h"
#include "xmalloc.h"

/* --- The failed call, as the evaluator recorded it ------------------- */

static int
is_ident(int c)
{
	return (isalnum((unsigned char)c) || c == '_');
}

/* The text of a recorded span, if the typed line has it. */
static struct span
span_at(const struct xcase *c, size_t start, size_t end, enum argform form)
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
read_callsite(struct xcase *c, const struct callsite *cs)
{
	size_t i, j;

	c->n = -1;
	if (cs == NULL || c->srclen == 0)
		return;
	c->recv = span_at(c, cs->recv_start, cs->recv_end, ARG_OTHER);
	if (c->recv.p == NULL)
		c->recv.p = "";
	if (cs->nargs > XC_MAX_ITEMS)
		return;
	for (i = 0; i < cs->nargs; i++) {
		const struct callarg *a = &cs->args[i];

		c->items[i] = span_at(c, a->start, a->end, a->form);
		c->items[i].keyword = a->keyword != NULL;
		if (c->items[i].p == NULL)
			return;
		c->nsub[i] = a->nitems <= XC_MAX_ITEMS ? (int)a->nitems : -1;
		for (j = 0; c->nsub[i] > 0 && j < a->nitems; j++) {
			c->sub[i][j] = span_at(c, a->items[j].start,
			    a->items[j].end, a->items[j].form);
			if (c->sub[i][j].p == NULL)
				c->nsub[i] = -1;
		}
	}
	c->n = (int)cs->nargs;
}

int
xc_is_str_literal(struct span s)
{
	return (s.form == ARG_STR || s.form == ARG_BYTES);
}

int
xc_is_int_literal(struct span s)
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
arg_items(const struct xcase *c, int k, const struct span **items)
{
	if (k < 0 || k >= c->n ||
	    (!is_bracketed(c->items[k], '(') &&
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
		if (!(hex ? isxdigit((unsigned char)s.p[i]) :
		            isdigit((unsigned char)s.p[i])))
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
int
xc_addr_is_inet(const struct xcase *c)
{
	return (c->addr.p != NULL &&
	        (is_bracketed(c->addr, '(') || is_bracketed(c->addr, '[')));
}

/* Abstract unix names start with a NUL byte: '\0name' or b'\x00name'. */
int
xc_addr_is_abstract(const struct xcase *c)
{
	struct span a = c->addr;

	if (a.p == NULL || !xc_is_str_literal(a))
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
int
xc_addr_is_unix(const struct xcase *c)
{
	if (c->e->filename != NULL && c->e->filename->kind != KIND_NONE)
		return (1);
	if (c->addr.p == NULL)
		return (strstr(c->src, "AF_UNIX") != NULL);
	if (xc_addr_is_inet(c))
		return (0);
	return (xc_is_str_literal(c->addr) || span_has(c->addr, "path") ||
	        span_has(c->addr, "PATH") || strstr(c->src, "AF_UNIX") != NULL);
}

int
xc_addr_is_unix_file(const struct xcase *c)
{
	return (xc_addr_is_unix(c) && !xc_addr_is_abstract(c));
}

/* The typed host is an IPv6 literal ('::1'), or an IPv4 one. */
int
xc_host_is_v6(const struct xcase *c)
{
	return (c->host.p != NULL && xc_is_str_literal(c->host) &&
	        memchr(c->host.p, ':', c->host.len) != NULL);
}

int
xc_host_is_v4(const struct xcase *c)
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

int
xc_host_is_empty(const struct xcase *c)
{
	return (c->host.len == 2 && xc_is_str_literal(c->host));
}

int
xc_host_is_link_local(const struct xcase *c)
{
	return (c->host.p != NULL &&
	        (span_has(c->host, "fe80") || span_has(c->host, "FE80")));
}

int
xc_uses_numerichost(const struct xcase *c)
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
int
xc_call_in(const char *list, const char *call, size_t wlen)
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
	for (i = 0;
	     ci != NULL && i < sizeof(call_groups) / sizeof(call_groups[0]);
	     i++)
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

int
xc_name_is_module(const struct xcase *c)
{
	return (word_is_module(c->q1));
}

int
xc_name_is_socket_name(const struct xcase *c)
{
	return (word_is_socket_name(c->q1));
}

int
xc_name_is_method(const struct xcase *c)
{
	return (is_sock_member(c->q1));
}

/* AttributeError: "'T' object has no attribute 'A'": q1 is T, q2 is A. */
int
xc_tuple_lacks_method(const struct xcase *c)
{
	return (c->q1 != NULL && c->q2 != NULL &&
	        (strcmp(c->q1, "tuple") == 0 || strcmp(c->q1, "list") == 0) &&
	        is_sock_member(c->q2));
}

int
xc_socket_lacks_module_name(const struct xcase *c)
{
	return (c->q1 != NULL && strcmp(c->q1, "socket") == 0 &&
	        word_is_socket_name(c->q2));
}

int
xc_module_lacks_method(const struct xcase *c)
{
	return (strncmp(c->msg, "module 'socket'", 15) == 0 &&
	        is_sock_member(c->q2));
}

/* "TypeError: bind(): AF_INET address must be tuple, not str" and the
 * string is a path: the learner wanted an AF_UNIX socket. */
int
xc_addr_looks_like_path(const struct xcase *c)
{
	struct span t;

	if (c->addr.p == NULL || !xc_is_str_literal(c->addr))
		return (0);
	if (xc_addr_is_abstract(c))
		return (1);
	return (literal_text(c->addr, &t) && t.len > 0 && t.p[0] == '/');
}

static char *wrap_address(const struct xcase *);

/* sendto(b'x', '127.0.0.1', 9): host and port outside a tuple. */
int
xc_address_is_loose(const struct xcase *c)
{
	char *w = wrap_address(c);
	int loose = w != NULL;

	free(w);
	return (loose);
}

/* --- Computed suggestions -------------------------------------------- */

/*
 * How each call is written, for "try:" when the typed one is wrong: a
 * socket method's row says it (sockobj_*.c); the module's functions here.
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
char *
xc_fix_usage(const struct xcase *c)
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
put_call(struct buf *b, const struct xcase *c)
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
first_addr_item(const struct xcase *c, const struct span *items, int n)
{
	if (strcmp(c->call, "sendto") != 0)
		return (0);
	/* sendto(data, address) or sendto(data, flags, address) */
	if (n >= 4 && xc_is_int_literal(items[1]))
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
wrap_address(const struct xcase *c)
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

char *
xc_fix_wrap(const struct xcase *c)
{
	char *s = wrap_address(c);

	return (s != NULL ? s : xc_fix_usage(c));
}

/*
 * "bind(): AF_INET address must be tuple, not str": one item where a
 * tuple belongs.  A list's items go in round brackets; a host alone gets
 * a port (0 for bind, a PORT to fill in otherwise); a port alone a host.
 */
char *
xc_fix_tuple(const struct xcase *c)
{
	const struct span *items = c->items, *inner;
	int n = c->n, k, m, bind;
	struct span a;
	struct buf b;

	if (c->call == NULL || n < 1)
		return (xc_fix_usage(c));
	bind = strcmp(c->call, "bind") == 0;
	k = addr_item(c->call, n);
	if (k != n - 1 || items[k].keyword)
		return (xc_fix_usage(c));
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
	} else if (xc_is_str_literal(a)) {
		buf_puts(&b, "(");
		buf_add(&b, a.p, a.len);
		buf_puts(&b, bind ? ", 0))" : ", PORT))");
		if (!bind)
			buf_puts(&b, " (PORT: the port number)");
	} else if (xc_is_int_literal(a)) {
		buf_puts(&b, "('127.0.0.1', ");
		buf_add(&b, a.p, a.len);
		buf_puts(&b, "))");
	} else {
		buf_free(&b);
		return (xc_fix_usage(c));
	}
	return (buf_steal(&b));
}

/*
 * "AF_INET address must be a pair (host, port)" or the AF_INET6 form:
 * too many items (keep the first two, or four) or too few (add a port).
 */
char *
xc_fix_pair(const struct xcase *c)
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
		buf_puts(&b,
		    strcmp(c->call, "bind") == 0 ? ", 0))" : ", PORT))");
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
char *
xc_fix_port_str(const struct xcase *c)
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
char *
xc_fix_bytes(const struct xcase *c)
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
	if ((d.p[0] == '\'' || d.p[0] == '"') && xc_is_str_literal(d) &&
	    ascii) {
		buf_puts(&b, "b");
		buf_add(&b, d.p, d.len);
	} else if (simple || xc_is_str_literal(d)) {
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
find_address(struct xcase *c)
{
	const struct span *inner;
	int n = c->n, m, k;

	if (n >= 1 && xc_call_in(SEND_CALLS, c->call, strlen(c->call)))
		c->data = c->items[0];
	if (strcmp(c->call, "getaddrinfo") == 0 ||
	    strcmp(c->call, "gethostbyname") == 0) {
		if (n >= 1)
			c->host = c->items[0];
		if (n >= 2)
			c->port = c->items[1];
	} else if (n >= 1 && !c->items[n - 1].keyword &&
	           xc_call_in(NAMED_CALLS, c->call, strlen(c->call))) {
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

void
xcase_init(struct xcase *c, const struct exc *e, const char *source)
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
	if (e->call != NULL) {
		c->call = xstrdup(e->call->name);
		read_callsite(c, e->call);
	}
	/* Only a socket method has a socket in front (not socket.X). */
	if (c->recv.len > 0 && sockobj_method(c->call) != NULL)
		c->sock = span_dup(c->recv);
	if (c->n >= 0)
		find_address(c);
	if (e->filename != NULL && e->filename->kind != KIND_NONE)
		c->path = value_repr(e->filename);
	else if (c->addr.p != NULL && xc_is_str_literal(c->addr))
		c->path = span_dup(c->addr);
}

void
xcase_free(struct xcase *c)
{
	free(c->call);
	free(c->sock);
	free(c->path);
	free(c->q1);
	free(c->q2);
}
