/* sockaddr.c -- Python socket names <-> struct sockaddr, per family */
#include <config.h>

#include "sockaddr.h"

#include <sys/socket.h>
#include <sys/un.h>

#include <arpa/inet.h>
#include <limits.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "exc.h"
#include "value.h"
#include "xmalloc.h"

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
sockaddr_resolve(const char *name, int af, struct sockaddr_storage *ss)
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

/*
 * The (host, port) at the start of an AF_INET or AF_INET6 tuple.  Beyond
 * a C int PyArg_ParseTuple already fails, before any name lookup.
 */
static int
host_and_port(struct value *addr, const char *caller, const char **host,
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
from_inet(struct value *addr, const char *caller, struct sockaddr_storage *ss,
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
	if (host_and_port(addr, caller, &host, &port) == -1)
		return (-1);
	if (sockaddr_resolve(host, AF_INET, ss) == -1)
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

static int
from_inet6(struct value *addr, const char *caller, struct sockaddr_storage *ss,
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
	if (host_and_port(addr, caller, &host, &port) == -1)
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
	if (sockaddr_resolve(host, AF_INET6, ss) == -1)
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

/*
 * A str path is encoded as Python's filesystem encoding does it: UTF-8
 * with surrogateescape, so U+DC80..U+DCFF (which sockaddr_to_value made
 * from undecodable bytes) turn back into the bytes 0x80..0xFF.
 * Returns malloc'd bytes and their count.
 */
static char *
fs_encode(const char *s, size_t len, size_t *outlen)
{
	char *out = xmalloc(len + 1);
	size_t i = 0, n = 0;

	while (i < len) {
		const unsigned char *p = (const unsigned char *)s + i;

		if (i + 2 < len && p[0] == 0xed && (p[1] & 0xfe) == 0xb2 &&
		    (p[2] & 0xc0) == 0x80) {
			unsigned cp =
			    0xd000 | ((p[1] & 0x3fu) << 6) | (p[2] & 0x3fu);

			if (cp >= 0xdc80 && cp <= 0xdcff) {
				out[n++] = (char)(cp - 0xdc00);
				i += 3;
				continue;
			}
		}
		out[n++] = s[i++];
	}
	out[n] = '\0';
	*outlen = n;
	return (out);
}

static int
from_unix(struct value *addr, struct sockaddr_storage *ss, socklen_t *len)
{
	struct sockaddr_un *sun = (struct sockaddr_un *)ss;
	char *path;
	size_t plen;

	if (addr->kind == KIND_STR)
		path = fs_encode(addr->u.s.buf, addr->u.s.len, &plen);
	else if (addr->kind == KIND_BYTES) {
		plen = addr->u.s.len;
		path = xmalloc(plen + 1);
		memcpy(path, addr->u.s.buf, plen);
	} else {
		err_set(&cls_TypeError,
		    "a bytes-like object is required, not '%s'",
		    value_type_name(addr));
		return (-1);
	}
	memset(ss, 0, sizeof(*ss));
	if (plen == 0 || path[0] == '\0') {
		/*
		 * Linux abstract names ('' asks for autobind): no trailing
		 * NUL, every byte of the length counts, up to all 108.
		 */
		if (plen > sizeof(sun->sun_path))
			goto too_long;
		*len =
		    (socklen_t)(offsetof(struct sockaddr_un, sun_path) + plen);
	} else {
		/* A path needs room for its NUL, which Python passes too. */
		if (plen >= sizeof(sun->sun_path))
			goto too_long;
		*len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) +
		                   plen + 1);
	}
	sun->sun_family = AF_UNIX;
	memcpy(sun->sun_path, path, plen);
	free(path);
	return (0);
too_long:
	free(path);
	err_set(&cls_OSError, "AF_UNIX path too long");
	return (-1);
}

int
sockaddr_from_value(int family, struct value *addr, const char *caller,
    struct sockaddr_storage *ss, socklen_t *len)
{
	switch (family) {
	case AF_INET:
		return (from_inet(addr, caller, ss, len));
	case AF_INET6:
		return (from_inet6(addr, caller, ss, len));
	case AF_UNIX:
		return (from_unix(addr, ss, len));
	default:
		err_set(&cls_OSError, "getsockaddrarg: bad family");
		return (-1);
	}
}

/*
 * PyUnicode_DecodeFSDefault: UTF-8, and each byte that is not part of a
 * valid sequence becomes U+DC80+byte (surrogateescape), stored as its
 * three-byte form so that fs_encode() gives the very same bytes back.
 */
static struct value *
fs_decode(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	struct buf b;
	size_t i = 0;
	struct value *v;

	buf_init(&b);
	while (i < len) {
		size_t n = 0;
		unsigned c = p[i];

		if (c < 0x80)
			n = 1;
		else if (c >= 0xc2 && c <= 0xdf)
			n = 2;
		else if (c >= 0xe0 && c <= 0xef)
			n = 3;
		else if (c >= 0xf0 && c <= 0xf4)
			n = 4;
		if (n > 1) {
			size_t k;

			if (i + n > len)
				n = 0;
			for (k = 1; n && k < n; k++)
				if ((p[i + k] & 0xc0) != 0x80)
					n = 0;
			/* No overlong form, surrogate or past U+10FFFF. */
			if (n == 3 && ((c == 0xe0 && p[i + 1] < 0xa0) ||
			                  (c == 0xed && p[i + 1] >= 0xa0)))
				n = 0;
			if (n == 4 && ((c == 0xf0 && p[i + 1] < 0x90) ||
			                  (c == 0xf4 && p[i + 1] >= 0x90)))
				n = 0;
		}
		if (n == 0) {
			unsigned cp = 0xdc00 + c;
			char e[3];

			e[0] = (char)(0xe0 | (cp >> 12));
			e[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
			e[2] = (char)(0x80 | (cp & 0x3f));
			buf_add(&b, e, 3);
			i++;
			continue;
		}
		buf_add(&b, s + i, n);
		i += n;
	}
	v = value_str(b.data ? b.data : "", b.len);
	buf_free(&b);
	return (v);
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

struct value *
sockaddr_to_value(const struct sockaddr *sa, socklen_t len)
{
	char text[INET6_ADDRSTRLEN];

	/* No name at all: the sender of a datagram on an unnamed unix socket.
	 */
	if (len == 0)
		return (value_none());
	switch (sa->sa_family) {
	case AF_INET: {
		const struct sockaddr_in *sin = (const struct sockaddr_in *)sa;

		ipv4_text(&sin->sin_addr, text);
		return (value_tuple(2, value_cstr(text),
		    value_int(ntohs(sin->sin_port))));
	}
	case AF_INET6: {
		const struct sockaddr_in6 *sin6 =
		    (const struct sockaddr_in6 *)sa;

		/*
		 * Python 3.11 keeps the scope in the fourth item only: a
		 * link-local name reads ('fe80::1', 80, 0, 1), no '%lo'.
		 */
		inet_ntop(AF_INET6, &sin6->sin6_addr, text, sizeof(text));
		return (value_tuple(4, value_cstr(text),
		    value_int(ntohs(sin6->sin6_port)),
		    value_int(ntohl(sin6->sin6_flowinfo)),
		    value_int(sin6->sin6_scope_id)));
	}
	case AF_UNIX: {
		const struct sockaddr_un *sun = (const struct sockaddr_un *)sa;
		size_t n = len > offsetof(struct sockaddr_un, sun_path)
		               ? len - offsetof(struct sockaddr_un, sun_path)
		               : 0;

		if (n > sizeof(sun->sun_path))
			n = sizeof(sun->sun_path);
		/* Abstract: every byte of the length is the name, NULs too. */
		if (n > 0 && sun->sun_path[0] == '\0')
			return (value_bytes(sun->sun_path, n));
		/* A path ends at its NUL; length 2 is the unnamed ''. */
		return (fs_decode(sun->sun_path, strnlen(sun->sun_path, n)));
	}
	default:
		/* CPython's answer for a family it does not know. */
		return (value_tuple(2, value_int(sa->sa_family),
		    value_bytes(sa->sa_data, sizeof(sa->sa_data))));
	}
}

char *
sockaddr_repr(const struct sockaddr *sa, socklen_t len)
{
	struct value *v = sockaddr_to_value(sa, len);
	char *text;

	if (v == NULL)
		return (xstrdup("?"));
	text = value_repr(v);
	value_decref(v);
	return (text);
}
