/* exec.c -- the evaluator's statements: blocks, loops, def, class, try, with, calls */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "builtins.h"
#include "class.h"
#include "eval.h"
#include "exc.h"
#include "flow.h"
#include "func.h"
#include "inplace.h"
#include "interp.h"
#include "iter.h"
#include "kind.h"
#include "traceback.h"
#include "value.h"
#include "xmalloc.h"

/* ---- blocks and loops ------------------------------------------------------ */

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

	if ((v = ev_eval(in, n)) == NULL)
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

	if ((seq = ev_eval(in, s->a)) == NULL)
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
		rc = ev_assign(in, s->items[0], x);
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
/* The function def or lambda s makes, its defaults evaluated now. */
struct value *
ex_make_function(struct interp *in, const struct node *s)
{
	struct value **defaults = xcalloc(s->nkw + 1, sizeof(*defaults));
	size_t i;

	for (i = 0; i < s->nkw; i++)
		if (s->kw[i].value != NULL &&
		    (defaults[i] = ev_eval(in, s->kw[i].value)) == NULL) {
			while (i-- > 0)
				value_decref(defaults[i]);
			free(defaults);
			return (NULL);
		}
	return (func_new_in(s, in->prog, defaults,
	    in->frame != NULL ? in->frame->cells : NULL));
}

/* One statement of a class body, binding in the class's dict d. */
static int
exec_class_stmt(struct interp *in, const struct node *s, struct dict *d)
{
	struct value **defaults, *v;
	size_t i;

	switch (s->kind) {
	case S_PASS:
		return (0);
	case S_EXPR: /* a docstring */
		if ((v = ev_eval(in, s->a)) == NULL)
			return (-1);
		value_decref(v);
		return (0);
	case S_ASSIGN:
		for (i = 0; i < s->nitems; i++)
			if (s->items[i]->kind != N_NAME)
				break;
		if (i < s->nitems)
			break;
		if ((v = ev_eval(in, s->a)) == NULL)
			return (-1);
		for (i = 0; i < s->nitems; i++)
			dict_set(d, s->items[i]->name, value_incref(v));
		value_decref(v);
		return (0);
	case S_DEF:
		defaults = xcalloc(s->nkw + 1, sizeof(*defaults));
		for (i = 0; i < s->nkw; i++)
			if (s->kw[i].value != NULL &&
			    (defaults[i] = ev_eval(in, s->kw[i].value)) ==
			        NULL) {
				while (i-- > 0)
					value_decref(defaults[i]);
				free(defaults);
				return (-1);
			}
		dict_set(d, s->name,
		    func_new_in(s, in->prog, defaults,
		        in->frame != NULL ? in->frame->cells : NULL));
		return (0);
	default:
		break;
	}
	err_set(&cls_SyntaxError,
	    "only def, assignments to names and pass are understood in a "
	    "class body");
	return (-1);
}

/* class Name(Base): body -- the body runs once, into the class's dict. */
static int
exec_class(struct interp *in, const struct node *s)
{
	struct value *base = NULL, *cls;
	const struct dict *overlay = in->overlay;
	struct dict *d;
	size_t i;
	int rc = 0;

	if (s->a != NULL && (base = ev_eval(in, s->a)) == NULL)
		return (-1);
	d = dict_new();
	/* At the top level, the body reads the names it bound first. */
	if (overlay == NULL && in->frame == NULL)
		in->overlay = d;
	for (i = 0; i < s->b->nitems && rc == 0; i++)
		rc = exec_class_stmt(in, s->b->items[i], d);
	in->overlay = overlay;
	if (rc < 0) {
		dict_free(d);
		value_decref(base);
		return (-1);
	}
	cls = class_new(s->name, base, d);
	value_decref(base);
	if (cls == NULL)
		return (-1);
	ev_bind(in, s->name, cls);
	return (0);
}

static int
exec_def(struct interp *in, const struct node *s)
{
	struct value *fn = ex_make_function(in, s);

	if (fn == NULL)
		return (-1);
	ev_bind(in, s->name, fn);
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
struct value *
ex_call_function(struct value *fnv, const struct callargs *a)
{
	struct interp *in = interp_current;
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
	if (func_bind_args(f, a, slot) < 0)
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
		m = h->a == NULL                     ? 1 :
		    (cv = ev_eval(in, h->a)) == NULL ? -1 :
		                                       flow_match_free(exc, cv);
		if (m == 0)
			continue;
		if (m < 0)
			break;
		if (h->name != NULL)
			ev_bind(in, h->name, value_incref(exc));
		was = in->handling;
		in->handling = exc;
		if ((rc = exec_block(in, h->b, print, ctx)) < 0)
			err_chain_context(exc);
		in->handling = was;
		if (h->name != NULL) { /* e is unbound after the handler */
			nm.name = h->name;
			ev_bind(in, h->name, value_none());
			(void)ev_delete(in, &nm);
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
	if ((mgr = ev_eval(in, s->items[i])) == NULL)
		return (-1);
	if ((v = flow_enter(mgr)) == NULL) {
		value_decref(mgr);
		return (-1);
	}
	if (s->names[i] != NULL)
		ev_bind(in, s->names[i], v);
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
		if ((v = ev_eval(in, s->a)) == NULL)
			return (-1);
		if (print != NULL)
			print(in, v, ctx);
		value_decref(v);
		return (err_occurred() ? -1 : 0); /* the printer may raise */
	case S_ASSIGN:
		if ((v = ev_eval(in, s->a)) == NULL)
			return (-1);
		rc = 0;
		for (i = 0; i < s->nitems && rc == 0; i++)
			rc = ev_assign(in, s->items[i], v);
		value_decref(v);
		return (rc);
	case S_AUGASSIGN:
		if ((cur = ev_eval(in, s->items[0])) == NULL)
			return (-1);
		if ((v = ev_eval(in, s->a)) == NULL) {
			value_decref(cur);
			return (-1);
		}
		r = value_inplace(s->op, cur, v);
		value_decref(cur);
		value_decref(v);
		if (r == NULL)
			return (-1);
		rc = ev_assign(in, s->items[0], r);
		value_decref(r);
		return (rc);
	case S_IMPORT:
		return (ev_import(in, s));
	case S_FROMIMPORT:
		return (ev_from_import(in, s));
	case S_DEL:
		for (i = 0; i < s->nitems; i++)
			if (ev_delete(in, s->items[i]) < 0)
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
		else if ((v = ev_eval(in, s->a)) == NULL)
			return (-1);
		value_decref(in->retval);
		in->retval = v;
		return (EXEC_RETURN);
	case S_GLOBAL:
	case S_NONLOCAL:
		return (0); /* func_new read it */
	case S_TRY:
		return (exec_try(in, s, print, ctx));
	case S_RAISE: /* raise [x [from y]] */
		if (s->a == NULL)
			return (flow_reraise(in->handling));
		if ((v = ev_eval(in, s->a)) == NULL)
			return (-1);
		return (flow_raise(v, s->b != NULL ? ev_eval(in, s->b) : NULL,
		    s->b != NULL));
	case S_ASSERT: /* assert test [, msg] */
		if ((rc = eval_truth(in, s->a)) != 0)
			return (rc < 0 ? -1 : 0);
		v = s->b != NULL ? ev_eval(in, s->b) : NULL;
		return (flow_assert_failed(v, s->b != NULL));
	case S_WITH:
		return (exec_with(in, s, 0, print, ctx));
	case S_CLASS:
		return (exec_class(in, s));
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
	func_set_runner(ex_call_function);
	for (i = 0; i < p->nstmts; i++) {
		struct interp *was = interp_current;
		struct program *prog = in->prog;

		interp_current = in;
		in->prog = (struct program *)p; /* def holds it */
		rc = exec_stmt(in, p->stmts[i], print, ctx);
		in->prog = prog;
		interp_current = was;
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
