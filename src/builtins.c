/* builtins.c -- print, len ..., calling classes, attributes, small modules */
#include <config.h>

#include "builtins.h"

#include <sys/stat.h>

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "attr.h"
#include "consts.h"
#include "exc.h"
#include "format.h"
#include "help.h"
#include "int_methods.h"
#include "iter.h"
#include "list_methods.h"
#include "sockmod.h"
#include "sockobj.h"
#include "str_methods.h"
#include "value.h"
#include "xmalloc.h"

static struct value *sys_module; /* owned; holds last_value and argv */

/* ---- small helpers ----------------------------------------------------- */

static struct value *
str_take(char *s)
{
	struct value *v;

	if (s == NULL) /* an exception is pending */
		return (NULL);
	v = value_cstr(s);

	free(s);
	return (v);
}

/* ---- builtin functions -------------------------------------------------- */

static int
write_out(const char *p, size_t n)
{
	return (fwrite(p, 1, n, stdout) == n ? 0 : -1);
}

static struct value *
b_print(struct value *self, const struct callargs *a)
{
	struct value *sep = args_kw(a, "sep"), *end = args_kw(a, "end");
	struct value *flush = args_kw(a, "flush");
	const char *sp = " ", *ep = "\n";
	size_t spl = 1, epl = 1, i;
	char *s;

	for (i = 0; i < a->nkw; i++)
		if (strcmp(a->kwnames[i], "sep") != 0 &&
		    strcmp(a->kwnames[i], "end") != 0 &&
		    strcmp(a->kwnames[i], "flush") != 0 &&
		    strcmp(a->kwnames[i], "file") != 0)
			return (err_set(&cls_TypeError,
			    "'%s' is an invalid keyword argument for print()",
			    a->kwnames[i]));
	if (sep != NULL && sep->kind != KIND_NONE) {
		if (sep->kind != KIND_STR)
			return (err_set(&cls_TypeError,
			    "sep must be None or a string, not %s",
			    value_type_name(sep)));
		sp = sep->u.s.buf;
		spl = sep->u.s.len;
	}
	if (end != NULL && end->kind != KIND_NONE) {
		if (end->kind != KIND_STR)
			return (err_set(&cls_TypeError,
			    "end must be None or a string, not %s",
			    value_type_name(end)));
		ep = end->u.s.buf;
		epl = end->u.s.len;
	}
	for (i = 0; i < a->npos; i++) {
		if (i > 0)
			write_out(sp, spl);
		if (a->pos[i]->kind == KIND_STR)
			write_out(a->pos[i]->u.s.buf, a->pos[i]->u.s.len);
		else {
			if ((s = value_str_checked(a->pos[i])) == NULL)
				return (NULL);
			write_out(s, strlen(s));
			free(s);
		}
	}
	write_out(ep, epl);
	if (flush != NULL && value_truth(flush))
		fflush(stdout);
	return (value_none());
}

static struct value *
b_len(struct value *self, const struct callargs *a)
{
	const struct value *v;

	if (args_one(a, "len") < 0)
		return (NULL);
	v = a->pos[0];
	switch (v->kind) {
	case KIND_STR:
		return (
		    value_int((long long)utf8_strlen(v->u.s.buf, v->u.s.len)));
	case KIND_BYTES:
		return (value_int((long long)v->u.s.len));
	case KIND_TUPLE:
	case KIND_LIST:
		return (value_int((long long)v->u.seq.len));
	case KIND_DICT:
		return (value_int((long long)dict_len(v->u.dict)));
	case KIND_RANGE:
		if (range_len(v->u.range) < 0)
			return (err_set(&cls_OverflowError,
			    "Python int too large to convert to C ssize_t"));
		return (value_int(range_len(v->u.range)));
	default:
		return (err_set(&cls_TypeError,
		    "object of type '%s' has no len()", value_type_name(v)));
	}
}

static struct value *
b_repr(struct value *self, const struct callargs *a)
{
	if (args_one(a, "repr") < 0)
		return (NULL);
	return (str_take(value_repr_checked(a->pos[0])));
}

static struct value *
b_isinstance(struct value *self, const struct callargs *a)
{
	const struct value *c;
	size_t i;

	if (args_range(a, "isinstance", 2, 2) < 0)
		return (NULL);
	c = a->pos[1];
	if (c->kind == KIND_CLASS)
		return (value_bool(value_isinstance(a->pos[0], c->u.cls)));
	if (c->kind == KIND_TUPLE) {
		for (i = 0; i < c->u.seq.len; i++)
			if (c->u.seq.items[i]->kind != KIND_CLASS)
				break;
		if (i == c->u.seq.len) {
			for (i = 0; i < c->u.seq.len; i++)
				if (value_isinstance(a->pos[0],
				        c->u.seq.items[i]->u.cls))
					return (value_bool(1));
			return (value_bool(0));
		}
	}
	return (err_set(&cls_TypeError,
	    "isinstance() arg 2 must be a type, a tuple of types, or a union"));
}

static struct value *
b_format(struct value *self, const struct callargs *a)
{
	const struct value *spec;

	if (args_range(a, "format", 1, 2) < 0)
		return (NULL);
	if (a->npos == 1)
		return (format_value(a->pos[0], "", 0));
	spec = a->pos[1];
	if (spec->kind != KIND_STR)
		return (err_set(&cls_TypeError,
		    "format() argument 2 must be str, not %s",
		    value_type_name(spec)));
	return (format_value(a->pos[0], spec->u.s.buf, spec->u.s.len));
}

static struct value *
b_issubclass(struct value *self, const struct callargs *a)
{
	const struct value *c;
	size_t i;

	if (args_range(a, "issubclass", 2, 2) < 0)
		return (NULL);
	if (a->pos[0]->kind != KIND_CLASS)
		return (err_set(&cls_TypeError,
		    "issubclass() arg 1 must be a class"));
	c = a->pos[1];
	if (c->kind == KIND_CLASS)
		return (
		    value_bool(class_is_subclass(a->pos[0]->u.cls, c->u.cls)));
	if (c->kind == KIND_TUPLE) {
		for (i = 0; i < c->u.seq.len; i++)
			if (c->u.seq.items[i]->kind == KIND_CLASS &&
			    class_is_subclass(a->pos[0]->u.cls,
			        c->u.seq.items[i]->u.cls))
				return (value_bool(1));
		return (value_bool(0));
	}
	return (err_set(&cls_TypeError,
	    "issubclass() arg 2 must be a class, a tuple of classes, or a "
	    "union"));
}

static struct value *
radix(const struct callargs *a, const char *name, const char *prefix, int base)
{
	long long v;
	unsigned long long u;
	char digits[80];
	int n = 0;

	if (args_one(a, name) < 0 || value_as_long(a->pos[0], &v) < 0)
		return (NULL);
	u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
	do {
		digits[n++] = "0123456789abcdef"[u % (unsigned)base];
		u /= (unsigned)base;
	} while (u > 0);
	{
		struct buf b;
		struct value *r;

		buf_init(&b);
		if (v < 0)
			buf_puts(&b, "-");
		buf_puts(&b, prefix);
		while (n > 0)
			buf_add(&b, &digits[--n], 1);
		r = value_str(b.data, b.len);
		buf_free(&b);
		return (r);
	}
}

static struct value *
b_hex(struct value *self, const struct callargs *a)
{
	return (radix(a, "hex", "0x", 16));
}

static struct value *
b_oct(struct value *self, const struct callargs *a)
{
	return (radix(a, "oct", "0o", 8));
}

static struct value *
b_bin(struct value *self, const struct callargs *a)
{
	return (radix(a, "bin", "0b", 2));
}

static struct value *
b_abs(struct value *self, const struct callargs *a)
{
	const struct value *v;

	if (args_one(a, "abs") < 0)
		return (NULL);
	v = a->pos[0];
	if (v->kind == KIND_FLOAT)
		return (value_float(fabs(v->u.f)));
	if (value_is_int(v))
		return (value_int(llabs(int_value_of(v))));
	return (err_set(&cls_TypeError, "bad operand type for abs(): '%s'",
	    value_type_name(v)));
}

static struct value *
minmax(const struct callargs *a, const char *name, int want)
{
	struct value *const *items;
	struct value *best;
	size_t n, i;
	int c;

	if (args_no_kw(a, name) < 0)
		return (NULL);
	if (a->npos == 0)
		return (err_set(&cls_TypeError,
		    "%s expected at least 1 argument, got 0", name));
	if (a->npos == 1) {
		if (!value_is_seq(a->pos[0]))
			return (err_set(&cls_TypeError,
			    "'%s' object is not iterable",
			    value_type_name(a->pos[0])));
		items = a->pos[0]->u.seq.items;
		n = a->pos[0]->u.seq.len;
		if (n == 0)
			return (err_set(&cls_ValueError,
			    "%s() arg is an empty sequence", name));
	} else {
		items = a->pos;
		n = a->npos;
	}
	best = items[0];
	for (i = 1; i < n; i++) {
		c = value_compare(items[i], best, want < 0 ? "<" : ">");
		if (c == -2)
			return (NULL);
		if (c == want)
			best = items[i];
	}
	return (value_incref(best));
}

static struct value *
b_min(struct value *self, const struct callargs *a)
{
	return (minmax(a, "min", -1));
}

static struct value *
b_max(struct value *self, const struct callargs *a)
{
	return (minmax(a, "max", 1));
}

static struct value *
b_ord(struct value *self, const struct callargs *a)
{
	const struct value *v;
	size_t n;

	if (args_one(a, "ord") < 0)
		return (NULL);
	v = a->pos[0];
	if (v->kind == KIND_BYTES) {
		if (v->u.s.len != 1)
			return (err_set(&cls_TypeError,
			    "ord() expected a character, but string of length "
			    "%zu found",
			    v->u.s.len));
		return (value_int((unsigned char)v->u.s.buf[0]));
	}
	if (v->kind != KIND_STR)
		return (err_set(&cls_TypeError,
		    "ord() expected string of length 1, but %s found",
		    value_type_name(v)));
	n = utf8_strlen(v->u.s.buf, v->u.s.len);
	if (n != 1)
		return (err_set(&cls_TypeError,
		    "ord() expected a character, but string of length %zu found",
		    n));
	{
		const unsigned char *p = (const unsigned char *)v->u.s.buf;
		long long cp = p[0];

		if (p[0] >= 0xf0)
			cp = ((p[0] & 7LL) << 18) | ((p[1] & 63LL) << 12) |
			     ((p[2] & 63LL) << 6) | (p[3] & 63LL);
		else if (p[0] >= 0xe0)
			cp = ((p[0] & 15LL) << 12) | ((p[1] & 63LL) << 6) |
			     (p[2] & 63LL);
		else if (p[0] >= 0xc0)
			cp = ((p[0] & 31LL) << 6) | (p[1] & 63LL);
		return (value_int(cp));
	}
}

static struct value *
b_chr(struct value *self, const struct callargs *a)
{
	long long cp;
	char u[4];
	size_t n;

	if (args_one(a, "chr") < 0 || value_as_long(a->pos[0], &cp) < 0)
		return (NULL);
	if (cp < 0 || cp > 0x10ffff)
		return (err_set(&cls_ValueError,
		    "chr() arg not in range(0x110000)"));
	if (cp < 0x80) {
		u[0] = (char)cp;
		n = 1;
	} else if (cp < 0x800) {
		u[0] = (char)(0xc0 | (cp >> 6));
		u[1] = (char)(0x80 | (cp & 0x3f));
		n = 2;
	} else if (cp < 0x10000) {
		u[0] = (char)(0xe0 | (cp >> 12));
		u[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
		u[2] = (char)(0x80 | (cp & 0x3f));
		n = 3;
	} else {
		u[0] = (char)(0xf0 | (cp >> 18));
		u[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
		u[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
		u[3] = (char)(0x80 | (cp & 0x3f));
		n = 4;
	}
	return (value_str(u, n));
}

static struct value *
b_exit(struct value *self, const struct callargs *a)
{
	if (a->npos > 1)
		return (err_set(&cls_TypeError,
		    "__call__() takes from 1 to 2 positional arguments but %zu "
		    "were given",
		    a->npos + 1));
	return (err_set_value(exc_new(&cls_SystemExit,
	    a->npos ? value_tuple(1, value_incref(a->pos[0])) : NULL)));
}

static int
cmp_names(const void *x, const void *y)
{
	return (strcmp(*(const char *const *)x, *(const char *const *)y));
}

/* The attribute names dir() lists for v, sorted, into names[1024]. */
static size_t
names_fill(const struct value *v, const char **names)
{
	size_t n = 0, i;
	struct value *val;
	const char *key;

	if (v->kind == KIND_MODULE) {
		for (i = 0;
		     n < 1024 && dict_entry(v->u.mod->dict, i, &key, &val); i++)
			names[n++] = key;
	} else if (v->kind == KIND_SOCKET) {
		for (i = 0; sockobj_methods[i].name != NULL; i++)
			names[n++] = sockobj_methods[i].name;
		for (i = 0; sockobj_attrs[i] != NULL; i++)
			names[n++] = sockobj_attrs[i];
	}
	qsort(names, n, sizeof(names[0]), cmp_names);
	return (n);
}

static struct value *
b_dir(struct value *self, const struct callargs *a)
{
	const char *names[1024];
	struct value *list;
	size_t n, i;

	if (args_range(a, "dir", 1, 1) < 0)
		return (NULL);
	n = names_fill(a->pos[0], names);
	list = value_list_new(0);
	for (i = 0; i < n; i++)
		value_list_append(list, value_cstr(names[i]));
	return (list);
}

static int help_color; /* help() paints call forms: set by the shell */

void
builtins_set_color(int on)
{
	help_color = on;
}

/* help([thing]): the words live in help.c; here only the call. */
static struct value *
b_help(struct value *self, const struct callargs *a)
{
	char *text;

	(void)self;
	if (args_no_kw(a, "help") < 0 || args_range(a, "help", 0, 1) < 0)
		return (NULL);
	text = a->npos == 0 ? help_overview(help_color) :
	                      help_for_value(a->pos[0], help_color);
	write_out(text, strlen(text));
	free(text);
	return (value_none());
}

static const struct builtin builtin_funcs[] = {
	{ "abs", b_abs, NULL },
	{ "bin", b_bin, NULL },
	{ "chr", b_chr, NULL },
	{ "dir", b_dir, NULL },
	{ "exit", b_exit, NULL },
	{ "help", b_help, NULL },
	{ "format", b_format, NULL },
	{ "hex", b_hex, NULL },
	{ "isinstance", b_isinstance, NULL },
	{ "issubclass", b_issubclass, NULL },
	{ "len", b_len, NULL },
	{ "max", b_max, NULL },
	{ "min", b_min, NULL },
	{ "oct", b_oct, NULL },
	{ "ord", b_ord, NULL },
	{ "print", b_print, NULL },
	{ "quit", b_exit, NULL },
	{ "repr", b_repr, NULL },
	{ NULL, NULL, NULL },
};

static const struct pyclass *const builtin_types[] = { &cls_bool, &cls_bytes,
	&cls_float, &cls_int, &cls_list, &cls_str, &cls_tuple, &cls_type,
	&cls_object, &cls_dict, &cls_range, &cls_enumerate, &cls_zip, NULL };

void
builtins_install(struct dict *d)
{
	const struct builtin *f;
	size_t i;

	for (f = builtin_funcs; f->name != NULL; f++)
		dict_set(d, f->name, value_func(f, NULL));
	for (i = 0; builtin_types[i] != NULL; i++)
		dict_set(d, builtin_types[i]->name,
		    value_class(builtin_types[i]));
	for (i = 0; exc_classes[i] != NULL; i++)
		dict_set(d, exc_classes[i]->name, value_class(exc_classes[i]));
	/* Python's own aliases of OSError. */
	dict_set(d, "EnvironmentError", value_class(&cls_OSError));
	dict_set(d, "IOError", value_class(&cls_OSError));
	dict_set(d, "None", value_none());
	dict_set(d, "True", value_bool(1));
	dict_set(d, "False", value_bool(0));
}

/* ---- calling classes: int(), str(), OSError() ---------------------------- */

static struct value *
parse_int_text(const char *s, size_t len, long long base,
    const struct value *orig)
{
	char *txt = xstrndup(s, len), *p = txt, *end, *q, *w;
	long long v;
	int neg = 0;

	while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
		p++;
	end = p + strlen(p);
	while (end > p && (end[-1] == ' ' || end[-1] == '\t' ||
	                      end[-1] == '\n' || end[-1] == '\r'))
		*--end = '\0';
	q = p;
	if (*q == '+' || *q == '-')
		neg = *q++ == '-';
	if (base == 0 || base == 16 || base == 8 || base == 2) {
		if (q[0] == '0' && (q[1] == 'x' || q[1] == 'X') &&
		    (base == 0 || base == 16)) {
			base = 16;
			q += 2;
		} else if (q[0] == '0' && (q[1] == 'o' || q[1] == 'O') &&
		           (base == 0 || base == 8)) {
			base = 8;
			q += 2;
		} else if (q[0] == '0' && (q[1] == 'b' || q[1] == 'B') &&
		           (base == 0 || base == 2)) {
			base = 2;
			q += 2;
		} else if (base == 0)
			base = 10;
	}
	/* Python allows single underscores between digits. */
	for (w = q; *w; w++)
		if (*w == '_' && (w == q || w[1] == '\0' || w[1] == '_'))
			break;
	if (*w == '\0') {
		char *r = q, *o = q;

		for (; *r; r++)
			if (*r != '_')
				*o++ = *r;
		*o = '\0';
	}
	errno = 0;
	v = *q && *w == '\0' ? strtoll(q, &end, (int)base) : 0;
	if (*q == '\0' || *w != '\0' || *end != '\0' || *q == '-' ||
	    *q == '+' || *q == ' ') {
		char *r = value_repr(orig);

		free(txt);
		err_set(&cls_ValueError,
		    "invalid literal for int() with base %lld: %s", base, r);
		free(r);
		return (NULL);
	}
	free(txt);
	if (errno == ERANGE)
		return (value_too_large());
	return (value_int(neg ? -v : v));
}

static struct value *
call_int(const struct callargs *a)
{
	struct value *x, *bv;
	long long base = 10;
	int has_base = 0;

	if (a->npos > 2)
		return (err_set(&cls_TypeError,
		    "int() takes at most 2 arguments (%zu given)", a->npos));
	if (a->npos == 0)
		return (value_int(0));
	x = a->pos[0];
	bv = a->npos == 2 ? a->pos[1] : args_kw(a, "base");
	if (bv != NULL) {
		if (value_as_long(bv, &base) < 0)
			return (NULL);
		if (base != 0 && (base < 2 || base > 36))
			return (err_set(&cls_ValueError,
			    "int() base must be >= 2 and <= 36, or 0"));
		has_base = 1;
	}
	if (value_is_strlike(x))
		return (parse_int_text(x->u.s.buf, x->u.s.len, base, x));
	if (has_base)
		return (err_set(&cls_TypeError,
		    "int() can't convert non-string with explicit base"));
	if (value_is_int(x))
		return (value_int(int_value_of(x)));
	if (x->kind == KIND_FLOAT) {
		long long n;

		if (value_float_to_long(x->u.f, &n) < 0)
			return (NULL);
		return (value_int(n));
	}
	return (err_set(&cls_TypeError,
	    "int() argument must be a string, a bytes-like object or a real "
	    "number, not '%s'",
	    value_type_name(x)));
}

static struct value *
call_float(const struct callargs *a)
{
	struct value *x;
	char *s, *end;
	double d;

	if (args_range(a, "float", 0, 1) < 0)
		return (NULL);
	if (a->npos == 0)
		return (value_float(0));
	x = a->pos[0];
	if (x->kind == KIND_FLOAT)
		return (value_float(x->u.f));
	if (value_is_int(x))
		return (value_float((double)int_value_of(x)));
	if (value_is_strlike(x)) {
		s = xstrndup(x->u.s.buf, x->u.s.len);
		d = strtod(s, &end);
		while (*end == ' ' || *end == '\n' || *end == '\t')
			end++;
		if (end == s || *end != '\0' || strlen(s) != x->u.s.len) {
			char *r = value_repr(x);

			free(s);
			err_set(&cls_ValueError,
			    "could not convert string to float: %s", r);
			free(r);
			return (NULL);
		}
		free(s);
		return (value_float(d));
	}
	return (err_set(&cls_TypeError,
	    "float() argument must be a string or a real number, not '%s'",
	    value_type_name(x)));
}

static struct value *
call_str(const struct callargs *a)
{
	const char *enc;

	if (a->npos > 3)
		return (err_set(&cls_TypeError,
		    "str() takes at most 3 arguments (%zu given)", a->npos));
	if (a->npos == 0)
		return (value_cstr(""));
	if (a->npos >= 2 || args_kw(a, "encoding") != NULL) {
		if (a->pos[0]->kind != KIND_BYTES)
			return (err_set(&cls_TypeError,
			    "decoding to str: need a bytes-like object, %s found",
			    value_type_name(a->pos[0])));
		if (str_encoding_arg(a, 1, "encoding", &enc) < 0)
			return (NULL);
		return (
		    bytes_decode(a->pos[0]->u.s.buf, a->pos[0]->u.s.len, enc));
	}
	return (str_take(value_str_checked(a->pos[0])));
}

static struct value *
call_bytes(const struct callargs *a)
{
	struct value *x;
	const char *enc;
	long long n, b;
	size_t i;
	char *p;

	if (a->npos == 0)
		return (value_bytes("", 0));
	x = a->pos[0];
	if (x->kind == KIND_STR) {
		if (a->npos < 2 && args_kw(a, "encoding") == NULL)
			return (err_set(&cls_TypeError,
			    "string argument without an encoding"));
		if (str_encoding_arg(a, 1, "encoding", &enc) < 0)
			return (NULL);
		return (str_encode(x, enc));
	}
	if (x->kind == KIND_BYTES)
		return (value_incref(x));
	if (value_is_int(x)) {
		n = int_value_of(x);
		if (n < 0)
			return (err_set(&cls_ValueError, "negative count"));
		if (n > (1 << 26))
			return (err_set(&cls_OverflowError,
			    "bytes object too large for sockshell"));
		p = xcalloc(1, (size_t)n + 1);
		x = value_bytes(p, (size_t)n);
		free(p);
		return (x);
	}
	if (value_is_seq(x)) {
		p = xmalloc(x->u.seq.len + 1);
		for (i = 0; i < x->u.seq.len; i++) {
			if (value_as_long(x->u.seq.items[i], &b) < 0) {
				free(p);
				return (NULL);
			}
			if (b < 0 || b > 255) {
				free(p);
				return (err_set(&cls_ValueError,
				    "bytes must be in range(0, 256)"));
			}
			p[i] = (char)b;
		}
		x = value_bytes(p, i);
		free(p);
		return (x);
	}
	return (err_set(&cls_TypeError, "cannot convert '%s' object to bytes",
	    value_type_name(x)));
}

static struct value *
call_seq(const struct pyclass *cls, const struct callargs *a)
{
	struct value *x, *r;
	size_t i, n;

	if (args_range(a, cls->name, 0, 1) < 0)
		return (NULL);
	if (a->npos == 0)
		return (
		    cls == &cls_tuple ? value_tuple_new(0) : value_list_new(0));
	x = a->pos[0];
	if (value_is_seq(x)) {
		n = x->u.seq.len;
		r = cls == &cls_tuple ? value_tuple_new(n) : value_list_new(n);
		for (i = 0; i < n; i++)
			r->u.seq.items[i] = value_incref(x->u.seq.items[i]);
		return (r);
	}
	if (x->kind == KIND_BYTES) {
		n = x->u.s.len;
		r = cls == &cls_tuple ? value_tuple_new(n) : value_list_new(n);
		for (i = 0; i < n; i++)
			r->u.seq.items[i] =
			    value_int((unsigned char)x->u.s.buf[i]);
		return (r);
	}
	if ((r = value_list_of(x)) != NULL && cls == &cls_tuple)
		r->kind = KIND_TUPLE; /* the same layout: u.seq */
	return (r);
}

struct value *
builtins_call_class(const struct pyclass *cls, const struct callargs *a)
{
	struct value *t;
	size_t i;

	if (cls == &cls_int)
		return (call_int(a));
	if (cls == &cls_float)
		return (call_float(a));
	if (cls == &cls_str)
		return (call_str(a));
	if (cls == &cls_bytes)
		return (call_bytes(a));
	if (cls == &cls_bool) {
		if (args_range(a, "bool", 0, 1) < 0)
			return (NULL);
		return (value_bool(a->npos && value_truth(a->pos[0])));
	}
	if (cls == &cls_tuple || cls == &cls_list)
		return (call_seq(cls, a));
	if (cls == &cls_range)
		return (range_call(a));
	if (cls == &cls_enumerate)
		return (enumerate_call(a));
	if (cls == &cls_zip)
		return (zip_call(a));
	if (cls == &cls_type) {
		if (a->npos != 1)
			return (err_set(&cls_TypeError,
			    "type() takes 1 or 3 arguments"));
		return (value_class(value_class_of(a->pos[0])));
	}
	if (cls == &cls_socket)
		return (sockmod_socket_new(a));
	if (class_is_subclass(cls, &cls_BaseException)) {
		if (a->nkw > 0)
			return (err_set(&cls_TypeError,
			    "%s() takes no keyword arguments", cls->name));
		t = value_tuple_new(a->npos);
		for (i = 0; i < a->npos; i++)
			t->u.seq.items[i] = value_incref(a->pos[i]);
		return (exc_new(cls, t));
	}
	if (cls->is_enum && a->npos == 1 && value_is_int(a->pos[0])) {
		long long v = int_value_of(a->pos[0]);
		struct value *m =
		    cls == &cls_AddressFamily ? consts_family((int)v) :
		    cls == &cls_SocketKind    ? consts_socktype((int)v) :
		                                builtins_flag_value(cls, v);

		if (m != NULL && m->kind == KIND_ENUM)
			return (m);
		value_decref(m);
		return (err_set(&cls_ValueError, "%lld is not a valid %s", v,
		    cls->name));
	}
	return (
	    err_set(&cls_TypeError, "cannot create '%s' instances", cls->name));
}

/* ---- IntFlag combinations, named as 3.11 names them ---------------------- */

struct value *
builtins_flag_value(const struct pyclass *cls, long long v)
{
	static struct {
		const struct pyclass *cls;
		long long v;
		char *name; /* kept for the life of the process */
	} cache[64];
	static size_t ncache;
	struct value *mod, *m;
	const char *key;
	struct buf b;
	size_t i, k;
	long long left = v;

	for (i = 0; i < ncache; i++)
		if (cache[i].cls == cls && cache[i].v == v)
			return (value_enum(cls, cache[i].name, v));
	if ((mod = builtins_import("socket")) == NULL) {
		err_clear();
		return (value_int(v));
	}
	buf_init(&b);
	/* Single-bit members, lowest bit first, as enum's _decompose does. */
	for (k = 0; k < 63 && left != 0; k++) {
		long long bit = 1LL << k;

		if (!(left & bit))
			continue;
		for (i = 0; dict_entry(mod->u.mod->dict, i, &key, &m); i++)
			if (m->kind == KIND_ENUM && m->u.en.cls == cls &&
			    m->u.en.i == bit)
				break;
		if (m == NULL || !dict_entry(mod->u.mod->dict, i, &key, &m))
			break;
		buf_printf(&b, "%s%s", b.len ? "|" : "", m->u.en.name);
		left &= ~bit;
	}
	value_decref(mod);
	if (left != 0 || ncache == sizeof(cache) / sizeof(cache[0])) {
		buf_free(&b);
		return (value_int(v));
	}
	cache[ncache].cls = cls;
	cache[ncache].v = v;
	cache[ncache].name = buf_steal(&b);
	if (v == 0) {
		/* <MsgFlag: 0>: no member name at all. */
		free(cache[ncache].name);
		cache[ncache].name = NULL;
	}
	ncache++;
	return (value_enum(cls, cache[ncache - 1].name, v));
}

/* ---- attributes: dispatch to the kinds' own files -------------------- */

/* The method table of v's kind, or NULL (completion and help list it). */
const struct builtin *
builtins_methods(const struct value *v)
{
	switch (v->kind) {
	case KIND_STR:
		return (str_methods);
	case KIND_BYTES:
		return (bytes_methods);
	case KIND_LIST:
		return (list_methods);
	case KIND_TUPLE:
		return (tuple_methods);
	case KIND_INT:
	case KIND_BOOL:
	case KIND_ENUM:
		return (int_methods);
	default:
		return (NULL);
	}
}

/* AttributeError with 3.11's suggestion from what dir() lists. */
void *
builtins_no_attribute(const struct value *obj, const char *name)
{
	const char *names[1024];

	return (attr_error(obj, name, names, names_fill(obj, names), NULL));
}

/* int.from_bytes, socket.socket.bind, OSError.__name__ ... */
struct value *
builtins_class_getattr(struct value *obj, const char *name)
{
	const struct builtin *f = NULL;

	if (strcmp(name, "__name__") == 0)
		return (value_cstr(obj->u.cls->name));
	if (obj->u.cls == &cls_int)
		f = attr_find(int_class_methods, name);
	else if (obj->u.cls == &cls_socket)
		f = attr_find(sockobj_methods, name);
	if (f != NULL)
		return (value_func(f, NULL));
	return (builtins_no_attribute(obj, name));
}

/* ---- modules: os, os.path, errno, sys ------------------------------------ */

static int
path_arg(const struct callargs *a, const char *name, const char **path)
{
	const struct value *v;

	if (args_one(a, name) < 0)
		return (-1);
	v = a->pos[0];
	if (!value_is_strlike(v)) {
		err_set(&cls_TypeError,
		    "%s: path should be string, bytes or os.PathLike, not %s",
		    name, value_type_name(v));
		return (-1);
	}
	if (memchr(v->u.s.buf, '\0', v->u.s.len) != NULL) {
		err_set(&cls_ValueError, "%s: embedded null character in path",
		    name);
		return (-1);
	}
	*path = v->u.s.buf;
	return (0);
}

static struct value *
os_unlink(struct value *self, const struct callargs *a)
{
	const char *path;

	if (path_arg(a, "unlink", &path) < 0)
		return (NULL);
	if (unlink(path) == -1)
		return (err_set_errno_filename(errno, path));
	return (value_none());
}

static struct value *
os_remove(struct value *self, const struct callargs *a)
{
	const char *path;

	if (path_arg(a, "remove", &path) < 0)
		return (NULL);
	if (unlink(path) == -1)
		return (err_set_errno_filename(errno, path));
	return (value_none());
}

static struct value *
os_getpid(struct value *self, const struct callargs *a)
{
	if (args_none(a, "getpid") < 0)
		return (NULL);
	return (value_int(getpid()));
}

static struct value *
os_getcwd(struct value *self, const struct callargs *a)
{
	char buf[4096];

	if (args_none(a, "getcwd") < 0)
		return (NULL);
	if (getcwd(buf, sizeof(buf)) == NULL)
		return (err_set_errno(errno));
	return (value_cstr(buf));
}

static struct value *
os_strerror(struct value *self, const struct callargs *a)
{
	long long e;

	if (args_one(a, "strerror") < 0 || value_as_long(a->pos[0], &e) < 0)
		return (NULL);
	return (value_cstr(strerror((int)e)));
}

static struct value *
path_exists(struct value *self, const struct callargs *a)
{
	struct stat st;
	const struct value *v;

	if (args_range(a, "exists", 1, 1) < 0)
		return (NULL);
	v = a->pos[0];
	if (!value_is_strlike(v))
		return (err_set(&cls_TypeError,
		    "stat: path should be string, bytes, os.PathLike or integer, "
		    "not %s",
		    value_type_name(v)));
	if (memchr(v->u.s.buf, '\0', v->u.s.len) != NULL)
		return (value_bool(0));
	return (value_bool(stat(v->u.s.buf, &st) == 0));
}

static struct value *
path_join(struct value *self, const struct callargs *a)
{
	struct buf b;
	struct value *r;
	size_t i;

	if (args_no_kw(a, "join") < 0)
		return (NULL);
	if (a->npos == 0)
		return (err_set(&cls_TypeError,
		    "join() missing 1 required positional argument: 'a'"));
	buf_init(&b);
	for (i = 0; i < a->npos; i++) {
		const struct value *p = a->pos[i];

		if (p->kind != KIND_STR) {
			buf_free(&b);
			return (err_set(&cls_TypeError,
			    "join() argument must be str, bytes, or os.PathLike "
			    "object, not '%s'",
			    value_type_name(p)));
		}
		if (p->u.s.len > 0 && p->u.s.buf[0] == '/')
			b.len = 0;
		else if (b.len > 0 && b.data[b.len - 1] != '/')
			buf_add(&b, "/", 1);
		buf_add(&b, p->u.s.buf, p->u.s.len);
	}
	r = value_str(b.data ? b.data : "", b.len);
	buf_free(&b);
	return (r);
}

static const struct builtin os_funcs[] = {
	{ "getcwd", os_getcwd, NULL },
	{ "getpid", os_getpid, NULL },
	{ "remove", os_remove, NULL },
	{ "strerror", os_strerror, NULL },
	{ "unlink", os_unlink, NULL },
	{ NULL, NULL, NULL },
};

static const struct builtin path_funcs[] = {
	{ "exists", path_exists, NULL },
	{ "join", path_join, NULL },
	{ NULL, NULL, NULL },
};

static struct value *
sys_exit(struct value *self, const struct callargs *a)
{
	return (b_exit(self, a));
}

static const struct builtin sys_funcs[] = {
	{ "exit", sys_exit, NULL },
	{ NULL, NULL, NULL },
};

static void
add_funcs(struct value *mod, const struct builtin *f)
{
	for (; f->name != NULL; f++)
		dict_set(mod->u.mod->dict, f->name, value_func(f, NULL));
}

/* errno's names: ORDER does not matter; #ifdef keeps it portable. */
#define E(name)                                                                \
	{                                                                      \
#name, name                                                    \
	}
static const struct {
	const char *name;
	int value;
} errno_names[] = {
	E(EPERM),
	E(ENOENT),
	E(ESRCH),
	E(EINTR),
	E(EIO),
	E(ENXIO),
	E(E2BIG),
	E(ENOEXEC),
	E(EBADF),
	E(ECHILD),
	E(EAGAIN),
	E(ENOMEM),
	E(EACCES),
	E(EFAULT),
	E(EBUSY),
	E(EEXIST),
	E(EXDEV),
	E(ENODEV),
	E(ENOTDIR),
	E(EISDIR),
	E(EINVAL),
	E(ENFILE),
	E(EMFILE),
	E(ENOTTY),
	E(ETXTBSY),
	E(EFBIG),
	E(ENOSPC),
	E(ESPIPE),
	E(EROFS),
	E(EMLINK),
	E(EPIPE),
	E(EDOM),
	E(ERANGE),
	E(EDEADLK),
	E(ENAMETOOLONG),
	E(ENOLCK),
	E(ENOSYS),
	E(ENOTEMPTY),
	E(ELOOP),
	E(EWOULDBLOCK),
	E(ENOMSG),
	E(EIDRM),
	E(ENOSTR),
	E(ENODATA),
	E(ETIME),
	E(ENOSR),
	E(EREMOTE),
	E(ENOLINK),
	E(EPROTO),
	E(EMULTIHOP),
	E(EBADMSG),
	E(EOVERFLOW),
	E(EILSEQ),
	E(EUSERS),
	E(ENOTSOCK),
	E(EDESTADDRREQ),
	E(EMSGSIZE),
	E(EPROTOTYPE),
	E(ENOPROTOOPT),
	E(EPROTONOSUPPORT),
	E(ESOCKTNOSUPPORT),
	E(EOPNOTSUPP),
	E(ENOTSUP),
	E(EPFNOSUPPORT),
	E(EAFNOSUPPORT),
	E(EADDRINUSE),
	E(EADDRNOTAVAIL),
	E(ENETDOWN),
	E(ENETUNREACH),
	E(ENETRESET),
	E(ECONNABORTED),
	E(ECONNRESET),
	E(ENOBUFS),
	E(EISCONN),
	E(ENOTCONN),
	E(ESHUTDOWN),
	E(ETOOMANYREFS),
	E(ETIMEDOUT),
	E(ECONNREFUSED),
	E(EHOSTDOWN),
	E(EHOSTUNREACH),
	E(EALREADY),
	E(EINPROGRESS),
	E(ESTALE),
	E(EDQUOT),
	E(ECANCELED),
	E(EOWNERDEAD),
	E(ENOTRECOVERABLE),
};
#undef E

static struct value *
make_module(const char *name)
{
	struct value *m = value_module(name), *ec;
	size_t i;

	if (strcmp(name, "socket") == 0) {
		value_decref(m);
		return (sockmod_create());
	}
	if (strcmp(name, "os.path") == 0) {
		add_funcs(m, path_funcs);
		return (m);
	}
	if (strcmp(name, "os") == 0) {
		struct value *p = builtins_import("os.path");

		add_funcs(m, os_funcs);
		if (p == NULL) {
			value_decref(m);
			return (NULL);
		}
		dict_set(m->u.mod->dict, "path", p);
		dict_set(m->u.mod->dict, "sep", value_cstr("/"));
		return (m);
	}
	if (strcmp(name, "errno") == 0) {
		ec = value_dict_new();
		for (i = 0; i < sizeof(errno_names) / sizeof(errno_names[0]);
		     i++) {
			char key[16];

			dict_set(m->u.mod->dict, errno_names[i].name,
			    value_int(errno_names[i].value));
			snprintf(key, sizeof(key), "%d", errno_names[i].value);
			if (dict_get(ec->u.dict, key) == NULL)
				dict_set(ec->u.dict, key,
				    value_cstr(errno_names[i].name));
		}
		dict_set(m->u.mod->dict, "errorcode", ec);
		return (m);
	}
	if (strcmp(name, "sys") == 0) {
		add_funcs(m, sys_funcs);
		dict_set(m->u.mod->dict, "argv", value_list_new(0));
		dict_set(m->u.mod->dict, "platform", value_cstr("linux"));
		return (m);
	}
	value_decref(m);
	return (
	    err_set(&cls_ModuleNotFoundError, "No module named '%s'", name));
}

static struct {
	const char *name;
	struct value *mod; /* owned for the life of the process */
} modules[] = { { "socket", NULL }, { "os", NULL }, { "os.path", NULL },
	{ "errno", NULL }, { "sys", NULL } };

struct value *
builtins_import(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(modules) / sizeof(modules[0]); i++) {
		if (strcmp(modules[i].name, name) != 0)
			continue;
		if (modules[i].mod == NULL) {
			modules[i].mod = make_module(name);
			if (modules[i].mod == NULL)
				return (NULL);
			if (strcmp(name, "sys") == 0)
				sys_module = modules[i].mod;
		}
		return (value_incref(modules[i].mod));
	}
	return (
	    err_set(&cls_ModuleNotFoundError, "No module named '%s'", name));
}

void
builtins_set_last_value(struct value *exc)
{
	struct value *sys = builtins_import("sys");

	if (sys == NULL) {
		err_clear();
		return;
	}
	dict_set(sys->u.mod->dict, "last_value", value_incref(exc));
	dict_set(sys->u.mod->dict, "last_type", value_class(exc->u.exc->cls));
	dict_set(sys->u.mod->dict, "last_traceback", value_none());
	value_decref(sys);
}

void
builtins_set_argv(int argc, char **argv)
{
	struct value *sys = builtins_import("sys"), *list;
	int i;

	if (sys == NULL) {
		err_clear();
		return;
	}
	list = value_list_new(0);
	for (i = 0; i < argc; i++)
		value_list_append(list, value_cstr(argv[i]));
	dict_set(sys->u.mod->dict, "argv", list);
	value_decref(sys);
}

void
builtins_cleanup(void)
{
	size_t i;

	for (i = 0; i < sizeof(modules) / sizeof(modules[0]); i++) {
		value_decref(modules[i].mod);
		modules[i].mod = NULL;
	}
	sys_module = NULL;
}
