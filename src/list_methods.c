/* list_methods.c -- the methods of list and tuple */
#include <config.h>

#include "list_methods.h"

#include <string.h>

#include "attr.h"
#include "exc.h"
#include "value.h"

static struct value *
m_append(struct value *self, const struct callargs *a)
{
	if (args_one(a, "list.append") < 0)
		return (NULL);
	value_list_append(self, value_incref(a->pos[0]));
	return (value_none());
}

static struct value *
m_pop(struct value *self, const struct callargs *a)
{
	long long i = -1, n = (long long)self->u.seq.len;
	struct value *v;

	if (args_range(a, "pop", 0, 1) < 0)
		return (NULL);
	if (a->npos == 1 && value_as_long(a->pos[0], &i) < 0)
		return (NULL);
	if (n == 0)
		return (err_set(&cls_IndexError, "pop from empty list"));
	if (i < 0)
		i += n;
	if (i < 0 || i >= n)
		return (err_set(&cls_IndexError, "pop index out of range"));
	v = self->u.seq.items[i];
	memmove(&self->u.seq.items[i], &self->u.seq.items[i + 1],
	    (size_t)(n - i - 1) * sizeof(struct value *));
	self->u.seq.len--;
	return (v);
}

static struct value *
m_count(struct value *self, const struct callargs *a)
{
	size_t i, n = 0;
	int eq;

	if (args_one(a, "count") < 0)
		return (NULL);
	for (i = 0; i < self->u.seq.len; i++) {
		if ((eq = value_item_equal(self->u.seq.items[i], a->pos[0])) < 0)
			return (NULL);
		n += (size_t)eq;
	}
	return (value_int((long long)n));
}

static struct value *
m_index(struct value *self, const struct callargs *a)
{
	size_t i;
	int eq;

	if (args_range(a, "index", 1, 1) < 0)
		return (NULL);
	for (i = 0; i < self->u.seq.len; i++)
		if ((eq = value_item_equal(self->u.seq.items[i], a->pos[0])) < 0)
			return (NULL);
		else if (eq)
			return (value_int((long long)i));
	return (err_set(&cls_ValueError, "%s.index(x): x not in %s",
	    value_type_name(self), value_type_name(self)));
}

const struct builtin list_methods[] = {
	{ "append", m_append, NULL },
	{ "count", m_count, NULL },
	{ "index", m_index, NULL },
	{ "pop", m_pop, NULL },
	{ NULL, NULL, NULL },
};

const struct builtin tuple_methods[] = {
	{ "count", m_count, NULL },
	{ "index", m_index, NULL },
	{ NULL, NULL, NULL },
};

struct value *
list_getattr(struct value *obj, const char *name)
{
	return (attr_method(obj, list_methods, name));
}

struct value *
tuple_getattr(struct value *obj, const char *name)
{
	return (attr_method(obj, tuple_methods, name));
}
