/* layout.c -- .sockaddr: a socket name as the C struct the kernel reads */
#include <config.h>

#include "layout.h"

#include <sys/socket.h>
#include <sys/un.h>

#include <arpa/inet.h>
#include <ctype.h>
#include <errno.h>
#include <netinet/in.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eval.h"
#include "exc.h"
#include "report.h"
#include "sockaddr.h"
#include "sockobj.h"
#include "syscall.h"
#include "value.h"
#include "xmalloc.h"

#define FIELD_BYTES 8 /* bytes shown per line in a field's row */
#define FIELD_LINES 2 /* a longer field is cut: the dump has it all */
#define WRAP 78       /* the byte-order sentence is wrapped here */

/* One field of a struct: where it is and what it means. */
struct field {
	const char *name;
	size_t off, size;
	size_t shown; /* bytes of it inside the length passed */
	char value[160];
};

static int
little_endian(void)
{
	const uint16_t one = 1;

	return (*(const unsigned char *)&one == 1);
}

/* "02 00": n bytes of p in hex, space separated, into out. */
static char *
hex(const unsigned char *p, size_t n, char *out, size_t cap)
{
	size_t i, o = 0;

	out[0] = '\0';
	for (i = 0; i < n && o + 4 < cap; i++)
		o += (size_t)snprintf(out + o, cap - o, i ? " %02x" : "%02x",
		    p[i]);
	return (out);
}

/* Terminal columns of a UTF-8 string: one per code point. */
static size_t
ucols(const char *s)
{
	return (utf8_strlen(s, strlen(s)));
}

/* Print text wrapped at WRAP columns (words are split at spaces only). */
static void
wrap(FILE *fp, const char *text)
{
	size_t col = 0, n;
	const char *p = text;

	while (*p != '\0') {
		n = strcspn(p, " ");
		if (col > 0 && col + 1 + n > WRAP) {
			fputc('\n', fp);
			col = 0;
		} else if (col > 0) {
			fputc(' ', fp);
			col++;
		}
		fwrite(p, 1, n, fp);
		col += n;
		p += n;
		p += strspn(p, " ");
	}
	fputc('\n', fp);
}

/* The hex dump of the bytes passed, 16 a line, with their ASCII. */
static void
dump(FILE *fp, const unsigned char *p, size_t len)
{
	size_t i, j;

	for (i = 0; i < len; i += 16) {
		fprintf(fp, "  %04zx ", i);
		for (j = i; j < i + 16; j++)
			if (j < len)
				fprintf(fp, " %02x", p[j]);
			else
				fputs("   ", fp);
		fputs("  |", fp);
		for (j = i; j < i + 16 && j < len; j++)
			fputc(isprint(p[j]) ? p[j] : '.', fp);
		fputs("|\n", fp);
	}
}

static void
print_fields(FILE *fp, const unsigned char *base, struct field *f, size_t n)
{
	size_t i, k, wname = 5, wval = 5, shown;
	char bytes[FIELD_BYTES * 3 + 1];

	for (i = 0; i < n; i++) {
		if (strlen(f[i].name) > wname)
			wname = strlen(f[i].name);
		if (ucols(f[i].value) > wval)
			wval = ucols(f[i].value);
	}
	fprintf(fp, "  %-*s  offset  size  %-*s  bytes\n", (int)wname, "field",
	    (int)wval, "value");
	for (i = 0; i < n; i++) {
		shown = f[i].shown;
		if (shown > FIELD_BYTES * FIELD_LINES)
			shown = FIELD_BYTES * FIELD_LINES;
		for (k = 0; k == 0 || k < shown; k += FIELD_BYTES) {
			hex(base + f[i].off + k,
			    shown - k < FIELD_BYTES ? shown - k : FIELD_BYTES,
			    bytes, sizeof(bytes));
			if (k == 0)
				fprintf(fp, "  %-*s  %6zu  %4zu  %s%*s  %s",
				    (int)wname, f[i].name, f[i].off, f[i].size,
				    f[i].value, (int)(wval - ucols(f[i].value)),
				    "", bytes);
			else
				fprintf(fp, "  %*s  %s",
				    (int)(wname + wval + 16), "", bytes);
			if (k + FIELD_BYTES >= shown && shown < f[i].shown)
				fputs(" ...", fp);
			if (f[i].shown == 0)
				fputs("(not passed)", fp);
			fputc('\n', fp);
		}
	}
}

static void
layout_in(FILE *fp, const struct sockaddr_in *sin, socklen_t len)
{
	struct field f[4] = {
		{ "sin_family", offsetof(struct sockaddr_in, sin_family), 2, 2,
		    "" },
		{ "sin_port", offsetof(struct sockaddr_in, sin_port), 2, 2,
		    "" },
		{ "sin_addr", offsetof(struct sockaddr_in, sin_addr), 4, 4,
		    "" },
		{ "sin_zero", offsetof(struct sockaddr_in, sin_zero), 8, 8,
		    "(padding)" },
	};
	const unsigned char *b = (const unsigned char *)sin;
	unsigned port = ntohs(sin->sin_port);
	char text[512], fam[8], pb[8];

	snprintf(f[0].value, sizeof(f[0].value), "AF_INET (%d)", AF_INET);
	snprintf(f[1].value, sizeof(f[1].value), "%u (0x%04x)", port, port);
	inet_ntop(AF_INET, &sin->sin_addr, f[2].value, sizeof(f[2].value));
	fprintf(fp, "struct sockaddr_in: %zu bytes, length passed %u\n",
	    sizeof(*sin), (unsigned)len);
	print_fields(fp, b, f, 4);
	fprintf(fp, "the %u bytes passed:\n", (unsigned)len);
	dump(fp, b, len);
	hex(b + 2, 2, pb, sizeof(pb));
	hex(b, 2, fam, sizeof(fam));
	snprintf(text, sizeof(text),
	    "Network byte order: port %u = 0x%04x is stored as %s, big-endian "
	    "(high byte first, what htons(%u) gives), and so is the address; "
	    "sin_family is in host order, %s on this %s-endian machine.",
	    port, port, pb, port, fam, little_endian() ? "little" : "big");
	wrap(fp, text);
}

static void
layout_in6(FILE *fp, const struct sockaddr_in6 *sin6, socklen_t len)
{
	struct field f[5] = {
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
	const unsigned char *b = (const unsigned char *)sin6;
	unsigned port = ntohs(sin6->sin6_port);
	char text[512], fam[8], pb[8];

	snprintf(f[0].value, sizeof(f[0].value), "AF_INET6 (%d)", AF_INET6);
	snprintf(f[1].value, sizeof(f[1].value), "%u (0x%04x)", port, port);
	snprintf(f[2].value, sizeof(f[2].value), "%lu",
	    (unsigned long)ntohl(sin6->sin6_flowinfo));
	inet_ntop(AF_INET6, &sin6->sin6_addr, f[3].value, sizeof(f[3].value));
	snprintf(f[4].value, sizeof(f[4].value), "%lu",
	    (unsigned long)sin6->sin6_scope_id);
	fprintf(fp, "struct sockaddr_in6: %zu bytes, length passed %u\n",
	    sizeof(*sin6), (unsigned)len);
	print_fields(fp, b, f, 5);
	fprintf(fp, "the %u bytes passed:\n", (unsigned)len);
	dump(fp, b, len);
	hex(b + 2, 2, pb, sizeof(pb));
	hex(b, 2, fam, sizeof(fam));
	snprintf(text, sizeof(text),
	    "Network byte order: port %u = 0x%04x is stored as %s, big-endian "
	    "(high byte first, what htons(%u) gives), and so are the address "
	    "and sin6_flowinfo (htonl); sin6_family and sin6_scope_id are in "
	    "host order, the family %s on this %s-endian machine.",
	    port, port, pb, port, fam, little_endian() ? "little" : "big");
	wrap(fp, text);
}

static void
layout_un(FILE *fp, const struct sockaddr_un *sun, socklen_t len)
{
	size_t off = offsetof(struct sockaddr_un, sun_path);
	size_t plen = len > off ? len - off : 0;
	struct field f[2] = {
		{ "sun_family", offsetof(struct sockaddr_un, sun_family), 2, 2,
		    "" },
		{ "sun_path", off, sizeof(sun->sun_path), plen, "" },
	};
	const unsigned char *b = (const unsigned char *)sun;
	char text[512], fam[8], *name, how[96];

	snprintf(f[0].value, sizeof(f[0].value), "AF_UNIX (%d)", AF_UNIX);
	if (plen == 0) {
		snprintf(f[1].value, sizeof(f[1].value), "(no name)");
		snprintf(how, sizeof(how), "%zu: the family alone, no name",
		    off);
	} else {
		name = sockaddr_repr((const struct sockaddr *)sun, len);
		/* A long path keeps its two ends; the dump has every byte. */
		if (strlen(name) > 40)
			snprintf(f[1].value, sizeof(f[1].value), "%.19s~%s",
			    name, name + strlen(name) - 20);
		else
			snprintf(f[1].value, sizeof(f[1].value), "%s", name);
		free(name);
		if (sun->sun_path[0] == '\0')
			snprintf(how, sizeof(how),
			    "%u = %zu + %zu name bytes (abstract: no NUL at "
			    "the "
			    "end)",
			    (unsigned)len, off, plen);
		else if (sun->sun_path[plen - 1] == '\0')
			snprintf(how, sizeof(how),
			    "%u = %zu + %zu path bytes + 1 NUL", (unsigned)len,
			    off, plen - 1);
		else
			snprintf(how, sizeof(how), "%u = %zu + %zu path bytes",
			    (unsigned)len, off, plen);
	}
	fprintf(fp, "struct sockaddr_un: %zu bytes, length passed %s\n",
	    sizeof(*sun), how);
	print_fields(fp, b, f, 2);
	fprintf(fp, "the %u bytes passed:\n", (unsigned)len);
	dump(fp, b, len);
	hex(b, 2, fam, sizeof(fam));
	snprintf(text, sizeof(text),
	    "%s sun_family is in host order, %s on this %s-endian machine; "
	    "the kernel reads only the %u bytes passed, not all %zu.",
	    plen == 0 ? "No name: binding this asks the kernel to pick an "
	                "abstract one (autobind)."
	    : sun->sun_path[0] == '\0'
	        ? "An abstract name starts with a NUL byte and makes no "
	          "file; its bytes have no byte order."
	        : "A path is plain bytes with no byte order, and "
	          "bind() creates a file there.",
	    fam, little_endian() ? "little" : "big", (unsigned)len,
	    sizeof(*sun));
	wrap(fp, text);
}

int
layout_print(FILE *fp, const struct sockaddr *sa, socklen_t len)
{
	switch (sa->sa_family) {
	case AF_INET:
		if (len < sizeof(struct sockaddr_in))
			return (-1);
		layout_in(fp, (const struct sockaddr_in *)sa, len);
		return (0);
	case AF_INET6:
		if (len < sizeof(struct sockaddr_in6))
			return (-1);
		layout_in6(fp, (const struct sockaddr_in6 *)sa, len);
		return (0);
	case AF_UNIX:
		if (len < sizeof(sa_family_t) ||
		    len > sizeof(struct sockaddr_un))
			return (-1);
		layout_un(fp, (const struct sockaddr_un *)sa, len);
		return (0);
	default:
		return (-1);
	}
}

int
layout_guess_family(const struct value *v)
{
	const struct value *host;
	struct in_addr a4;

	switch (v->kind) {
	case KIND_STR:
	case KIND_BYTES:
		return (AF_UNIX);
	case KIND_TUPLE:
		host = v->u.seq.len > 0 ? v->u.seq.items[0] : NULL;
		/* A dotted quad is IPv4 whatever the length: Python then
		 * says an AF_INET address must be a pair. */
		if (host != NULL && host->kind == KIND_STR &&
		    inet_pton(AF_INET, host->u.s.buf, &a4) == 1)
			return (AF_INET);
		if (v->u.seq.len == 3 || v->u.seq.len == 4)
			return (AF_INET6);
		if (host != NULL && host->kind == KIND_STR &&
		    memchr(host->u.s.buf, ':', host->u.s.len) != NULL)
			return (AF_INET6);
		return (AF_INET);
	case KIND_LIST:
		return (AF_INET); /* Python's own TypeError says "not list" */
	default:
		return (-1);
	}
}

/* A family named before the expression: AF_INET6 or socket.AF_INET6. */
static int
leading_family(const char **text)
{
	static const struct {
		const char *name;
		int family;
	} names[] = { { "AF_INET6", AF_INET6 }, { "AF_INET", AF_INET },
		{ "AF_UNIX", AF_UNIX } };
	const char *p = *text;
	size_t i, n;

	if (strncmp(p, "socket.", 7) == 0)
		p += 7;
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		n = strlen(names[i].name);
		if (strncmp(p, names[i].name, n) == 0 &&
		    (p[n] == ' ' || p[n] == '\t')) {
			*text = p + n + strspn(p + n, " \t");
			return (names[i].family);
		}
	}
	return (-1);
}

int
layout_command(FILE *fp, struct interp *in, const char *text, int explain)
{
	struct sockaddr_storage ss;
	socklen_t len = sizeof(ss);
	struct value *v, *e;
	const struct sockobj *so;
	const char *tn;
	char *expr;
	size_t n;
	int family, rc;

	expr = xstrdup(text != NULL ? text : "");
	n = strlen(expr);
	while (n > 0 && isspace((unsigned char)expr[n - 1]))
		expr[--n] = '\0';
	text = expr;
	family = leading_family(&text);
	if ((v = interp_eval(in, text)) == NULL)
		goto fail;
	if (v->kind == KIND_SOCKET) {
		/* A socket: its local name, as the kernel holds it now. */
		so = v->u.sock;
		sys_quiet_push();
		rc = so->fd < 0 ? -1
		                : sys_getsockname(so->fd,
		                      (struct sockaddr *)&ss, &len);
		sys_quiet_pop();
		if (rc == -1) {
			err_set_errno(so->fd < 0 ? EBADF : errno);
			goto fail;
		}
		fprintf(fp, "%s's local name, as getsockname() returns it:\n",
		    text);
	} else {
		if (family < 0 && (family = layout_guess_family(v)) < 0) {
			tn = value_type_name(v);
			err_set(&cls_TypeError,
			    "cannot tell the family from %s %s: give a (host, "
			    "port) tuple, an IPv6 tuple, a unix path, or a "
			    "family first: .sockaddr AF_INET6 ('::1', 8080)",
			    strchr("aeiou", tn[0]) ? "an" : "a", tn);
			goto fail;
		}
		if (sockaddr_from_value(family, v, "sockaddr", &ss, &len) < 0)
			goto fail;
	}
	value_decref(v);
	v = NULL;
	if (layout_print(fp, (struct sockaddr *)&ss, len) < 0) {
		err_set(&cls_ValueError, "no layout for family %d",
		    ss.ss_family);
		goto fail;
	}
	free(expr);
	return (0);
fail:
	value_decref(v);
	e = err_fetch();
	/*
	 * No source line: the explanations read it as a socket call, and
	 * here there is no socket whose family they could talk about.
	 */
	report_exception(stderr, e, NULL,
	    explain && !value_isinstance(e, &cls_gaierror));
	value_decref(e);
	free(expr);
	return (1);
}
