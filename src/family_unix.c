/* family_unix.c -- AF_UNIX: '/tmp/x', b'\0abstract' <-> struct sockaddr_un */
#include <config.h>

#include <sys/socket.h>
#include <sys/un.h>

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "exc.h"
#include "family.h"
#include "value.h"
#include "xmalloc.h"

#define PATH_OFF offsetof(struct sockaddr_un, sun_path)
#define PATH_MAX_BYTES sizeof(((struct sockaddr_un *)0)->sun_path)

/*
 * A str path is encoded as Python's filesystem encoding does it: UTF-8
 * with surrogateescape, so U+DC80..U+DCFF (which to_value made from
 * undecodable bytes) turn back into the bytes 0x80..0xFF.
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
from_value(struct value *addr, const char *caller, struct sockaddr_storage *ss,
    socklen_t *len)
{
	struct sockaddr_un *sun = (struct sockaddr_un *)ss;
	char *path;
	size_t plen;

	(void)caller;
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
		*len = (socklen_t)(PATH_OFF + plen);
	} else {
		/* A path needs room for its NUL, which Python passes too. */
		if (plen >= sizeof(sun->sun_path))
			goto too_long;
		*len = (socklen_t)(PATH_OFF + plen + 1);
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

/* A str or bytes: a path or an abstract name. */
static int
looks_like(const struct value *v)
{
	return (v->kind == KIND_STR || v->kind == KIND_BYTES ? 1 : 0);
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

static struct value *
to_value(const struct sockaddr *sa, socklen_t len)
{
	const struct sockaddr_un *sun = (const struct sockaddr_un *)sa;
	size_t n = len > PATH_OFF ? len - PATH_OFF : 0;

	if (n > sizeof(sun->sun_path))
		n = sizeof(sun->sun_path);
	/* Abstract: every byte of the length is the name, NULs too. */
	if (n > 0 && sun->sun_path[0] == '\0')
		return (value_bytes(sun->sun_path, n));
	/* A path ends at its NUL; length 2 is the unnamed ''. */
	return (fs_decode(sun->sun_path, strnlen(sun->sun_path, n)));
}

static int
trace(struct buf *b, const struct sockaddr *sa, size_t n,
    family_quote_fn *quote)
{
	const char *path = (const char *)sa + PATH_OFF;
	size_t plen = n - PATH_OFF;

	if (plen > PATH_MAX_BYTES)
		plen = PATH_MAX_BYTES;
	if (path[0] == '\0') {
		/* Abstract: every byte counts, NULs included. */
		buf_puts(b, ", sun_path=@");
		quote(b, path + 1, plen - 1);
	} else {
		buf_puts(b, ", sun_path=");
		quote(b, path, strnlen(path, plen));
	}
	return (0);
}

static int
layout(const struct sockaddr *sa, socklen_t len, struct family_layout *l)
{
	const struct sockaddr_un *sun = (const struct sockaddr_un *)sa;
	size_t off = PATH_OFF;
	size_t plen = len > off ? len - off : 0;
	struct family_field *f = l->field;
	struct value *v;
	char fam[8], *name;

	if (len < sizeof(sa_family_t) || len > sizeof(struct sockaddr_un))
		return (-1);
	l->c_struct = "struct sockaddr_un";
	l->size = sizeof(*sun);
	l->nfields = 2;
	f[0] = (struct family_field){ "sun_family",
		offsetof(struct sockaddr_un, sun_family), 2, 2, "" };
	f[1] = (struct family_field){ "sun_path", off, sizeof(sun->sun_path),
		plen, "" };
	snprintf(f[0].value, sizeof(f[0].value), "AF_UNIX (%d)", AF_UNIX);
	if (plen == 0) {
		snprintf(f[1].value, sizeof(f[1].value), "(no name)");
		snprintf(l->passed, sizeof(l->passed),
		    "%zu: the family alone, no name", off);
	} else {
		v = to_value(sa, len);
		name = value_repr(v);
		value_decref(v);
		/* A long path keeps its two ends; the dump has every byte. */
		if (strlen(name) > 40)
			snprintf(f[1].value, sizeof(f[1].value), "%.19s~%s",
			    name, name + strlen(name) - 20);
		else
			snprintf(f[1].value, sizeof(f[1].value), "%s", name);
		free(name);
		if (sun->sun_path[0] == '\0')
			snprintf(l->passed, sizeof(l->passed),
			    "%u = %zu + %zu name bytes (abstract: no NUL at "
			    "the end)",
			    (unsigned)len, off, plen);
		else if (sun->sun_path[plen - 1] == '\0')
			snprintf(l->passed, sizeof(l->passed),
			    "%u = %zu + %zu path bytes + 1 NUL", (unsigned)len,
			    off, plen - 1);
		else
			snprintf(l->passed, sizeof(l->passed),
			    "%u = %zu + %zu path bytes", (unsigned)len, off,
			    plen);
	}
	family_hex(sa, 2, fam, sizeof(fam));
	snprintf(l->note, sizeof(l->note),
	    "%s sun_family is in host order, %s on this %s-endian machine; "
	    "the kernel reads only the %u bytes passed, not all %zu.",
	    plen == 0 ? "No name: binding this asks the kernel to pick an "
	                "abstract one (autobind)." :
	    sun->sun_path[0] == '\0' ?
	                "An abstract name starts with a NUL byte and makes no "
	                "file; its bytes have no byte order." :
	                "A path is plain bytes with no byte order, and "
	                "bind() creates a file there.",
	    fam, family_endian(), (unsigned)len, sizeof(*sun));
	return (0);
}

/* No name: the family alone (an unnamed or unbound socket). */
static int
nameless(const struct sockaddr *sa, socklen_t len)
{
	(void)sa;
	return (len <= sizeof(sa_family_t));
}

const struct family family_unix = {
	.af = AF_UNIX,
	.name = "AF_UNIX",
	.column = "UNIX",
	.ip = 0,
	.size = sizeof(struct sockaddr_un),
	.from_value = from_value,
	.looks_like = looks_like,
	.to_value = to_value,
	.trace = trace,
	.layout = layout,
	.port = NULL,
	.same = NULL,
	.wildcard = NULL,
	.nameless = nameless,
	.nameless_word = "unnamed",
	.stream_pair = "one unix connection",
	.dgram_pair = "unix datagram sockets connected to each other",
};
