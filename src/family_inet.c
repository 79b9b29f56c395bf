/* family_inet.c -- AF_INET: ('127.0.0.1', 80) <-> struct sockaddr_in */
#include <config.h>

#include <sys/socket.h>

#include <arpa/inet.h>
#include <limits.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "exc.h"
#include "family.h"
#include "value.h"

/*
 * What CPython 3.11's getsockaddrarg() and makesockaddr() do, behaviour for
 * behaviour: the order of the checks decides which error a learner sees
 * when an address is wrong in two ways, so it follows CPython's order:
 * shape of the tuple, then each item's type (PyArg_ParseTuple), then the
 * host is resolved, then the port and flowinfo ranges are checked.
 */

/*
 * The host of an AF_INET/AF_INET6 tuple, as CPython's idna_converter takes
 * it: str or bytes, no NUL inside.  Sets *name to borrowed storage.
 * Non-ASCII str would go through the "idna" codec in Python; here its UTF-8
 * bytes go to getaddrinfo as they are (both fail to resolve the same way
 * for the names a learner types).
 */
static int
host_of(struct value *v, const char **name)
{
	if (v->kind != KIND_STR && v->kind != KIND_BYTES) {
		err_set(&cls_TypeError,
		    "str, bytes or bytearray expected, not %s",
		    value_type_name(v));
		return (-1);
	}
	if (strlen(v->u.s.buf) != v->u.s.len) {
		err_set(&cls_TypeError,
		    "host name must not contain null character");
		return (-1);
	}
	*name = v->u.s.buf;
	return (0);
}

/*
 * CPython's setipaddr(): numeric forms are parsed without any lookup, and
 * everything else ('127.1', 'localhost', a literal of the other family)
 * goes to getaddrinfo with the socket's family, so errors are glibc's
 * gaierror (-9 for '::1' on an AF_INET socket).
 */
int
family_resolve(const char *name, int af, struct sockaddr_storage *ss)
{
	struct sockaddr_in *sin = (struct sockaddr_in *)ss;
	struct sockaddr_in6 *sin6 = (struct sockaddr_in6 *)ss;
	struct addrinfo hints, *res;
	int error;

	memset(ss, 0, sizeof(*ss));
	if (name[0] == '\0') {
		/*
		 * CPython asks getaddrinfo(NULL, "0", AI_PASSIVE), which
		 * gives exactly INADDR_ANY or in6addr_any.
		 */
		ss->ss_family = af == AF_UNSPEC ? AF_INET : af;
		return (0);
	}
	if (strcmp(name, "255.255.255.255") == 0 ||
	    strcmp(name, "<broadcast>") == 0) {
		if (af != AF_INET && af != AF_UNSPEC) {
			err_set(&cls_OSError, "address family mismatched");
			return (-1);
		}
		sin->sin_family = AF_INET;
		sin->sin_addr.s_addr = INADDR_BROADCAST;
		return (0);
	}
	if ((af == AF_INET || af == AF_UNSPEC) &&
	    inet_pton(AF_INET, name, &sin->sin_addr) > 0) {
		ss->ss_family = AF_INET;
		return (0);
	}
	/* With a %scope only getaddrinfo makes the interface a number. */
	if ((af == AF_INET6 || af == AF_UNSPEC) && strchr(name, '%') == NULL &&
	    inet_pton(AF_INET6, name, &sin6->sin6_addr) > 0) {
		ss->ss_family = AF_INET6;
		return (0);
	}
	memset(ss, 0, sizeof(*ss));
	memset(&hints, 0, sizeof(hints));
	hints.ai_family = af;
	error = getaddrinfo(name, NULL, &hints, &res);
	if (error != 0) {
		err_set_gai(error);
		return (-1);
	}
	memcpy(ss, res->ai_addr,
	    res->ai_addrlen < sizeof(*ss) ? res->ai_addrlen : sizeof(*ss));
	freeaddrinfo(res);
	if (ss->ss_family != AF_INET && ss->ss_family != AF_INET6) {
		err_set(&cls_OSError, "unknown address family");
		return (-1);
	}
	return (0);
}

/* Beyond a C int PyArg_ParseTuple already fails, before any name lookup. */
int
family_host_and_port(struct value *addr, const char *caller, const char **host,
    long long *port)
{
	if (host_of(value_seq_get(addr, 0), host) == -1 ||
	    value_as_long(value_seq_get(addr, 1), port) == -1)
		return (-1);
	if (*port < INT_MIN || *port > INT_MAX) {
		err_set(&cls_OverflowError, "%s(): port must be 0-65535.",
		    caller);
		return (-1);
	}
	return (0);
}

static int
from_value(struct value *addr, const char *caller, struct sockaddr_storage *ss,
    socklen_t *len)
{
	struct sockaddr_in *sin = (struct sockaddr_in *)ss;
	const char *host;
	long long port;

	if (addr->kind != KIND_TUPLE) {
		err_set(&cls_TypeError,
		    "%s(): AF_INET address must be tuple, not %s", caller,
		    value_type_name(addr));
		return (-1);
	}
	if (addr->u.seq.len != 2) {
		err_set(&cls_TypeError,
		    "AF_INET address must be a pair (host, port)");
		return (-1);
	}
	if (family_host_and_port(addr, caller, &host, &port) == -1)
		return (-1);
	if (family_resolve(host, AF_INET, ss) == -1)
		return (-1);
	if (port < 0 || port > 0xffff) {
		err_set(&cls_OverflowError, "%s(): port must be 0-65535.",
		    caller);
		return (-1);
	}
	sin->sin_family = AF_INET;
	sin->sin_port = htons((unsigned short)port);
	*len = sizeof(*sin);
	return (0);
}

/*
 * Any tuple (or a list: Python's own TypeError then says "not list"), and
 * above all one whose host is a dotted quad, whatever its length: Python
 * then says an AF_INET address must be a pair.
 */
static int
looks_like(const struct value *v)
{
	const struct value *host;
	struct in_addr a4;

	if (v->kind == KIND_LIST)
		return (1);
	if (v->kind != KIND_TUPLE)
		return (0);
	host = v->u.seq.len > 0 ? v->u.seq.items[0] : NULL;
	if (host != NULL && host->kind == KIND_STR &&
	    inet_pton(AF_INET, host->u.s.buf, &a4) == 1)
		return (3);
	return (1);
}

/*
 * inet_ntop(AF_INET, ...) without its sprintf, which cost 1700
 * instructions per getsockname(): the same dotted quad.
 */
static void
ipv4_text(const struct in_addr *in, char *out)
{
	const unsigned char *b = (const unsigned char *)&in->s_addr;
	int i;

	for (i = 0; i < 4; i++) {
		if (b[i] >= 100)
			*out++ = (char)('0' + b[i] / 100);
		if (b[i] >= 10)
			*out++ = (char)('0' + b[i] / 10 % 10);
		*out++ = (char)('0' + b[i] % 10);
		*out++ = i < 3 ? '.' : '\0';
	}
}

static struct value *
to_value(const struct sockaddr *sa, socklen_t len)
{
	const struct sockaddr_in *sin = (const struct sockaddr_in *)sa;
	char text[INET_ADDRSTRLEN];

	(void)len;
	ipv4_text(&sin->sin_addr, text);
	return (
	    value_tuple(2, value_cstr(text), value_int(ntohs(sin->sin_port))));
}

static int
trace(struct buf *b, const struct sockaddr *sa, size_t n,
    family_quote_fn *quote)
{
	const struct sockaddr_in *sin = (const struct sockaddr_in *)sa;
	char text[INET_ADDRSTRLEN];

	(void)quote;
	if (n < sizeof(*sin))
		return (-1);
	inet_ntop(AF_INET, &sin->sin_addr, text, sizeof(text));
	buf_printf(b, ", sin_port=htons(%u), sin_addr=inet_addr(\"%s\")",
	    ntohs(sin->sin_port), text);
	return (0);
}

static int
layout(const struct sockaddr *sa, socklen_t len, struct family_layout *l)
{
	static const struct family_field fields[4] = {
		{ "sin_family", offsetof(struct sockaddr_in, sin_family), 2, 2,
		    "" },
		{ "sin_port", offsetof(struct sockaddr_in, sin_port), 2, 2,
		    "" },
		{ "sin_addr", offsetof(struct sockaddr_in, sin_addr), 4, 4,
		    "" },
		{ "sin_zero", offsetof(struct sockaddr_in, sin_zero), 8, 8,
		    "(padding)" },
	};
	const struct sockaddr_in *sin = (const struct sockaddr_in *)sa;
	struct family_field *f = l->field;
	unsigned port = ntohs(sin->sin_port);
	char fam[8], pb[8];

	if (len < sizeof(*sin))
		return (-1);
	l->c_struct = "struct sockaddr_in";
	l->size = sizeof(*sin);
	snprintf(l->passed, sizeof(l->passed), "%u", (unsigned)len);
	l->nfields = 4;
	memcpy(f, fields, sizeof(fields));
	snprintf(f[0].value, sizeof(f[0].value), "AF_INET (%d)", AF_INET);
	snprintf(f[1].value, sizeof(f[1].value), "%u (0x%04x)", port, port);
	inet_ntop(AF_INET, &sin->sin_addr, f[2].value, sizeof(f[2].value));
	family_hex((const unsigned char *)sa + 2, 2, pb, sizeof(pb));
	family_hex(sa, 2, fam, sizeof(fam));
	snprintf(l->note, sizeof(l->note),
	    "Network byte order: port %u = 0x%04x is stored as %s, big-endian "
	    "(high byte first, what htons(%u) gives), and so is the address; "
	    "sin_family is in host order, %s on this %s-endian machine.",
	    port, port, pb, port, fam, family_endian());
	return (0);
}

static int
port_of(const struct sockaddr *sa, socklen_t len)
{
	if (len < sizeof(struct sockaddr_in))
		return (-1);
	return (ntohs(((const struct sockaddr_in *)sa)->sin_port));
}

static int
same(const struct sockaddr *a, const struct sockaddr *b)
{
	const struct sockaddr_in *a4 = (const void *)a, *b4 = (const void *)b;

	return (a4->sin_port == b4->sin_port &&
	        a4->sin_addr.s_addr == b4->sin_addr.s_addr);
}

static int
wildcard(const struct sockaddr *sa)
{
	return (((const struct sockaddr_in *)sa)->sin_addr.s_addr ==
	        htonl(INADDR_ANY));
}

static int
nameless(const struct sockaddr *sa, socklen_t len)
{
	return (port_of(sa, len) == 0);
}

static void
from_bytes(struct sockaddr_storage *ss, const void *addr, unsigned port)
{
	struct sockaddr_in *sin = (struct sockaddr_in *)ss;

	memset(ss, 0, sizeof(*ss));
	sin->sin_family = AF_INET;
	memcpy(&sin->sin_addr, addr, 4);
	sin->sin_port = htons((unsigned short)port);
}

const struct family family_inet = {
	.af = AF_INET,
	.name = "AF_INET",
	.column = "INET",
	.ip = 1,
	.size = sizeof(struct sockaddr_in),
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
	.proc_tcp = "/proc/net/tcp",
	.addr_size = 4,
	.from_bytes = from_bytes,
};
