/* attr.c -- obj.name from a kind's method table, and Python's AttributeError */
#include <config.h>

#include "attr.h"

#include <stdlib.h>
#include <string.h>

#include "exc.h"
#include "value.h"
#include "xmalloc.h"

const struct builtin *
attr_find(const struct builtin *table, const char *name)
{
	size_t i;

	for (i = 0; table != NULL && table[i].name != NULL; i++)
		if (strcmp(table[i].name, name) == 0)
			return (&table[i]);
	return (NULL);
}

static int
cmp_names(const void *x, const void *y)
{
	return (strcmp(*(const char *const *)x, *(const char *const *)y));
}

void *
attr_error(const struct value *obj, const char *name, const char *const *names,
    size_t n, const struct builtin *table)
{
	struct value *e;
	const char **cands;
	const char *s;
	size_t i, k = 0;

	if (obj->kind == KIND_MODULE)
		err_set(&cls_AttributeError,
		    "module '%s' has no attribute '%s'", obj->u.mod->name,
		    name);
	else if (obj->kind == KIND_CLASS)
		err_set(&cls_AttributeError,
		    "type object '%s' has no attribute '%s'", obj->u.cls->name,
		    name);
	else
		err_set(&cls_AttributeError,
		    "'%s' object has no attribute '%s'", value_type_name(obj),
		    name);
	e = err_fetch();
	for (i = 0; table != NULL && table[i].name != NULL; i++)
		;
	cands = xcalloc(n + i + 1, sizeof(*cands));
	for (k = 0; k < n; k++)
		cands[k] = names[k];
	for (i = 0; table != NULL && table[i].name != NULL; i++)
		cands[k++] = table[i].name;
	/* Sorted, as dir() lists them: the suggestion picks the first best. */
	qsort(cands, k, sizeof(*cands), cmp_names);
	if ((s = exc_suggest(name, cands, k)) != NULL)
		e->u.exc->suggestion = xstrdup(s);
	free(cands);
	return (err_set_value(e));
}

struct value *
attr_method(struct value *obj, const struct builtin *table, const char *name)
{
	const struct builtin *f = attr_find(table, name);

	if (f != NULL)
		return (value_func(f, obj));
	return (attr_error(obj, name, NULL, 0, table));
}
