/* str_methods.c -- the methods of str and bytes, and their codecs */
#include <config.h>

#include "str_methods.h"

#include <stdlib.h>
#include <string.h>

#include "attr.h"
#include "buf.h"
#include "exc.h"
#include "format.h"
#include "iter.h"
#include "value.h"
#include "xmalloc.h"

/* ---- codecs: utf-8, ascii and latin-1, strict errors ----------------- */

static int
is_utf8(const char *s, size_t len, size_t *bad)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, n, k;

	while (i < len) {
		if (p[i] < 0x80) {
			i++;
			continue;
		}
		if ((p[i] & 0xe0) == 0xc0 && p[i] >= 0xc2)
			n = 2;
		else if ((p[i] & 0xf0) == 0xe0)
			n = 3;
		else if ((p[i] & 0xf8) == 0xf0 && p[i] <= 0xf4)
			n = 4;
		else {
			*bad = i;
			return (0);
		}
		if (i + n > len) {
			*bad = i;
			return (0);
		}
		for (k = 1; k < n; k++)
			if ((p[i + k] & 0xc0) != 0x80) {
				*bad = i;
				return (0);
			}
		i += n;
	}
	return (1);
}

/* The encoding argument of encode/decode: utf-8 and ascii (and latin-1). */
int
str_encoding_arg(const struct callargs *a, size_t i, const char *kw,
    const char **enc)
{
	struct value *v = a->npos > i ? a->pos[i] : args_kw(a, kw);
	static const char *const known[] = { "utf-8", "utf8", "utf_8", "ascii",
		"us-ascii", "latin-1", "latin1", "iso-8859-1", NULL };
	char low[32];
	size_t k;

	*enc = "utf-8";
	if (v == NULL)
		return (0);
	if (v->kind != KIND_STR) {
		err_set(&cls_TypeError,
		    "%s() argument 'encoding' must be str, not %s",
		    kw[0] == 'e' ? "encode" : "decode", value_type_name(v));
		return (-1);
	}
	for (k = 0; k < sizeof(low) - 1 && k < v->u.s.len; k++)
		low[k] =
		    (char)(v->u.s.buf[k] |
		           ((v->u.s.buf[k] >= 'A' && v->u.s.buf[k] <= 'Z') ?
		                   0x20 :
		                   0));
	low[k] = '\0';
	for (k = 0; known[k] != NULL; k++)
		if (strcmp(low, known[k]) == 0) {
			*enc = k < 3 ? "utf-8" : k < 5 ? "ascii" : "latin-1";
			return (0);
		}
	err_set(&cls_LookupError, "unknown encoding: %s", v->u.s.buf);
	return (-1);
}

/* Decode bytes as Python's bytes.decode does (strict errors). */
struct value *
bytes_decode(const char *p, size_t len, const char *enc)
{
	struct buf b;
	size_t i, bad;

	if (strcmp(enc, "utf-8") == 0) {
		if (!is_utf8(p, len, &bad))
			return (err_set(&cls_UnicodeDecodeError,
			    "'utf-8' codec can't decode byte 0x%02x in position "
			    "%zu: invalid start byte",
			    (unsigned char)p[bad], bad));
		return (value_str(p, len));
	}
	buf_init(&b);
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)p[i];

		if (c < 0x80)
			buf_add(&b, &p[i], 1);
		else if (strcmp(enc, "ascii") == 0) {
			buf_free(&b);
			return (err_set(&cls_UnicodeDecodeError,
			    "'ascii' codec can't decode byte 0x%02x in position "
			    "%zu: ordinal not in range(128)",
			    c, i));
		} else {
			char u[2] = { (char)(0xc0 | (c >> 6)),
				(char)(0x80 | (c & 0x3f)) };
			buf_add(&b, u, 2);
		}
	}
	{
		struct value *v = value_str(b.data ? b.data : "", b.len);

		buf_free(&b);
		return (v);
	}
}

struct value *
str_encode(const struct value *s, const char *enc)
{
	const unsigned char *p = (const unsigned char *)s->u.s.buf;
	size_t i, pos = 0;
	struct buf b;
	unsigned cp;

	if (strcmp(enc, "utf-8") == 0)
		return (value_bytes(s->u.s.buf, s->u.s.len));
	buf_init(&b);
	for (i = 0; i < s->u.s.len; pos++) {
		if (p[i] < 0x80) {
			buf_add(&b, &p[i], 1);
			i++;
			continue;
		}
		cp = (p[i] & 0xe0) == 0xc0 ?
		         ((p[i] & 0x1fu) << 6) | (p[i + 1] & 0x3fu) :
		         0x100;
		if (strcmp(enc, "latin-1") == 0 && cp < 0x100) {
			char c = (char)cp;

			buf_add(&b, &c, 1);
			i += 2;
			continue;
		}
		buf_free(&b);
		{
			size_t n = 1;
			struct value *ch;
			char *r;

			while (i + n < s->u.s.len && (p[i + n] & 0xc0) == 0x80)
				n++;
			/* Python names the character by its escape: '\xe9'. */
			ch = value_str(s->u.s.buf + i, n);
			cp =
			    (unsigned)(n == 2 ? ((p[i] & 0x1fu) << 6) |
			                            (p[i + 1] & 0x3fu) :
			               n == 3 ? ((p[i] & 0x0fu) << 12) |
			                            ((p[i + 1] & 0x3fu) << 6) |
			                            (p[i + 2] & 0x3fu) :
			                        ((p[i] & 0x07u) << 18) |
			                            ((p[i + 1] & 0x3fu) << 12) |
			                            ((p[i + 2] & 0x3fu) << 6) |
			                            (p[i + 3] & 0x3fu));
			r = cp < 0x100   ? xasprintf("'\\x%02x'", cp) :
			    cp < 0x10000 ? xasprintf("'\\u%04x'", cp) :
			                   xasprintf("'\\U%08x'", cp);
			value_decref(ch);
			err_set(&cls_UnicodeEncodeError,
			    "'%s' codec can't encode character %s in position "
			    "%zu: ordinal not in range(%d)",
			    strcmp(enc, "ascii") == 0 ? "ascii" : "latin-1", r,
			    pos, strcmp(enc, "ascii") == 0 ? 128 : 256);
			free(r);
		}
		return (NULL);
	}
	{
		struct value *v = value_bytes(b.data ? b.data : "", b.len);

		buf_free(&b);
		return (v);
	}
}

/* ---- the methods ---------------------------------------------------- */

static struct value *
m_encode(struct value *self, const struct callargs *a)
{
	const char *enc;

	if (args_range(a, "encode", 0, 2) < 0 && a->nkw == 0)
		return (NULL);
	err_clear();
	if (str_encoding_arg(a, 0, "encoding", &enc) < 0)
		return (NULL);
	return (str_encode(self, enc));
}

static struct value *
m_decode(struct value *self, const struct callargs *a)
{
	const char *enc;

	if (a->npos > 2)
		return (err_set(&cls_TypeError,
		    "decode() takes at most 2 arguments (%zu given)", a->npos));
	if (str_encoding_arg(a, 0, "encoding", &enc) < 0)
		return (NULL);
	return (bytes_decode(self->u.s.buf, self->u.s.len, enc));
}

static struct value *
same_kind(const struct value *self, const char *p, size_t n)
{
	return (self->kind == KIND_STR ? value_str(p, n) : value_bytes(p, n));
}

static struct value *
m_case(struct value *self, const struct callargs *a, int upper)
{
	char *p;
	size_t i;
	struct value *r;

	if (args_none(a, upper ? "upper" : "lower") < 0)
		return (NULL);
	p = xstrndup(self->u.s.buf, self->u.s.len);
	for (i = 0; i < self->u.s.len; i++)
		if (upper && p[i] >= 'a' && p[i] <= 'z')
			p[i] -= 32;
		else if (!upper && p[i] >= 'A' && p[i] <= 'Z')
			p[i] += 32;
	r = same_kind(self, p, self->u.s.len);
	free(p);
	return (r);
}

static struct value *
m_upper(struct value *self, const struct callargs *a)
{
	return (m_case(self, a, 1));
}

static struct value *
m_lower(struct value *self, const struct callargs *a)
{
	return (m_case(self, a, 0));
}

static struct value *
do_strip(struct value *self, const struct callargs *a, int left, int right,
    const char *name)
{
	const char *set = " \t\n\r\v\f", *p = self->u.s.buf;
	size_t setlen = 6, n = self->u.s.len;

	if (args_range(a, name, 0, 1) < 0)
		return (NULL);
	if (a->npos == 1 && a->pos[0]->kind != KIND_NONE) {
		if (a->pos[0]->kind != self->kind)
			return (
			    err_set(&cls_TypeError, "%s arg must be None or %s",
			        name, value_type_name(self)));
		set = a->pos[0]->u.s.buf;
		setlen = a->pos[0]->u.s.len;
	}
	while (left && n > 0 && memchr(set, *p, setlen) != NULL)
		p++, n--;
	while (right && n > 0 && memchr(set, p[n - 1], setlen) != NULL)
		n--;
	return (same_kind(self, p, n));
}

static struct value *
m_strip(struct value *self, const struct callargs *a)
{
	return (do_strip(self, a, 1, 1, "strip"));
}

static struct value *
m_lstrip(struct value *self, const struct callargs *a)
{
	return (do_strip(self, a, 1, 0, "lstrip"));
}

static struct value *
m_rstrip(struct value *self, const struct callargs *a)
{
	return (do_strip(self, a, 0, 1, "rstrip"));
}

static struct value *
affix(struct value *self, const struct callargs *a, int start)
{
	const struct value *x;
	size_t n;

	if (args_range(a, start ? "startswith" : "endswith", 1, 1) < 0)
		return (NULL);
	x = a->pos[0];
	if (x->kind != self->kind)
		return (err_set(&cls_TypeError,
		    "%s first arg must be %s or a tuple of %s, not %s",
		    start ? "startswith" : "endswith", value_type_name(self),
		    value_type_name(self), value_type_name(x)));
	n = x->u.s.len;
	if (n > self->u.s.len)
		return (value_bool(0));
	return (value_bool(
	    memcmp(start ? self->u.s.buf : self->u.s.buf + self->u.s.len - n,
	        x->u.s.buf, n) == 0));
}

static struct value *
m_startswith(struct value *self, const struct callargs *a)
{
	return (affix(self, a, 1));
}

static struct value *
m_endswith(struct value *self, const struct callargs *a)
{
	return (affix(self, a, 0));
}

static struct value *
m_split(struct value *self, const struct callargs *a)
{
	struct value *list = value_list_new(0), *sep = NULL;
	const char *p = self->u.s.buf, *end = p + self->u.s.len, *q;

	if (a->npos > 0)
		sep = a->pos[0];
	else
		sep = args_kw(a, "sep");
	if (sep != NULL && sep->kind == KIND_NONE)
		sep = NULL;
	if (sep != NULL) {
		if (sep->kind != self->kind) {
			value_decref(list);
			return (err_set(&cls_TypeError,
			    "must be %s or None, not %s", value_type_name(self),
			    value_type_name(sep)));
		}
		if (sep->u.s.len == 0) {
			value_decref(list);
			return (err_set(&cls_ValueError, "empty separator"));
		}
		for (;;) {
			q = memmem(p, (size_t)(end - p), sep->u.s.buf,
			    sep->u.s.len);
			if (q == NULL)
				break;
			value_list_append(list,
			    same_kind(self, p, (size_t)(q - p)));
			p = q + sep->u.s.len;
		}
		value_list_append(list, same_kind(self, p, (size_t)(end - p)));
		return (list);
	}
	for (;;) {
		while (p < end && strchr(" \t\n\r\v\f", *p) != NULL && *p)
			p++;
		if (p >= end)
			break;
		q = p;
		while (q < end && (strchr(" \t\n\r\v\f", *q) == NULL || !*q))
			q++;
		value_list_append(list, same_kind(self, p, (size_t)(q - p)));
		p = q;
	}
	return (list);
}

static struct value *
m_join(struct value *self, const struct callargs *a)
{
	const struct value *seq;
	struct buf b;
	struct value *r, *list;
	size_t i;

	if (args_one(a, "join") < 0)
		return (NULL);
	seq = a->pos[0];
	if (!value_is_seq(seq)) {
		if (!value_iterable(seq))
			return (err_set(&cls_TypeError,
			    "can only join an iterable"));
		if ((list = value_list_of(a->pos[0])) == NULL)
			return (NULL);
		r = m_join(self, &(struct callargs){ .pos = &list, .npos = 1 });
		value_decref(list);
		return (r);
	}
	buf_init(&b);
	for (i = 0; i < seq->u.seq.len; i++) {
		const struct value *it = seq->u.seq.items[i];

		if (it->kind != self->kind) {
			buf_free(&b);
			if (self->kind == KIND_STR)
				return (err_set(&cls_TypeError,
				    "sequence item %zu: expected str instance, %s "
				    "found",
				    i, value_type_name(it)));
			return (err_set(&cls_TypeError,
			    "sequence item %zu: expected a bytes-like object, %s "
			    "found",
			    i, value_type_name(it)));
		}
		if (i > 0)
			buf_add(&b, self->u.s.buf, self->u.s.len);
		buf_add(&b, it->u.s.buf, it->u.s.len);
	}
	r = same_kind(self, b.data ? b.data : "", b.len);
	buf_free(&b);
	return (r);
}

static struct value *
m_replace(struct value *self, const struct callargs *a)
{
	const struct value *old, *new;
	const char *p, *end, *q;
	struct buf b;
	struct value *r;

	if (args_range(a, "replace", 2, 3) < 0)
		return (NULL);
	old = a->pos[0];
	new = a->pos[1];
	if (old->kind != self->kind || new->kind != self->kind)
		return (err_set(&cls_TypeError,
		    "replace() argument 1 must be %s, not %s",
		    value_type_name(self),
		    value_type_name(old->kind != self->kind ? old : new)));
	buf_init(&b);
	p = self->u.s.buf;
	end = p + self->u.s.len;
	if (old->u.s.len == 0) {
		buf_add(&b, p, self->u.s.len);
	} else {
		while ((q = memmem(p, (size_t)(end - p), old->u.s.buf,
		            old->u.s.len)) != NULL) {
			buf_add(&b, p, (size_t)(q - p));
			buf_add(&b, new->u.s.buf, new->u.s.len);
			p = q + old->u.s.len;
		}
		buf_add(&b, p, (size_t)(end - p));
	}
	r = same_kind(self, b.data ? b.data : "", b.len);
	buf_free(&b);
	return (r);
}

static struct value *
m_find(struct value *self, const struct callargs *a)
{
	const char *q;

	if (args_range(a, "find", 1, 1) < 0)
		return (NULL);
	if (a->pos[0]->kind != self->kind)
		return (err_set(&cls_TypeError, "must be %s, not %s",
		    value_type_name(self), value_type_name(a->pos[0])));
	if (a->pos[0]->u.s.len == 0)
		return (value_int(0));
	q = memmem(self->u.s.buf, self->u.s.len, a->pos[0]->u.s.buf,
	    a->pos[0]->u.s.len);
	if (q == NULL)
		return (value_int(-1));
	if (self->kind == KIND_STR)
		return (value_int((long long)utf8_strlen(self->u.s.buf,
		    (size_t)(q - self->u.s.buf))));
	return (value_int(q - self->u.s.buf));
}

static struct value *
m_bhex(struct value *self, const struct callargs *a)
{
	struct buf b;
	struct value *r;
	size_t i;

	if (args_range(a, "hex", 0, 0) < 0)
		return (NULL);
	buf_init(&b);
	for (i = 0; i < self->u.s.len; i++)
		buf_printf(&b, "%02x", (unsigned char)self->u.s.buf[i]);
	r = value_str(b.data ? b.data : "", b.len);
	buf_free(&b);
	return (r);
}

static struct value *
m_format(struct value *self, const struct callargs *a)
{
	return (format_string(self, a));
}

const struct builtin str_methods[] = {
	{ "encode", m_encode, "str.encode" },
	{ "endswith", m_endswith, NULL },
	{ "find", m_find, NULL },
	{ "format", m_format, NULL },
	{ "join", m_join, NULL },
	{ "lower", m_lower, "str.lower" },
	{ "lstrip", m_lstrip, NULL },
	{ "replace", m_replace, NULL },
	{ "rstrip", m_rstrip, NULL },
	{ "split", m_split, NULL },
	{ "startswith", m_startswith, NULL },
	{ "strip", m_strip, NULL },
	{ "upper", m_upper, "str.upper" },
	{ NULL, NULL, NULL },
};

const struct builtin bytes_methods[] = {
	{ "decode", m_decode, "bytes.decode" },
	{ "endswith", m_endswith, NULL },
	{ "find", m_find, NULL },
	{ "hex", m_bhex, NULL },
	{ "join", m_join, NULL },
	{ "lower", m_lower, "bytes.lower" },
	{ "lstrip", m_lstrip, NULL },
	{ "replace", m_replace, NULL },
	{ "rstrip", m_rstrip, NULL },
	{ "split", m_split, NULL },
	{ "startswith", m_startswith, NULL },
	{ "strip", m_strip, NULL },
	{ "upper", m_upper, "bytes.upper" },
	{ NULL, NULL, NULL },
};

struct value *
str_getattr(struct value *obj, const char *name)
{
	return (attr_method(obj, str_methods, name));
}

struct value *
bytes_getattr(struct value *obj, const char *name)
{
	return (attr_method(obj, bytes_methods, name));
}
