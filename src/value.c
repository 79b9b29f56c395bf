/* value.c -- Python values: construction, reference counts, dispatch, dicts */
#include <config.h>

#include "value.h"

#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "err.h"
#include "kind.h"
#include "xmalloc.h"

/* The classes of the built-in types (exception classes live in exc.c). */
const struct pyclass cls_object = { "object", NULL, NULL, 0, 0 };
const struct pyclass cls_NoneType = { "NoneType", NULL, &cls_object, 0, 0 };
const struct pyclass cls_int = { "int", NULL, &cls_object, 0, 0 };
const struct pyclass cls_bool = { "bool", NULL, &cls_int, 0, 0 };
const struct pyclass cls_float = { "float", NULL, &cls_object, 0, 0 };
const struct pyclass cls_str = { "str", NULL, &cls_object, 0, 0 };
const struct pyclass cls_bytes = { "bytes", NULL, &cls_object, 0, 0 };
const struct pyclass cls_tuple = { "tuple", NULL, &cls_object, 0, 0 };
const struct pyclass cls_list = { "list", NULL, &cls_object, 0, 0 };
const struct pyclass cls_dict = { "dict", NULL, &cls_object, 0, 0 };
const struct pyclass cls_type = { "type", NULL, &cls_object, 0, 0 };
const struct pyclass cls_module = { "module", NULL, &cls_object, 0, 0 };
const struct pyclass cls_builtin_function = { "builtin_function_or_method",
	NULL, &cls_object, 0, 0 };
/* Immortal: their count starts high and value_decref never frees them. */
#define IMMORTAL (1u << 30)
struct value value_none_s = { KIND_NONE, IMMORTAL, { 0 } };
struct value value_true_s = { KIND_BOOL, IMMORTAL, { .i = 1 } };
struct value value_false_s = { KIND_BOOL, IMMORTAL, { .i = 0 } };
struct value value_notimpl_s = { KIND_NONE, IMMORTAL, { 0 } }; /* kind.h */

static struct value *
alloc(enum kind k)
{
	struct value *v = xcalloc(1, sizeof(*v));

	v->kind = k;
	v->refs = 1;
	return (v);
}

struct value *
value_none(void)
{
	return (value_incref(&value_none_s));
}

struct value *
value_bool(int b)
{
	return (value_incref(b ? &value_true_s : &value_false_s));
}

struct value *
value_int(long long i)
{
	struct value *v = alloc(KIND_INT);

	v->u.i = i;
	return (v);
}

struct value *
value_float(double f)
{
	struct value *v = alloc(KIND_FLOAT);

	v->u.f = f;
	return (v);
}

static struct value *
new_strlike(enum kind k, const void *p, size_t len)
{
	struct value *v = alloc(k);

	v->u.s.buf = xmalloc(len + 1);
	if (len > 0)
		memcpy(v->u.s.buf, p, len);
	v->u.s.buf[len] = '\0';
	v->u.s.len = len;
	return (v);
}

struct value *
value_str(const char *p, size_t len)
{
	return (new_strlike(KIND_STR, p, len));
}

struct value *
value_cstr(const char *s)
{
	return (new_strlike(KIND_STR, s, strlen(s)));
}

struct value *
value_bytes(const void *p, size_t len)
{
	return (new_strlike(KIND_BYTES, p, len));
}

static struct value *
new_seq(enum kind k, size_t len)
{
	struct value *v = alloc(k);

	v->u.seq.cap = len ? len : 4;
	v->u.seq.items = xcalloc(v->u.seq.cap, sizeof(struct value *));
	v->u.seq.len = len;
	return (v);
}

struct value *
value_tuple_new(size_t len)
{
	return (new_seq(KIND_TUPLE, len));
}

struct value *
value_tuple(size_t len, ...)
{
	struct value *t = new_seq(KIND_TUPLE, len);
	va_list ap;
	size_t i;

	va_start(ap, len);
	for (i = 0; i < len; i++)
		t->u.seq.items[i] = va_arg(ap, struct value *);
	va_end(ap);
	return (t);
}

struct value *
value_list_new(size_t len)
{
	return (new_seq(KIND_LIST, len));
}

struct value *
value_enum(const struct pyclass *cls, const char *name, long long i)
{
	struct value *v = alloc(KIND_ENUM);

	v->u.en.cls = cls;
	v->u.en.name = name;
	v->u.en.i = i;
	return (v);
}

struct value *
value_class(const struct pyclass *cls)
{
	struct value *v = alloc(KIND_CLASS);

	v->u.cls = cls;
	return (v);
}

struct value *
value_func(const struct builtin *fn, struct value *self)
{
	struct value *v = alloc(KIND_FUNC);

	v->u.func.fn = fn;
	v->u.func.self = value_incref(self);
	return (v);
}

struct value *
value_module(const char *name)
{
	struct value *v = alloc(KIND_MODULE);

	v->u.mod = xcalloc(1, sizeof(*v->u.mod));
	v->u.mod->name = xstrdup(name);
	v->u.mod->dict = dict_new();
	return (v);
}

struct value *
value_dict_new(void)
{
	struct value *v = alloc(KIND_DICT);

	v->u.dict = dict_new();
	return (v);
}

struct value *
value_incref(struct value *v)
{
	if (v != NULL)
		v->refs++;
	return (v);
}

/*
 * Freeing without C recursion, as CPython's Py_TRASHCAN: a free slot
 * releases what its value owns through value_decref, so a list nested a
 * million deep would recurse a million frames.  Up to FREE_DEPTH nested
 * frees run at once (the order of a learner's closes stays as it was);
 * deeper values wait on a stack that the outermost value_decref empties.
 */
#define FREE_DEPTH 50
static unsigned free_depth;
static struct value **deferred; /* values whose count reached 0 */
static size_t ndeferred, capdeferred;

void
value_decref(struct value *v)
{
	if (v == NULL || --v->refs > 0)
		return;
	if (free_depth >= FREE_DEPTH) {
		if (ndeferred == capdeferred) {
			capdeferred = capdeferred ? 2 * capdeferred : 64;
			deferred =
			    xrealloc(deferred, capdeferred * sizeof(*deferred));
		}
		deferred[ndeferred++] = v;
		return;
	}
	free_depth++;
	kind_of(v)->free(v);
	if (free_depth == 1)
		while (ndeferred > 0) {
			v = deferred[--ndeferred];
			kind_of(v)->free(v);
		}
	free_depth--;
}

void
kind_free_plain(struct value *v)
{
	free(v);
}

void
kind_free_immortal(struct value *v)
{
	v->refs = IMMORTAL; /* None, True, False: never freed */
}

void
value_seq_set(struct value *seq, size_t i, struct value *item)
{
	value_decref(seq->u.seq.items[i]);
	seq->u.seq.items[i] = item;
}

struct value *
value_seq_get(const struct value *seq, size_t i)
{
	return (seq->u.seq.items[i]);
}

void
value_list_append(struct value *list, struct value *item)
{
	if (list->u.seq.len == list->u.seq.cap) {
		list->u.seq.cap *= 2;
		list->u.seq.items = xrealloc(list->u.seq.items,
		    list->u.seq.cap * sizeof(struct value *));
	}
	list->u.seq.items[list->u.seq.len++] = item;
}

const struct pyclass *
value_class_of(const struct value *v)
{
	const struct kind_desc *k = kind_of(v);

	return (k->class_of != NULL ? k->class_of(v) : k->cls);
}

const char *
value_type_name(const struct value *v)
{
	return (value_class_of(v)->name);
}

int
value_is_int(const struct value *v)
{
	return (v->kind == KIND_INT || v->kind == KIND_BOOL ||
	        v->kind == KIND_ENUM);
}

int
value_is_seq(const struct value *v)
{
	return (v->kind == KIND_TUPLE || v->kind == KIND_LIST);
}

int
value_is_strlike(const struct value *v)
{
	return (v->kind == KIND_STR || v->kind == KIND_BYTES);
}

int
class_is_subclass(const struct pyclass *c, const struct pyclass *base)
{
	for (; c != NULL; c = c->base)
		if (c == base)
			return (1);
	return (0);
}

int
value_isinstance(const struct value *v, const struct pyclass *cls)
{
	return (class_is_subclass(value_class_of(v), cls));
}

/* ---- truth, equality, ordering ---------------------------------------- */

int
value_truth(const struct value *v)
{
	const struct kind_desc *k = kind_of(v);

	return (k->truth != NULL ? k->truth(v) : 1);
}

/*
 * Python's recursion limit for the walks that descend into containers:
 * compare, contains and hash (Py_EnterRecursiveCall), and repr
 * (Py_ReprEnter keeps the containers being printed).  python3 at its
 * prompt compares 999 nested lists and prints 998 (the module's frame and
 * the call to repr or print take the rest of its 1000).
 */
#define COMPARE_LIMIT 999
#define REPR_LIMIT 998
static unsigned compare_depth;

int
value_recursion_enter(const char *where)
{
	if (compare_depth >= COMPARE_LIMIT) {
		err_set(&cls_RecursionError,
		    "maximum recursion depth exceeded%s", where);
		return (-1);
	}
	compare_depth++;
	return (0);
}

void
value_recursion_leave(void)
{
	compare_depth--;
}

int
value_equal(const struct value *a, const struct value *b)
{
	const struct kind_desc *k;

	if (a == b)
		return (a->kind != KIND_FLOAT || a->u.f == a->u.f);
	k = kind_of(a);
	return (k->eq != NULL ? k->eq(a, b) : 0);
}

int
value_item_equal(const struct value *a, const struct value *b)
{
	return (a == b ? 1 : value_equal(a, b));
}

int
value_compare(const struct value *a, const struct value *b, const char *op)
{
	const struct kind_desc *k = kind_of(a);

	if (k->compare == NULL)
		return (kind_unorderable(a, b, op));
	return (k->compare(a, b, op));
}

int
kind_unorderable(const struct value *a, const struct value *b, const char *op)
{
	err_set(&cls_TypeError,
	    "'%s' not supported between instances of '%s' and '%s'", op,
	    value_type_name(a), value_type_name(b));
	return (-2);
}

long long
value_hash(const struct value *v)
{
	const struct kind_desc *k = kind_of(v);

	if (k->hash == NULL) {
		err_set(&cls_TypeError, "unhashable type: '%s'",
		    value_type_name(v));
		return (-1);
	}
	return (k->hash(v));
}

long long
kind_hash_pointer(const void *p)
{
	long long h = (long long)((uintptr_t)p >> 4); /* as CPython's id hash */

	return (h == -1 ? -2 : h);
}

/* ---- operators, attributes, calls -------------------------------------- */

struct value *
kind_unsupported(enum op op, const struct value *a, const struct value *b)
{
	return (err_set(&cls_TypeError,
	    "unsupported operand type(s) for %s: '%s' and '%s'",
	    op == OP_POW ? "** or pow()" : op_symbol(op), value_type_name(a),
	    value_type_name(b)));
}

/* a's kind first, then b's if a's declines (__add__, then __radd__). */
struct value *
value_binary(enum op op, const struct value *a, const struct value *b)
{
	const struct kind_desc *ka = kind_of(a), *kb = kind_of(b);
	struct value *r;

	if (ka->binary != NULL && (r = ka->binary(op, a, b)) != VALUE_NOTIMPL)
		return (r);
	if (kb != ka && kb->binary != NULL &&
	    (r = kb->binary(op, a, b)) != VALUE_NOTIMPL)
		return (r);
	return (kind_unsupported(op, a, b));
}

struct value *
value_unary(enum op op, const struct value *v)
{
	const struct kind_desc *k = kind_of(v);
	struct value *r;

	if (op == OP_NOT)
		return (value_bool(!value_truth(v)));
	if (k->unary != NULL && (r = k->unary(op, v)) != VALUE_NOTIMPL)
		return (r);
	return (err_set(&cls_TypeError, "bad operand type for unary %s: '%s'",
	    op_symbol(op), value_type_name(v)));
}

int
value_contains(const struct value *c, const struct value *item)
{
	const struct kind_desc *k = kind_of(c);

	if (k->contains != NULL)
		return (k->contains(c, item));
	err_set(&cls_TypeError, "argument of type '%s' is not iterable",
	    value_type_name(c));
	return (-1);
}

struct value *
value_getattr(struct value *obj, const char *name)
{
	const struct kind_desc *k = kind_of(obj);

	if (k->getattr != NULL)
		return (k->getattr(obj, name));
	return (err_set(&cls_AttributeError,
	    "'%s' object has no attribute '%s'", value_type_name(obj), name));
}

struct value *
value_call(struct value *fn, const struct callargs *a)
{
	const struct kind_desc *k = kind_of(fn);

	if (k->call != NULL)
		return (k->call(fn, a));
	return (err_set(&cls_TypeError, "'%s' object is not callable",
	    value_type_name(fn)));
}

/* ---- text ------------------------------------------------------------- */

/* Decode one UTF-8 sequence; returns its length (1 for a stray byte). */
static size_t
utf8_decode(const unsigned char *p, size_t n, uint32_t *cp)
{
	if (p[0] < 0x80) {
		*cp = p[0];
		return (1);
	}
	if ((p[0] & 0xe0) == 0xc0 && n >= 2 && (p[1] & 0xc0) == 0x80) {
		*cp = ((uint32_t)(p[0] & 0x1f) << 6) | (p[1] & 0x3f);
		return (2);
	}
	if ((p[0] & 0xf0) == 0xe0 && n >= 3 && (p[1] & 0xc0) == 0x80 &&
	    (p[2] & 0xc0) == 0x80) {
		*cp = ((uint32_t)(p[0] & 0x0f) << 12) |
		      ((uint32_t)(p[1] & 0x3f) << 6) | (p[2] & 0x3f);
		return (3);
	}
	if ((p[0] & 0xf8) == 0xf0 && n >= 4 && (p[1] & 0xc0) == 0x80 &&
	    (p[2] & 0xc0) == 0x80 && (p[3] & 0xc0) == 0x80) {
		*cp = ((uint32_t)(p[0] & 0x07) << 18) |
		      ((uint32_t)(p[1] & 0x3f) << 12) |
		      ((uint32_t)(p[2] & 0x3f) << 6) | (p[3] & 0x3f);
		return (4);
	}
	*cp = 0xdc00 + p[0]; /* as surrogateescape would */
	return (1);
}

size_t
utf8_strlen(const char *s, size_t len)
{
	size_t i = 0, n = 0;
	uint32_t cp;

	while (i < len) {
		i += utf8_decode((const unsigned char *)s + i, len - i, &cp);
		n++;
	}
	return (n);
}

/* Python's str.isprintable, closely enough for socket work. */
static int
cp_printable(uint32_t cp)
{
	if (cp < 0x20 || cp == 0x7f)
		return (0);
	if (cp >= 0x80 && cp <= 0xa0)
		return (0);
	if (cp == 0xad || (cp >= 0x2000 && cp <= 0x200f) ||
	    (cp >= 0x2028 && cp <= 0x202f) || (cp >= 0x205f && cp <= 0x206f) ||
	    cp == 0x3000 || cp == 0xfeff || (cp >= 0xd800 && cp <= 0xf8ff) ||
	    cp == 0x1680 || cp >= 0xf0000)
		return (0);
	return (1);
}

static char
pick_quote(const char *s, size_t len)
{
	return (memchr(s, '\'', len) != NULL && memchr(s, '"', len) == NULL ?
	            '"' :
	            '\'');
}

void
buf_repr_str(struct buf *b, const char *s, size_t len)
{
	char q = pick_quote(s, len);
	size_t i = 0, n;
	uint32_t cp;

	buf_add(b, &q, 1);
	while (i < len) {
		n = utf8_decode((const unsigned char *)s + i, len - i, &cp);
		if (cp == (uint32_t)q || cp == '\\')
			buf_printf(b, "\\%c", (char)cp);
		else if (cp == '\n')
			buf_puts(b, "\\n");
		else if (cp == '\r')
			buf_puts(b, "\\r");
		else if (cp == '\t')
			buf_puts(b, "\\t");
		else if (cp_printable(cp))
			buf_add(b, s + i, n);
		else if (cp < 0x100)
			buf_printf(b, "\\x%02x", cp);
		else if (cp < 0x10000)
			buf_printf(b, "\\u%04x", cp);
		else
			buf_printf(b, "\\U%08x", cp);
		i += n;
	}
	buf_add(b, &q, 1);
}

void
buf_repr_bytes(struct buf *b, const char *s, size_t len)
{
	char q = pick_quote(s, len);
	size_t i;

	buf_add(b, "b", 1);
	buf_add(b, &q, 1);
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == (unsigned char)q || c == '\\')
			buf_printf(b, "\\%c", c);
		else if (c == '\n')
			buf_puts(b, "\\n");
		else if (c == '\r')
			buf_puts(b, "\\r");
		else if (c == '\t')
			buf_puts(b, "\\t");
		else if (c < 0x20 || c >= 0x7f)
			buf_printf(b, "\\x%02x", c);
		else
			buf_add(b, &s[i], 1);
	}
	buf_add(b, &q, 1);
}

void
value_buf_repr(struct buf *b, const struct value *v)
{
	kind_of(v)->repr(b, v);
}

/* The containers being printed, outermost first (Py_ReprEnter's list). */
static const struct value **repr_stack;
static size_t repr_n, repr_cap;
static unsigned repr_walks; /* value_repr calls in progress */
static int repr_overflow;   /* the walk went past REPR_LIMIT */

int
value_repr_enter(const struct value *v)
{
	size_t i;

	if (repr_overflow)
		return (-1);
	for (i = 0; i < repr_n; i++)
		if (repr_stack[i] == v)
			return (1);
	if (repr_n >= REPR_LIMIT) {
		repr_overflow = 1;
		return (-1);
	}
	if (repr_n == repr_cap) {
		repr_cap = repr_cap ? 2 * repr_cap : 16;
		repr_stack =
		    xrealloc(repr_stack, repr_cap * sizeof(*repr_stack));
	}
	repr_stack[repr_n++] = v;
	return (0);
}

void
value_repr_leave(const struct value *v)
{
	(void)v;
	repr_n--;
}

/* str(v) (str_too) or repr(v); *deep: the walk passed the limit. */
static char *
repr_walk(const struct value *v, int str_too, int *deep)
{
	const struct kind_desc *k = kind_of(v);
	struct buf b;
	char *s;

	repr_walks++;
	if (str_too && k->str != NULL)
		s = k->str(v);
	else {
		buf_init(&b);
		k->repr(&b, v);
		s = buf_steal(&b);
	}
	*deep = repr_overflow;
	if (--repr_walks == 0)
		repr_overflow = 0;
	return (s);
}

static char *
repr_checked(const struct value *v, int str_too)
{
	int deep, failed = err_occurred();
	char *s = repr_walk(v, str_too, &deep);

	if (!failed && err_occurred()) { /* a __repr__ or __str__ raised */
		free(s);
		return (NULL);
	}
	if (!deep)
		return (s);
	free(s);
	return (err_set(&cls_RecursionError,
	    "maximum recursion depth "
	    "exceeded while getting the repr of an object"));
}

char *
value_repr(const struct value *v)
{
	int deep;

	return (repr_walk(v, 0, &deep));
}

char *
value_str_of(const struct value *v)
{
	int deep;

	return (repr_walk(v, 1, &deep));
}

char *
value_repr_checked(const struct value *v)
{
	return (repr_checked(v, 0));
}

char *
value_str_checked(const struct value *v)
{
	return (repr_checked(v, 1));
}

/* ---- dicts: open addressing over an insertion-ordered entry array ----- */

struct dict_entry {
	char *key;         /* owned; NULL marks a deleted entry */
	struct value *val; /* owned */
	unsigned long hash;
};

struct dict {
	struct dict_entry *entries; /* insertion order */
	size_t nentries;            /* used slots, deleted ones included */
	size_t cap;
	size_t live;   /* entries with a key */
	long *index;   /* hash table of entry numbers, -1 empty */
	size_t nindex; /* a power of two */
};

static unsigned long
hash_str(const char *s)
{
	unsigned long h = 5381;

	while (*s)
		h = h * 33 + (unsigned char)*s++;
	return (h);
}

struct dict *
dict_new(void)
{
	struct dict *d = xcalloc(1, sizeof(*d));

	return (d);
}

void
dict_free(struct dict *d)
{
	size_t i;

	if (d == NULL)
		return;
	for (i = 0; i < d->nentries; i++) {
		free(d->entries[i].key);
		value_decref(d->entries[i].val);
	}
	free(d->entries);
	free(d->index);
	free(d);
}

static long
dict_find(const struct dict *d, const char *key, unsigned long h, size_t *slot)
{
	size_t mask, i;
	long e;

	if (d->nindex == 0) {
		*slot = 0;
		return (-1);
	}
	mask = d->nindex - 1;
	for (i = h & mask;; i = (i + 1) & mask) {
		e = d->index[i];
		if (e == -1) {
			*slot = i;
			return (-1);
		}
		if (d->entries[e].key != NULL && d->entries[e].hash == h &&
		    strcmp(d->entries[e].key, key) == 0) {
			*slot = i;
			return (e);
		}
	}
}

/* Rebuild the index (and drop deleted entries) at twice the live size. */
static void
dict_rehash(struct dict *d)
{
	size_t i, j, slot;

	for (i = j = 0; i < d->nentries; i++) {
		if (d->entries[i].key == NULL)
			continue;
		d->entries[j++] = d->entries[i];
	}
	d->nentries = j;
	d->nindex = 16;
	while (d->nindex < (d->nentries + 1) * 3)
		d->nindex *= 2;
	free(d->index);
	d->index = xmalloc(d->nindex * sizeof(long));
	for (i = 0; i < d->nindex; i++)
		d->index[i] = -1;
	for (i = 0; i < d->nentries; i++) {
		dict_find(d, d->entries[i].key, d->entries[i].hash, &slot);
		d->index[slot] = (long)i;
	}
}

struct value *
dict_get(const struct dict *d, const char *key)
{
	size_t slot;
	long e = dict_find(d, key, hash_str(key), &slot);

	return (e < 0 ? NULL : d->entries[e].val);
}

void
dict_set(struct dict *d, const char *key, struct value *val)
{
	unsigned long h = hash_str(key);
	size_t slot;
	long e = dict_find(d, key, h, &slot);

	if (e >= 0) {
		struct value *old = d->entries[e].val;

		d->entries[e].val = val;
		value_decref(old); /* after: freeing may run code that looks */
		return;
	}
	if ((d->nentries + 1) * 3 > d->nindex * 2) {
		dict_rehash(d);
		dict_find(d, key, h, &slot);
	}
	if (d->nentries == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 8;
		d->entries =
		    xrealloc(d->entries, d->cap * sizeof(struct dict_entry));
	}
	d->entries[d->nentries].key = xstrdup(key);
	d->entries[d->nentries].val = val;
	d->entries[d->nentries].hash = h;
	d->index[slot] = (long)d->nentries;
	d->nentries++;
	d->live++;
}

int
dict_del(struct dict *d, const char *key)
{
	size_t slot;
	long e = dict_find(d, key, hash_str(key), &slot);
	struct value *old;

	if (e < 0)
		return (-1);
	old = d->entries[e].val;
	free(d->entries[e].key);
	d->entries[e].key = NULL; /* the index keeps pointing: a tombstone */
	d->entries[e].val = NULL;
	d->live--;
	value_decref(old);
	return (0);
}

size_t
dict_len(const struct dict *d)
{
	return (d->live);
}

int
dict_entry(const struct dict *d, size_t i, const char **key, struct value **val)
{
	size_t k, seen = 0;

	for (k = 0; k < d->nentries; k++) {
		if (d->entries[k].key == NULL)
			continue;
		if (seen++ == i) {
			*key = d->entries[k].key;
			*val = d->entries[k].val;
			return (1);
		}
	}
	return (0);
}

/* Byte offset of code point i in UTF-8 text (i <= number of points). */
size_t
utf8_offset(const char *s, size_t len, size_t i)
{
	size_t off = 0;

	while (i > 0 && off < len) {
		off++;
		while (off < len && ((unsigned char)s[off] & 0xc0) == 0x80)
			off++;
		i--;
	}
	return (off);
}

/* len() of a str (in characters), bytes, tuple or list. */
size_t
value_seq_length(const struct value *v)
{
	if (v->kind == KIND_STR)
		return (utf8_strlen(v->u.s.buf, v->u.s.len));
	if (v->kind == KIND_BYTES)
		return (v->u.s.len);
	return (v->u.seq.len);
}

/* ---- subscripts ------------------------------------------------------- */

struct value *
value_getitem(const struct value *obj, const struct value *idx)
{
	const struct kind_desc *k = kind_of(obj);

	if (k->subscript != NULL)
		return (k->subscript(obj, idx));
	return (err_set(&cls_TypeError, "'%s' object is not subscriptable",
	    value_type_name(obj)));
}

/* ---- argument conversion and checks ------------------------------------ */

static long long
int_of(const struct value *v)
{
	return (v->kind == KIND_ENUM ? v->u.en.i : v->u.i);
}

void *
value_too_large(void)
{
	return (err_set(&cls_OverflowError,
	    "integer too large for sockshell (it keeps 64-bit integers)"));
}

int
value_float_to_long(double f, long long *out)
{
	if (isnan(f)) {
		err_set(&cls_ValueError, "cannot convert float NaN to integer");
		return (-1);
	}
	if (isinf(f)) {
		err_set(&cls_OverflowError,
		    "cannot convert float infinity to integer");
		return (-1);
	}
	/* 2**63 is exact in a double; (long long)f is undefined beyond. */
	if (f >= 9223372036854775808.0 || f < -9223372036854775808.0) {
		value_too_large();
		return (-1);
	}
	*out = (long long)f;
	return (0);
}

int
value_as_long(const struct value *v, long long *out)
{
	if (!value_is_int(v)) {
		err_set(&cls_TypeError,
		    "'%s' object cannot be interpreted as an integer",
		    value_type_name(v));
		return (-1);
	}
	*out = int_of(v);
	return (0);
}

int
value_as_buffer(const struct value *v, const char **p, size_t *len)
{
	if (v->kind != KIND_BYTES) {
		err_set(&cls_TypeError,
		    "a bytes-like object is required, not '%s'",
		    value_type_name(v));
		return (-1);
	}
	*p = v->u.s.buf;
	*len = v->u.s.len;
	return (0);
}

int
args_no_kw(const struct callargs *a, const char *name)
{
	if (a->nkw == 0)
		return (0);
	err_set(&cls_TypeError, "%s() takes no keyword arguments", name);
	return (-1);
}

int
args_none(const struct callargs *a, const char *name)
{
	if (args_no_kw(a, name) < 0)
		return (-1);
	if (a->npos == 0)
		return (0);
	err_set(&cls_TypeError, "%s() takes no arguments (%zu given)", name,
	    a->npos);
	return (-1);
}

int
args_one(const struct callargs *a, const char *name)
{
	if (args_no_kw(a, name) < 0)
		return (-1);
	if (a->npos == 1)
		return (0);
	err_set(&cls_TypeError, "%s() takes exactly one argument (%zu given)",
	    name, a->npos);
	return (-1);
}

int
args_range(const struct callargs *a, const char *name, size_t min, size_t max)
{
	const char *how;
	size_t n;

	if (args_no_kw(a, name) < 0)
		return (-1);
	if (a->npos >= min && a->npos <= max)
		return (0);
	if (min == max) {
		how = "exactly";
		n = min;
	} else if (a->npos < min) {
		how = "at least";
		n = min;
	} else {
		how = "at most";
		n = max;
	}
	err_set(&cls_TypeError, "%s() takes %s %zu argument%s (%zu given)",
	    name, how, n, n == 1 ? "" : "s", a->npos);
	return (-1);
}

struct value *
args_kw(const struct callargs *a, const char *kwname)
{
	size_t i;

	for (i = 0; i < a->nkw; i++)
		if (strcmp(a->kwnames[i], kwname) == 0)
			return (a->kwvals[i]);
	return (NULL);
}
