/* family_inet6.c -- AF_INET6: ('::1', 80, 0, 0) <-> struct sockaddr_in6 */
#include <config.h>

#include <sys/socket.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "exc.h"
#include "family.h"
#include "value.h"

/* CPython's checks, in CPython's order (see family_inet.c). */
static int
from_value(struct value *addr, const char *caller, struct sockaddr_storage *ss,
    socklen_t *len)
{
	struct sockaddr_in6 *sin6 = (struct sockaddr_in6 *)ss;
	const char *host;
	long long port, flowinfo = 0, scope_id = 0;

	if (addr->kind != KIND_TUPLE) {
		err_set(&cls_TypeError,
		    "%s(): AF_INET6 address must be tuple, not %s", caller,
		    value_type_name(addr));
		return (-1);
	}
	if (addr->u.seq.len < 2 || addr->u.seq.len > 4) {
		err_set(&cls_TypeError, "AF_INET6 address must be a tuple "
		                        "(host, port[, flowinfo[, scopeid]])");
		return (-1);
	}
	if (family_host_and_port(addr, caller, &host, &port) == -1)
		return (-1);
	/*
	 * flowinfo and scope_id are parsed with "I": any int is taken modulo
	 * 2**32 without complaint, so -1 becomes 4294967295.
	 */
	if (addr->u.seq.len > 2 &&
	    value_as_long(value_seq_get(addr, 2), &flowinfo) == -1)
		return (-1);
	if (addr->u.seq.len > 3 &&
	    value_as_long(value_seq_get(addr, 3), &scope_id) == -1)
		return (-1);
	if (family_resolve(host, AF_INET6, ss) == -1)
		return (-1);
	if (port < 0 || port > 0xffff) {
		err_set(&cls_OverflowError, "%s(): port must be 0-65535.",
		    caller);
		return (-1);
	}
	if ((unsigned int)flowinfo > 0xfffff) {
		err_set(&cls_OverflowError, "%s(): flowinfo must be 0-1048575.",
		    caller);
		return (-1);
	}
	sin6->sin6_family = AF_INET6;
	sin6->sin6_port = htons((unsigned short)port);
	sin6->sin6_flowinfo = htonl((unsigned int)flowinfo);
	/* As in CPython: the tuple's scope wins over a '%lo' in the host. */
	sin6->sin6_scope_id = (unsigned int)scope_id;
	*len = sizeof(*sin6);
	return (0);
}

/* A 3- or 4-tuple, or a tuple whose host has a ':'. */
static int
looks_like(const struct value *v)
{
	const struct value *host;

	if (v->kind != KIND_TUPLE)
		return (0);
	if (v->u.seq.len == 3 || v->u.seq.len == 4)
		return (2);
	host = v->u.seq.len > 0 ? v->u.seq.items[0] : NULL;
	if (host != NULL && host->kind == KIND_STR &&
	    memchr(host->u.s.buf, ':', host->u.s.len) != NULL)
		return (2);
	return (0);
}

static struct value *
to_value(const struct sockaddr *sa, socklen_t len)
{
	const struct sockaddr_in6 *sin6 = (const struct sockaddr_in6 *)sa;
	char text[INET6_ADDRSTRLEN];

	(void)len;
	/*
	 * Python 3.11 keeps the scope in the fourth item only: a link-local
	 * name reads ('fe80::1', 80, 0, 1), no '%lo'.
	 */
	inet_ntop(AF_INET6, &sin6->sin6_addr, text, sizeof(text));
	return (
	    value_tuple(4, value_cstr(text), value_int(ntohs(sin6->sin6_port)),
	        value_int(ntohl(sin6->sin6_flowinfo)),
	        value_int(sin6->sin6_scope_id)));
}

static int
trace(struct buf *b, const struct sockaddr *sa, size_t n,
    family_quote_fn *quote)
{
	const struct sockaddr_in6 *sin6 = (const struct sockaddr_in6 *)sa;
	const struct in6_addr *a = &sin6->sin6_addr;
	char text[INET6_ADDRSTRLEN];

	(void)quote;
	/* Without scope_id (24 bytes, RFC 2133) strace still decodes. */
	if (n < offsetof(struct sockaddr_in6, sin6_scope_id))
		return (-1);
	inet_ntop(AF_INET6, a, text, sizeof(text));
	buf_printf(b,
	    ", sin6_port=htons(%u), sin6_flowinfo=htonl(%u), "
	    "inet_pton(AF_INET6, \"%s\", &sin6_addr)",
	    ntohs(sin6->sin6_port), ntohl(sin6->sin6_flowinfo), text);
	if (n < sizeof(*sin6))
		return (0);
	buf_puts(b, ", sin6_scope_id=");
	/*
	 * strace names the interface of a link-local scope with
	 * if_indextoname(), a system call we must not make.  Index 1 is the
	 * loopback device in every network namespace.
	 */
	if ((IN6_IS_ADDR_LINKLOCAL(a) || IN6_IS_ADDR_MC_LINKLOCAL(a)) &&
	    sin6->sin6_scope_id == 1)
		buf_puts(b, "if_nametoindex(\"lo\")");
	else
		buf_printf(b, "%u", sin6->sin6_scope_id);
	return (0);
}

static int
layout(const struct sockaddr *sa, socklen_t len, struct family_layout *l)
{
	static const struct family_field fields[5] = {
		{ "sin6_family", offsetof(struct sockaddr_in6, sin6_family), 2,
		    2, "" },
		{ "sin6_port", offsetof(struct sockaddr_in6, sin6_port), 2, 2,
		    "" },
		{ "sin6_flowinfo", offsetof(struct sockaddr_in6, sin6_flowinfo),
		    4, 4, "" },
		{ "sin6_addr", offsetof(struct sockaddr_in6, sin6_addr), 16, 16,
		    "" },
		{ "sin6_scope_id", offsetof(struct sockaddr_in6, sin6_scope_id),
		    4, 4, "" },
	};
	const struct sockaddr_in6 *sin6 = (const struct sockaddr_in6 *)sa;
	struct family_field *f = l->field;
	unsigned port = ntohs(sin6->sin6_port);
	char fam[8], pb[8];

	if (len < sizeof(*sin6))
		return (-1);
	l->c_struct = "struct sockaddr_in6";
	l->size = sizeof(*sin6);
	snprintf(l->passed, sizeof(l->passed), "%u", (unsigned)len);
	l->nfields = 5;
	memcpy(f, fields, sizeof(fields));
	snprintf(f[0].value, sizeof(f[0].value), "AF_INET6 (%d)", AF_INET6);
	snprintf(f[1].value, sizeof(f[1].value), "%u (0x%04x)", port, port);
	snprintf(f[2].value, sizeof(f[2].value), "%lu",
	    (unsigned long)ntohl(sin6->sin6_flowinfo));
	inet_ntop(AF_INET6, &sin6->sin6_addr, f[3].value, sizeof(f[3].value));
	snprintf(f[4].value, sizeof(f[4].value), "%lu",
	    (unsigned long)sin6->sin6_scope_id);
	family_hex((const unsigned char *)sa + 2, 2, pb, sizeof(pb));
	family_hex(sa, 2, fam, sizeof(fam));
	snprintf(l->note, sizeof(l->note),
	    "Network byte order: port %u = 0x%04x is stored as %s, big-endian "
	    "(high byte first, what htons(%u) gives), and so are the address "
	    "and sin6_flowinfo (htonl); sin6_family and sin6_scope_id are in "
	    "host order, the family %s on this %s-endian machine.",
	    port, port, pb, port, fam, family_endian());
	return (0);
}

static int
port_of(const struct sockaddr *sa, socklen_t len)
{
	if (len < sizeof(struct sockaddr_in6))
		return (-1);
	return (ntohs(((const struct sockaddr_in6 *)sa)->sin6_port));
}

static int
same(const struct sockaddr *a, const struct sockaddr *b)
{
	const struct sockaddr_in6 *a6 = (const void *)a, *b6 = (const void *)b;

	return (a6->sin6_port == b6->sin6_port &&
	        memcmp(&a6->sin6_addr, &b6->sin6_addr, 16) == 0);
}

static int
wildcard(const struct sockaddr *sa)
{
	return (IN6_IS_ADDR_UNSPECIFIED(
	    &((const struct sockaddr_in6 *)sa)->sin6_addr));
}

static int
nameless(const struct sockaddr *sa, socklen_t len)
{
	return (port_of(sa, len) == 0);
}

static void
from_bytes(struct sockaddr_storage *ss, const void *addr, unsigned port)
{
	struct sockaddr_in6 *sin6 = (struct sockaddr_in6 *)ss;

	memset(ss, 0, sizeof(*ss));
	sin6->sin6_family = AF_INET6;
	memcpy(&sin6->sin6_addr, addr, 16);
	sin6->sin6_port = htons((unsigned short)port);
}

const struct family family_inet6 = {
	.af = AF_INET6,
	.name = "AF_INET6",
	.column = "INET6",
	.ip = 1,
	.size = sizeof(struct sockaddr_in6),
	.from_value = from_value,
	.looks_like = looks_like,
	.to_value = to_value,
	.trace = trace,
	.layout = layout,
	.port = port_of,
	.same = same,
	.wildcard = wildcard,
	.nameless = nameless,
	.nameless_word = "unbound",
	.stream_pair = "one TCP connection",
	.dgram_pair = "UDP sockets connected to each other",
	.proc_tcp = "/proc/net/tcp6",
	.addr_size = 16,
	.from_bytes = from_bytes,
};
