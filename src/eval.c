/* eval.c -- the evaluator: walks the syntax tree over Python values */
#include <config.h>

#include "eval.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "builtins.h"
#include "class.h"
#include "exc.h"
#include "flow.h"
#include "format.h"
#include "func.h"
#include "inplace.h"
#include "interp.h"
#include "iter.h"
#include "kind.h"
#include "parser.h"
#include "traceback.h"
#include "value.h"
#include "xmalloc.h"

/* The interpreter running now: the one function calls go back to. */
struct interp *interp_current;

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

/* The slot of name in an enclosing call, if the running one declares it
 * nonlocal, or NULL. */
static struct value **
nonlocal_slot(struct interp *in, const char *name)
{
	struct cells *c;
	long i;

	if (in->frame == NULL || !func_is_nonlocal(in->frame->fn, name))
		return (NULL);
	for (c = in->frame->fn->env; c != NULL; c = c->up)
		if ((i = func_local_index(c->fnv->u.pyfunc, name)) >= 0)
			return (&c->slot[i]);
	return (NULL);
}

/* name = v (stolen): the call's local if it is one, else the module's. */
void
ev_bind(struct interp *in, const char *name, struct value *v)
{
	struct value **slot = local_slot(in, name), *old;

	if (slot == NULL)
		slot = nonlocal_slot(in, name);
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

static struct value *eval_fstring(struct interp *, const struct node *);

/* super(): the class and the first argument of the running method. */
static struct value *
builtin_super(struct value *self, const struct callargs *a)
{
	struct frame *fr =
	    interp_current != NULL ? interp_current->frame : NULL;

	(void)self;
	if (fr == NULL || fr->fn->nparams == 0)
		return (class_super(NULL, NULL, a));
	return (class_super(fr->fnv, fr->locals[0], a));
}

static const struct builtin super_fn = { "super", builtin_super, NULL };

struct interp *
interp_new(void)
{
	struct interp *in = xcalloc(1, sizeof(*in));

	in->globals = dict_new();
	in->builtins = dict_new();
	builtins_install(in->builtins);
	dict_set(in->builtins, "super", value_func(&super_fn, NULL));
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

/* A call with *x or **d among its arguments: the arguments spread out. */
static struct value *
eval_call_spread(struct interp *in, const struct node *n, struct value *fn)
{
	struct callargs a = { NULL, 0, NULL, NULL, 0 };
	struct value *v, *res = NULL, **held;
	size_t i, pcap = 0, kcap = 0;
	int rc = 0;

	held = xcalloc(n->nkw + 1, sizeof(*held));
	for (i = 0; i < n->nitems && rc == 0; i++) {
		const struct node *x = n->items[i];

		if ((v = ev_eval(in, x->kind == N_STARRED ? x->a : x)) ==
		    NULL) {
			rc = -1;
			break;
		}
		if (x->kind == N_STARRED)
			rc = func_spread_star(fn, v, &a, &pcap);
		else {
			if (a.npos == pcap) {
				pcap = pcap * 2 + 4;
				a.pos = xrealloc(a.pos, pcap * sizeof(*a.pos));
			}
			a.pos[a.npos++] = value_incref(v);
		}
		value_decref(v);
	}
	for (i = 0; i < n->nkw && rc == 0; i++) {
		if ((v = ev_eval(in, n->kw[i].value)) == NULL) {
			rc = -1;
			break;
		}
		if (strcmp(n->kw[i].name, "**") == 0)
			rc = func_spread_dstar(fn, v, &a, &kcap, &held[i]);
		else {
			if (a.nkw == kcap) {
				kcap = kcap * 2 + 4;
				a.kwnames = xrealloc(a.kwnames,
				    kcap * sizeof(*a.kwnames));
				a.kwvals = xrealloc(a.kwvals,
				    kcap * sizeof(*a.kwvals));
			}
			a.kwnames[a.nkw] = n->kw[i].name;
			a.kwvals[a.nkw++] = value_incref(v);
		}
		value_decref(v);
	}
	if (rc == 0 && (res = value_call(fn, &a)) == NULL)
		note_failed_call(n, fn, NULL, NULL);
	for (i = 0; i < a.npos; i++)
		value_decref(a.pos[i]);
	for (i = 0; i < a.nkw; i++)
		value_decref(a.kwvals[i]);
	for (i = 0; i < n->nkw; i++)
		value_decref(held[i]);
	free(a.pos);
	free(a.kwnames);
	free(a.kwvals);
	free(held);
	return (res);
}

/* Does call n spread an argument (*x, **d)? */
static int
call_spreads(const struct node *n)
{
	size_t i;

	for (i = 0; i < n->nitems; i++)
		if (n->items[i]->kind == N_STARRED)
			return (1);
	for (i = 0; i < n->nkw; i++)
		if (strcmp(n->kw[i].name, "**") == 0)
			return (1);
	return (0);
}

static struct value *
eval_call_node(struct interp *in, const struct node *n)
{
	struct value *fn, *res = NULL;
	struct value **pos, **kwv;
	const char **kwn;
	struct callargs a;
	size_t i, j;

	fn = ev_eval(in, n->a);
	if (fn == NULL)
		return (NULL);
	if (call_spreads(n)) {
		res = eval_call_spread(in, n, fn);
		value_decref(fn);
		return (res);
	}
	pos = xcalloc(n->nitems + 1, sizeof(*pos));
	kwv = xcalloc(n->nkw + 1, sizeof(*kwv));
	kwn = xcalloc(n->nkw + 1, sizeof(*kwn));
	for (i = 0; i < n->nitems; i++)
		if ((pos[i] = ev_eval(in, n->items[i])) == NULL)
			goto out;
	for (j = 0; j < n->nkw; j++) {
		kwn[j] = n->kw[j].name;
		if ((kwv[j] = ev_eval(in, n->kw[j].value)) == NULL)
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

	if ((left = ev_eval(in, n->items[0])) == NULL)
		return (NULL);
	for (i = 1; i < n->nitems; i++) {
		if ((right = ev_eval(in, n->items[i])) == NULL) {
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
	if ((v = ev_eval(in, n)) == NULL)
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

/* a, *b, c = v: the starred target (at star) gets a list. */
static int
unpack_star(struct interp *in, const struct node *t, struct value *v,
    size_t star)
{
	struct value **parts;
	size_t i;
	int rc = 0;

	for (i = star + 1; i < t->nitems; i++)
		if (t->items[i]->kind == N_STARRED) {
			err_set(&cls_SyntaxError,
			    "multiple starred expressions in assignment");
			return (-1);
		}
	if ((parts = iter_unpack_star(v, t->nitems, star)) == NULL)
		return (-1);
	for (i = 0; i < t->nitems && rc == 0; i++)
		rc = ev_assign(in, i == star ? t->items[i]->a : t->items[i],
		    parts[i]);
	for (i = 0; i < t->nitems; i++)
		value_decref(parts[i]);
	free(parts);
	return (rc);
}

static int
unpack(struct interp *in, const struct node *t, struct value *v)
{
	struct value **parts;
	size_t n, i, want = t->nitems;
	int rc = 0;

	for (i = 0; i < want; i++)
		if (t->items[i]->kind == N_STARRED)
			return (unpack_star(in, t, v, i));
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
		rc = ev_assign(in, t->items[i], parts[i]);
	for (i = 0; i < n; i++)
		value_decref(parts[i]);
	free(parts);
	return (rc);
}

/* Bind v (borrowed) to target t. */
int
ev_assign(struct interp *in, const struct node *t, struct value *v)
{
	struct value *obj, *idx;
	long long i, len;
	int rc = -1;

	switch (t->kind) {
	case N_NAME:
		ev_bind(in, t->name, value_incref(v));
		return (0);
	case N_TUPLE:
	case N_LIST:
		return (unpack(in, t, v));
	case N_INDEX:
		if ((obj = ev_eval(in, t->a)) == NULL)
			return (-1);
		if ((idx = ev_eval(in, t->b)) == NULL) {
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
		if ((obj = ev_eval(in, t->a)) == NULL)
			return (-1);
		if (obj->kind == KIND_MODULE) {
			dict_set(obj->u.mod->dict, t->name, value_incref(v));
			rc = 0;
		} else if (kind_of(obj)->setattr != NULL)
			rc = kind_of(obj)->setattr(obj, t->name, v);
		else
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

/* del obj.name */
static int
delete_attr(struct interp *in, const struct node *t)
{
	struct value *obj = ev_eval(in, t->a);
	int rc;

	if (obj == NULL)
		return (-1);
	/* Kinds without a setattr slot have no attributes to delete. */
	if (kind_of(obj)->setattr == NULL)
		return (flow_delete(obj, NULL, t->name, 0));
	rc = class_delattr(obj, t->name);
	value_decref(obj);
	return (rc);
}

int
ev_delete(struct interp *in, const struct node *t)
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
			if (ev_delete(in, t->items[i]) < 0)
				return (-1);
		return (0);
	case N_INDEX:
		if ((obj = ev_eval(in, t->a)) == NULL)
			return (-1);
		idx = ev_eval(in, t->b);
		return (flow_delete(obj, idx, NULL, 1));
	case N_ATTR:
		return (delete_attr(in, t));
	default:
		err_set(&cls_SyntaxError, "cannot delete %s",
		    node_kind_name(t->kind));
		return (-1);
	}
}

/* ---- imports ------------------------------------------------------------ */

int
ev_import(struct interp *in, const struct node *s)
{
	struct value *m;
	char *top, *dot;
	size_t i;

	for (i = 0; i < s->nnames; i++) {
		if ((m = builtins_import(s->names[i])) == NULL)
			return (-1);
		if (s->as[i] != NULL) {
			ev_bind(in, s->as[i], m);
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
		ev_bind(in, top, m);
		free(top);
	}
	return (0);
}

int
ev_from_import(struct interp *in, const struct node *s)
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
		ev_bind(in, s->as[i] ? s->as[i] : s->names[i], value_incref(v));
	}
	value_decref(m);
	return (0);
}

/* ---- expressions and statements -------------------------------------- */

/* [a, *b] and (a, *b): b's items spread out among the others. */
static struct value *
eval_seq_spread(struct interp *in, const struct node *n)
{
	struct value *list = value_list_new(0), *v, *part, *t;
	size_t i, j;

	for (i = 0; i < n->nitems; i++) {
		const struct node *x = n->items[i];

		if ((v = ev_eval(in, x->kind == N_STARRED ? x->a : x)) == NULL)
			goto fail;
		if (x->kind != N_STARRED) {
			value_list_append(list, v);
			continue;
		}
		part = value_iterable(v) ? value_list_of(v) :
		                           err_set(&cls_TypeError,
		                               "Value after * must be an "
		                               "iterable, not %s",
		                               value_type_name(v));
		value_decref(v);
		if (part == NULL)
			goto fail;
		for (j = 0; j < part->u.seq.len; j++)
			value_list_append(list,
			    value_incref(part->u.seq.items[j]));
		value_decref(part);
	}
	if (n->kind == N_LIST)
		return (list);
	t = value_tuple_new(list->u.seq.len);
	for (j = 0; j < list->u.seq.len; j++)
		t->u.seq.items[j] = value_incref(list->u.seq.items[j]);
	value_decref(list);
	return (t);
fail:
	value_decref(list);
	return (NULL);
}

static struct value *
eval_seq(struct interp *in, const struct node *n)
{
	struct value *r;
	size_t i;

	for (i = 0; i < n->nitems; i++)
		if (n->items[i]->kind == N_STARRED)
			return (eval_seq_spread(in, n));
	r = n->kind == N_TUPLE ? value_tuple_new(n->nitems) :
	                         value_list_new(n->nitems);
	for (i = 0; i < n->nitems; i++) {
		struct value *v = ev_eval(in, n->items[i]);

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
		if ((a = ev_eval(in, n->a)) == NULL)
			return (NULL);
		r = value_getattr(a, n->name);
		value_decref(a);
		return (r);
	case N_CALL:
		return (eval_call_node(in, n));
	case N_INDEX:
		if ((a = ev_eval(in, n->a)) == NULL)
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
		if ((b = ev_eval(in, n->b)) == NULL) {
			value_decref(a);
			return (NULL);
		}
		r = value_getitem(a, b);
		value_decref(a);
		value_decref(b);
		return (r);
	case N_UNARY:
		if ((a = ev_eval(in, n->a)) == NULL)
			return (NULL);
		r = value_unary(n->op, a);
		value_decref(a);
		return (r);
	case N_BINARY:
		if ((a = ev_eval(in, n->a)) == NULL)
			return (NULL);
		if ((b = ev_eval(in, n->b)) == NULL) {
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
		if ((a = ev_eval(in, n->a)) == NULL)
			return (NULL);
		if (value_truth(a) == (n->kind == N_OR))
			return (a);
		value_decref(a);
		return (ev_eval(in, n->b));
	case N_FSTRING:
		return (eval_fstring(in, n));
	case N_IFEXP:
		if ((a = ev_eval(in, n->a)) == NULL)
			return (NULL);
		r = value_truth(a) ? ev_eval(in, n->b) : ev_eval(in, n->c);
		value_decref(a);
		return (r);
	case N_LAMBDA:
		return (ex_make_function(in, n));
	case N_NAMEDEXPR:
		if ((a = ev_eval(in, n->a)) != NULL)
			ev_bind(in, n->name, value_incref(a));
		return (a);
	default:
		return (err_set(&cls_SyntaxError, "unexpected %s",
		    node_kind_name(n->kind)));
	}
}

struct value *
ev_eval(struct interp *in, const struct node *n)
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
		if ((v = ev_eval(in, part->a)) == NULL)
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
		struct interp *was = interp_current;

		interp_current =
		    in; /* a check may call the learner's functions */
		func_set_runner(ex_call_function);
		v = ev_eval(in, p->stmts[0]->a);
		interp_current = was;
	}
	in->overlay = NULL;
	program_free(p);
	return (v);
}
