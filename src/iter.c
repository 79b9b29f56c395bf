/* iter.c -- iteration over values, and the range kind */
#include <config.h>

#include "iter.h"

#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "attr.h"
#include "buf.h"
#include "err.h"
#include "kind.h"
#include "value.h"
#include "xmalloc.h"

const struct pyclass cls_range = { "range", NULL, &cls_object, 0, 0 };
const struct pyclass cls_iterator = { "iterator", NULL, &cls_object, 0, 0 };
const struct pyclass cls_enumerate = { "enumerate", NULL, &cls_object, 0, 0 };
const struct pyclass cls_zip = { "zip", NULL, &cls_object, 0, 0 };

/* type(iter(x)) as CPython names it, by what is walked. */
static const struct pyclass cls_str_iterator = { "str_iterator", NULL,
	&cls_object, 0, 0 };
static const struct pyclass cls_str_ascii_iterator = { "str_ascii_iterator",
	NULL, &cls_object, 0, 0 };
static const struct pyclass cls_bytes_iterator = { "bytes_iterator", NULL,
	&cls_object, 0, 0 };
static const struct pyclass cls_tuple_iterator = { "tuple_iterator", NULL,
	&cls_object, 0, 0 };
static const struct pyclass cls_list_iterator = { "list_iterator", NULL,
	&cls_object, 0, 0 };
static const struct pyclass cls_dict_keyiterator = { "dict_keyiterator", NULL,
	&cls_object, 0, 0 };
static const struct pyclass cls_range_iterator = { "range_iterator", NULL,
	&cls_object, 0, 0 };

static unsigned long long range_count(const struct rangeobj *);

static struct value *
new_value(enum kind k)
{
	struct value *v = xcalloc(1, sizeof(*v));

	v->kind = k;
	v->refs = 1;
	return (v);
}

/* ---- iteration ---------------------------------------------------------- */

int
value_iterable(const struct value *v)
{
	return (kind_of(v)->iter != NULL);
}

struct value *
value_iter(struct value *v)
{
	if (kind_of(v)->iter == NULL)
		return (err_set(&cls_TypeError, "'%s' object is not iterable",
		    value_type_name(v)));
	return (kind_of(v)->iter(v));
}

struct value *
value_next(struct value *it)
{
	return (kind_of(it)->next(it));
}

struct value *
iter_new(struct value *v)
{
	struct value *it;

	if (v->kind == KIND_ITER)
		return (value_incref(v));
	it = new_value(KIND_ITER);
	it->u.iter = xcalloc(1, sizeof(*it->u.iter));
	it->u.iter->src = value_incref(v);
	if (v->kind == KIND_DICT)
		it->u.iter->len0 = dict_len(v->u.dict);
	return (it);
}

/* Bytes in the UTF-8 character that starts with byte c. */
static size_t
utf8_len(unsigned char c)
{
	if (c < 0xc0)
		return (1);
	if (c < 0xe0)
		return (2);
	if (c < 0xf0)
		return (3);
	return (4);
}

/* zip's and enumerate's next: tuples of what their iterators give. */
static struct value *
combined_next(struct iterobj *it)
{
	struct value *t, *x;
	size_t i;

	if (it->mode == ITER_ENUMERATE) {
		if ((x = value_next(it->src)) == NULL)
			return (NULL);
		return (value_tuple(2, value_int(it->count++), x));
	}
	if (it->nits == 0)
		return (NULL);
	t = value_tuple_new(it->nits);
	for (i = 0; i < it->nits; i++) {
		if ((x = value_next(it->its[i])) == NULL) {
			/* the shortest ends it; the rest stay as they are */
			t->u.seq.len = i;
			value_decref(t);
			return (NULL);
		}
		value_seq_set(t, i, x);
	}
	return (t);
}

static struct value *
iter_next(struct value *itv)
{
	struct iterobj *it = itv->u.iter;
	struct value *s = it->src;
	const char *key;
	struct value *val;
	size_t n;

	if (it->mode != ITER_WALK)
		return (combined_next(it));
	switch (s->kind) {
	case KIND_STR:
		if (it->pos >= s->u.s.len)
			return (NULL);
		n = utf8_len((unsigned char)s->u.s.buf[it->pos]);
		if (n > s->u.s.len - it->pos)
			n = s->u.s.len - it->pos;
		it->pos += n;
		return (value_str(s->u.s.buf + it->pos - n, n));
	case KIND_BYTES:
		if (it->pos >= s->u.s.len)
			return (NULL);
		return (value_int((unsigned char)s->u.s.buf[it->pos++]));
	case KIND_TUPLE:
	case KIND_LIST:
		if (it->pos >= s->u.seq.len)
			return (NULL);
		return (value_incref(s->u.seq.items[it->pos++]));
	case KIND_DICT:
		if (dict_len(s->u.dict) != it->len0) {
			it->len0 = SIZE_MAX; /* stays broken, as in CPython */
			return (err_set(&cls_RuntimeError,
			    "dictionary changed size during iteration"));
		}
		if (!dict_entry(s->u.dict, it->pos, &key, &val))
			return (NULL);
		it->pos++;
		return (value_cstr(key));
	case KIND_RANGE:
		if ((unsigned long long)it->pos >= range_count(s->u.range))
			return (NULL);
		n = it->pos++;
		return (value_int(
		    (long long)((unsigned long long)s->u.range->start +
		                (unsigned long long)n *
		                    (unsigned long long)s->u.range->step)));
	default:
		return (NULL);
	}
}

struct value *
value_list_of(struct value *v)
{
	struct value *it, *x, *list;
	size_t i;

	if (value_is_seq(v)) {
		list = value_list_new(v->u.seq.len);
		for (i = 0; i < v->u.seq.len; i++)
			list->u.seq.items[i] = value_incref(v->u.seq.items[i]);
		return (list);
	}
	if ((it = value_iter(v)) == NULL)
		return (NULL);
	list = value_list_new(0);
	while ((x = value_next(it)) != NULL) {
		if (err_check_interrupt()) {
			value_decref(x);
			break;
		}
		value_list_append(list, x);
	}
	value_decref(it);
	if (err_occurred()) {
		value_decref(list);
		return (NULL);
	}
	return (list);
}

static const struct pyclass *
iter_class_of(const struct value *v)
{
	const struct value *s = v->u.iter->src;
	size_t i;

	if (v->u.iter->mode == ITER_ENUMERATE)
		return (&cls_enumerate);
	if (v->u.iter->mode == ITER_ZIP)
		return (&cls_zip);
	switch (s->kind) {
	case KIND_STR:
		for (i = 0; i < s->u.s.len; i++)
			if ((unsigned char)s->u.s.buf[i] >= 0x80)
				return (&cls_str_iterator);
		return (&cls_str_ascii_iterator);
	case KIND_BYTES:
		return (&cls_bytes_iterator);
	case KIND_TUPLE:
		return (&cls_tuple_iterator);
	case KIND_LIST:
		return (&cls_list_iterator);
	case KIND_DICT:
		return (&cls_dict_keyiterator);
	case KIND_RANGE:
		return (&cls_range_iterator);
	default:
		return (&cls_iterator);
	}
}

static void
iter_repr(struct buf *b, const struct value *v)
{
	buf_printf(b, "<%s object at %p>", iter_class_of(v)->name, (void *)v);
}

static void
iter_free(struct value *v)
{
	size_t i;

	for (i = 0; i < v->u.iter->nits; i++)
		value_decref(v->u.iter->its[i]);
	free(v->u.iter->its);
	value_decref(v->u.iter->src);
	free(v->u.iter);
	free(v);
}

static struct value *
no_attribute(struct value *obj, const char *name)
{
	return (err_set(&cls_AttributeError,
	    "'%s' object has no attribute '%s'", value_type_name(obj), name));
}

/* x in it: consumes it up to x, as CPython does. */
static int
iter_contains(const struct value *c, const struct value *item)
{
	struct value *it = (struct value *)c, *x;
	int eq;

	while ((x = value_next(it)) != NULL) {
		eq = value_item_equal(x, item);
		value_decref(x);
		if (eq)
			return (1);
	}
	return (err_occurred() ? -1 : 0);
}

static long long
iter_hash(const struct value *v)
{
	return (kind_hash_pointer(v));
}

const struct kind_desc iter_kind = {
	.name = "iterator",
	.cls = &cls_iterator,
	.class_of = iter_class_of,
	.repr = iter_repr,
	.free = iter_free,
	.getattr = no_attribute,
	.hash = iter_hash,
	.contains = iter_contains,
	.iter = iter_new,
	.next = iter_next,
};

static struct value *
combined_new(int mode)
{
	struct value *v = new_value(KIND_ITER);

	v->u.iter = xcalloc(1, sizeof(*v->u.iter));
	v->u.iter->mode = mode;
	return (v);
}

struct value *
enumerate_call(const struct callargs *a)
{
	struct value *iterable = a->npos > 0 ? a->pos[0] : NULL;
	struct value *start = a->npos > 1 ? a->pos[1] : NULL, *it, *e;
	long long n = 0;
	size_t i;

	if (a->npos + a->nkw > 2)
		return (err_set(&cls_TypeError,
		    "enumerate() takes at most 2 arguments (%zu given)",
		    a->npos + a->nkw));
	for (i = 0; i < a->nkw; i++) {
		if (strcmp(a->kwnames[i], "iterable") == 0 && iterable == NULL)
			iterable = a->kwvals[i];
		else if (strcmp(a->kwnames[i], "start") == 0 && start == NULL)
			start = a->kwvals[i];
		else
			return (err_set(&cls_TypeError,
			    "'%s' is an invalid keyword argument for "
			    "enumerate()",
			    a->kwnames[i]));
	}
	if (iterable == NULL)
		return (err_set(&cls_TypeError,
		    "enumerate() missing required argument 'iterable'"));
	if ((it = value_iter(iterable)) == NULL)
		return (NULL);
	if (start != NULL && value_as_long(start, &n) < 0) {
		value_decref(it);
		return (NULL);
	}
	e = combined_new(ITER_ENUMERATE);
	e->u.iter->src = it;
	e->u.iter->count = n;
	return (e);
}

struct value *
zip_call(const struct callargs *a)
{
	struct value *z;
	size_t i;

	if (a->nkw > 0)
		return (err_set(&cls_TypeError,
		    "'%s' is an invalid keyword argument for zip()",
		    a->kwnames[0]));
	z = combined_new(ITER_ZIP);
	z->u.iter->its = xcalloc(a->npos + 1, sizeof(*z->u.iter->its));
	for (i = 0; i < a->npos; i++) {
		if ((z->u.iter->its[i] = value_iter(a->pos[i])) == NULL) {
			value_decref(z);
			return (NULL);
		}
		z->u.iter->nits++;
	}
	return (z);
}

/* ---- range ---------------------------------------------------------------- */

/* The items in r: up to 2**64 - 1. */
static unsigned long long
range_count(const struct rangeobj *r)
{
	unsigned long long d;

	if (r->step > 0) {
		if (r->start >= r->stop)
			return (0);
		d = (unsigned long long)r->stop - (unsigned long long)r->start;
		return ((d - 1) / (unsigned long long)r->step + 1);
	}
	if (r->start <= r->stop)
		return (0);
	d = (unsigned long long)r->start - (unsigned long long)r->stop;
	return ((d - 1) / (0ULL - (unsigned long long)r->step) + 1);
}

long long
range_len(const struct rangeobj *r)
{
	unsigned long long n = range_count(r);

	return (n > (unsigned long long)LLONG_MAX ? -1 : (long long)n);
}

struct value *
value_range(long long start, long long stop, long long step)
{
	struct value *v = new_value(KIND_RANGE);

	v->u.range = xmalloc(sizeof(*v->u.range));
	v->u.range->start = start;
	v->u.range->stop = stop;
	v->u.range->step = step;
	return (v);
}

struct value *
range_call(const struct callargs *a)
{
	long long x[3] = { 0, 0, 1 };
	size_t i;

	if (a->nkw > 0)
		return (err_set(&cls_TypeError,
		    "range() takes no keyword arguments"));
	if (a->npos == 0)
		return (err_set(&cls_TypeError,
		    "range expected at least 1 argument, got 0"));
	if (a->npos > 3)
		return (err_set(&cls_TypeError,
		    "range expected at most 3 arguments, got %zu", a->npos));
	for (i = 0; i < a->npos; i++)
		if (value_as_long(a->pos[i], &x[a->npos == 1 ? 1 : i]) < 0)
			return (NULL);
	if (x[2] == 0)
		return (
		    err_set(&cls_ValueError, "range() arg 3 must not be zero"));
	return (value_range(x[0], x[1], x[2]));
}

static void
range_repr(struct buf *b, const struct value *v)
{
	const struct rangeobj *r = v->u.range;

	if (r->step == 1)
		buf_printf(b, "range(%lld, %lld)", r->start, r->stop);
	else
		buf_printf(b, "range(%lld, %lld, %lld)", r->start, r->stop,
		    r->step);
}

static void
range_free(struct value *v)
{
	free(v->u.range);
	free(v);
}

static int
range_truth(const struct value *v)
{
	return (range_count(v->u.range) != 0);
}

/* For "Did you mean", sorted as dir() sorts them. */
static const char *const range_attrs[] = { "count", "index", "start", "step",
	"stop" };

static struct value *
range_getattr(struct value *obj, const char *name)
{
	if (strcmp(name, "start") == 0)
		return (value_int(obj->u.range->start));
	if (strcmp(name, "stop") == 0)
		return (value_int(obj->u.range->stop));
	if (strcmp(name, "step") == 0)
		return (value_int(obj->u.range->step));
	return (attr_error(obj, name, range_attrs,
	    sizeof(range_attrs) / sizeof(range_attrs[0]), NULL));
}

/* Ranges are equal when they hold the same numbers. */
static int
range_eq(const struct value *a, const struct value *b)
{
	const struct rangeobj *x = a->u.range, *y;
	long long n;

	if (b->kind != KIND_RANGE)
		return (0);
	y = b->u.range;
	if ((n = (long long)range_count(x)) != (long long)range_count(y))
		return (0);
	if (n == 0)
		return (1);
	if (x->start != y->start)
		return (0);
	return (n == 1 || x->step == y->step);
}

static int
range_has(const struct rangeobj *r, long long i)
{
	unsigned long long d, st;

	if (r->step > 0) {
		if (i < r->start || i >= r->stop)
			return (0);
		d = (unsigned long long)i - (unsigned long long)r->start;
		st = (unsigned long long)r->step;
	} else {
		if (i > r->start || i <= r->stop)
			return (0);
		d = (unsigned long long)r->start - (unsigned long long)i;
		st = 0ULL - (unsigned long long)r->step;
	}
	return (d % st == 0);
}

static int
range_contains(const struct value *c, const struct value *item)
{
	struct value *it, *x;
	int eq;

	if (value_is_int(item)) {
		long long i = 0;

		value_as_long(item, &i);
		return (range_has(c->u.range, i));
	}
	/* 1.0 in range(3): compared one by one, as CPython does. */
	it = iter_new((struct value *)c);
	while ((x = value_next(it)) != NULL) {
		eq = value_item_equal(x, item);
		value_decref(x);
		if (eq)
			break;
	}
	value_decref(it);
	return (x != NULL);
}

static struct value *
range_subscript(const struct value *obj, const struct value *idx)
{
	const struct rangeobj *r = obj->u.range;
	unsigned long long n = range_count(r), u;
	long long i;

	if (!value_is_int(idx))
		return (err_set(&cls_TypeError,
		    "range indices must be integers or slices, not %s",
		    value_type_name(idx)));
	value_as_long(idx, &i);
	if (i < 0) {
		u = 0ULL - (unsigned long long)i; /* 1 .. 2**63 */
		if (u > n)
			return (err_set(&cls_IndexError,
			    "range object index out of range"));
		u = n - u;
	} else if ((u = (unsigned long long)i) >= n)
		return (err_set(&cls_IndexError,
		    "range object index out of range"));
	return (value_int((long long)((unsigned long long)r->start +
	                              u * (unsigned long long)r->step)));
}

/*
 * r[a:b:c] from the clipped start and count: a range of the same numbers.
 * (The evaluator maps the bounds itself, as CPython's compute_slice, so
 * that the repr shows the stop CPython shows; this slot is the rest.)
 */
static struct value *
range_slice(const struct value *obj, long long start, long long step,
    size_t count)
{
	const struct rangeobj *r = obj->u.range;
	long long first = r->start + start * r->step;

	return (value_range(first, first + (long long)count * r->step * step,
	    r->step * step));
}

const struct kind_desc range_kind = {
	.name = "range",
	.cls = &cls_range,
	.repr = range_repr,
	.free = range_free,
	.truth = range_truth,
	.getattr = range_getattr,
	.eq = range_eq,
	.contains = range_contains,
	.subscript = range_subscript,
	.slice = range_slice,
	.iter = iter_new,
	.next = NULL,
};

struct value **
iter_unpack_star(struct value *v, size_t want, size_t star)
{
	struct value *list, *rest, **parts;
	size_t n, i, after = want - 1 - star;

	if (!value_iterable(v))
		return (err_set(&cls_TypeError,
		    "cannot unpack non-iterable %s object",
		    value_type_name(v)));
	if ((list = value_list_of(v)) == NULL)
		return (NULL);
	n = list->u.seq.len;
	if (n < want - 1) {
		value_decref(list);
		return (err_set(&cls_ValueError,
		    "not enough values to unpack (expected at least %zu, got "
		    "%zu)",
		    want - 1, n));
	}
	parts = xcalloc(want + 1, sizeof(*parts));
	for (i = 0; i < star; i++)
		parts[i] = value_incref(list->u.seq.items[i]);
	rest = value_list_new(0);
	for (i = star; i < n - after; i++)
		value_list_append(rest, value_incref(list->u.seq.items[i]));
	parts[star] = rest;
	for (i = 0; i < after; i++)
		parts[star + 1 + i] =
		    value_incref(list->u.seq.items[n - after + i]);
	value_decref(list);
	return (parts);
}
