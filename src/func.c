/* func.c -- functions defined with def: the kind, and its door to eval */
#include <config.h>

#include "func.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "buf.h"
#include "err.h"
#include "iter.h"
#include "kind.h"
#include "value.h"
#include "xmalloc.h"

const struct pyclass cls_function = { "function", NULL, &cls_object, 0, 0 };

static struct value *(*runner)(struct value *, const struct callargs *);

void
func_set_runner(struct value *(*run)(struct value *, const struct callargs *))
{
	runner = run;
}

/* ---- the locals: what the body binds, global declarations aside ---- */

struct names {
	char **v;
	size_t n, cap;
};

static int
names_has(const struct names *ns, const char *s)
{
	size_t i;

	for (i = 0; i < ns->n; i++)
		if (strcmp(ns->v[i], s) == 0)
			return (1);
	return (0);
}

static void
names_add(struct names *ns, const char *s)
{
	if (names_has(ns, s))
		return;
	if (ns->n == ns->cap) {
		ns->cap = ns->cap ? ns->cap * 2 : 8;
		ns->v = xrealloc(ns->v, ns->cap * sizeof(*ns->v));
	}
	ns->v[ns->n++] = xstrdup(s);
}

/* The names target t binds. */
static void
target_names(const struct node *t, struct names *ns)
{
	size_t i;

	if (t == NULL)
		return;
	if (t->kind == N_NAME)
		names_add(ns, t->name);
	else if (t->kind == N_TUPLE || t->kind == N_LIST)
		for (i = 0; i < t->nitems; i++)
			target_names(t->items[i], ns);
}

/* The names expression e binds with ':=' (not inside a lambda). */
static void
expr_names(const struct node *e, struct names *ns)
{
	size_t i;

	if (e == NULL || e->kind == N_LAMBDA)
		return;
	if (e->kind == N_NAMEDEXPR)
		names_add(ns, e->name);
	expr_names(e->a, ns);
	expr_names(e->b, ns);
	expr_names(e->c, ns);
	for (i = 0; i < e->nitems; i++)
		expr_names(e->items[i], ns);
	for (i = 0; i < e->nkw; i++)
		expr_names(e->kw[i].value, ns);
}

/* The names a suite binds, and those it declares global (not nested defs'). */
static void
suite_names(const struct node *s, struct names *bound, struct names *glob)
{
	size_t i;
	const char *dot;
	char *first;

	if (s == NULL)
		return;
	if (s->kind != S_BLOCK && s->kind != S_DEF)
		expr_names(s->a, bound);
	switch (s->kind) {
	case S_BLOCK:
		for (i = 0; i < s->nitems; i++)
			suite_names(s->items[i], bound, glob);
		break;
	case S_ASSIGN:
	case S_AUGASSIGN:
	case S_DEL:
	case S_FOR:
		for (i = 0; i < s->nitems; i++)
			target_names(s->items[i], bound);
		suite_names(s->b, bound, glob);
		suite_names(s->c, bound, glob);
		break;
	case S_IF:
	case S_WHILE:
		suite_names(s->b, bound, glob);
		suite_names(s->c, bound, glob);
		break;
	case S_DEF:
	case S_CLASS:
		names_add(bound, s->name);
		break;
	case S_GLOBAL:
	case S_NONLOCAL:
		for (i = 0; i < s->nnames; i++)
			names_add(glob, s->names[i]);
		break;
	case S_IMPORT:
		for (i = 0; i < s->nnames; i++) {
			if (s->as[i] != NULL) {
				names_add(bound, s->as[i]);
				continue;
			}
			dot = strchr(s->names[i], '.');
			first = dot ? xstrndup(s->names[i],
			                  (size_t)(dot - s->names[i])) :
			              xstrdup(s->names[i]);
			names_add(bound, first);
			free(first);
		}
		break;
	case S_FROMIMPORT:
		for (i = 0; i < s->nnames; i++)
			if (strcmp(s->names[i], "*") != 0)
				names_add(bound,
				    s->as[i] ? s->as[i] : s->names[i]);
		break;
	default:
		break;
	}
}

/* The names a suite declares nonlocal (not nested defs'). */
static void
nonlocal_names(const struct node *s, struct names *ns)
{
	size_t i;

	if (s == NULL)
		return;
	switch (s->kind) {
	case S_BLOCK:
		for (i = 0; i < s->nitems; i++)
			nonlocal_names(s->items[i], ns);
		break;
	case S_NONLOCAL:
		for (i = 0; i < s->nnames; i++)
			names_add(ns, s->names[i]);
		break;
	case S_IF:
	case S_WHILE:
	case S_FOR:
		nonlocal_names(s->b, ns);
		nonlocal_names(s->c, ns);
		break;
	default:
		break;
	}
}

static struct cells *live_cells; /* newest first */

struct cells *
cells_new(struct value *fnv, size_t n)
{
	struct cells *c = xcalloc(1, sizeof(*c) + (n + 1) * sizeof(c->slot[0]));

	c->next = live_cells;
	if (live_cells != NULL)
		live_cells->prev = c;
	live_cells = c;
	c->refs = 1;
	c->fnv = value_incref(fnv);
	c->up = fnv->u.pyfunc->env;
	if (c->up != NULL)
		c->up->refs++;
	c->n = n;
	return (c);
}

void
cells_release(struct cells *c)
{
	size_t i;

	if (c == NULL || --c->refs > 0)
		return;
	for (i = 0; i < c->n; i++)
		value_decref(c->slot[i]);
	value_decref(c->fnv);
	cells_release(c->up);
	if (c->prev != NULL)
		c->prev->next = c->next;
	else
		live_cells = c->next;
	if (c->next != NULL)
		c->next->prev = c->prev;
	free(c);
}

void
cells_clear_all(void)
{
	struct cells *c = live_cells, *next;
	struct value *v;
	size_t i;

	if (c != NULL)
		c->refs++; /* held while it is emptied */
	while (c != NULL) {
		for (i = 0; i < c->n; i++) {
			v = c->slot[i];
			c->slot[i] = NULL;
			value_decref(v);
		}
		if ((next = c->next) != NULL)
			next->refs++;
		cells_release(c);
		c = next;
	}
}

struct value *
func_new_in(const struct node *d, struct program *prog, struct value **defaults,
    struct cells *env)
{
	struct value *v = func_new(d, prog, defaults);

	v->u.pyfunc->env = env;
	if (env != NULL)
		env->refs++;
	return (v);
}

struct value *
func_new(const struct node *d, struct program *prog, struct value **defaults)
{
	struct value *v = xcalloc(1, sizeof(*v));
	struct pyfunc *f = xcalloc(1, sizeof(*f));
	struct names bound = { 0 }, glob = { 0 }, nonl = { 0 };
	size_t i;

	v->kind = KIND_PYFUNC;
	v->refs = 1;
	v->u.pyfunc = f;
	f->name = xstrdup(d->name);
	f->def = d;
	f->prog = prog;
	prog->holds++;
	f->defaults = defaults;
	f->nparams = d->nkw;
	for (i = 0; i < d->nkw; i++)
		names_add(&bound, d->kw[i].name);
	suite_names(d->b, &bound, &glob);
	/* Parameters first, in order: a call's slots start with them. */
	f->locals = xcalloc(bound.n + 1, sizeof(*f->locals));
	for (i = 0; i < bound.n; i++) {
		if (i >= d->nkw && names_has(&glob, bound.v[i]))
			free(bound.v[i]);
		else
			f->locals[f->nlocals++] = bound.v[i];
	}
	free(bound.v);
	for (i = 0; i < glob.n; i++)
		free(glob.v[i]);
	free(glob.v);
	nonlocal_names(d->b, &nonl);
	f->nonlocals = nonl.v;
	f->nnonlocals = nonl.n;
	return (v);
}

long
func_local_index(const struct pyfunc *f, const char *name)
{
	size_t i;

	for (i = 0; i < f->nlocals; i++)
		if (strcmp(f->locals[i], name) == 0)
			return ((long)i);
	return (-1);
}

int
func_is_nonlocal(const struct pyfunc *f, const char *name)
{
	size_t i;

	for (i = 0; i < f->nnonlocals; i++)
		if (strcmp(f->nonlocals[i], name) == 0)
			return (1);
	return (0);
}

int
func_is_local(const struct pyfunc *f, const char *name)
{
	return (func_local_index(f, name) >= 0);
}

/* ---- a call's arguments into the parameters' slots ---- */

/* Is parameter i of f its *args or **kwargs? */
static int
is_star_param(const struct pyfunc *f, size_t i)
{
	return (i + 1 == f->def->vararg || i + 1 == f->def->varkw);
}

/* The names of the missing parameters in [lo, hi), as CPython lists them. */
static void
missing_args(const struct pyfunc *f, struct value **slot, size_t lo, size_t hi,
    const char *what)
{
	struct buf b;
	size_t i, n = 0, k = 0;

	for (i = lo; i < hi; i++)
		n += slot[i] == NULL && !is_star_param(f, i);
	buf_init(&b);
	for (i = lo; i < hi; i++) {
		if (slot[i] != NULL || is_star_param(f, i))
			continue;
		k++;
		buf_printf(&b, "'%s'", f->def->kw[i].name);
		if (k < n && n > 2)
			buf_puts(&b, ", ");
		if (k == n - 1)
			buf_puts(&b, n > 2 ? "and " : " and ");
	}
	err_set(&cls_TypeError, "%s() missing %zu required %s argument%s: %s",
	    f->name, n, what, n == 1 ? "" : "s", b.data);
	buf_free(&b);
}

/* Too many positional arguments for f: CPython's message. */
static void
too_many_args(const struct pyfunc *f, const struct callargs *a)
{
	size_t i, j, nreq = 0, npos = f->def->npos, kwonly = 0;
	char given[160];

	for (i = 0; i < npos; i++)
		nreq += f->defaults[i] == NULL;
	for (j = 0; j < a->nkw; j++)
		for (i = npos; i < f->nparams; i++)
			if (!is_star_param(f, i) &&
			    strcmp(f->def->kw[i].name, a->kwnames[j]) == 0)
				kwonly++;
	if (kwonly > 0)
		snprintf(given, sizeof(given),
		    "%zu positional argument%s (and %zu keyword-only "
		    "argument%s) were",
		    a->npos, a->npos == 1 ? "" : "s", kwonly,
		    kwonly == 1 ? "" : "s");
	else
		snprintf(given, sizeof(given), "%zu %s", a->npos,
		    a->npos == 1 ? "was" : "were");
	if (nreq == npos)
		err_set(&cls_TypeError,
		    "%s() takes %zu positional argument%s but %s given",
		    f->name, npos, npos == 1 ? "" : "s", given);
	else
		err_set(&cls_TypeError,
		    "%s() takes from %zu to %zu positional arguments but %s "
		    "given",
		    f->name, nreq, npos, given);
}

/* Keyword argument j into its slot, or **kwargs: 0 or -1. */
static int
bind_keyword(const struct pyfunc *f, const struct callargs *a, size_t j,
    struct value **slot)
{
	size_t i;

	for (i = 0; i < f->nparams; i++)
		if (!is_star_param(f, i) &&
		    strcmp(f->def->kw[i].name, a->kwnames[j]) == 0)
			break;
	if (i == f->nparams && f->def->varkw > 0) {
		dict_set(slot[f->def->varkw - 1]->u.dict, a->kwnames[j],
		    value_incref(a->kwvals[j]));
		return (0);
	}
	if (i == f->nparams) {
		err_set(&cls_TypeError,
		    "%s() got an unexpected keyword argument '%s'", f->name,
		    a->kwnames[j]);
		return (-1);
	}
	if (slot[i] != NULL) {
		err_set(&cls_TypeError,
		    "%s() got multiple values for argument '%s'", f->name,
		    a->kwnames[j]);
		return (-1);
	}
	slot[i] = value_incref(a->kwvals[j]);
	return (0);
}

int
func_bind_args(const struct pyfunc *f, const struct callargs *a,
    struct value **slot)
{
	const struct node *d = f->def;
	size_t i, j, n, npos = d->npos;
	struct value *rest;

	if (a->npos > npos && d->vararg == 0) {
		too_many_args(f, a);
		return (-1);
	}
	n = a->npos < npos ? a->npos : npos;
	for (i = 0; i < n; i++)
		slot[i] = value_incref(a->pos[i]);
	if (d->vararg > 0) {
		rest = value_tuple_new(a->npos - n);
		for (i = n; i < a->npos; i++)
			rest->u.seq.items[i - n] = value_incref(a->pos[i]);
		slot[d->vararg - 1] = rest;
	}
	if (d->varkw > 0)
		slot[d->varkw - 1] = value_dict_new();
	for (j = 0; j < a->nkw; j++)
		if (bind_keyword(f, a, j, slot) < 0)
			return (-1);
	for (i = 0; i < f->nparams; i++)
		if (slot[i] == NULL && f->defaults[i] != NULL)
			slot[i] = value_incref(f->defaults[i]);
	for (i = 0; i < npos; i++)
		if (slot[i] == NULL) {
			missing_args(f, slot, 0, npos, "positional");
			return (-1);
		}
	for (i = npos; i < f->nparams; i++)
		if (slot[i] == NULL) {
			missing_args(f, slot, npos, f->nparams, "keyword-only");
			return (-1);
		}
	return (0);
}

/* ---- a call's *x and **d spread out ---- */

/* How CPython names fn in "argument after * must be ...". */
static void
call_name(struct buf *b, const struct value *fn)
{
	if (fn->kind == KIND_PYFUNC)
		buf_printf(b, "__main__.%s", fn->u.pyfunc->name);
	else if (fn->kind == KIND_FUNC && fn->u.func.fn->qualname == NULL &&
	         fn->u.func.self != NULL)
		buf_printf(b, "%s.%s", value_type_name(fn->u.func.self),
		    fn->u.func.fn->name);
	else if (fn->kind == KIND_FUNC)
		buf_puts(b, fn->u.func.fn->qualname != NULL ?
		                fn->u.func.fn->qualname :
		                fn->u.func.fn->name);
	else if (fn->kind == KIND_CLASS)
		buf_puts(b, fn->u.cls->name);
	else
		buf_puts(b, value_type_name(fn));
}

int
func_spread_star(struct value *fn, struct value *v, struct callargs *a,
    size_t *cap)
{
	struct value *it, *x;
	struct buf b;

	if (!value_iterable(v)) {
		buf_init(&b);
		call_name(&b, fn);
		err_set(&cls_TypeError,
		    "%s() argument after * must be an iterable, not %s", b.data,
		    value_type_name(v));
		buf_free(&b);
		return (-1);
	}
	if ((it = value_iter(v)) == NULL)
		return (-1);
	while ((x = value_next(it)) != NULL) {
		if (a->npos == *cap) {
			*cap = *cap * 2 + 4;
			a->pos = xrealloc(a->pos, *cap * sizeof(*a->pos));
		}
		a->pos[a->npos++] = x;
	}
	value_decref(it);
	return (err_occurred() ? -1 : 0);
}

int
func_spread_dstar(struct value *fn, struct value *v, struct callargs *a,
    size_t *cap, struct value **keep)
{
	const char *k;
	struct value *x;
	struct buf b;
	size_t i;

	if (v->kind != KIND_DICT) {
		buf_init(&b);
		call_name(&b, fn);
		err_set(&cls_TypeError,
		    "%s() argument after ** must be a mapping, not %s", b.data,
		    value_type_name(v));
		buf_free(&b);
		return (-1);
	}
	for (i = 0; dict_entry(v->u.dict, i, &k, &x); i++) {
		if (a->nkw == *cap) {
			*cap = *cap * 2 + 4;
			a->kwnames =
			    xrealloc(a->kwnames, *cap * sizeof(*a->kwnames));
			a->kwvals =
			    xrealloc(a->kwvals, *cap * sizeof(*a->kwvals));
		}
		a->kwnames[a->nkw] = k;
		a->kwvals[a->nkw++] = value_incref(x);
	}
	*keep = value_incref(v); /* holds the names */
	return (0);
}

/* ---- the kind ----------------------------------------------------------- */

static void
pyfunc_repr(struct buf *b, const struct value *v)
{
	buf_printf(b, "<function %s at %p>", v->u.pyfunc->name, (void *)v);
}

static void
pyfunc_free(struct value *v)
{
	struct pyfunc *f = v->u.pyfunc;
	size_t i;

	for (i = 0; i < f->nparams; i++)
		value_decref(f->defaults[i]);
	free(f->defaults);
	for (i = 0; i < f->nlocals; i++)
		free(f->locals[i]);
	free(f->locals);
	for (i = 0; i < f->nnonlocals; i++)
		free(f->nonlocals[i]);
	free(f->nonlocals);
	program_free(f->prog); /* drops the hold */
	cells_release(f->env);
	free(f->name);
	free(f);
	free(v);
}

static struct value *
pyfunc_getattr(struct value *obj, const char *name)
{
	if (strcmp(name, "__name__") == 0 || strcmp(name, "__qualname__") == 0)
		return (value_cstr(obj->u.pyfunc->name));
	return (err_set(&cls_AttributeError,
	    "'function' object has no attribute '%s'", name));
}

static struct value *
pyfunc_call(struct value *fn, const struct callargs *a)
{
	if (runner == NULL)
		return (err_set(&cls_RuntimeError, "no evaluator to run %s()",
		    fn->u.pyfunc->name));
	return (runner(fn, a));
}

static long long
pyfunc_hash(const struct value *v)
{
	return (kind_hash_pointer(v));
}

const struct kind_desc pyfunc_kind = {
	.name = "function",
	.cls = &cls_function,
	.repr = pyfunc_repr,
	.free = pyfunc_free,
	.getattr = pyfunc_getattr,
	.call = pyfunc_call,
	.hash = pyfunc_hash,
};
