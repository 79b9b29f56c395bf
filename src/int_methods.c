/* int_methods.c -- the methods of int (and bool, and the socket enums) */
#include <config.h>

#include "int_methods.h"

#include <stdlib.h>
#include <string.h>

#include "attr.h"
#include "exc.h"
#include "value.h"
#include "xmalloc.h"

long long
int_value_of(const struct value *v)
{
	return (v->kind == KIND_ENUM ? v->u.en.i : v->u.i);
}

static struct value *
m_to_bytes(struct value *self, const struct callargs *a)
{
	struct value *lv = a->npos > 0 ? a->pos[0] : args_kw(a, "length");
	struct value *ov = a->npos > 1 ? a->pos[1] : args_kw(a, "byteorder");
	long long len = 1, v = int_value_of(self), i;
	int big = 1;
	char *p;
	struct value *r;

	if (lv != NULL && value_as_long(lv, &len) < 0)
		return (NULL);
	if (ov != NULL) {
		if (ov->kind != KIND_STR)
			return (err_set(&cls_TypeError,
			    "to_bytes() argument 'byteorder' must be str, not %s",
			    value_type_name(ov)));
		if (strcmp(ov->u.s.buf, "little") == 0)
			big = 0;
		else if (strcmp(ov->u.s.buf, "big") != 0)
			return (err_set(&cls_ValueError,
			    "byteorder must be either 'little' or 'big'"));
	}
	if (len < 0)
		return (err_set(&cls_ValueError,
		    "length argument must be non-negative"));
	if (v < 0)
		return (err_set(&cls_OverflowError,
		    "can't convert negative int to unsigned"));
	if (len < 8 && (unsigned long long)v >> (8 * len) != 0)
		return (err_set(&cls_OverflowError, "int too big to convert"));
	if (len > 4096)
		return (err_set(&cls_OverflowError,
		    "length too large for sockshell"));
	p = xcalloc(1, (size_t)len + 1);
	for (i = 0; i < len && i < 8; i++) {
		unsigned char byte =
		    (unsigned char)((unsigned long long)v >> (8 * i));

		p[big ? len - 1 - i : i] = (char)byte;
	}
	r = value_bytes(p, (size_t)len);
	free(p);
	return (r);
}

static struct value *
m_from_bytes(struct value *self, const struct callargs *a)
{
	struct value *bv = a->npos > 0 ? a->pos[0] : args_kw(a, "bytes");
	struct value *ov = a->npos > 1 ? a->pos[1] : args_kw(a, "byteorder");
	unsigned long long v = 0;
	const char *p;
	size_t len, i;
	int big = 1;

	if (bv == NULL)
		return (err_set(&cls_TypeError,
		    "from_bytes() missing required argument 'bytes' (pos 1)"));
	if (value_as_buffer(bv, &p, &len) < 0)
		return (NULL);
	if (ov != NULL && ov->kind == KIND_STR &&
	    strcmp(ov->u.s.buf, "little") == 0)
		big = 0;
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)p[big ? i : len - 1 - i];

		if (v >> 55)
			return (err_set(&cls_OverflowError,
			    "integer too large for sockshell"));
		v = (v << 8) | c;
	}
	return (value_int((long long)v));
}

const struct builtin int_methods[] = {
	{ "to_bytes", m_to_bytes, NULL },
	{ NULL, NULL, NULL },
};

/* Methods of the class itself: int.from_bytes(b, 'big'). */
const struct builtin int_class_methods[] = {
	{ "from_bytes", m_from_bytes, "int.from_bytes" },
	{ NULL, NULL, NULL },
};

struct value *
int_getattr(struct value *obj, const char *name)
{
	return (attr_method(obj, int_methods, name));
}

struct value *
enum_getattr(struct value *obj, const char *name)
{
	if (strcmp(name, "name") == 0)
		return (
		    obj->u.en.name ? value_cstr(obj->u.en.name) : value_none());
	if (strcmp(name, "value") == 0)
		return (value_int(obj->u.en.i));
	return (int_getattr(obj, name));
}
