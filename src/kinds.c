/* kinds.c -- the kind table, and the rows of the plain kinds */
#include <config.h>

#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "builtins.h"
#include "class.h"
#include "exc.h"
#include "format.h"
#include "func.h"
#include "int_methods.h"
#include "iter.h"
#include "kind.h"
#include "list_methods.h"
#include "sockobj.h"
#include "str_methods.h"
#include "value.h"
#include "xmalloc.h"

/*
 * The rows of None, numbers, str, bytes, tuple, list, enum members,
 * classes, modules, functions and dicts live here until each kind has a
 * file of its own; sockets (sockobj.c) and exceptions (exc.c) export
 * theirs.  Each row's getattr is its kind's own: str_getattr in
 * str_methods.c, list_getattr in list_methods.c, int_getattr in
 * int_methods.c ...; the kinds with no methods end in dir()'s
 * AttributeError.
 */

/* ---- numbers: bool, int, float, enum members -------------------------- */

static int
is_num(const struct value *v)
{
	return (value_is_int(v) || v->kind == KIND_FLOAT);
}

static long long
ival(const struct value *v)
{
	return (v->kind == KIND_ENUM ? v->u.en.i : v->u.i);
}

static double
fval(const struct value *v)
{
	return (v->kind == KIND_FLOAT ? v->u.f : (double)ival(v));
}

static struct value *
float_op(enum op op, double x, double y)
{
	switch (op) {
	case OP_ADD:
		return (value_float(x + y));
	case OP_SUB:
		return (value_float(x - y));
	case OP_MUL:
		return (value_float(x * y));
	case OP_DIV:
		if (y == 0)
			return (err_set(&cls_ZeroDivisionError,
			    "float division by zero"));
		return (value_float(x / y));
	case OP_FLOORDIV:
		if (y == 0)
			return (err_set(&cls_ZeroDivisionError,
			    "float floor division by zero"));
		return (value_float(floor(x / y)));
	case OP_MOD:
		if (y == 0)
			return (
			    err_set(&cls_ZeroDivisionError, "float modulo"));
		{
			double m = fmod(x, y);

			if (m != 0 && ((m < 0) != (y < 0)))
				m += y;
			return (value_float(m));
		}
	case OP_POW:
		return (value_float(pow(x, y)));
	default:
		return (VALUE_NOTIMPL);
	}
}

static struct value *
int_op(enum op op, long long x, long long y, const struct value *a,
    const struct value *b)
{
	long long r, q;

	switch (op) {
	case OP_ADD:
		if (__builtin_add_overflow(x, y, &r))
			return (value_too_large());
		return (value_int(r));
	case OP_SUB:
		if (__builtin_sub_overflow(x, y, &r))
			return (value_too_large());
		return (value_int(r));
	case OP_MUL:
		if (__builtin_mul_overflow(x, y, &r))
			return (value_too_large());
		return (value_int(r));
	case OP_DIV:
		if (y == 0)
			return (err_set(&cls_ZeroDivisionError,
			    "division by zero"));
		return (value_float((double)x / (double)y));
	case OP_FLOORDIV:
	case OP_MOD:
		if (y == 0)
			return (err_set(&cls_ZeroDivisionError,
			    op == OP_MOD ?
			        "integer modulo by zero" :
			        "integer division or modulo by zero"));
		if (x == LLONG_MIN && y == -1)
			return (value_too_large());
		q = x / y;
		r = x % y;
		if (r != 0 && ((r < 0) != (y < 0))) {
			q--;
			r += y;
		}
		return (value_int(op == OP_MOD ? r : q));
	case OP_POW:
		if (y < 0)
			return (value_float(pow((double)x, (double)y)));
		for (r = 1; y > 0; y--)
			if (__builtin_mul_overflow(r, x, &r))
				return (value_too_large());
		return (value_int(r));
	case OP_BITOR:
		return (value_int(x | y));
	case OP_BITAND:
		return (value_int(x & y));
	case OP_BITXOR:
		return (value_int(x ^ y));
	case OP_LSHIFT:
		if (y < 0)
			return (
			    err_set(&cls_ValueError, "negative shift count"));
		if (x == 0)
			return (value_int(0));
		if (y >= 64 || x > (LLONG_MAX >> y) || x < (LLONG_MIN >> y))
			return (value_too_large());
		/* Shifting a negative number is undefined in C: shift bits. */
		return (value_int((long long)((unsigned long long)x << y)));
	case OP_RSHIFT:
		if (y < 0)
			return (
			    err_set(&cls_ValueError, "negative shift count"));
		return (value_int(y >= 63 ? (x < 0 ? -1 : 0) : x >> y));
	default:
		return (kind_unsupported(op, a, b));
	}
}

/* IntFlag | IntFlag stays a flag (MSG_PEEK|MSG_DONTWAIT); others are ints. */
static struct value *
flag_op(enum op op, const struct value *a, const struct value *b)
{
	if (a->kind == KIND_ENUM && b->kind == KIND_ENUM &&
	    a->u.en.cls == b->u.en.cls && a->u.en.cls->is_flag &&
	    (op == OP_BITOR || op == OP_BITAND || op == OP_BITXOR))
		return (builtins_flag_value(a->u.en.cls,
		    op == OP_BITOR  ? (a->u.en.i | b->u.en.i) :
		    op == OP_BITAND ? (a->u.en.i & b->u.en.i) :
		                      (a->u.en.i ^ b->u.en.i)));
	return (NULL);
}

static struct value *
num_binary(enum op op, const struct value *a, const struct value *b)
{
	if (!is_num(a) || !is_num(b))
		return (VALUE_NOTIMPL); /* str * int: the str side's */
	if (value_is_int(a) && value_is_int(b))
		return (int_op(op, ival(a), ival(b), a, b));
	if (op >= OP_BITOR && op <= OP_RSHIFT)
		return (kind_unsupported(op, a, b));
	return (float_op(op, fval(a), fval(b)));
}

static struct value *
enum_binary(enum op op, const struct value *a, const struct value *b)
{
	struct value *r;

	if ((r = flag_op(op, a, b)) != NULL)
		return (r);
	return (num_binary(op, a, b));
}

static struct value *
num_unary(enum op op, const struct value *v)
{
	switch (op) {
	case OP_NEG:
		if (value_is_int(v)) {
			if (ival(v) == LLONG_MIN)
				return (value_too_large());
			return (value_int(-ival(v)));
		}
		return (value_float(-v->u.f));
	case OP_POS:
		if (value_is_int(v))
			return (value_int(ival(v)));
		return (value_float(v->u.f));
	case OP_INVERT:
		if (value_is_int(v))
			return (value_int(~ival(v)));
		return (VALUE_NOTIMPL);
	default:
		return (VALUE_NOTIMPL);
	}
}

static int
num_eq(const struct value *a, const struct value *b)
{
	if (!is_num(b))
		return (0);
	if (a->kind == KIND_FLOAT || b->kind == KIND_FLOAT)
		return (fval(a) == fval(b));
	return (ival(a) == ival(b));
}

static int
num_compare(const struct value *a, const struct value *b, const char *op)
{
	if (!is_num(b))
		return (kind_unorderable(a, b, op));
	if (a->kind == KIND_FLOAT || b->kind == KIND_FLOAT) {
		double x = fval(a), y = fval(b);
		return (x < y ? -1 : x > y);
	}
	return (ival(a) < ival(b) ? -1 : ival(a) > ival(b));
}

/* As CPython: x mod 2**61-1, so that hash(1) == hash(1.0) == hash(True). */
#define HASH_MODULUS ((1ULL << 61) - 1)

static long long
hash_int(long long x)
{
	unsigned long long m =
	    x < 0 ? 0ULL - (unsigned long long)x : (unsigned long long)x;
	long long h = (long long)(m % HASH_MODULUS);

	if (x < 0)
		h = -h;
	return (h == -1 ? -2 : h);
}

static long long
num_hash(const struct value *v)
{
	double f, ip;
	uint64_t bits;
	long long h;

	if (v->kind != KIND_FLOAT)
		return (hash_int(ival(v)));
	f = v->u.f;
	if (modf(f, &ip) == 0.0 && f >= -9.2e18 && f <= 9.2e18)
		return (hash_int((long long)f));
	memcpy(&bits, &f, sizeof(bits));
	h = (long long)(bits ^ (bits >> 29));
	return (h == -1 ? -2 : h);
}

static int
int_truth(const struct value *v)
{
	return (ival(v) != 0);
}

static int
float_truth(const struct value *v)
{
	return (v->u.f != 0.0);
}

static void
none_repr(struct buf *b, const struct value *v)
{
	buf_puts(b, "None");
}

static int
none_truth(const struct value *v)
{
	return (0);
}

static long long
none_hash(const struct value *v)
{
	return (kind_hash_pointer(v));
}

static void
bool_repr(struct buf *b, const struct value *v)
{
	buf_puts(b, v->u.i ? "True" : "False");
}

static void
int_repr(struct buf *b, const struct value *v)
{
	buf_printf(b, "%lld", v->u.i);
}

/*
 * repr(float) as Python's 'r' format: the shortest digits that read back
 * to the same double, in fixed notation unless the exponent is below -4
 * or above 15.
 */
static void
buf_repr_float(struct buf *b, double f)
{
	char tmp[64], digits[32];
	int prec, exp10, nd, decpt, i;
	char *e, *p;

	if (isnan(f)) {
		buf_puts(b, "nan");
		return;
	}
	if (isinf(f)) {
		buf_puts(b, f < 0 ? "-inf" : "inf");
		return;
	}
	for (prec = 1; prec <= 17; prec++) {
		snprintf(tmp, sizeof(tmp), "%.*e", prec - 1, f);
		if (strtod(tmp, NULL) == f)
			break;
	}
	p = tmp;
	if (*p == '-') {
		buf_add(b, "-", 1);
		p++;
	}
	e = strchr(p, 'e');
	exp10 = atoi(e + 1);
	nd = 0;
	for (; p < e; p++)
		if (*p != '.')
			digits[nd++] = *p;
	while (nd > 1 && digits[nd - 1] == '0')
		nd--;
	digits[nd] = '\0';
	decpt = exp10 + 1;
	if (decpt > -4 && decpt <= 16) {
		if (decpt <= 0) {
			buf_puts(b, "0.");
			for (i = decpt; i < 0; i++)
				buf_add(b, "0", 1);
			buf_add(b, digits, (size_t)nd);
		} else if (decpt >= nd) {
			buf_add(b, digits, (size_t)nd);
			for (i = nd; i < decpt; i++)
				buf_add(b, "0", 1);
			buf_puts(b, ".0");
		} else {
			buf_add(b, digits, (size_t)decpt);
			buf_add(b, ".", 1);
			buf_add(b, digits + decpt, (size_t)(nd - decpt));
		}
		return;
	}
	buf_add(b, digits, 1);
	if (nd > 1) {
		buf_add(b, ".", 1);
		buf_add(b, digits + 1, (size_t)(nd - 1));
	}
	buf_printf(b, "e%c%02d", exp10 < 0 ? '-' : '+', abs(exp10));
}

static void
float_repr(struct buf *b, const struct value *v)
{
	buf_repr_float(b, v->u.f);
}

static void
enum_repr(struct buf *b, const struct value *v)
{
	buf_printf(b, "<%s.%s: %lld>", v->u.en.cls->name, v->u.en.name,
	    v->u.en.i);
}

/* Python 3.11: str() of an IntEnum or IntFlag is the number. */
static char *
enum_str(const struct value *v)
{
	return (xasprintf("%lld", v->u.en.i));
}

static const struct pyclass *
enum_class_of(const struct value *v)
{
	return (v->u.en.cls);
}

/* ---- str and bytes ---------------------------------------------------- */

static void
str_repr(struct buf *b, const struct value *v)
{
	buf_repr_str(b, v->u.s.buf, v->u.s.len);
}

static void
bytes_repr(struct buf *b, const struct value *v)
{
	buf_repr_bytes(b, v->u.s.buf, v->u.s.len);
}

static char *
str_str(const struct value *v)
{
	return (xstrndup(v->u.s.buf, v->u.s.len));
}

static void
strlike_free(struct value *v)
{
	free(v->u.s.buf);
	free(v);
}

static int
strlike_truth(const struct value *v)
{
	return (v->u.s.len != 0);
}

static int
strlike_eq(const struct value *a, const struct value *b)
{
	return (a->kind == b->kind && a->u.s.len == b->u.s.len &&
	        memcmp(a->u.s.buf, b->u.s.buf, a->u.s.len) == 0);
}

static int
cmp_bytes(const struct value *a, const struct value *b)
{
	size_t n = a->u.s.len < b->u.s.len ? a->u.s.len : b->u.s.len;
	int c = memcmp(a->u.s.buf, b->u.s.buf, n);

	if (c != 0)
		return (c < 0 ? -1 : 1);
	return (a->u.s.len < b->u.s.len ? -1 : a->u.s.len > b->u.s.len);
}

static int
strlike_compare(const struct value *a, const struct value *b, const char *op)
{
	if (a->kind != b->kind)
		return (kind_unorderable(a, b, op));
	return (cmp_bytes(a, b));
}

/* FNV-1a: Python salts its str hash per process; ours needs only be a hash. */
static long long
hash_bytes(const char *p, size_t len)
{
	unsigned long long h = 14695981039346656037ULL;
	size_t i;

	for (i = 0; i < len; i++) {
		h ^= (unsigned char)p[i];
		h *= 1099511628211ULL;
	}
	return ((long long)h == -1 ? -2 : (long long)h);
}

static long long
strlike_hash(const struct value *v)
{
	return (hash_bytes(v->u.s.buf, v->u.s.len));
}

static int
str_contains(const struct value *c, const struct value *item)
{
	if (item->kind != KIND_STR) {
		err_set(&cls_TypeError,
		    "'in <string>' requires string as left operand, not %s",
		    value_type_name(item));
		return (-1);
	}
	return (item->u.s.len == 0 ||
	        memmem(c->u.s.buf, c->u.s.len, item->u.s.buf, item->u.s.len) !=
	            NULL);
}

static int
bytes_contains(const struct value *c, const struct value *item)
{
	if (value_is_int(item)) {
		long long x = ival(item);

		if (x < 0 || x > 255) {
			err_set(&cls_ValueError,
			    "byte must be in range(0, 256)");
			return (-1);
		}
		return (memchr(c->u.s.buf, (int)x, c->u.s.len) != NULL);
	}
	if (item->kind != KIND_BYTES) {
		err_set(&cls_TypeError,
		    "a bytes-like object is required, not '%s'",
		    value_type_name(item));
		return (-1);
	}
	return (item->u.s.len == 0 ||
	        memmem(c->u.s.buf, c->u.s.len, item->u.s.buf, item->u.s.len) !=
	            NULL);
}

/* ---- sequences: str, bytes, tuple, list ------------------------------- */

static struct value *
repeat(const struct value *seq, long long times)
{
	struct value *r;
	size_t i, k, n;

	if (times < 0)
		times = 0;
	if (value_is_strlike(seq)) {
		struct buf b;

		if (seq->u.s.len != 0 &&
		    (unsigned long long)times > (1ull << 28) / seq->u.s.len)
			return (err_set(&cls_OverflowError,
			    "repeated string is too long for sockshell"));
		buf_init(&b);
		for (k = 0; k < (size_t)times; k++)
			buf_add(&b, seq->u.s.buf, seq->u.s.len);
		r = seq->kind == KIND_STR ?
		        value_str(b.data ? b.data : "", b.len) :
		        value_bytes(b.data ? b.data : "", b.len);
		buf_free(&b);
		return (r);
	}
	n = seq->u.seq.len;
	if (n != 0 && (unsigned long long)times > (1ull << 24) / n)
		return (err_set(&cls_OverflowError,
		    "repeated sequence is too long for sockshell"));
	r = seq->kind == KIND_TUPLE ? value_tuple_new(n * (size_t)times) :
	                              value_list_new(n * (size_t)times);
	for (k = 0; k < (size_t)times; k++)
		for (i = 0; i < n; i++)
			r->u.seq.items[k * n + i] =
			    value_incref(seq->u.seq.items[i]);
	return (r);
}

static struct value *
concat(enum op op, const struct value *a, const struct value *b)
{
	struct value *r;
	size_t i;

	if (a->kind != b->kind) {
		if (a->kind == KIND_STR)
			return (err_set(&cls_TypeError,
			    "can only concatenate str (not \"%s\") to str",
			    value_type_name(b)));
		if (a->kind == KIND_BYTES)
			return (err_set(&cls_TypeError,
			    "can't concat %s to bytes", value_type_name(b)));
		if (value_is_seq(a))
			return (err_set(&cls_TypeError,
			    "can only concatenate %s (not \"%s\") to %s",
			    value_type_name(a), value_type_name(b),
			    value_type_name(a)));
		return (kind_unsupported(op, a, b));
	}
	if (value_is_strlike(a)) {
		char *p = xmalloc(a->u.s.len + b->u.s.len + 1);

		memcpy(p, a->u.s.buf, a->u.s.len);
		memcpy(p + a->u.s.len, b->u.s.buf, b->u.s.len);
		r = a->kind == KIND_STR ?
		        value_str(p, a->u.s.len + b->u.s.len) :
		        value_bytes(p, a->u.s.len + b->u.s.len);
		free(p);
		return (r);
	}
	r = a->kind == KIND_TUPLE ?
	        value_tuple_new(a->u.seq.len + b->u.seq.len) :
	        value_list_new(a->u.seq.len + b->u.seq.len);
	for (i = 0; i < a->u.seq.len; i++)
		r->u.seq.items[i] = value_incref(a->u.seq.items[i]);
	for (i = 0; i < b->u.seq.len; i++)
		r->u.seq.items[a->u.seq.len + i] =
		    value_incref(b->u.seq.items[i]);
	return (r);
}

static int
is_seqlike(const struct value *v)
{
	return (value_is_strlike(v) || value_is_seq(v));
}

/* + and * of sequences, % of str; int * seq comes here from int's side. */
static struct value *
seq_binary(enum op op, const struct value *a, const struct value *b)
{
	if (!is_seqlike(a)) {
		if (op == OP_MUL && value_is_int(a))
			return (repeat(b, ival(a)));
		return (VALUE_NOTIMPL);
	}
	switch (op) {
	case OP_ADD:
		return (concat(op, a, b));
	case OP_MUL:
		if (value_is_int(b))
			return (repeat(a, ival(b)));
		return (err_set(&cls_TypeError,
		    "can't multiply sequence by non-int of type '%s'",
		    value_type_name(b)));
	case OP_MOD:
		if (a->kind == KIND_STR)
			return (format_percent(a, b));
		return (VALUE_NOTIMPL);
	default:
		return (VALUE_NOTIMPL);
	}
}

static const char *
index_noun(const struct value *obj)
{
	switch (obj->kind) {
	case KIND_STR:
		return ("string");
	case KIND_BYTES:
		return (NULL);
	default:
		return (value_type_name(obj));
	}
}

/* s[i], b[i], t[i], l[i] with an int index, negative too. */
static struct value *
seq_subscript(const struct value *obj, const struct value *idx)
{
	long long i, len;
	const char *noun;
	size_t o, e;

	if (!value_is_int(idx)) {
		if (obj->kind == KIND_STR)
			return (err_set(&cls_TypeError,
			    "string indices must be integers, not '%s'",
			    value_type_name(idx)));
		return (err_set(&cls_TypeError,
		    "%s indices must be integers or slices, not %s",
		    obj->kind == KIND_BYTES ? "byte" : value_type_name(obj),
		    value_type_name(idx)));
	}
	len = (long long)value_seq_length(obj);
	i = ival(idx);
	if (i < 0)
		i += len;
	if (i < 0 || i >= len) {
		noun = index_noun(obj);
		if (noun == NULL)
			return (err_set(&cls_IndexError, "index out of range"));
		return (
		    err_set(&cls_IndexError, "%s index out of range", noun));
	}
	if (obj->kind == KIND_BYTES)
		return (value_int((unsigned char)obj->u.s.buf[i]));
	if (obj->kind == KIND_STR) {
		o = utf8_offset(obj->u.s.buf, obj->u.s.len, (size_t)i);
		e = utf8_offset(obj->u.s.buf + o, obj->u.s.len - o, 1);
		return (value_str(obj->u.s.buf + o, e));
	}
	return (value_incref(obj->u.seq.items[i]));
}

/* s[a:b:c] of str (by characters) and bytes. */
static struct value *
strlike_slice(const struct value *obj, long long start, long long step,
    size_t count)
{
	struct value *r;
	struct buf b;
	size_t i;

	buf_init(&b);
	for (i = 0; i < count; i++) {
		long long k = start + (long long)i * step;

		if (obj->kind == KIND_BYTES)
			buf_add(&b, obj->u.s.buf + k, 1);
		else {
			size_t o =
			    utf8_offset(obj->u.s.buf, obj->u.s.len, (size_t)k);
			size_t e =
			    utf8_offset(obj->u.s.buf + o, obj->u.s.len - o, 1);
			buf_add(&b, obj->u.s.buf + o, e);
		}
	}
	r = obj->kind == KIND_STR ? value_str(b.data ? b.data : "", b.len) :
	                            value_bytes(b.data ? b.data : "", b.len);
	buf_free(&b);
	return (r);
}

static struct value *
seq_slice(const struct value *obj, long long start, long long step,
    size_t count)
{
	struct value *r = obj->kind == KIND_TUPLE ? value_tuple_new(count) :
	                                            value_list_new(count);
	size_t i;

	for (i = 0; i < count; i++)
		r->u.seq.items[i] =
		    value_incref(obj->u.seq.items[start + (long long)i * step]);
	return (r);
}

static void
seq_repr(struct buf *b, const struct value *v)
{
	int tuple = v->kind == KIND_TUPLE;
	size_t i;

	switch (value_repr_enter(v)) {
	case 1: /* it holds itself: Python's [...] */
		buf_puts(b, tuple ? "(...)" : "[...]");
		return;
	case -1:
		buf_puts(b, "...");
		return;
	}
	buf_puts(b, tuple ? "(" : "[");
	for (i = 0; i < v->u.seq.len; i++) {
		if (i > 0)
			buf_puts(b, ", ");
		value_buf_repr(b, v->u.seq.items[i]);
	}
	if (tuple && v->u.seq.len == 1)
		buf_puts(b, ",");
	buf_puts(b, tuple ? ")" : "]");
	value_repr_leave(v);
}

static void
seq_free(struct value *v)
{
	size_t i;

	for (i = 0; i < v->u.seq.len; i++)
		value_decref(v->u.seq.items[i]);
	free(v->u.seq.items);
	free(v);
}

static int
seq_truth(const struct value *v)
{
	return (v->u.seq.len != 0);
}

/* 1, 0, or -1 with RecursionError pending (past Python's limit). */
static int
seq_eq(const struct value *a, const struct value *b)
{
	size_t i;
	int r = 1;

	if (a->kind != b->kind || a->u.seq.len != b->u.seq.len)
		return (0);
	if (value_recursion_enter(" in comparison") < 0)
		return (-1);
	for (i = 0; i < a->u.seq.len && r == 1; i++)
		r = value_item_equal(a->u.seq.items[i], b->u.seq.items[i]);
	value_recursion_leave();
	return (r);
}

static int
seq_compare(const struct value *a, const struct value *b, const char *op)
{
	size_t i, n;
	int r, eq = 1;

	if (a->kind != b->kind)
		return (kind_unorderable(a, b, op));
	if (value_recursion_enter(" in comparison") < 0)
		return (-2);
	n = a->u.seq.len < b->u.seq.len ? a->u.seq.len : b->u.seq.len;
	for (i = 0; i < n && eq == 1; i++)
		eq = value_item_equal(a->u.seq.items[i], b->u.seq.items[i]);
	if (eq < 0)
		r = -2;
	else if (eq == 0)
		r = value_compare(a->u.seq.items[i - 1], b->u.seq.items[i - 1],
		    op);
	else
		r = a->u.seq.len < b->u.seq.len ? -1 :
		                                  a->u.seq.len > b->u.seq.len;
	value_recursion_leave();
	return (r);
}

/* `in`: identity first (a nan is in [nan]), then ==, as CPython. */
static int
seq_contains(const struct value *c, const struct value *item)
{
	size_t i;
	int r;

	for (i = 0; i < c->u.seq.len; i++)
		if (item == c->u.seq.items[i] ||
		    (r = value_item_equal(item, c->u.seq.items[i])) == 1)
			return (1);
		else if (r < 0)
			return (-1);
	return (0);
}

/* As CPython's tuplehash (xxHash's mixing), over the items' hashes. */
static long long
tuple_hash(const struct value *v)
{
	unsigned long long acc = 2870177450012600261ULL, lane;
	long long h;
	size_t i;

	if (value_recursion_enter("") < 0)
		return (-1);
	for (i = 0; i < v->u.seq.len; i++) {
		if ((h = value_hash(v->u.seq.items[i])) == -1) {
			value_recursion_leave();
			return (-1);
		}
		lane = (unsigned long long)h;
		acc += lane * 14029467366897019727ULL;
		acc = (acc << 31) | (acc >> 33);
		acc *= 11400714785074694791ULL;
	}
	value_recursion_leave();
	acc += v->u.seq.len ^ (2870177450012600261ULL ^ 3527539UL);
	return ((long long)acc == -1 ? 1546275796 : (long long)acc);
}

/* ---- classes, modules, functions, dicts ------------------------------- */

static void
class_repr(struct buf *b, const struct value *v)
{
	const struct pyclass *c = v->u.cls;

	buf_printf(b, "<%s '",
	    c->is_flag ? "flag" :
	    c->is_enum ? "enum" :
	                 "class");
	if (c->module != NULL && !c->is_enum)
		buf_printf(b, "%s.", c->module);
	buf_printf(b, "%s'>", c->name);
}

static int
class_eq(const struct value *a, const struct value *b)
{
	return (a->kind == b->kind && a->u.cls == b->u.cls);
}

static long long
class_hash(const struct value *v)
{
	return (kind_hash_pointer(v->u.cls));
}

static struct value *
class_call(struct value *fn, const struct callargs *a)
{
	if (class_user(fn->u.cls) != NULL)
		return (class_user_call(fn, a));
	return (builtins_call_class(fn->u.cls, a));
}

static struct value *
class_getattr(struct value *obj, const char *name)
{
	if (class_user(obj->u.cls) != NULL)
		return (class_user_getattr(obj, name));
	return (builtins_class_getattr(obj, name));
}

static void
module_repr(struct buf *b, const struct value *v)
{
	buf_printf(b, "<module '%s' (built-in)>", v->u.mod->name);
}

static void
module_free(struct value *v)
{
	dict_free(v->u.mod->dict);
	free(v->u.mod->name);
	free(v->u.mod);
	free(v);
}

static long long
module_hash(const struct value *v)
{
	return (kind_hash_pointer(v->u.mod));
}

static void
func_repr(struct buf *b, const struct value *v)
{
	if (v->u.func.self == NULL)
		buf_printf(b, "<built-in function %s>", v->u.func.fn->name);
	else
		buf_printf(b, "<built-in method %s of %s object at %p>",
		    v->u.func.fn->name, value_type_name(v->u.func.self),
		    (void *)v->u.func.self);
}

static void
func_free(struct value *v)
{
	value_decref(v->u.func.self);
	free(v);
}

static int
func_eq(const struct value *a, const struct value *b)
{
	return (a->kind == b->kind && a->u.func.fn == b->u.func.fn &&
	        a->u.func.self == b->u.func.self);
}

static long long
func_hash(const struct value *v)
{
	return (kind_hash_pointer(v->u.func.fn) ^
	        (v->u.func.self ? kind_hash_pointer(v->u.func.self) : 0));
}

/* socket.socket.bind(s, addr): the first argument is the socket. */
static struct value *
call_unbound_method(const struct builtin *m, const struct callargs *a)
{
	struct callargs rest = *a;

	if (a->npos == 0)
		return (err_set(&cls_TypeError,
		    "unbound method socket.%s() needs an argument", m->name));
	if (a->pos[0]->kind != KIND_SOCKET)
		return (err_set(&cls_TypeError,
		    "descriptor '%s' for '_socket.socket' objects doesn't apply "
		    "to a '%s' object",
		    m->name, value_type_name(a->pos[0])));
	rest.pos++;
	rest.npos--;
	return (m->fn(a->pos[0], &rest));
}

static struct value *
func_call(struct value *fn, const struct callargs *a)
{
	if (fn->u.func.self == NULL && sockobj_is_method(fn->u.func.fn))
		return (call_unbound_method(fn->u.func.fn, a));
	return (fn->u.func.fn->fn(fn->u.func.self, a));
}

static void
dict_repr(struct buf *b, const struct value *v)
{
	const char *key;
	struct value *val;
	size_t i;

	switch (value_repr_enter(v)) {
	case 1: /* it holds itself: Python's {...} */
		buf_puts(b, "{...}");
		return;
	case -1:
		buf_puts(b, "...");
		return;
	}
	buf_puts(b, "{");
	for (i = 0; dict_entry(v->u.dict, i, &key, &val); i++) {
		if (i > 0)
			buf_puts(b, ", ");
		buf_repr_str(b, key, strlen(key));
		buf_puts(b, ": ");
		value_buf_repr(b, val);
	}
	buf_puts(b, "}");
	value_repr_leave(v);
}

static void
dict_value_free(struct value *v)
{
	dict_free(v->u.dict);
	free(v);
}

static int
dict_truth(const struct value *v)
{
	return (dict_len(v->u.dict) != 0);
}

static int
dict_contains(const struct value *c, const struct value *item)
{
	if (item->kind != KIND_STR)
		return (0);
	return (dict_get(c->u.dict, item->u.s.buf) != NULL);
}

/* d[key]: str keys; an int key looks up its decimal text. */
static struct value *
dict_subscript(const struct value *obj, const struct value *idx)
{
	struct value *v = NULL;
	char *key = NULL;

	if (idx->kind == KIND_STR)
		v = dict_get(obj->u.dict, idx->u.s.buf);
	else if (value_is_int(idx)) {
		key = xasprintf("%lld", ival(idx));
		v = dict_get(obj->u.dict, key);
		free(key);
	}
	if (v == NULL) /* KeyError(key): str() quotes it */
		return (err_set_value(exc_new(&cls_KeyError,
		    value_tuple(1, value_incref((struct value *)idx)))));
	return (value_incref(v));
}

/* ---- attributes of the kinds without methods --------------------------- */

/* None, floats and dicts have no attributes we offer. */
static struct value *
plain_getattr(struct value *obj, const char *name)
{
	return (builtins_no_attribute(obj, name));
}

/* os.getpid, socket.AF_INET: the module's dict, then its __name__. */
static struct value *
module_getattr(struct value *obj, const char *name)
{
	struct value *v;

	if ((v = dict_get(obj->u.mod->dict, name)) != NULL)
		return (value_incref(v));
	if (strcmp(name, "__name__") == 0)
		return (value_cstr(obj->u.mod->name));
	return (builtins_no_attribute(obj, name));
}

static struct value *
func_getattr(struct value *obj, const char *name)
{
	if (strcmp(name, "__name__") == 0)
		return (value_cstr(obj->u.func.fn->name));
	return (builtins_no_attribute(obj, name));
}

/* ---- the rows --------------------------------------------------------- */

static const struct kind_desc none_kind = {
	.name = "NoneType",
	.cls = &cls_NoneType,
	.repr = none_repr,
	.free = kind_free_immortal,
	.truth = none_truth,
	.getattr = plain_getattr,
	.hash = none_hash,
};

static const struct kind_desc bool_kind = {
	.name = "bool",
	.cls = &cls_bool,
	.repr = bool_repr,
	.free = kind_free_immortal,
	.truth = int_truth,
	.getattr = int_getattr,
	.binary = num_binary,
	.unary = num_unary,
	.eq = num_eq,
	.compare = num_compare,
	.hash = num_hash,
};

static const struct kind_desc int_kind = {
	.name = "int",
	.cls = &cls_int,
	.repr = int_repr,
	.free = kind_free_plain,
	.truth = int_truth,
	.getattr = int_getattr,
	.binary = num_binary,
	.unary = num_unary,
	.eq = num_eq,
	.compare = num_compare,
	.hash = num_hash,
};

static const struct kind_desc float_kind = {
	.name = "float",
	.cls = &cls_float,
	.repr = float_repr,
	.free = kind_free_plain,
	.truth = float_truth,
	.getattr = plain_getattr,
	.binary = num_binary,
	.unary = num_unary,
	.eq = num_eq,
	.compare = num_compare,
	.hash = num_hash,
};

static const struct kind_desc str_kind = {
	.name = "str",
	.cls = &cls_str,
	.repr = str_repr,
	.str = str_str,
	.free = strlike_free,
	.truth = strlike_truth,
	.getattr = str_getattr,
	.binary = seq_binary,
	.eq = strlike_eq,
	.compare = strlike_compare,
	.hash = strlike_hash,
	.contains = str_contains,
	.subscript = seq_subscript,
	.slice = strlike_slice,
	.iter = iter_new,
};

static const struct kind_desc bytes_kind = {
	.name = "bytes",
	.cls = &cls_bytes,
	.repr = bytes_repr,
	.free = strlike_free,
	.truth = strlike_truth,
	.getattr = bytes_getattr,
	.binary = seq_binary,
	.eq = strlike_eq,
	.compare = strlike_compare,
	.hash = strlike_hash,
	.contains = bytes_contains,
	.subscript = seq_subscript,
	.slice = strlike_slice,
	.iter = iter_new,
};

static const struct kind_desc tuple_kind = {
	.name = "tuple",
	.cls = &cls_tuple,
	.repr = seq_repr,
	.free = seq_free,
	.truth = seq_truth,
	.getattr = tuple_getattr,
	.binary = seq_binary,
	.eq = seq_eq,
	.compare = seq_compare,
	.hash = tuple_hash,
	.contains = seq_contains,
	.subscript = seq_subscript,
	.slice = seq_slice,
	.iter = iter_new,
};

static const struct kind_desc list_kind = {
	.name = "list",
	.cls = &cls_list,
	.repr = seq_repr,
	.free = seq_free,
	.truth = seq_truth,
	.getattr = list_getattr,
	.binary = seq_binary,
	.eq = seq_eq,
	.compare = seq_compare, /* lists are unhashable */
	.contains = seq_contains,
	.subscript = seq_subscript,
	.slice = seq_slice,
	.iter = iter_new,
};

static const struct kind_desc enum_kind = {
	.name = "IntEnum",
	.class_of = enum_class_of, /* AddressFamily ... */
	.repr = enum_repr,
	.str = enum_str,
	.free = kind_free_plain,
	.truth = int_truth,
	.getattr = enum_getattr,
	.binary = enum_binary,
	.unary = num_unary,
	.eq = num_eq,
	.compare = num_compare,
	.hash = num_hash,
};

static const struct kind_desc class_kind = {
	.name = "type",
	.cls = &cls_type,
	.repr = class_repr,
	.free = kind_free_plain,
	.getattr = class_getattr,
	.call = class_call,
	.eq = class_eq,
	.hash = class_hash,
	.setattr = class_setattr,
};

static const struct kind_desc module_kind = {
	.name = "module",
	.cls = &cls_module,
	.repr = module_repr,
	.free = module_free,
	.getattr = module_getattr,
	.hash = module_hash,
};

static const struct kind_desc func_kind = {
	.name = "builtin_function_or_method",
	.cls = &cls_builtin_function,
	.repr = func_repr,
	.free = func_free,
	.getattr = func_getattr,
	.call = func_call,
	.eq = func_eq,
	.hash = func_hash,
};

static const struct kind_desc dict_kind = {
	.name = "dict",
	.cls = &cls_dict,
	.repr = dict_repr,
	.free = dict_value_free,
	.truth = dict_truth,
	.getattr = plain_getattr, /* dicts are unhashable */
	.contains = dict_contains,
	.subscript = dict_subscript,
	.iter = iter_new,
};

/*
 * ORDER KIND: one row per enum kind, in its order (value.h).  The size
 * comes from the rows, so that the assertion catches a kind without one.
 */
const struct kind_desc *const kind_table[] = {
	&none_kind,    /* KIND_NONE */
	&bool_kind,    /* KIND_BOOL */
	&int_kind,     /* KIND_INT */
	&float_kind,   /* KIND_FLOAT */
	&str_kind,     /* KIND_STR */
	&bytes_kind,   /* KIND_BYTES */
	&tuple_kind,   /* KIND_TUPLE */
	&list_kind,    /* KIND_LIST */
	&enum_kind,    /* KIND_ENUM */
	&class_kind,   /* KIND_CLASS */
	&module_kind,  /* KIND_MODULE */
	&func_kind,    /* KIND_FUNC */
	&sockobj_kind, /* KIND_SOCKET */
	&exc_kind,     /* KIND_EXC */
	&dict_kind,    /* KIND_DICT */
	&range_kind,   /* KIND_RANGE */
	&iter_kind,    /* KIND_ITER */
	&pyfunc_kind,  /* KIND_PYFUNC */
	&instance_kind, /* KIND_INSTANCE */
	&method_kind,   /* KIND_METHOD */
	&super_kind,    /* KIND_SUPER */
};

_Static_assert(sizeof(kind_table) / sizeof(kind_table[0]) == KIND_COUNT,
    "kind_table needs one row per enum kind (ORDER KIND)");
