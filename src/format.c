/* format.c -- format(), str.format() and f-strings: Python's format specs */
#include <config.h>

#include "format.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "exc.h"
#include "kind.h"
#include "value.h"
#include "xmalloc.h"

/* A parsed format spec: [[fill]align][sign][#][0][width][,|_][.prec][type] */
struct spec {
	char fill[5]; /* one UTF-8 character */
	char align;   /* '<', '>', '^', '=' or 0 for the type's default */
	char sign;    /* '+', '-', ' ' or 0 */
	int alt;      /* '#' */
	int z;        /* 'z': no negative zero */
	long width;   /* -1: none */
	char group;   /* ',', '_' or 0 */
	long prec;    /* -1: none */
	char type;    /* 0 for none */
};

static size_t
utf8_len1(const char *p)
{
	unsigned char c = (unsigned char)*p;

	return (c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4);
}

/*
 * The digits at s[*i] as a number in *out (left alone, -1, when there are
 * none), as CPython's get_integer: 0, or -1 with ValueError pending.
 */
static int
get_integer(const char *s, size_t n, size_t *i, long *out)
{
	if (*i >= n || s[*i] < '0' || s[*i] > '9')
		return (0);
	*out = 0;
	while (*i < n && s[*i] >= '0' && s[*i] <= '9') {
		if (*out > 100000000) {
			err_set(&cls_ValueError,
			    "Too many decimal digits in format string");
			return (-1);
		}
		*out = *out * 10 + (s[(*i)++] - '0');
	}
	return (0);
}

/*
 * CPython 3.11's parse_internal_render_format_spec, step by step, with its
 * messages.  tname is the value's type for them ("int", "bool").
 */
static int
parse_spec(const char *s, size_t n, struct spec *sp, const char *tname,
    char default_align, char default_type)
{
	size_t i = 0, k = n ? utf8_len1(s) : 0;
	int fill_given = 0, align_given = 0;
	unsigned char t;

	memset(sp, 0, sizeof(*sp));
	strcpy(sp->fill, " ");
	sp->align = default_align;
	sp->width = -1;
	sp->prec = -1;
	if (n > k && strchr("<>=^", s[k]) != NULL) {
		memcpy(sp->fill, s, k);
		sp->fill[k] = '\0';
		sp->align = s[k];
		fill_given = align_given = 1;
		i = k + 1;
	} else if (n > 0 && s[0] != '\0' && strchr("<>=^", s[0]) != NULL) {
		sp->align = s[0];
		align_given = 1;
		i = 1;
	}
	if (i < n && (s[i] == '+' || s[i] == '-' || s[i] == ' '))
		sp->sign = s[i++];
	if (i < n && s[i] == 'z') {
		sp->z = 1; /* 3.11: -0.0 rounds to "0.0" */
		i++;
	}
	if (i < n && s[i] == '#') {
		sp->alt = 1;
		i++;
	}
	if (!fill_given && i < n && s[i] == '0') {
		strcpy(sp->fill, "0");
		if (!align_given && default_align == '>')
			sp->align = '=';
		i++;
	}
	if (get_integer(s, n, &i, &sp->width) < 0)
		return (-1);
	if (i < n && s[i] == ',') {
		sp->group = ',';
		i++;
	}
	if (i < n && s[i] == '_') {
		if (sp->group)
			return (err_set(&cls_ValueError,
			            "Cannot specify both ',' and '_'."),
			    -1);
		sp->group = '_';
		i++;
	}
	if (i < n && s[i] == ',' && sp->group == '_')
		return (err_set(&cls_ValueError,
		            "Cannot specify both ',' and '_'."),
		    -1);
	if (i < n && s[i] == '.') {
		i++;
		if (i >= n || s[i] < '0' || s[i] > '9')
			return (err_set(&cls_ValueError,
			            "Format specifier missing precision"),
			    -1);
		if (get_integer(s, n, &i, &sp->prec) < 0)
			return (-1);
	}
	if (n - i > 1) {
		err_set(&cls_ValueError,
		    "Invalid format specifier '%.*s' for object of type '%s'",
		    (int)n, s, tname);
		return (-1);
	}
	if (n - i == 1)
		sp->type = s[i];
	/* The separator check sees the type's default: 's' for str. */
	t = (unsigned char)(sp->type ? sp->type : default_type);
	if (sp->group && (t == 0 || strchr("defgEG%F", t) != NULL))
		return (0);
	if (sp->group == '_' && t != 0 && strchr("boxX", t) != NULL)
		return (0);
	if (sp->group) {
		if (t > 32 && t < 128)
			err_set(&cls_ValueError,
			    "Cannot specify '%c' with '%c'.", sp->group, t);
		else
			err_set(&cls_ValueError,
			    "Cannot specify '%c' with '\\x%x'.", sp->group, t);
		return (-1);
	}
	return (0);
}

static void *
unknown_code(char type, const char *tname)
{
	unsigned char t = (unsigned char)type;

	if (t > 32 && t < 128)
		return (err_set(&cls_ValueError,
		    "Unknown format code '%c' for object of type '%s'", t,
		    tname));
	return (err_set(&cls_ValueError,
	    "Unknown format code '\\x%x' for object of type '%s'", t, tname));
}

/* Pad body (its sign part `signlen` bytes long) to the spec's width. */
static struct value *
pad(const struct spec *sp, const char *body, size_t len, size_t signlen,
    char defalign)
{
	size_t cols = utf8_strlen(body, len), fill, left = 0, i;
	char align = sp->align ? sp->align : defalign;
	struct buf b;
	struct value *r;

	fill = sp->width > 0 && (size_t)sp->width > cols ?
	           (size_t)sp->width - cols :
	           0;
	switch (align) {
	case '<':
		left = 0;
		break;
	case '^':
		left = fill / 2;
		break;
	default: /* '>' and '=' */
		left = fill;
		break;
	}
	buf_init(&b);
	if (align == '=') {
		buf_add(&b, body, signlen);
		for (i = 0; i < fill; i++)
			buf_puts(&b, sp->fill);
		buf_add(&b, body + signlen, len - signlen);
	} else {
		for (i = 0; i < left; i++)
			buf_puts(&b, sp->fill);
		buf_add(&b, body, len);
		for (i = left; i < fill; i++)
			buf_puts(&b, sp->fill);
	}
	r = value_str(b.data ? b.data : "", b.len);
	buf_free(&b);
	return (r);
}

/* Insert a separator every `every` digits of the integer part. */
static void
group_digits(struct buf *out, const char *digits, size_t n, char sep, int every)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (i > 0 && (n - i) % (size_t)every == 0)
			buf_add(out, &sep, 1);
		buf_add(out, &digits[i], 1);
	}
}

static struct value *
format_int(long long v, const struct spec *sp)
{
	char digits[80], type = sp->type ? sp->type : 'd';
	unsigned long long u =
	    v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
	const char *prefix = "";
	int base = 10, n = 0, every = 3;
	struct buf b;
	struct value *r;
	size_t signlen;

	/* As format_long_internal: these two before anything else. */
	if (sp->prec >= 0)
		return (err_set(&cls_ValueError,
		    "Precision not allowed in integer format specifier"));
	if (sp->z)
		return (err_set(&cls_ValueError,
		    "Negative zero coercion (z) not allowed in integer format "
		    "specifier"));
	switch (type) {
	case 'd':
	case 'n':
		break;
	case 'x':
	case 'X':
		base = 16;
		prefix = sp->alt ? (type == 'x' ? "0x" : "0X") : "";
		every = 4;
		break;
	case 'o':
		base = 8;
		prefix = sp->alt ? "0o" : "";
		every = 4;
		break;
	case 'b':
		base = 2;
		prefix = sp->alt ? "0b" : "";
		every = 4;
		break;
	case 'c':
		if (sp->sign)
			return (err_set(&cls_ValueError,
			    "Sign not allowed with integer format specifier 'c'"));
		if (sp->alt)
			return (err_set(&cls_ValueError,
			    "Alternate form (#) not allowed with integer format "
			    "specifier 'c'"));
		if (v < 0 || v > 0x10ffff)
			return (err_set(&cls_OverflowError,
			    "%%c arg not in range(0x110000)"));
		{
			char u8[5] = { 0 };

			if (v < 0x80)
				u8[0] = (char)v;
			else if (v < 0x800) {
				u8[0] = (char)(0xc0 | (v >> 6));
				u8[1] = (char)(0x80 | (v & 0x3f));
			} else if (v < 0x10000) {
				u8[0] = (char)(0xe0 | (v >> 12));
				u8[1] = (char)(0x80 | ((v >> 6) & 0x3f));
				u8[2] = (char)(0x80 | (v & 0x3f));
			} else {
				u8[0] = (char)(0xf0 | (v >> 18));
				u8[1] = (char)(0x80 | ((v >> 12) & 0x3f));
				u8[2] = (char)(0x80 | ((v >> 6) & 0x3f));
				u8[3] = (char)(0x80 | (v & 0x3f));
			}
			return (pad(sp, u8, strlen(u8), 0, '>'));
		}
	default:
		return (err_set(&cls_ValueError,
		    "Unknown format code '%c' for object of type 'int'", type));
	}
	do {
		int d = (int)(u % (unsigned)base);

		digits[n++] =
		    (char)(d < 10 ? '0' + d :
		                    (type == 'X' ? 'A' : 'a') + d - 10);
		u /= (unsigned)base;
	} while (u > 0);
	/* digits are reversed: turn them round */
	{
		int i;

		for (i = 0; i < n / 2; i++) {
			char t = digits[i];

			digits[i] = digits[n - 1 - i];
			digits[n - 1 - i] = t;
		}
	}
	buf_init(&b);
	if (v < 0)
		buf_add(&b, "-", 1);
	else if (sp->sign == '+' || sp->sign == ' ')
		buf_add(&b, &sp->sign, 1);
	buf_puts(&b, prefix);
	signlen = b.len;
	if (sp->group)
		group_digits(&b, digits, (size_t)n, sp->group, every);
	else
		buf_add(&b, digits, (size_t)n);
	r = pad(sp, b.data, b.len, signlen, '>');
	buf_free(&b);
	return (r);
}

static struct value *
format_float(double f, const struct spec *sp, const char *tname)
{
	char type = sp->type, conv;
	long prec = sp->prec;
	struct buf b;
	struct value *r;
	size_t signlen;
	int neg = signbit(f) != 0;
	char *body;

	(void)tname;
	if (neg)
		f = -f;
	if (type == 0 && prec < 0) {
		struct value *v = value_float(f);

		body = value_repr(v); /* no type, no precision: as str() */
		value_decref(v);
		/* '#': the point stays, even in 1e+300 ("1.e+300"). */
		if (sp->alt && isfinite(f) && strchr(body, '.') == NULL) {
			char *e = strchr(body, 'e'), *t;

			if (e != NULL) {
				t = xasprintf("%.*s.%s", (int)(e - body), body,
				    e);
				free(body);
				body = t;
			}
		}
	} else {
		conv = type == 0 || type == 'n' ? 'g' :
		       type == '%'              ? 'f' :
		                                  type;
		if (prec < 0)
			prec = 6;
		if (type == 0 && prec == 0)
			prec = 1;
		if (prec > 1000)
			return (err_set(&cls_ValueError,
			    "precision too big for sockshell"));
		{
			char fmt[32];
			struct buf t;

			snprintf(fmt, sizeof(fmt),
			    sp->alt ? "%%#.%d%c" : "%%.%d%c", (int)prec, conv);
			buf_init(&t);
			buf_printf(&t, fmt, type == '%' ? f * 100 : f);
			/* Python's 'g' with no type keeps ".0" on whole numbers. */
			if (type == 0 && isfinite(f) &&
			    strpbrk(t.data, ".e") == NULL)
				buf_puts(&t, ".0");
			if (type == '%')
				buf_puts(&t, "%");
			body = buf_steal(&t);
		}
	}
	/* 'z': a value that rounds to zero loses its minus sign. */
	if (neg && sp->z && strspn(body, "0.%") == strlen(body))
		neg = 0;
	buf_init(&b);
	if (neg)
		buf_add(&b, "-", 1);
	else if (sp->sign == '+' || sp->sign == ' ')
		buf_add(&b, &sp->sign, 1);
	signlen = b.len;
	if (sp->group && isfinite(f)) {
		size_t intlen = strspn(body, "0123456789");

		group_digits(&b, body, intlen, sp->group, 3);
		buf_puts(&b, body + intlen);
	} else
		buf_puts(&b, body);
	free(body);
	r = pad(sp, b.data, b.len, signlen, '>');
	buf_free(&b);
	return (r);
}

struct value *
format_value(const struct value *v, const char *spec, size_t speclen)
{
	const char *tname = value_type_name(v);
	struct spec sp;
	struct value *r;
	size_t len, cut;
	char *s;

	if (speclen == 0) {
		/* format(v, '') is str(v) */
		if (v->kind == KIND_STR)
			return (value_str(v->u.s.buf, v->u.s.len));
		if ((s = value_str_checked(v)) == NULL)
			return (NULL);
		r = value_cstr(s);
		free(s);
		return (r);
	}
	switch (v->kind) {
	case KIND_STR:
		if (parse_spec(spec, speclen, &sp, tname, '<', 's') < 0)
			return (NULL);
		if (sp.type && sp.type != 's')
			return (unknown_code(sp.type, tname));
		if (sp.sign)
			return (err_set(&cls_ValueError,
			    sp.sign == ' ' ?
			        "Space not allowed in string format specifier" :
			        "Sign not allowed in string format specifier"));
		if (sp.z)
			return (err_set(&cls_ValueError,
			    "Negative zero coercion (z) not allowed in string "
			    "format specifier"));
		if (sp.alt)
			return (err_set(&cls_ValueError,
			    "Alternate form (#) not allowed in string format "
			    "specifier"));
		if (sp.align == '=')
			return (err_set(&cls_ValueError,
			    "'=' alignment not allowed in string format "
			    "specifier"));
		len = v->u.s.len;
		if (sp.prec >= 0) {
			/* precision cuts characters, not bytes */
			for (cut = 0, len = 0;
			     len < v->u.s.len && cut < (size_t)sp.prec; cut++)
				len += utf8_len1(v->u.s.buf + len);
		}
		return (pad(&sp, v->u.s.buf, len, 0, '<'));
	case KIND_INT:
	case KIND_BOOL:
	case KIND_ENUM:
		if (parse_spec(spec, speclen, &sp, tname, '>', 'd') < 0)
			return (NULL);
		if (sp.type && strchr("eEfFgG%", sp.type) != NULL)
			return (format_float(
			    (double)(v->kind == KIND_ENUM ? v->u.en.i : v->u.i),
			    &sp, "float"));
		if (sp.type && strchr("bcdoxXn", sp.type) == NULL)
			return (unknown_code(sp.type, tname));
		return (
		    format_int(v->kind == KIND_ENUM ? v->u.en.i : v->u.i, &sp));
	case KIND_FLOAT:
		if (parse_spec(spec, speclen, &sp, tname, '>', 0) < 0)
			return (NULL);
		if (sp.type && strchr("eEfFgGn%", sp.type) == NULL)
			return (unknown_code(sp.type, tname));
		return (format_float(v->u.f, &sp, tname));
	default:
		/* object.__format__ takes no spec at all. */
		return (err_set(&cls_TypeError,
		    "unsupported format string passed to %s.__format__",
		    tname));
	}
}

/* ascii(v): repr with every non-ASCII character escaped. */
static char *
ascii_of(const struct value *v)
{
	char *r = value_repr_checked(v);
	const unsigned char *p = (const unsigned char *)r;
	struct buf b;
	unsigned cp;
	size_t n;

	if (r == NULL)
		return (NULL);
	buf_init(&b);
	while (*p) {
		if (*p < 0x80) {
			buf_add(&b, p++, 1);
			continue;
		}
		n = utf8_len1((const char *)p);
		cp = n == 2 ? ((p[0] & 0x1fu) << 6) | (p[1] & 0x3fu) :
		     n == 3 ? ((p[0] & 0x0fu) << 12) | ((p[1] & 0x3fu) << 6) |
		                  (p[2] & 0x3fu) :
		              ((p[0] & 0x07u) << 18) | ((p[1] & 0x3fu) << 12) |
		                  ((p[2] & 0x3fu) << 6) | (p[3] & 0x3fu);
		if (cp < 0x100)
			buf_printf(&b, "\\x%02x", cp);
		else if (cp < 0x10000)
			buf_printf(&b, "\\u%04x", cp);
		else
			buf_printf(&b, "\\U%08x", cp);
		p += n;
	}
	free(r);
	return (buf_steal(&b));
}

struct value *
format_field(const struct value *v, int conversion, const char *spec,
    size_t speclen)
{
	struct value *conv, *r;
	char *s;

	switch (conversion) {
	case 0:
		return (format_value(v, spec, speclen));
	case 's':
		s = value_str_checked(v);
		break;
	case 'r':
		s = value_repr_checked(v);
		break;
	case 'a':
		s = ascii_of(v);
		break;
	default:
		return (err_set(&cls_ValueError,
		    "Unknown conversion specifier %c", conversion));
	}
	if (s == NULL)
		return (NULL);
	conv = value_cstr(s);
	free(s);
	r = format_value(conv, spec, speclen);
	value_decref(conv);
	return (r);
}

/* The numbering state of one str.format() call. */
struct fmtstate {
	const struct callargs *a;
	size_t next; /* the next automatic field number */
	int manual;  /* 1: numbers were given, 2: automatic, 0: none yet */
};

static struct value *expand(struct fmtstate *, const char *, size_t, int);

/* The argument a field name (with .attr and [key] parts) selects (new). */
static struct value *
field_value(struct fmtstate *st, const char *f, size_t n)
{
	size_t i = 0, k;
	struct value *v = NULL, *next, *key;
	char *name;

	while (i < n && f[i] != '.' && f[i] != '[')
		i++;
	if (i == 0) {
		if (st->manual == 1)
			return (err_set(&cls_ValueError,
			    "cannot switch from manual field specification to "
			    "automatic field numbering"));
		st->manual = 2;
		k = st->next++;
		if (k >= st->a->npos)
			return (err_set(&cls_IndexError,
			    "Replacement index %zu out of range for positional "
			    "args tuple",
			    k));
		v = value_incref(st->a->pos[k]);
	} else if (f[0] >= '0' && f[0] <= '9') {
		if (st->manual == 2)
			return (err_set(&cls_ValueError,
			    "cannot switch from automatic field numbering to "
			    "manual field specification"));
		st->manual = 1;
		k = (size_t)strtoul(f, NULL, 10);
		if (k >= st->a->npos)
			return (err_set(&cls_IndexError,
			    "Replacement index %zu out of range for positional "
			    "args tuple",
			    k));
		v = value_incref(st->a->pos[k]);
	} else {
		name = xstrndup(f, i);
		v = args_kw(st->a, name);
		if (v == NULL) {
			err_set_value(exc_new(&cls_KeyError,
			    value_tuple(1, value_str(name, strlen(name)))));
			free(name);
			return (NULL);
		}
		free(name);
		value_incref(v);
	}
	while (i < n) {
		if (f[i] == '.') {
			for (k = ++i; i < n && f[i] != '.' && f[i] != '['; i++)
				;
			name = xstrndup(f + k, i - k);
			next = value_getattr(v, name);
			free(name);
		} else {
			for (k = ++i; i < n && f[i] != ']'; i++)
				;
			if (i >= n) {
				value_decref(v);
				return (err_set(&cls_ValueError,
				    "Missing ']' in format string"));
			}
			if (f[k] >= '0' && f[k] <= '9')
				key = value_int(strtoll(f + k, NULL, 10));
			else
				key = value_str(f + k, i - k);
			next = value_getitem(v, key);
			value_decref(key);
			i++;
		}
		value_decref(v);
		if ((v = next) == NULL)
			return (NULL);
	}
	return (v);
}

/* One {field!conv:spec}: f points after '{', n bytes up to the '}'. */
static struct value *
replace_field(struct fmtstate *st, const char *f, size_t n, int depth)
{
	size_t name_end = 0, nest = 0;
	struct value *v, *spec, *r;
	int conv = 0;

	while (name_end < n && f[name_end] != '!' && f[name_end] != ':')
		name_end++;
	if ((v = field_value(st, f, name_end)) == NULL)
		return (NULL);
	if (name_end < n && f[name_end] == '!') {
		if (name_end + 1 >= n) {
			value_decref(v);
			return (err_set(&cls_ValueError,
			    "end of string while looking for conversion "
			    "specifier"));
		}
		conv = (unsigned char)f[name_end + 1];
		name_end += 2;
		if (name_end < n && f[name_end] != ':') {
			value_decref(v);
			return (err_set(&cls_ValueError,
			    "expected ':' after conversion specifier"));
		}
	}
	if (name_end < n)
		name_end++; /* the ':' */
	(void)nest;
	/* The spec may hold fields of its own: '{:{width}}'. */
	spec = expand(st, f + name_end, n - name_end, depth + 1);
	if (spec == NULL) {
		value_decref(v);
		return (NULL);
	}
	r = format_field(v, conv, spec->u.s.buf, spec->u.s.len);
	value_decref(spec);
	value_decref(v);
	return (r);
}

static struct value *
expand(struct fmtstate *st, const char *p, size_t n, int depth)
{
	const char *end = p + n, *q;
	struct value *r;
	struct buf b;
	int level;

	if (depth > 2)
		return (
		    err_set(&cls_ValueError, "Max string recursion exceeded"));
	buf_init(&b);
	while (p < end) {
		if (*p == '{' && p + 1 < end && p[1] == '{') {
			buf_add(&b, "{", 1);
			p += 2;
			continue;
		}
		if (*p == '}') {
			if (p + 1 < end && p[1] == '}') {
				buf_add(&b, "}", 1);
				p += 2;
				continue;
			}
			buf_free(&b);
			return (err_set(&cls_ValueError,
			    "Single '}' encountered in format string"));
		}
		if (*p != '{') {
			buf_add(&b, p++, 1);
			continue;
		}
		/* find the matching '}', allowing one level of nesting */
		for (q = p + 1, level = 1; q < end; q++) {
			if (*q == '{')
				level++;
			else if (*q == '}' && --level == 0)
				break;
		}
		if (q >= end) {
			buf_free(&b);
			return (err_set(&cls_ValueError,
			    p + 1 >= end ?
			        "Single '{' encountered in format string" :
			        "expected '}' before end of string"));
		}
		r = replace_field(st, p + 1, (size_t)(q - p - 1), depth);
		if (r == NULL) {
			buf_free(&b);
			return (NULL);
		}
		buf_add(&b, r->u.s.buf, r->u.s.len);
		value_decref(r);
		p = q + 1;
	}
	r = value_str(b.data ? b.data : "", b.len);
	buf_free(&b);
	return (r);
}

struct value *
format_string(const struct value *fmt, const struct callargs *a)
{
	struct fmtstate st = { a, 0, 0 };

	return (expand(&st, fmt->u.s.buf, fmt->u.s.len, 0));
}

/* ---- 'format' % args ------------------------------------------------- */

/*
 * One conversion of 'format' % args: spec holds "%" and the flags read so
 * far (sl bytes, room for 3 more), conv the conversion character at index
 * `at` of the format.  0, or -1 with TypeError/ValueError pending.
 */
static int
percent_one(struct buf *b, char *spec, size_t sl, char conv,
    const struct value *arg, size_t at)
{
	long long n = 0;
	char *s;

	switch (conv) {
	case 's':
	case 'r':
		s = conv == 's' ? value_str_checked(arg) :
		                  value_repr_checked(arg);
		if (s == NULL)
			return (-1);
		spec[sl++] = 's';
		spec[sl] = '\0';
		buf_printf(b, spec, s);
		free(s);
		return (0);
	case 'd':
	case 'i':
	case 'x':
	case 'X':
	case 'o':
		/* %d takes any real number, %x and %o integers only. */
		if (!value_is_int(arg) &&
		    (arg->kind != KIND_FLOAT || (conv != 'd' && conv != 'i'))) {
			err_set(&cls_TypeError,
			    conv == 'd' || conv == 'i' ?
			        "%%%c format: a real number is required, not %s" :
			        "%%%c format: an integer is required, not %s",
			    conv, value_type_name(arg));
			return (-1);
		}
		if (arg->kind == KIND_FLOAT) {
			/* truncated, as Python does */
			if (value_float_to_long(arg->u.f, &n) < 0)
				return (-1);
		} else
			(void)value_as_long(arg, &n);
		spec[sl++] = 'l';
		spec[sl++] = 'l';
		spec[sl++] = conv == 'i' ? 'd' : conv;
		spec[sl] = '\0';
		buf_printf(b, spec, n);
		return (0);
	case 'f':
	case 'e':
	case 'g':
		if (!value_is_int(arg) && arg->kind != KIND_FLOAT) {
			err_set(&cls_TypeError, "must be real number, not %s",
			    value_type_name(arg));
			return (-1);
		}
		if (arg->kind != KIND_FLOAT)
			(void)value_as_long(arg, &n);
		spec[sl++] = conv;
		spec[sl] = '\0';
		buf_printf(b, spec,
		    arg->kind == KIND_FLOAT ? arg->u.f : (double)n);
		return (0);
	default:
		err_set(&cls_ValueError,
		    "unsupported format character '%c' (0x%x) at index %zu",
		    conv, (unsigned char)conv, at);
		return (-1);
	}
}

struct value *
format_percent(const struct value *fmt, const struct value *args)
{
	const char *p = fmt->u.s.buf, *end = p + fmt->u.s.len;
	size_t argi = 0, nargs = args->kind == KIND_TUPLE ? args->u.seq.len : 1;
	struct value *r;
	struct buf b;
	char spec[32];

	buf_init(&b);
	while (p < end) {
		size_t sl = 0;
		char conv;

		if (*p != '%' || (p + 1 < end && p[1] == '%')) {
			buf_add(&b, p, 1); /* "%%" is one '%' */
			p += *p == '%' ? 2 : 1;
			continue;
		}
		spec[sl++] = *p++;
		while (p < end && strchr("-+ 0#.0123456789", *p) != NULL &&
		       sl < sizeof(spec) - 4)
			spec[sl++] = *p++;
		if (p >= end) {
			buf_free(&b);
			return (err_set(&cls_ValueError, "incomplete format"));
		}
		conv = *p++;
		if (argi >= nargs) {
			buf_free(&b);
			return (err_set(&cls_TypeError,
			    "not enough arguments for format string"));
		}
		if (percent_one(&b, spec, sl, conv,
		        args->kind == KIND_TUPLE ? args->u.seq.items[argi] :
		                                   args,
		        (size_t)(p - fmt->u.s.buf - 1)) < 0) {
			buf_free(&b);
			return (NULL);
		}
		argi++;
	}
	if (argi < nargs) {
		buf_free(&b);
		return (err_set(&cls_TypeError,
		    "not all arguments converted during string formatting"));
	}
	r = value_str(b.data ? b.data : "", b.len);
	buf_free(&b);
	return (r);
}
