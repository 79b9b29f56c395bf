/* inplace.c -- augmented assignment's operators: a op= b */
#include <config.h>

#include "inplace.h"

#include <stdio.h>
#include <string.h>

#include "ast.h"
#include "err.h"
#include "exc.h"
#include "iter.h"
#include "kind.h"
#include "value.h"

/* a op b for a op= b: an unsupported pair is named "-=", as Python does. */
static struct value *
augmented_binary(enum op op, struct value *a, struct value *b)
{
	struct value *r = value_binary(op, a, b);
	const struct value *e;
	char want[256];

	if (r != NULL || !err_matches(&cls_TypeError) ||
	    (e = err_peek()) == NULL || e->kind != KIND_EXC ||
	    e->u.exc->args == NULL || e->u.exc->args->u.seq.len != 1 ||
	    e->u.exc->args->u.seq.items[0]->kind != KIND_STR)
		return (r);
	snprintf(want, sizeof(want),
	    "unsupported operand type(s) for %s: '%s' and '%s'",
	    op == OP_POW ? "** or pow()" : op_symbol(op), value_type_name(a),
	    value_type_name(b));
	if (strcmp(e->u.exc->args->u.seq.items[0]->u.s.buf, want) != 0)
		return (r);
	err_clear();
	return (err_set(&cls_TypeError,
	    "unsupported operand type(s) for %s=: '%s' and '%s'", op_symbol(op),
	    value_type_name(a), value_type_name(b)));
}

/* list += iterable and list *= int change the list itself, as Python's
 * __iadd__ and __imul__; anything else is the binary operator. */
struct value *
value_inplace(enum op op, struct value *a, struct value *b)
{
	struct value *items;
	size_t i, k, len;
	long long n;

	if (a->kind != KIND_LIST)
		return (augmented_binary(op, a, b));
	if (op == OP_ADD) {
		if ((items = value_list_of(b)) == NULL)
			return (NULL);
		for (i = 0; i < items->u.seq.len; i++)
			value_list_append(a,
			    value_incref(items->u.seq.items[i]));
		value_decref(items);
		return (value_incref(a));
	}
	if (op == OP_MUL && (b->kind == KIND_INT || b->kind == KIND_BOOL)) {
		n = b->u.i;
		len = a->u.seq.len;
		if (n > 1 && len > 0 &&
		    (unsigned long long)n > ((size_t)-1 >> 4) / len)
			return (augmented_binary(op, a, b)); /* its error */
		if (n <= 0) {
			for (i = 0; i < len; i++)
				value_decref(a->u.seq.items[i]);
			a->u.seq.len = 0;
		}
		for (k = 1; n > 0 && k < (size_t)n; k++)
			for (i = 0; i < len; i++)
				value_list_append(a,
				    value_incref(a->u.seq.items[i]));
		return (value_incref(a));
	}
	return (augmented_binary(op, a, b));
}
