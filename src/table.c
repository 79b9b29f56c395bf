/* table.c -- .sockets: every socket object, its names and its state */
#include <config.h>

#include "table.h"

#include <sys/ioctl.h>
#include <sys/socket.h>

#include <linux/sockios.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eval.h"
#include "exc.h"
#include "family.h"
#include "sockaddr.h"
#include "sockobj.h"
#include "syscall.h"
#include "value.h"
#include "xmalloc.h"

/* ORDER TCP_STATES: include/net/tcp_states.h, as TCP_INFO reports them. */
static const char *const tcp_states[] = {
	NULL,
	"ESTABLISHED",
	"SYN_SENT",
	"SYN_RECV",
	"FIN_WAIT1",
	"FIN_WAIT2",
	"TIME_WAIT",
	"CLOSE",
	"CLOSE_WAIT",
	"LAST_ACK",
	"LISTEN",
	"CLOSING",
	"NEW_SYN_RECV",
	"BOUND_INACTIVE",
};
#define NSTATES (sizeof(tcp_states) / sizeof(tcp_states[0]))
#define ST_ESTABLISHED 1
#define ST_CLOSE 7
#define ST_LISTEN 10

const char *
table_tcp_state_name(int st)
{
	if (st <= 0 || (size_t)st >= NSTATES)
		return ("UNKNOWN");
	return (tcp_states[st]);
}

/* Terminal columns a UTF-8 string takes (one per code point). */
static size_t
ucols(const char *s)
{
	return (utf8_strlen(s, strlen(s)));
}

/* Byte offset of the code point numbered cp (or the end). */
static size_t
ubyte(const char *s, size_t cp)
{
	size_t i = 0, n = 0;

	for (; s[i] != '\0'; i++)
		if (((unsigned char)s[i] & 0xc0) != 0x80 && n++ == cp)
			return (i);
	return (i);
}

char *
table_shorten(const char *s, size_t width, int keep_tail, char *out, size_t cap)
{
	size_t cols = ucols(s), a, b;

	if (cap == 0)
		return (out);
	if (cols <= width) {
		snprintf(out, cap, "%s", s);
		return (out);
	}
	if (width == 0) {
		out[0] = '\0';
		return (out);
	}
	if (keep_tail) {
		a = ubyte(s, cols - (width - 1));
		snprintf(out, cap, "~%s", s + a);
	} else {
		b = ubyte(s, width - 1);
		snprintf(out, cap, "%.*s~", (int)b, s);
	}
	return (out);
}

/* Append "name" to the comma-separated list in *list. */
static void
add_name(struct buf *list, const char *name)
{
	if (list->len > 0)
		buf_puts(list, ", ");
	buf_puts(list, name);
}

/* Ctrl-C while the table is made: stop (table_show reports it). */
static int
interrupted(void)
{
	return (exc_sigint_pending != 0);
}

/*
 * Rows by socket object: an open-addressed table of row numbers keyed by
 * the object's address, so that naming each socket is one look-up.
 */
struct so_index {
	size_t *slot; /* row + 1; 0 empty */
	size_t mask;
};

static size_t
hash_pointer(const void *p)
{
	uintptr_t x = (uintptr_t)p;

	x ^= x >> 33;
	x *= 0xff51afd7ed558ccdULL;
	x ^= x >> 33;
	return ((size_t)x);
}

static void
so_index_build(struct so_index *ix, const struct table_row *r, size_t n)
{
	size_t size = 16, i, h;

	while (size < 2 * n)
		size *= 2;
	ix->slot = xcalloc(size, sizeof(*ix->slot));
	ix->mask = size - 1;
	for (i = 0; i < n; i++) {
		for (h = hash_pointer(r[i].so) & ix->mask; ix->slot[h] != 0;
		     h = (h + 1) & ix->mask)
			;
		ix->slot[h] = i + 1;
	}
}

/* The row of so, or -1. */
static long
so_index_find(const struct so_index *ix, const struct table_row *r,
    const struct sockobj *so)
{
	size_t h;

	for (h = hash_pointer(so) & ix->mask; ix->slot[h] != 0;
	     h = (h + 1) & ix->mask)
		if (r[ix->slot[h] - 1].so == so)
			return ((long)ix->slot[h] - 1);
	return (-1);
}

/* name (or name[k], or _[k]) for the socket v, if v is one of the rows. */
static void
name_socket(const struct so_index *ix, const struct table_row *r,
    struct buf *names, const struct value *v, const char *name, size_t k,
    int indexed)
{
	char idx[32];
	long row;

	if (v->kind != KIND_SOCKET ||
	    (row = so_index_find(ix, r, v->u.sock)) < 0)
		return;
	if (!indexed) {
		add_name(&names[row], name);
		return;
	}
	if (name[0] == '_' && name[1] == '\0') {
		snprintf(idx, sizeof(idx), "_[%zu]", k);
		add_name(&names[row], idx);
		return;
	}
	add_name(&names[row], name);
	snprintf(idx, sizeof(idx), "[%zu]", k);
	buf_puts(&names[row], idx);
}

/*
 * Each row's names: the variables that hold its socket, directly or as
 * an item of a tuple or list, in the order of the variables, then `_`
 * (it lives in the builtins: it comes last).  One walk over the
 * variables for all rows.
 */
static void
name_rows(struct interp *in, struct table_row *r, size_t n)
{
	struct buf *names = xcalloc(n ? n : 1, sizeof(*names));
	struct so_index ix;
	const char *key;
	struct value *v, *under;
	size_t i, k;

	for (i = 0; i < n; i++)
		buf_init(&names[i]);
	so_index_build(&ix, r, n);
	for (i = 0; in != NULL && dict_entry(interp_globals(in), i, &key, &v) &&
	            !interrupted();
	     i++) {
		if (v->kind == KIND_SOCKET)
			name_socket(&ix, r, names, v, key, 0, 0);
		else if (v->kind == KIND_TUPLE || v->kind == KIND_LIST)
			for (k = 0; k < v->u.seq.len; k++)
				name_socket(&ix, r, names, v->u.seq.items[k],
				    key, k, 1);
	}
	if (in != NULL && (under = interp_eval(in, "_")) == NULL)
		err_clear();
	else if (in != NULL) {
		if (under->kind == KIND_SOCKET)
			name_socket(&ix, r, names, under, "_", 0, 0);
		else if (under->kind == KIND_TUPLE)
			for (k = 0; k < under->u.seq.len; k++)
				name_socket(&ix, r, names,
				    under->u.seq.items[k], "_", k, 1);
		value_decref(under);
	}
	for (i = 0; i < n; i++) {
		if (names[i].len == 0)
			buf_puts(&names[i], "");
		r[i].names = buf_steal(&names[i]);
	}
	free(ix.slot);
	free(names);
}

static char *
mode_of(double timeout)
{
	char num[32];

	if (timeout < 0)
		return (xstrdup("blocking"));
	if (timeout == 0)
		return (xstrdup("non-blocking"));
	/* As Python's float repr: 2.0, 0.5, 1e-05. */
	snprintf(num, sizeof(num), "%.17g", timeout);
	for (int p = 1; p <= 17; p++) {
		snprintf(num, sizeof(num), "%.*g", p, timeout);
		if (strtod(num, NULL) == timeout)
			break;
	}
	if (strpbrk(num, ".en") == NULL)
		strcat(num, ".0");
	return (xasprintf("timeout %ss", num));
}

/*
 * The row for a family; one without a row is shown as "?" and has no
 * ports, no wildcard and no nameless name.
 */
static const struct family *
fam(int af)
{
	static const struct family unknown = {
		.af = -1,
		.name = "?",
		.column = "?",
		.nameless_word = "unbound",
		.stream_pair = "one TCP connection",
		.dgram_pair = "UDP sockets connected to each other",
	};
	const struct family *f = family_find(af);

	return (f != NULL ? f : &unknown);
}

/* Port of an inet name, or -1. */
static int
port_of(const struct sockaddr_storage *ss, socklen_t len)
{
	const struct family *f = fam(ss->ss_family);

	if (f->port == NULL)
		return (-1);
	return (f->port((const struct sockaddr *)ss, len));
}

/* Same name: family, port and address, or the same unix name. */
static int
same_name(const struct sockaddr_storage *a, socklen_t al,
    const struct sockaddr_storage *b, socklen_t bl)
{
	const struct family *f = fam(a->ss_family);

	if (al == 0 || bl == 0 || a->ss_family != b->ss_family)
		return (0);
	if (f->same != NULL)
		return (f->same((const struct sockaddr *)a,
		    (const struct sockaddr *)b));
	return (al == bl && memcmp(a, b, al) == 0);
}

/* A wildcard inet name (0.0.0.0 or ::). */
static int
is_wildcard(const struct sockaddr_storage *ss)
{
	const struct family *f = fam(ss->ss_family);

	return (
	    f->wildcard != NULL && f->wildcard((const struct sockaddr *)ss));
}

/* The family's "nothing" name: port 0, or an unnamed unix socket. */
static int
is_nameless(const struct family *f, const struct sockaddr_storage *ss,
    socklen_t len)
{
	return (f->nameless != NULL &&
	        f->nameless((const struct sockaddr *)ss, len));
}

/*
 * A TCP socket that is CLOSE after a connection may still have its name
 * held by the kernel in TIME_WAIT (it sent the first FIN, then got the
 * peer's): that entry is no longer the socket's, so TCP_INFO cannot see
 * it, but /proc/net/tcp (what ss reads via netlink) lists it.  Return 1
 * and the peer of the newest TIME_WAIT entry with our local name.
 */
/* The address of a /proc/net/tcp line: each 32-bit word as %08X. */
static int
hex_words(const char *hex, unsigned *w, size_t nwords)
{
	size_t i;

	for (i = 0; i < nwords; i++)
		if (sscanf(hex + 8 * i, "%8x", &w[i]) != 1)
			return (-1);
	return (0);
}

static int
find_time_wait(const struct sockaddr_storage *la, socklen_t llen,
    struct sockaddr_storage *ra, socklen_t *rlen)
{
	const struct family *f = fam(la->ss_family);
	char line[512], lhex[40], rhex[40];
	unsigned lport, rport, st, lw[4], rw[4], txq, rxq, tr;
	unsigned long when, best = 0;
	struct sockaddr_storage l, r;
	size_t nwords = f->addr_size / 4;
	int found = 0;
	FILE *fp;

	if (f->proc_tcp == NULL || f->from_bytes == NULL || nwords == 0 ||
	    nwords > 4 || port_of(la, llen) <= 0 ||
	    (fp = fopen(f->proc_tcp, "r")) == NULL)
		return (0);
	while (fgets(line, sizeof(line), fp) != NULL) {
		when = 0;
		if (sscanf(line,
		        " %*[0-9]: %39[0-9A-Fa-f]:%x %39[0-9A-Fa-f]:%x %x %x:%x "
		        "%x:%lx",
		        lhex, &lport, rhex, &rport, &st, &txq, &rxq, &tr,
		        &when) < 5 ||
		    st != 6)
			continue;
		if (hex_words(lhex, lw, nwords) < 0 ||
		    hex_words(rhex, rw, nwords) < 0)
			continue;
		f->from_bytes(&l, lw, lport);
		f->from_bytes(&r, rw, rport);
		if (!same_name(&l, llen, la, llen))
			continue;
		/*
		 * An ephemeral port may have an older TIME_WAIT entry from
		 * another connection: the newest one has the most time left.
		 */
		if (found++ == 0 || when > best) {
			*ra = r;
			*rlen = llen;
			best = when;
		}
	}
	fclose(fp);
	return (found > 0);
}

/* Fill one row from the kernel; the caller set so, names and fd. */
static void
fill_row(struct table_row *r)
{
	const struct sockobj *so = r->so;
	struct tcp_info ti;
	socklen_t tl = sizeof(ti), il = sizeof(int);
	const struct family *f = fam(so->family);
	int listening = 0, unbound = 0;
	char *s;

	r->family = so->family;
	r->type = so->type;
	r->inq = r->outq = -1;
	if (r->fd < 0) {
		r->local = xstrdup("-");
		r->remote = xstrdup("-");
		r->state = xstrdup("closed");
		r->mode = xstrdup("-");
		return;
	}
	r->mode = mode_of(so->timeout);
	r->llen = sizeof(r->la);
	if (sys_getsockname(r->fd, (struct sockaddr *)&r->la, &r->llen) == -1)
		r->llen = 0;
	r->rlen = sizeof(r->ra);
	if (sys_getpeername(r->fd, (struct sockaddr *)&r->ra, &r->rlen) == -1)
		r->rlen = 0;
	if (sys_getsockopt(r->fd, SOL_SOCKET, SO_ACCEPTCONN, &listening, &il) ==
	    -1)
		listening = 0;
	/* A listener has no byte queues: both fail with EINVAL. */
	if (sys_ioctl_int(r->fd, SIOCINQ, &r->inq) == -1)
		r->inq = -1;
	if (sys_ioctl_int(r->fd, SIOCOUTQ, &r->outq) == -1)
		r->outq = -1;

	unbound = r->llen != 0 && is_nameless(f, &r->la, r->llen);
	if (f->ip && so->type == SOCK_STREAM &&
	    sys_getsockopt(r->fd, IPPROTO_TCP, TCP_INFO, &ti, &tl) == 0) {
		r->tcp_state = ti.tcpi_state;
		if (ti.tcpi_state == ST_LISTEN) {
			/*
			 * For a listener Linux reports the accept queue in
			 * tcpi_unacked and the backlog in tcpi_sacked (what
			 * ss shows as Recv-Q and Send-Q).
			 */
			r->state =
			    xasprintf("LISTEN %u queued", ti.tcpi_unacked);
			r->inq = r->outq = -1;
		} else if (ti.tcpi_state == ST_CLOSE && !unbound &&
		           r->rlen == 0 &&
		           find_time_wait(&r->la, r->llen, &r->ra, &r->rlen)) {
			r->time_wait = 1;
			r->state = xstrdup("TIME_WAIT*");
		} else
			r->state = xstrdup(table_tcp_state_name(ti.tcpi_state));
	} else if (so->type == SOCK_DGRAM)
		r->state = xstrdup(r->rlen > 0 ? "connected" :
		                   unbound     ? "unbound" :
		                                 "bound");
	else
		r->state = xstrdup(listening   ? "LISTEN" :
		                   r->rlen > 0 ? "connected" :
		                   unbound     ? "unbound" :
		                                 "bound");

	if (r->llen == 0)
		r->local = xstrdup("-");
	else {
		s = sockaddr_repr((struct sockaddr *)&r->la, r->llen);
		/* CURRICULUM 1.4: a unix socket without a name is unnamed. */
		r->local = !unbound ? xstrdup(s) :
		                      xasprintf("%s (%s)", s, f->nameless_word);
		free(s);
	}
	r->remote = r->rlen == 0 ?
	                xstrdup("-") :
	                sockaddr_repr((struct sockaddr *)&r->ra, r->rlen);
}

static int
by_fd(const void *a, const void *b)
{
	const struct table_row *x = a, *y = b;

	if ((x->fd < 0) != (y->fd < 0))
		return (x->fd < 0 ? 1 : -1);
	return ((x->fd > y->fd) - (x->fd < y->fd));
}

size_t
table_collect(struct interp *in, struct table_row **rows)
{
	const struct sockobj *so;
	struct table_row *r = NULL;
	size_t n = 0, cap = 0;

	sys_quiet_push();
	for (so = sockobj_registry(); so != NULL && !interrupted();
	     so = so->next) {
		if (n == cap) {
			cap = cap ? 2 * cap : 8;
			r = xrealloc(r, cap * sizeof(*r));
		}
		memset(&r[n], 0, sizeof(r[n]));
		r[n].so = so;
		r[n].fd = so->fd;
		fill_row(&r[n]);
		n++;
	}
	sys_quiet_pop();
	name_rows(in, r, n);
	if (n > 1)
		qsort(r, n, sizeof(*r), by_fd);
	*rows = r;
	return (n);
}

void
table_rows_free(struct table_row *r, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(r[i].names);
		free(r[i].local);
		free(r[i].remote);
		free(r[i].state);
		free(r[i].mode);
	}
	free(r);
}

static const char *
type_name(int t)
{
	return (t == SOCK_STREAM    ? "STREAM" :
	        t == SOCK_DGRAM     ? "DGRAM" :
	        t == SOCK_SEQPACKET ? "SEQPACKET" :
	                              "?");
}

/* A row's name for footers: its first variable, or "fd N". */
static char *
who(const struct table_row *r)
{
	size_t n = strcspn(r->names, ",");

	if (n > 0)
		return (xasprintf("%.*s", (int)n, r->names));
	return (xasprintf("fd %d", r->fd));
}

/*
 * A name in the table's own notation, Python's, so the footer's names can
 * be found in the columns above it (malloc'd).
 */
static char *
endpoint(const struct sockaddr_storage *ss, socklen_t len)
{
	return (sockaddr_repr((const struct sockaddr *)ss, len));
}

/*
 * A hash of a name that same_name() agrees with: equal names hash alike.
 * A family that compares by its own rule (f->same) is hashed by family
 * and port only; the rest by their bytes, as same_name compares them.
 */
static size_t
hash_name(const struct sockaddr_storage *ss, socklen_t len)
{
	const struct family *f = fam(ss->ss_family);
	const unsigned char *p = (const unsigned char *)ss;
	size_t h = 14695981039346656037ULL, i;

	if (f->same != NULL)
		return (
		    h ^ ((size_t)ss->ss_family * 1099511628211ULL) ^
		    hash_pointer((void *)(uintptr_t)(port_of(ss, len) + 2)));
	for (i = 0; i < len; i++) {
		h ^= p[i];
		h *= 1099511628211ULL;
	}
	return (h);
}

/*
 * The ends of connections, by class: rows that could be one end (open,
 * not TIME_WAIT, with a peer and a name) grouped by (type, local name,
 * remote name).  The other ends of row i are the class of (its type, its
 * remote name, its local name): its size, less i itself when i's names
 * are each other's, is the count the footer needs, in one look-up.
 */
struct end_class {
	size_t first, second; /* the first two rows of the class */
	size_t count;
	size_t hash;
};

struct ends {
	struct end_class *cls; /* open addressing; count 0: empty */
	size_t mask;
	size_t *of; /* row -> class + 1 (0: not an end) */
};

static int
can_meet(const struct table_row *r)
{
	return (r->fd >= 0 && !r->time_wait && r->rlen > 0 && r->llen > 0);
}

static size_t
end_hash(int type, size_t hl, size_t hr)
{
	return ((size_t)type * 0x9e3779b97f4a7c15ULL ^ hl ^
	        (hr * 0xff51afd7ed558ccdULL));
}

/* The class of names (la, ra) with type, or the empty slot for it. */
static size_t
end_slot(const struct ends *e, const struct table_row *r, int type,
    const struct sockaddr_storage *la, socklen_t llen,
    const struct sockaddr_storage *ra, socklen_t rlen, size_t h)
{
	size_t k;
	const struct table_row *x;

	for (k = h & e->mask; e->cls[k].count != 0; k = (k + 1) & e->mask) {
		x = &r[e->cls[k].first];
		if (e->cls[k].hash == h && x->type == type &&
		    same_name(&x->la, x->llen, la, llen) &&
		    same_name(&x->ra, x->rlen, ra, rlen))
			return (k);
	}
	return (k);
}

static void
ends_build(struct ends *e, const struct table_row *r, size_t n)
{
	size_t size = 16, i, k, h;

	while (size < 2 * n)
		size *= 2;
	e->cls = xcalloc(size, sizeof(*e->cls));
	e->mask = size - 1;
	e->of = xcalloc(n ? n : 1, sizeof(*e->of));
	for (i = 0; i < n && !interrupted(); i++) {
		if (!can_meet(&r[i]))
			continue;
		h = end_hash(r[i].type, hash_name(&r[i].la, r[i].llen),
		    hash_name(&r[i].ra, r[i].rlen));
		k = end_slot(e, r, r[i].type, &r[i].la, r[i].llen, &r[i].ra,
		    r[i].rlen, h);
		if (e->cls[k].count++ == 0) {
			e->cls[k].first = i;
			e->cls[k].hash = h;
		} else if (e->cls[k].count == 2)
			e->cls[k].second = i;
		e->of[i] = k + 1;
	}
}

/*
 * How many rows other than i are its other end (open, not TIME_WAIT, the
 * same type, its remote name their local one and back), and, when
 * there is just one, which (*j).
 */
static size_t
other_ends(const struct ends *e, const struct table_row *r, size_t i, size_t *j)
{
	size_t h, k, count;
	const struct end_class *c;

	if (e->of[i] == 0)
		return (0);
	h = end_hash(r[i].type, hash_name(&r[i].ra, r[i].rlen),
	    hash_name(&r[i].la, r[i].llen));
	k = end_slot(e, r, r[i].type, &r[i].ra, r[i].rlen, &r[i].la, r[i].llen,
	    h);
	c = &e->cls[k];
	if (c->count == 0)
		return (0);
	count = c->count - (e->of[i] == k + 1); /* i is its own peer's kind */
	if (count == 1)
		*j = c->first != i ? c->first : c->second;
	return (count);
}

/*
 * The listeners, by port (families with ports) or by name: chains of
 * row numbers in order, so that the first listener a connection shares a
 * name with is found without trying every row.
 */
struct listeners {
	size_t *head; /* bucket -> first row + 1 (0: none) */
	size_t *next; /* row -> next row + 1 in its bucket */
	size_t mask;
};

static int
is_listener(const struct table_row *r)
{
	return (r->fd >= 0 && strncmp(r->state, "LISTEN", 6) == 0);
}

/* The bucket of a listener, or of a connection looking for one. */
static size_t
listen_bucket(const struct listeners *l, const struct table_row *r)
{
	const struct family *f = fam(r->family);
	size_t h = (size_t)r->family * 0x9e3779b97f4a7c15ULL;

	if (f->port != NULL)
		h ^= hash_pointer(
		    (void *)(uintptr_t)(port_of(&r->la, r->llen) + 2));
	else
		h ^= hash_name(&r->la, r->llen);
	return (h & l->mask);
}

static void
listeners_build(struct listeners *l, const struct table_row *r, size_t n)
{
	size_t size = 16, i, b, *tail;

	while (size < 2 * n)
		size *= 2;
	l->head = xcalloc(size, sizeof(*l->head));
	l->next = xcalloc(n ? n : 1, sizeof(*l->next));
	tail = xcalloc(size, sizeof(*tail));
	l->mask = size - 1;
	for (i = 0; i < n; i++) {
		if (!is_listener(&r[i]))
			continue;
		b = listen_bucket(l, &r[i]);
		if (l->head[b] == 0)
			l->head[b] = i + 1;
		else
			l->next[tail[b] - 1] = i + 1;
		tail[b] = i + 1;
	}
	free(tail);
}

/* Row j listens on the name (or the port) that row i has. */
static int
shares_name(const struct table_row *r, size_t i, size_t j)
{
	const struct family *f;

	if (j == i || r[j].family != r[i].family)
		return (0);
	f = fam(r[i].family);
	if (f->port == NULL)
		return (same_name(&r[i].la, r[i].llen, &r[j].la, r[j].llen) &&
		        !is_nameless(f, &r[i].la, r[i].llen));
	return (port_of(&r[i].la, r[i].llen) == port_of(&r[j].la, r[j].llen) &&
	        (is_wildcard(&r[j].la) ||
	            same_name(&r[i].la, r[i].llen, &r[j].la, r[j].llen)));
}

/* "a <-> b: one TCP connection, ..." for each sure pair, by row. */
static size_t
footer_pairs(struct buf *b, const struct table_row *r, size_t n)
{
	struct ends e;
	size_t i, j, k, lines = 0;
	char *x, *y, *ex, *ey;
	const char *what;
	const struct family *f;

	ends_build(&e, r, n);
	for (i = 0; i < n && !interrupted(); i++) {
		/* Unnamed unix ends all look alike: only sure pairs. */
		if (other_ends(&e, r, i, &j) != 1 || j < i ||
		    other_ends(&e, r, j, &k) != 1)
			continue;
		x = who(&r[i]);
		y = who(&r[j]);
		ex = endpoint(&r[i].la, r[i].llen);
		ey = endpoint(&r[j].la, r[j].llen);
		f = fam(r[i].family);
		what = is_nameless(f, &r[i].la, r[i].llen) &&
		               is_nameless(f, &r[j].la, r[j].llen) ?
		           "a socketpair, neither end has a name" :
		       r[i].type == SOCK_DGRAM ? f->dgram_pair :
		                                 f->stream_pair;
		buf_printf(b, "%s <-> %s: %s, %s <-> %s\n", x, y, what, ex, ey);
		free(x);
		free(y);
		free(ex);
		free(ey);
		lines++;
	}
	free(e.cls);
	free(e.of);
	return (lines);
}

/* accept() gives a new socket with the listener's own name. */
static size_t
footer_accepted(struct buf *b, const struct table_row *r, size_t n)
{
	struct listeners l;
	size_t i, j, lines = 0;
	char *x, *y;

	listeners_build(&l, r, n);
	for (i = 0; i < n && !interrupted(); i++) {
		if (r[i].fd < 0 || r[i].rlen == 0 || r[i].type != SOCK_STREAM)
			continue;
		for (j = l.head[listen_bucket(&l, &r[i])]; j != 0;
		     j = l.next[j - 1])
			if (shares_name(r, i, j - 1))
				break;
		if (j-- == 0)
			continue;
		x = who(&r[i]);
		y = who(&r[j]);
		if (fam(r[i].family)->port == NULL)
			buf_printf(b,
			    "%s has %s's name, %s:\n  accept() made %s; "
			    "%s still listens\n",
			    x, y, r[i].local, x, y);
		else
			/* Two lines: one would pass 80 columns. */
			buf_printf(b,
			    "%s shares %s's port, %s:\n  accept() made "
			    "%s; %s still listens\n",
			    x, y, r[i].local, x, y);
		free(x);
		free(y);
		lines++;
	}
	free(l.head);
	free(l.next);
	return (lines);
}

size_t
table_footer(const struct table_row *r, size_t n, char **text)
{
	struct buf b;
	size_t i, lines;
	char *x;

	buf_init(&b);
	lines = footer_pairs(&b, r, n);
	lines += footer_accepted(&b, r, n);
	for (i = 0; i < n; i++)
		if (r[i].time_wait) {
			x = who(&r[i]);
			buf_printf(&b,
			    "* %s: its connection is over (the socket is "
			    "CLOSE); "
			    "the kernel keeps the name in TIME_WAIT for 60 s\n",
			    x);
			free(x);
			lines++;
		}
	if (b.len == 0)
		buf_puts(&b, "");
	*text = buf_steal(&b);
	return (lines);
}

enum {
	C_NAME,
	C_FD,
	C_FAM,
	C_TYPE,
	C_LOCAL,
	C_REMOTE,
	C_STATE,
	C_INQ,
	C_OUTQ,
	C_MODE,
	NCOLS
};
static const char *const headers[NCOLS] = { "NAME", "FD", "FAMILY", "TYPE",
	"LOCAL", "REMOTE", "STATE", "RECV-Q", "SEND-Q", "MODE" };
/* Shortest a column may get on a terminal, and how it is cut. */
static const size_t min_width[NCOLS] = { 4, 2, 6, 6, 14, 14, 11, 6, 6, 4 };
static const int keep_tail[NCOLS] = { 0, 0, 0, 0, 1, 1, 0, 0, 0, 0 };
static const int right[NCOLS] = { 0, 1, 0, 0, 0, 0, 0, 1, 1, 0 };

/* The text of one cell (malloc'd). */
static char *
cell(const struct table_row *r, int c)
{
	switch (c) {
	case C_NAME:
		return (xstrdup(r->names[0] != '\0' ? r->names : "-"));
	case C_FD:
		return (r->fd < 0 ? xstrdup("-") : xasprintf("%d", r->fd));
	case C_FAM:
		return (xstrdup(fam(r->family)->column));
	case C_TYPE:
		return (xstrdup(type_name(r->type)));
	case C_LOCAL:
		return (xstrdup(r->local));
	case C_REMOTE:
		return (xstrdup(r->remote));
	case C_STATE:
		return (xstrdup(r->state));
	case C_INQ:
		return (r->inq < 0 ? xstrdup("-") : xasprintf("%d", r->inq));
	case C_OUTQ:
		return (r->outq < 0 ? xstrdup("-") : xasprintf("%d", r->outq));
	default:
		return (xstrdup(r->mode));
	}
}

/* Print one padded cell; the last cell of a line gets no padding. */
static void
put_cell(FILE *fp, const char *s, size_t w, int c, int last)
{
	char tmp[1024];
	size_t cols;

	table_shorten(s, w, keep_tail[c], tmp, sizeof(tmp));
	cols = ucols(tmp);
	if (right[c])
		fprintf(fp, "%*s%s", (int)(w > cols ? w - cols : 0), "", tmp);
	else if (last)
		fputs(tmp, fp);
	else
		fprintf(fp, "%s%*s", tmp, (int)(w > cols ? w - cols : 0), "");
}

/* Columns the listed columns take, two blanks between. */
static size_t
total(const size_t *w, const int *cols, size_t ncols)
{
	size_t t = 0, k;

	for (k = 0; k < ncols; k++)
		t += w[cols[k]] + (k > 0 ? 2 : 0);
	return (t);
}

static const int all_cols[NCOLS] = { C_NAME, C_FD, C_FAM, C_TYPE, C_LOCAL,
	C_REMOTE, C_STATE, C_INQ, C_OUTQ, C_MODE };
static const int first_cols[] = { C_NAME, C_LOCAL, C_REMOTE, C_STATE };

/* A terminal's second line for a socket: "fd 3  INET STREAM  ...". */
static void
second_line(FILE *fp, char **cell, size_t indent, size_t width)
{
	char *text = xasprintf("fd %s  %s %s  recv-q %s  send-q %s  %s",
	    cell[C_FD], cell[C_FAM], cell[C_TYPE], cell[C_INQ], cell[C_OUTQ],
	    cell[C_MODE]);

	if (indent + strlen(text) > width)
		indent = 2;
	fprintf(fp, "%*s%s\n", (int)indent, "", text);
	free(text);
}

void
table_print(FILE *fp, const struct table_row *r, size_t n, size_t width)
{
	size_t w[NCOLS], i, k, best, cols, nline = NCOLS;
	const int *line_cols = all_cols;
	char ***cells, *foot;
	int c, split = 0, bc;

	if (n == 0) {
		fputs("(no sockets)\n", fp);
		return;
	}
	cells = xmalloc(n * sizeof(*cells));
	for (c = 0; c < NCOLS; c++)
		w[c] = strlen(headers[c]);
	for (i = 0; i < n; i++) {
		cells[i] = xmalloc(NCOLS * sizeof(**cells));
		for (c = 0; c < NCOLS; c++) {
			cells[i][c] = cell(&r[i], c);
			if ((cols = ucols(cells[i][c])) > w[c])
				w[c] = cols;
		}
	}
	/*
	 * A terminal gets 80 columns at most.  If a whole row does not fit,
	 * each socket takes two lines: who it is, its names and its state
	 * first (what a learner compares), then fd, kind, queues and mode
	 * indented below.  If the first line is still too wide, the name
	 * column gives up columns down to 8, then the widest of name,
	 * addresses and state, down to their minimums; a cut shows a '~'.
	 */
	if (width > 0 && total(w, line_cols, NCOLS) > width) {
		split = 1;
		line_cols = first_cols;
		nline = sizeof(first_cols) / sizeof(first_cols[0]);
		while (w[C_NAME] > 8 && total(w, line_cols, nline) > width)
			w[C_NAME]--;
		while (total(w, line_cols, nline) > width) {
			for (bc = -1, best = 0, k = 0; k < nline; k++) {
				c = line_cols[k];
				if (w[c] > min_width[c] &&
				    w[c] - min_width[c] > best) {
					best = w[c] - min_width[c];
					bc = c;
				}
			}
			if (bc < 0)
				break;
			w[bc]--;
		}
	}
	for (k = 0; k < nline; k++) {
		if (k > 0)
			fputs("  ", fp);
		put_cell(fp, headers[line_cols[k]], w[line_cols[k]],
		    line_cols[k], k == nline - 1);
	}
	fputc('\n', fp);
	for (i = 0; i < n; i++) {
		for (k = 0; k < nline; k++) {
			if (k > 0)
				fputs("  ", fp);
			put_cell(fp, cells[i][line_cols[k]], w[line_cols[k]],
			    line_cols[k], k == nline - 1);
		}
		fputc('\n', fp);
		if (split)
			second_line(fp, cells[i], w[C_NAME] + 2, width);
	}
	for (i = 0; i < n; i++) {
		for (c = 0; c < NCOLS; c++)
			free(cells[i][c]);
		free(cells[i]);
	}
	free(cells);
	if (table_footer(r, n, &foot) > 0 && !interrupted())
		fputs(foot, fp);
	free(foot);
}

void
table_show(FILE *fp, struct interp *in, int tty)
{
	struct table_row *rows;
	size_t n = table_collect(in, &rows);
	struct value *e;
	char *line;

	if (!interrupted())
		table_print(fp, rows, n, tty ? 80 : 0);
	table_rows_free(rows, n);
	if (err_check_interrupt() < 0) { /* Ctrl-C: the table stops */
		fflush(fp);
		e = err_fetch();
		line = exc_format_line(e);
		fprintf(stderr, "%s\n", line);
		free(line);
		value_decref(e);
	}
}
