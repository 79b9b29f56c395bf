/* eval.c -- the evaluator: walks the syntax tree over Python values */
#include <config.h>

#include "eval.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "builtins.h"
#include "exc.h"
#include "flow.h"
#include "format.h"
#include "func.h"
#include "iter.h"
#include "kind.h"
#include "parser.h"
#include "traceback.h"
#include "value.h"
#include "xmalloc.h"

/*
 * A running call of a function defined with def: its locals, its line
 * (for tracebacks to come) and the frame that called it.
 */
struct frame {
	const struct pyfunc *fn; /* borrowed: the call holds fnv */
	struct value *fnv;
	struct cells *cells;   /* its locals, shared with inner defs */
	struct value **locals; /* cells->slot: NULL entries unbound */
	int line;              /* of the statement running in it */
	struct frame *back;    /* the caller's, or NULL: the module */
};

struct interp {
	struct dict *globals;  /* the learner's variables */
	struct dict *builtins; /* print, len, ..., and `_` as Python keeps it */
	const struct dict *overlay; /* check-only names, or NULL: borrowed */
	struct frame *frame;        /* the innermost call, or NULL */
	int depth;                  /* calls running, against RECURSION_LIMIT */
	struct program *prog;       /* the program running, for def */
	struct value *retval;       /* return's value on its way out (new) */
	struct value *handling;     /* the exception an except runs for */
};

/* sys.getrecursionlimit(): the module counts as one frame. */
#define RECURSION_LIMIT 1000

/* The interpreter running now: the one function calls go back to. */
static struct interp *current;

/* The slot of local name in the running call, or NULL: a global. */
static struct value **
local_slot(struct interp *in, const char *name)
{
	long i;

	if (in->frame == NULL ||
	    (i = func_local_index(in->frame->fn, name)) < 0)
		return (NULL);
	return (&in->frame->locals[i]);
}

/* name = v (stolen): the call's local if it is one, else the module's. */
static void
bind(struct interp *in, const char *name, struct value *v)
{
	struct value **slot = local_slot(in, name), *old;

	if (slot == NULL) {
		dict_set(in->globals, name, v);
		return;
	}
	old = *slot;
	*slot = v;
	value_decref(old);
}

/*
 * name in the calls a running nested function was defined in, innermost
 * first: a new reference, or NULL (an error pending if it is theirs but
 * unset; none if it is nobody's).
 */
static struct value *
enclosing(struct interp *in, const char *name)
{
	const struct cells *c;
	long i;

	for (c = in->frame->fn->env; c != NULL; c = c->up) {
		if ((i = func_local_index(c->fnv->u.pyfunc, name)) < 0)
			continue;
		if (c->slot[i] != NULL)
			return (value_incref(c->slot[i]));
		return (err_set(&cls_NameError,
		    "cannot access free variable '%s' where it is not "
		    "associated with a value in enclosing scope",
		    name));
	}
	return (NULL);
}

static void *
unbound_local(const char *name)
{
	return (err_set(&cls_UnboundLocalError,
	    "cannot access local variable '%s' where it is not "
	    "associated with a value",
	    name));
}

static struct value *eval(struct interp *, const struct node *);
static struct value *eval_fstring(struct interp *, const struct node *);

struct interp *
interp_new(void)
{
	struct interp *in = xcalloc(1, sizeof(*in));

	in->globals = dict_new();
	in->builtins = dict_new();
	builtins_install(in->builtins);
	dict_set(in->globals, "__name__", value_cstr("__main__"));
	return (in);
}

void
interp_free(struct interp *in)
{
	if (in == NULL)
		return;
	dict_free(in->globals);
	dict_free(in->builtins);
	value_decref(in->retval);
	free(in);
}

struct dict *
interp_globals(struct interp *in)
{
	return (in->globals);
}

/* ---- names -------------------------------------------------------------- */

static void
add_suggestion(struct value *e, const char *name, const struct dict *d)
{
	const char **cands;
	const char *key, *s;
	struct value *val;
	size_t i, n = dict_len(d);

	if (e->u.exc->suggestion != NULL || n == 0)
		return;
	cands = xcalloc(n, sizeof(*cands));
	for (i = 0; dict_entry(d, i, &key, &val); i++)
		cands[i] = key;
	s = exc_suggest(name, cands, n);
	if (s != NULL)
		e->u.exc->suggestion = xstrdup(s);
	free(cands);
}

static struct value *
lookup(struct interp *in, const char *name)
{
	struct value *v = NULL, *e;
	struct value **slot = local_slot(in, name);

	if (slot != NULL) {
		if (*slot != NULL)
			return (value_incref(*slot));
		return (unbound_local(name));
	}
	if (in->frame != NULL && (v = enclosing(in, name)) != NULL)
		return (v);
	if (err_occurred())
		return (NULL);
	if (in->overlay != NULL)
		v = dict_get(in->overlay, name);
	if (v == NULL)
		v = dict_get(in->globals, name);
	if (v == NULL)
		v = dict_get(in->builtins, name);
	if (v != NULL)
		return (value_incref(v));
	err_set(&cls_NameError, "name '%s' is not defined", name);
	e = err_fetch();
	/* As 3.11: the session's names first, then the builtins. */
	add_suggestion(e, name, in->globals);
	add_suggestion(e, name, in->builtins);
	return (err_set_value(e));
}

/* ---- calls -------------------------------------------------------------- */

static enum argform
arg_form(const struct node *x)
{
	switch (x->kind) {
	case N_STR:
		return (ARG_STR);
	case N_BYTES:
		return (ARG_BYTES);
	case N_INT:
		return (ARG_INT);
	case N_TUPLE:
		return (ARG_TUPLE);
	case N_LIST:
		return (ARG_LIST);
	case N_UNARY:
		return (
		    x->op == OP_NEG && x->a->kind == N_INT && x->a->end != 0 ?
		        ARG_INT :
		        ARG_OTHER);
	default:
		return (ARG_OTHER);
	}
}

/* An argument's text, form and value; a display's items one level down. */
static void
fill_arg(struct callarg *ca, const struct node *x, struct value *v)
{
	size_t i, n;

	ca->start = x->start;
	ca->end = x->end;
	ca->form = arg_form(x);
	ca->value = v != NULL ? value_incref(v) : NULL;
	if (ca->form != ARG_TUPLE && ca->form != ARG_LIST)
		return;
	n = x->nitems;
	ca->nitems = n;
	ca->items = xcalloc(n + 1, sizeof(*ca->items));
	for (i = 0; i < n; i++) {
		const struct node *it = x->items[i];
		struct callarg *ci = &ca->items[i];

		ci->start = it->start;
		ci->end = it->end;
		ci->form = arg_form(it);
		if (v != NULL && value_is_seq(v) && v->u.seq.len == n)
			ci->value = value_incref(v->u.seq.items[i]);
	}
}

struct callsite *
eval_callsite(const struct node *n, struct value *self,
    struct value *const *pos, struct value *const *kwv)
{
	struct callsite *cs = callsite_new(n->nitems + n->nkw);
	size_t i;

	if (n->a->kind == N_ATTR) {
		cs->recv_start = n->a->a->start;
		cs->recv_end = n->a->a->end;
	}
	cs->receiver = self != NULL ? value_incref(self) : NULL;
	for (i = 0; i < n->nitems; i++)
		fill_arg(&cs->args[i], n->items[i],
		    pos != NULL ? pos[i] : NULL);
	for (i = 0; i < n->nkw; i++) {
		struct callarg *ca = &cs->args[n->nitems + i];

		fill_arg(ca, n->kw[i].value, kwv != NULL ? kwv[i] : NULL);
		ca->keyword = xstrdup(n->kw[i].name);
	}
	return (cs);
}

/* A call of fn failed: the pending exception learns which, and how. */
static void
note_failed_call(const struct node *n, const struct value *fn,
    struct value *const *pos, struct value *const *kwv)
{
	const char *name;
	struct value *self = NULL;

	if (fn->kind == KIND_FUNC) {
		name = fn->u.func.fn->name;
		if (n->a->kind == N_ATTR)
			self = fn->u.func.self;
	} else if (fn->kind == KIND_CLASS)
		name = fn->u.cls->name;
	else
		return;
	err_set_callsite(name, eval_callsite(n, self, pos, kwv));
}

static struct value *
eval_call_node(struct interp *in, const struct node *n)
{
	struct value *fn, *res = NULL;
	struct value **pos, **kwv;
	const char **kwn;
	struct callargs a;
	size_t i, j;

	fn = eval(in, n->a);
	if (fn == NULL)
		return (NULL);
	pos = xcalloc(n->nitems + 1, sizeof(*pos));
	kwv = xcalloc(n->nkw + 1, sizeof(*kwv));
	kwn = xcalloc(n->nkw + 1, sizeof(*kwn));
	for (i = 0; i < n->nitems; i++)
		if ((pos[i] = eval(in, n->items[i])) == NULL)
			goto out;
	for (j = 0; j < n->nkw; j++) {
		kwn[j] = n->kw[j].name;
		if ((kwv[j] = eval(in, n->kw[j].value)) == NULL)
			goto out;
	}
	a.pos = pos;
	a.npos = n->nitems;
	a.kwnames = kwn;
	a.kwvals = kwv;
	a.nkw = n->nkw;
	res = value_call(fn, &a); /* through fn's kind */
	if (res == NULL)
		note_failed_call(n, fn, pos, kwv);
out:
	for (i = 0; i < n->nitems; i++)
		value_decref(pos[i]);
	for (j = 0; j < n->nkw; j++)
		value_decref(kwv[j]);
	free(pos);
	free(kwv);
	free(kwn);
	value_decref(fn);
	return (res);
}

/* ---- operators ---------------------------------------------------------- */

static long long
ival(const struct value *v)
{
	return (v->kind == KIND_ENUM ? v->u.en.i : v->u.i);
}

/* Through the operands' kinds, with int + and - on a fast path. */
static struct value *
eval_binary(enum op op, const struct value *a, const struct value *b)
{
	long long r;

	if (a->kind == KIND_INT && b->kind == KIND_INT) {
		if (op == OP_ADD && !__builtin_add_overflow(a->u.i, b->u.i, &r))
			return (value_int(r));
		if (op == OP_SUB && !__builtin_sub_overflow(a->u.i, b->u.i, &r))
			return (value_int(r));
	}
	return (value_binary(op, a, b));
}

/* `a is b`: identity, with the sharing CPython has for small values. */
static int
is_same(const struct value *a, const struct value *b)
{
	if (a == b)
		return (1);
	if (a->kind != b->kind)
		return (0);
	switch (a->kind) {
	case KIND_INT:
		return (a->u.i == b->u.i && a->u.i >= -5 && a->u.i <= 256);
	case KIND_ENUM:
		return (a->u.en.cls == b->u.en.cls && a->u.en.i == b->u.en.i);
	case KIND_CLASS:
		return (a->u.cls == b->u.cls);
	case KIND_MODULE:
		return (a->u.mod == b->u.mod);
	case KIND_STR:
		/* Short identifier-like strings are interned in CPython. */
		return (a->u.s.len == b->u.s.len && a->u.s.len <= 1 &&
		        memcmp(a->u.s.buf, b->u.s.buf, a->u.s.len) == 0);
	default:
		return (0);
	}
}

static int
compare_one(enum op op, const struct value *a, const struct value *b)
{
	int c;

	switch (op) {
	case OP_EQ:
		return (value_equal(a, b));
	case OP_NE:
		c = value_equal(a, b);
		return (c < 0 ? -1 : !c);
	case OP_IS:
		return (is_same(a, b));
	case OP_ISNOT:
		return (!is_same(a, b));
	case OP_IN:
		return (value_contains(b, a));
	case OP_NOTIN:
		c = value_contains(b, a);
		return (c < 0 ? -1 : !c);
	default:
		c = value_compare(a, b, op_symbol(op));
		if (c == -2)
			return (-1);
		switch (op) {
		case OP_LT:
			return (c < 0);
		case OP_LE:
			return (c <= 0);
		case OP_GT:
			return (c > 0);
		default:
			return (c >= 0);
		}
	}
}

static struct value *
eval_compare(struct interp *in, const struct node *n)
{
	struct value *left, *right;
	size_t i;
	int r;

	if ((left = eval(in, n->items[0])) == NULL)
		return (NULL);
	for (i = 1; i < n->nitems; i++) {
		if ((right = eval(in, n->items[i])) == NULL) {
			value_decref(left);
			return (NULL);
		}
		r = compare_one(n->ops[i - 1], left, right);
		value_decref(left);
		left = right;
		if (r <= 0) {
			value_decref(left);
			return (r < 0 ? NULL : value_bool(0));
		}
	}
	value_decref(left);
	return (value_bool(1));
}

/* ---- subscripts --------------------------------------------------------- */

static int
slice_part(struct interp *in, const struct node *n, long long *out, int *set)
{
	struct value *v;
	int rc = 0;

	*set = 0;
	if (n == NULL)
		return (0);
	if ((v = eval(in, n)) == NULL)
		return (-1);
	if (v->kind != KIND_NONE) {
		if (!value_is_int(v)) {
			err_set(&cls_TypeError,
			    "slice indices must be integers or None or have an "
			    "__index__ method");
			rc = -1;
		} else {
			*out = ival(v);
			*set = 1;
		}
	}
	value_decref(v);
	return (rc);
}

static struct value *
eval_slice(struct interp *in, const struct value *obj, const struct node *sl)
{
	long long start = 0, stop = 0, step = 1, len, count;
	int has_start, has_stop, has_step;

	if (slice_part(in, sl->a, &start, &has_start) < 0 ||
	    slice_part(in, sl->b, &stop, &has_stop) < 0 ||
	    slice_part(in, sl->c, &step, &has_step) < 0)
		return (NULL);
	if (!has_step)
		step = 1;
	if (step == 0)
		return (err_set(&cls_ValueError, "slice step cannot be zero"));
	if (obj->kind == KIND_RANGE) {
		if ((len = range_len(obj->u.range)) < 0)
			return (err_set(&cls_OverflowError,
			    "Python int too large to convert to C ssize_t"));
	} else
		len = (long long)value_seq_length(obj);
	/* PySlice_AdjustIndices */
	if (!has_start)
		start = step < 0 ? len - 1 : 0;
	else if (start < 0) {
		start += len;
		if (start < 0)
			start = step < 0 ? -1 : 0;
	} else if (start >= len)
		start = step < 0 ? len - 1 : len;
	if (!has_stop)
		stop = step < 0 ? -1 : len;
	else if (stop < 0) {
		stop += len;
		if (stop < 0)
			stop = step < 0 ? -1 : 0;
	} else if (stop >= len)
		stop = step < 0 ? len - 1 : len;
	if (obj->kind == KIND_RANGE) {
		/* CPython's compute_slice: the bounds, mapped through r. */
		const struct rangeobj *r = obj->u.range;

		/* (wrapping as unsigned: no undefined overflow) */
		return (
		    value_range((long long)((unsigned long long)r->start +
		                            (unsigned long long)start *
		                                (unsigned long long)r->step),
		        (long long)((unsigned long long)r->start +
		                    (unsigned long long)stop *
		                        (unsigned long long)r->step),
		        (long long)((unsigned long long)r->step *
		                    (unsigned long long)step)));
	}
	if (step < 0)
		count = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
	else
		count = start < stop ? (stop - start - 1) / step + 1 : 0;
	return (kind_of(obj)->slice(obj, start, step, (size_t)count));
}

/* ---- attributes ----------------------------------------------------------- */

/* ---- assignment ----------------------------------------------------------- */

static int assign(struct interp *, const struct node *, struct value *);

static int
unpack(struct interp *in, const struct node *t, struct value *v)
{
	struct value **parts;
	size_t n, i, want = t->nitems;
	int rc = 0;

	if (value_is_seq(v))
		n = v->u.seq.len;
	else if (value_is_strlike(v))
		n = value_seq_length(v);
	else if (v->kind == KIND_DICT)
		n = dict_len(v->u.dict);
	else if (value_iterable(v)) {
		/* range, iterators: their items, then as a list */
		struct value *list = value_list_of(v);

		if (list == NULL)
			return (-1);
		rc = unpack(in, t, list);
		value_decref(list);
		return (rc);
	} else {
		err_set(&cls_TypeError, "cannot unpack non-iterable %s object",
		    value_type_name(v));
		return (-1);
	}
	if (n > want) {
		err_set(&cls_ValueError,
		    "too many values to unpack (expected %zu)", want);
		return (-1);
	}
	if (n < want) {
		err_set(&cls_ValueError,
		    "not enough values to unpack (expected %zu, got %zu)", want,
		    n);
		return (-1);
	}
	parts = xcalloc(n + 1, sizeof(*parts));
	for (i = 0; i < n; i++) {
		if (value_is_seq(v))
			parts[i] = value_incref(v->u.seq.items[i]);
		else if (v->kind == KIND_DICT) {
			const char *k;
			struct value *val;

			dict_entry(v->u.dict, i, &k, &val);
			parts[i] = value_cstr(k);
		} else {
			struct value *ix = value_int((long long)i);

			parts[i] = value_getitem(v, ix);
			value_decref(ix);
		}
	}
	for (i = 0; i < n && rc == 0; i++)
		rc = assign(in, t->items[i], parts[i]);
	for (i = 0; i < n; i++)
		value_decref(parts[i]);
	free(parts);
	return (rc);
}

/* Bind v (borrowed) to target t. */
static int
assign(struct interp *in, const struct node *t, struct value *v)
{
	struct value *obj, *idx;
	long long i, len;
	int rc = -1;

	switch (t->kind) {
	case N_NAME:
		bind(in, t->name, value_incref(v));
		return (0);
	case N_TUPLE:
	case N_LIST:
		return (unpack(in, t, v));
	case N_INDEX:
		if ((obj = eval(in, t->a)) == NULL)
			return (-1);
		if ((idx = eval(in, t->b)) == NULL) {
			value_decref(obj);
			return (-1);
		}
		if (obj->kind == KIND_LIST && value_is_int(idx)) {
			len = (long long)obj->u.seq.len;
			i = ival(idx);
			if (i < 0)
				i += len;
			if (i < 0 || i >= len)
				err_set(&cls_IndexError,
				    "list assignment index out of range");
			else {
				value_seq_set(obj, (size_t)i, value_incref(v));
				rc = 0;
			}
		} else if (obj->kind == KIND_LIST)
			err_set(&cls_TypeError,
			    "list indices must be integers or slices, not %s",
			    value_type_name(idx));
		else
			err_set(&cls_TypeError,
			    "'%s' object does not support item assignment",
			    value_type_name(obj));
		value_decref(obj);
		value_decref(idx);
		return (rc);
	case N_ATTR:
		if ((obj = eval(in, t->a)) == NULL)
			return (-1);
		if (obj->kind == KIND_MODULE) {
			dict_set(obj->u.mod->dict, t->name, value_incref(v));
			rc = 0;
		} else
			err_set(&cls_AttributeError,
			    "'%s' object attribute '%s' is read-only",
			    value_type_name(obj), t->name);
		value_decref(obj);
		return (rc);
	default:
		err_set(&cls_SyntaxError, "cannot assign to %s",
		    node_kind_name(t->kind));
		return (-1);
	}
}

static int delete (struct interp *in, const struct node *t)
{
	struct value *obj, *idx;
	size_t i;

	switch (t->kind) {
	case N_NAME:
		if (local_slot(in, t->name) != NULL) {
			struct value **slot = local_slot(in, t->name);

			if (*slot == NULL) {
				unbound_local(t->name);
				return (-1);
			}
			value_decref(*slot);
			*slot = NULL;
			return (0);
		}
		if (dict_del(in->globals, t->name) == 0)
			return (0);
		err_set(&cls_NameError, "name '%s' is not defined", t->name);
		return (-1);
	case N_TUPLE:
	case N_LIST:
		for (i = 0; i < t->nitems; i++)
			if (delete (in, t->items[i]) < 0)
				return (-1);
		return (0);
	case N_INDEX:
	case N_ATTR:
		if ((obj = eval(in, t->a)) == NULL)
			return (-1);
		idx = t->kind == N_INDEX ? eval(in, t->b) : NULL;
		return (flow_delete(obj, idx, t->name, t->kind == N_INDEX));
	default:
		err_set(&cls_SyntaxError, "cannot delete %s",
		    node_kind_name(t->kind));
		return (-1);
	}
}

/* ---- imports ------------------------------------------------------------ */

static int
do_import(struct interp *in, const struct node *s)
{
	struct value *m;
	char *top, *dot;
	size_t i;

	for (i = 0; i < s->nnames; i++) {
		if ((m = builtins_import(s->names[i])) == NULL)
			return (-1);
		if (s->as[i] != NULL) {
			bind(in, s->as[i], m);
			continue;
		}
		value_decref(m);
		/* `import os.path` binds `os`. */
		top = xstrdup(s->names[i]);
		if ((dot = strchr(top, '.')) != NULL)
			*dot = '\0';
		m = builtins_import(top);
		if (m == NULL) {
			free(top);
			return (-1);
		}
		bind(in, top, m);
		free(top);
	}
	return (0);
}

static int
do_from_import(struct interp *in, const struct node *s)
{
	struct value *m, *v;
	const char *key;
	size_t i;

	if ((m = builtins_import(s->name)) == NULL)
		return (-1);
	for (i = 0; i < s->nnames; i++) {
		if (strcmp(s->names[i], "*") == 0) {
			size_t k;

			for (k = 0; dict_entry(m->u.mod->dict, k, &key, &v);
			     k++)
				if (key[0] != '_')
					dict_set(in->globals, key,
					    value_incref(v));
			continue;
		}
		v = dict_get(m->u.mod->dict, s->names[i]);
		if (v == NULL) {
			err_set(&cls_ImportError,
			    "cannot import name '%s' from '%s' (unknown "
			    "location)",
			    s->names[i], s->name);
			value_decref(m);
			return (-1);
		}
		bind(in, s->as[i] ? s->as[i] : s->names[i], value_incref(v));
	}
	value_decref(m);
	return (0);
}

/* ---- expressions and statements -------------------------------------- */

static struct value *
eval_seq(struct interp *in, const struct node *n)
{
	struct value *r = n->kind == N_TUPLE ? value_tuple_new(n->nitems) :
	                                       value_list_new(n->nitems);
	size_t i;

	for (i = 0; i < n->nitems; i++) {
		struct value *v = eval(in, n->items[i]);

		if (v == NULL) {
			value_decref(r);
			return (NULL);
		}
		r->u.seq.items[i] = v;
	}
	return (r);
}

static struct value *
eval_node(struct interp *in, const struct node *n)
{
	struct value *a, *b, *r;

	switch (n->kind) {
	case N_INT:
		return (value_int(n->ival));
	case N_FLOAT:
		return (value_float(n->fval));
	case N_STR:
		return (value_str(n->str.buf, n->str.len));
	case N_BYTES:
		return (value_bytes(n->str.buf, n->str.len));
	case N_NONE:
		return (value_none());
	case N_TRUE:
		return (value_bool(1));
	case N_FALSE:
		return (value_bool(0));
	case N_NAME:
		return (lookup(in, n->name));
	case N_TUPLE:
	case N_LIST:
		return (eval_seq(in, n));
	case N_ATTR:
		if ((a = eval(in, n->a)) == NULL)
			return (NULL);
		r = value_getattr(a, n->name);
		value_decref(a);
		return (r);
	case N_CALL:
		return (eval_call_node(in, n));
	case N_INDEX:
		if ((a = eval(in, n->a)) == NULL)
			return (NULL);
		if (n->b->kind == N_SLICE) {
			if (kind_of(a)->slice == NULL)
				r = err_set(&cls_TypeError,
				    "'%s' object is not subscriptable",
				    value_type_name(a));
			else
				r = eval_slice(in, a, n->b);
			value_decref(a);
			return (r);
		}
		if ((b = eval(in, n->b)) == NULL) {
			value_decref(a);
			return (NULL);
		}
		r = value_getitem(a, b);
		value_decref(a);
		value_decref(b);
		return (r);
	case N_UNARY:
		if ((a = eval(in, n->a)) == NULL)
			return (NULL);
		r = value_unary(n->op, a);
		value_decref(a);
		return (r);
	case N_BINARY:
		if ((a = eval(in, n->a)) == NULL)
			return (NULL);
		if ((b = eval(in, n->b)) == NULL) {
			value_decref(a);
			return (NULL);
		}
		r = eval_binary(n->op, a, b);
		value_decref(a);
		value_decref(b);
		return (r);
	case N_COMPARE:
		return (eval_compare(in, n));
	case N_AND:
	case N_OR:
		if ((a = eval(in, n->a)) == NULL)
			return (NULL);
		if (value_truth(a) == (n->kind == N_OR))
			return (a);
		value_decref(a);
		return (eval(in, n->b));
	case N_FSTRING:
		return (eval_fstring(in, n));
	case N_IFEXP:
		if ((a = eval(in, n->a)) == NULL)
			return (NULL);
		r = value_truth(a) ? eval(in, n->b) : eval(in, n->c);
		value_decref(a);
		return (r);
	default:
		return (err_set(&cls_SyntaxError, "unexpected %s",
		    node_kind_name(n->kind)));
	}
}

static struct value *
eval(struct interp *in, const struct node *n)
{
	struct value *r = eval_node(in, n);

	return (r != NULL ? r : traceback_note_expr(in->depth, n));
}

/* f'...': each part's text, or its value formatted as the field asks. */
static struct value *
eval_fstring(struct interp *in, const struct node *n)
{
	struct value *v, *spec, *r;
	const struct node *part;
	struct buf b;
	size_t i;

	buf_init(&b);
	for (i = 0; i < n->nitems; i++) {
		part = n->items[i];
		if (part->kind == N_STR) {
			buf_add(&b, part->str.buf, part->str.len);
			continue;
		}
		if ((v = eval(in, part->a)) == NULL)
			goto fail;
		spec = part->b != NULL ? eval_fstring(in, part->b) : NULL;
		if (part->b != NULL && spec == NULL) {
			value_decref(v);
			goto fail;
		}
		r = format_field(v, (int)part->ival, spec ? spec->u.s.buf : "",
		    spec ? spec->u.s.len : 0);
		value_decref(v);
		value_decref(spec);
		if (r == NULL)
			goto fail;
		buf_add(&b, r->u.s.buf, r->u.s.len);
		value_decref(r);
	}
	r = value_str(b.data ? b.data : "", b.len);
	buf_free(&b);
	return (r);
fail:
	buf_free(&b);
	return (NULL);
}

void
interp_set_result(struct interp *in, struct value *v)
{
	dict_set(in->builtins, "_", value_incref(v));
}

/* ---- blocks and loops ------------------------------------------------------ */

/*
 * exec_stmt's results besides 0 and -1 (an exception pending): a break
 * or continue on its way out to its loop.  The parser puts them in loops
 * only, so they never reach interp_exec.
 */
#define EXEC_BREAK 1
#define EXEC_CONTINUE 2
#define EXEC_RETURN 3 /* in->retval holds the value */

static int exec_stmt(struct interp *, const struct node *, interp_printer,
    void *);

static int
exec_block(struct interp *in, const struct node *b, interp_printer print,
    void *ctx)
{
	size_t i;
	int rc;

	for (i = 0; i < b->nitems; i++)
		if ((rc = exec_stmt(in, b->items[i], print, ctx)) != 0)
			return (rc);
	return (0);
}

/* 1, 0, or -1: the truth of expression n. */
static int
eval_truth(struct interp *in, const struct node *n)
{
	struct value *v;
	int t;

	if ((v = eval(in, n)) == NULL)
		return (-1);
	t = value_truth(v);
	value_decref(v);
	return (t);
}

/* if / elif / else: the elif chain walked, not recursed. */
static int
exec_if(struct interp *in, const struct node *s, interp_printer print,
    void *ctx)
{
	int t;

	while (s != NULL && s->kind == S_IF) {
		if ((t = eval_truth(in, s->a)) < 0)
			return (-1);
		if (t)
			return (exec_block(in, s->b, print, ctx));
		s = s->c;
	}
	return (s != NULL ? exec_block(in, s, print, ctx) : 0);
}

static int
exec_while(struct interp *in, const struct node *s, interp_printer print,
    void *ctx)
{
	int t, rc;

	for (;;) {
		/* Ctrl-C stops any loop, even one that makes no call. */
		if (err_check_interrupt())
			return (-1);
		if ((t = eval_truth(in, s->a)) < 0)
			return (-1);
		if (!t)
			break;
		rc = exec_block(in, s->b, print, ctx);
		if (rc == EXEC_BREAK)
			return (0);
		if (rc < 0 || rc == EXEC_RETURN)
			return (rc);
	}
	return (s->c != NULL ? exec_block(in, s->c, print, ctx) : 0);
}

static int
exec_for(struct interp *in, const struct node *s, interp_printer print,
    void *ctx)
{
	struct value *seq, *it, *x;
	int rc = 0;

	if ((seq = eval(in, s->a)) == NULL)
		return (-1);
	it = value_iter(seq);
	value_decref(seq);
	if (it == NULL)
		return (-1);
	for (;;) {
		if (err_check_interrupt()) {
			rc = -1;
			break;
		}
		if ((x = value_next(it)) == NULL) {
			rc = err_occurred() ? -1 : 0;
			if (rc == 0 && s->c != NULL)
				rc = exec_block(in, s->c, print, ctx);
			break;
		}
		rc = assign(in, s->items[0], x);
		value_decref(x);
		if (rc == 0)
			rc = exec_block(in, s->b, print, ctx);
		if (rc == EXEC_BREAK) {
			rc = 0;
			break;
		}
		if (rc < 0 || rc == EXEC_RETURN)
			break;
	}
	value_decref(it);
	return (rc < 0 ? -1 : rc == EXEC_RETURN ? rc : 0);
}

/* def: the defaults now, the body at each call. */
static int
exec_def(struct interp *in, const struct node *s)
{
	struct value **defaults = xcalloc(s->nkw + 1, sizeof(*defaults));
	size_t i;

	for (i = 0; i < s->nkw; i++)
		if (s->kw[i].value != NULL &&
		    (defaults[i] = eval(in, s->kw[i].value)) == NULL) {
			while (i-- > 0)
				value_decref(defaults[i]);
			free(defaults);
			return (-1);
		}
	bind(in, s->name,
	    func_new_in(s, in->prog, defaults,
	        in->frame != NULL ? in->frame->cells : NULL));
	return (0);
}

/* The names of the missing parameters, as CPython lists them. */
static void
missing_args(const struct pyfunc *f, struct value **slot)
{
	struct buf b;
	size_t i, n = 0, k = 0;

	for (i = 0; i < f->nparams; i++)
		n += slot[i] == NULL;
	buf_init(&b);
	for (i = 0; i < f->nparams; i++) {
		if (slot[i] != NULL)
			continue;
		k++;
		buf_printf(&b, "'%s'", f->def->kw[i].name);
		if (k < n && n > 2)
			buf_puts(&b, ", ");
		if (k == n - 1)
			buf_puts(&b, n > 2 ? "and " : " and ");
	}
	err_set(&cls_TypeError,
	    "%s() missing %zu required positional "
	    "argument%s: %s",
	    f->name, n, n == 1 ? "" : "s", b.data);
	buf_free(&b);
}

/* The parameters' values from a call, with Python's errors: 0 or -1. */
static int
bind_args(const struct pyfunc *f, const struct callargs *a, struct value **slot)
{
	size_t i, j, nreq = 0;

	for (i = 0; i < f->nparams; i++)
		nreq += f->defaults[i] == NULL;
	if (a->npos > f->nparams) {
		if (nreq == f->nparams)
			err_set(&cls_TypeError,
			    "%s() takes %zu positional argument%s but %zu %s "
			    "given",
			    f->name, f->nparams, f->nparams == 1 ? "" : "s",
			    a->npos, a->npos == 1 ? "was" : "were");
		else
			err_set(&cls_TypeError,
			    "%s() takes from %zu to %zu positional arguments "
			    "but %zu %s given",
			    f->name, nreq, f->nparams, a->npos,
			    a->npos == 1 ? "was" : "were");
		return (-1);
	}
	for (i = 0; i < a->npos; i++)
		slot[i] = value_incref(a->pos[i]);
	for (j = 0; j < a->nkw; j++) {
		for (i = 0; i < f->nparams; i++)
			if (strcmp(f->def->kw[i].name, a->kwnames[j]) == 0)
				break;
		if (i == f->nparams) {
			err_set(&cls_TypeError,
			    "%s() got an unexpected keyword argument '%s'",
			    f->name, a->kwnames[j]);
			return (-1);
		}
		if (slot[i] != NULL) {
			err_set(&cls_TypeError,
			    "%s() got multiple values for argument '%s'",
			    f->name, a->kwnames[j]);
			return (-1);
		}
		slot[i] = value_incref(a->kwvals[j]);
	}
	for (i = 0; i < f->nparams; i++)
		if (slot[i] == NULL && f->defaults[i] != NULL)
			slot[i] = value_incref(f->defaults[i]);
	for (i = 0; i < f->nparams; i++)
		if (slot[i] == NULL) {
			missing_args(f, slot);
			return (-1);
		}
	return (0);
}

/* Is v a function defined in the call of cells, held by its slot only? */
static int
own_inner(const struct value *v, const struct cells *cells)
{
	return (v != NULL && v->kind == KIND_PYFUNC && v->refs == 1 &&
	        v->u.pyfunc->env == cells);
}

/* fn(*a) for a function defined with def: a new frame runs its body. */
static struct value *
call_function(struct value *fnv, const struct callargs *a)
{
	struct interp *in = current;
	const struct pyfunc *f = fnv->u.pyfunc;
	struct value **slot, *res = NULL;
	struct cells *cells;
	struct program *prog;
	struct frame fr;
	size_t i, nslots, inner;
	int rc;

	if (in == NULL) /* called from outside any running program */
		return (err_set(&cls_RuntimeError,
		    "%s() called outside the "
		    "evaluator",
		    f->name));
	if (in->depth + 1 >= RECURSION_LIMIT)
		return (err_set(&cls_RecursionError,
		    "maximum recursion depth exceeded"));
	/* The locals' slots, the parameters first: one allocation a call. */
	nslots = f->nlocals > f->nparams ? f->nlocals : f->nparams;
	cells = cells_new(fnv, nslots);
	slot = cells->slot;
	if (bind_args(f, a, slot) < 0)
		goto out;
	memset(&fr, 0, sizeof(fr));
	fr.fn = f;
	fr.fnv = value_incref(fnv);
	fr.cells = cells;
	fr.locals = slot;
	fr.line = f->def->line;
	fr.back = in->frame;
	prog = in->prog;
	in->prog = f->prog;
	in->frame = &fr;
	traceback_enter(++in->depth, f->name);
	/* Expression statements in a body print nothing, even at the prompt. */
	rc = traceback_record(exec_block(in, f->def->b, NULL, NULL), in->depth);
	in->depth--;
	in->frame = fr.back;
	in->prog = prog;
	if (rc == EXEC_RETURN) {
		res = in->retval;
		in->retval = NULL;
	} else if (rc == 0)
		res = value_none();
	value_decref(fr.fnv);
out:
	/*
	 * Functions defined in this call hold its cells, which hold them: if
	 * nothing else holds any of them, let them go, or none would ever be
	 * freed.  (If one got out, returned or stored, the cells and those
	 * functions stay: there is no cycle collector.)
	 */
	for (i = 0, inner = 0; i < nslots; i++)
		inner += own_inner(slot[i], cells);
	if (cells->refs == 1 + inner)
		for (i = 0; i < nslots; i++)
			if (own_inner(slot[i], cells)) {
				value_decref(slot[i]);
				slot[i] = NULL;
			}
	cells_release(cells);
	return (res);
}

/* ---- try, raise, assert, with -------------------------------------------- */

/* The handlers of try s for the pending exception: 0, -1, or a jump. */
static int
exec_handlers(struct interp *in, const struct node *s, interp_printer print,
    void *ctx)
{
	struct value *exc = err_fetch(), *cv, *was;
	struct node nm = { .kind = N_NAME };
	const struct node *h;
	size_t i;
	int rc, m;

	for (i = 0; i < s->nitems; i++) {
		h = s->items[i];
		m = h->a == NULL                  ? 1 :
		    (cv = eval(in, h->a)) == NULL ? -1 :
		                                    flow_match_free(exc, cv);
		if (m == 0)
			continue;
		if (m < 0)
			break;
		if (h->name != NULL)
			bind(in, h->name, value_incref(exc));
		was = in->handling;
		in->handling = exc;
		if ((rc = exec_block(in, h->b, print, ctx)) < 0)
			err_chain_context(exc);
		in->handling = was;
		if (h->name != NULL) { /* e is unbound after the handler */
			nm.name = h->name;
			bind(in, h->name, value_none());
			(void)delete (in, &nm);
		}
		value_decref(exc);
		return (rc);
	}
	if (i == s->nitems) /* no handler matched: it goes on */
		return (err_set_value(exc), -1);
	value_decref(exc);
	return (-1);
}

/* try: the body, a handler or else, then finally whatever happened. */
static int
exec_try(struct interp *in, const struct node *s, interp_printer print,
    void *ctx)
{
	struct flow_saved sv;
	int rc;

	rc = traceback_record(exec_block(in, s->b, print, ctx), in->depth);
	if (rc < 0 && s->nitems > 0)
		rc = exec_handlers(in, s, print, ctx);
	else if (rc == 0 && s->c != NULL)
		rc = exec_block(in, s->c, print, ctx);
	if (s->a == NULL)
		return (rc);
	flow_save(&sv, rc, &in->retval);
	return (flow_restore(&sv, exec_block(in, s->a, print, ctx)));
}

/* with s->items[i:]: __enter__, the rest, then __exit__ whatever happened. */
static int
exec_with(struct interp *in, const struct node *s, size_t i,
    interp_printer print, void *ctx)
{
	struct value *mgr, *v;
	int rc;

	if (i == s->nitems)
		return (exec_block(in, s->b, print, ctx));
	if ((mgr = eval(in, s->items[i])) == NULL)
		return (-1);
	if ((v = flow_enter(mgr)) == NULL) {
		value_decref(mgr);
		return (-1);
	}
	if (s->names[i] != NULL)
		bind(in, s->names[i], v);
	else
		value_decref(v);
	rc = flow_exit(mgr, exec_with(in, s, i + 1, print, ctx));
	value_decref(mgr);
	return (rc);
}

static int
exec_stmt(struct interp *in, const struct node *s, interp_printer print,
    void *ctx)
{
	struct value *v, *cur, *r;
	size_t i;
	int rc;

	traceback_at(in->depth, s->line);
	if (err_check_interrupt())
		return (-1);
	switch (s->kind) {
	case S_EXPR:
		if ((v = eval(in, s->a)) == NULL)
			return (-1);
		if (print != NULL)
			print(in, v, ctx);
		value_decref(v);
		return (err_occurred() ? -1 : 0); /* the printer may raise */
	case S_ASSIGN:
		if ((v = eval(in, s->a)) == NULL)
			return (-1);
		rc = 0;
		for (i = 0; i < s->nitems && rc == 0; i++)
			rc = assign(in, s->items[i], v);
		value_decref(v);
		return (rc);
	case S_AUGASSIGN:
		if ((cur = eval(in, s->items[0])) == NULL)
			return (-1);
		if ((v = eval(in, s->a)) == NULL) {
			value_decref(cur);
			return (-1);
		}
		r = eval_binary(s->op, cur, v);
		value_decref(cur);
		value_decref(v);
		if (r == NULL)
			return (-1);
		rc = assign(in, s->items[0], r);
		value_decref(r);
		return (rc);
	case S_IMPORT:
		return (do_import(in, s));
	case S_FROMIMPORT:
		return (do_from_import(in, s));
	case S_DEL:
		for (i = 0; i < s->nitems; i++)
			if (delete (in, s->items[i]) < 0)
				return (-1);
		return (0);
	case S_PASS:
		return (0);
	case S_BLOCK:
		return (exec_block(in, s, print, ctx));
	case S_IF:
		return (exec_if(in, s, print, ctx));
	case S_WHILE:
		return (exec_while(in, s, print, ctx));
	case S_FOR:
		return (exec_for(in, s, print, ctx));
	case S_BREAK:
		return (EXEC_BREAK);
	case S_CONTINUE:
		return (EXEC_CONTINUE);
	case S_DEF:
		return (exec_def(in, s));
	case S_RETURN:
		if (s->a == NULL)
			v = value_none();
		else if ((v = eval(in, s->a)) == NULL)
			return (-1);
		value_decref(in->retval);
		in->retval = v;
		return (EXEC_RETURN);
	case S_GLOBAL:
		return (0); /* func_new read it */
	case S_TRY:
		return (exec_try(in, s, print, ctx));
	case S_RAISE: /* raise [x [from y]] */
		if (s->a == NULL)
			return (flow_reraise(in->handling));
		if ((v = eval(in, s->a)) == NULL)
			return (-1);
		return (flow_raise(v, s->b != NULL ? eval(in, s->b) : NULL,
		    s->b != NULL));
	case S_ASSERT: /* assert test [, msg] */
		if ((rc = eval_truth(in, s->a)) != 0)
			return (rc < 0 ? -1 : 0);
		v = s->b != NULL ? eval(in, s->b) : NULL;
		return (flow_assert_failed(v, s->b != NULL));
	case S_WITH:
		return (exec_with(in, s, 0, print, ctx));
	default:
		err_set(&cls_SyntaxError, "unexpected %s",
		    node_kind_name(s->kind));
		return (-1);
	}
}

int
interp_exec(struct interp *in, const struct program *p, interp_printer print,
    void *ctx, struct value **exc)
{
	struct value *e;
	size_t i;
	int rc;

	if (exc != NULL)
		*exc = NULL;
	func_set_runner(call_function);
	for (i = 0; i < p->nstmts; i++) {
		struct interp *was = current;
		struct program *prog = in->prog;

		current = in;
		in->prog = (struct program *)p; /* def holds it */
		rc = exec_stmt(in, p->stmts[i], print, ctx);
		in->prog = prog;
		current = was;
		if (rc == 0)
			continue;
		traceback_record(rc, in->depth);
		e = err_fetch();
		if (e == NULL) /* a failure without an exception is our bug */
			e = exc_new_msg(&cls_RuntimeError,
			    "internal error: no exception set");
		if (exc != NULL)
			*exc = e;
		else
			value_decref(e);
		return (-1);
	}
	return (0);
}

struct value *
interp_eval(struct interp *in, const char *expr)
{
	return (interp_eval_with(in, expr, NULL));
}

struct value *
interp_eval_with(struct interp *in, const char *expr, const struct dict *names)
{
	struct program *p = NULL;
	struct parse_error pe;
	struct value *v;

	if (parse_source(expr, strlen(expr), 1, &p, &pe) != PARSE_OK)
		return (err_set(&cls_SyntaxError, "%s", pe.msg));
	if (p->nstmts != 1 || p->stmts[0]->kind != S_EXPR) {
		program_free(p);
		return (err_set(&cls_SyntaxError, "not an expression"));
	}
	in->overlay = names;
	{
		struct interp *was = current;

		current = in; /* a check may call the learner's functions */
		func_set_runner(call_function);
		v = eval(in, p->stmts[0]->a);
		current = was;
	}
	in->overlay = NULL;
	program_free(p);
	return (v);
}
