/* func.c -- functions defined with def: the kind, and its door to eval */
#include <config.h>

#include "func.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "buf.h"
#include "err.h"
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

/* The names a suite binds, and those it declares global (not nested defs'). */
static void
suite_names(const struct node *s, struct names *bound, struct names *glob)
{
	size_t i;
	const char *dot;
	char *first;

	if (s == NULL)
		return;
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

struct cells *
cells_new(struct value *fnv, size_t n)
{
	struct cells *c = xcalloc(1, sizeof(*c) + (n + 1) * sizeof(c->slot[0]));

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
	free(c);
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
	struct names bound = { 0 }, glob = { 0 };
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
func_is_local(const struct pyfunc *f, const char *name)
{
	return (func_local_index(f, name) >= 0);
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
