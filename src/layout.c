/* layout.c -- .sockaddr: a socket name as the C struct the kernel reads */
#include <config.h>

#include "layout.h"

#include <sys/socket.h>

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eval.h"
#include "exc.h"
#include "family.h"
#include "report.h"
#include "sockaddr.h"
#include "sockobj.h"
#include "syscall.h"
#include "value.h"
#include "xmalloc.h"

#define FIELD_BYTES 8 /* bytes shown per line in a field's row */
#define FIELD_LINES 2 /* a longer field is cut: the dump has it all */
#define WRAP 78       /* the byte-order sentence is wrapped here */

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
print_fields(FILE *fp, const unsigned char *base, struct family_field *f,
    size_t n)
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
			family_hex(base + f[i].off + k,
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

int
layout_print(FILE *fp, const struct sockaddr *sa, socklen_t len)
{
	const struct family *f = family_find(sa->sa_family);
	struct family_layout l;

	if (f == NULL || f->layout == NULL || f->layout(sa, len, &l) < 0)
		return (-1);
	fprintf(fp, "%s: %zu bytes, length passed %s\n", l.c_struct, l.size,
	    l.passed);
	print_fields(fp, (const unsigned char *)sa, l.field, l.nfields);
	fprintf(fp, "the %u bytes passed:\n", (unsigned)len);
	dump(fp, (const unsigned char *)sa, len);
	wrap(fp, l.note);
	return (0);
}

int
layout_guess_family(const struct value *v)
{
	const struct family *const *f;
	int best = 0, af = -1, score;

	for (f = family_table; *f != NULL; f++) {
		score = (*f)->looks_like != NULL ? (*f)->looks_like(v) : 0;
		if (score > best) {
			best = score;
			af = (*f)->af;
		}
	}
	return (af);
}

/* A family named before the expression: AF_INET6 or socket.AF_INET6. */
static int
leading_family(const char **text)
{
	const struct family *const *f;
	const char *p = *text;
	size_t n;

	if (strncmp(p, "socket.", 7) == 0)
		p += 7;
	for (f = family_table; *f != NULL; f++) {
		n = strlen((*f)->name);
		if (strncmp(p, (*f)->name, n) == 0 &&
		    (p[n] == ' ' || p[n] == '\t')) {
			*text = p + n + strspn(p + n, " \t");
			return ((*f)->af);
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
		rc = so->fd < 0 ?
		         -1 :
		         sys_getsockname(so->fd, (struct sockaddr *)&ss, &len);
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
