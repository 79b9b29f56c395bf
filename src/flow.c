/* flow.c -- the value side of try, raise, assert and with */
#include <config.h>

#include "flow.h"

#include <stddef.h>
#include <string.h>

#include "exc.h"
#include "kind.h"
#include "value.h"

int
flow_match(const struct value *exc, const struct value *cv)
{
	size_t i;
	int r;

	if (cv->kind == KIND_TUPLE) {
		for (i = 0; i < cv->u.seq.len; i++)
			if ((r = flow_match(exc, cv->u.seq.items[i])) != 0)
				return (r);
		return (0);
	}
	if (cv->kind != KIND_CLASS ||
	    !class_is_subclass(cv->u.cls, &cls_BaseException)) {
		err_set(&cls_TypeError,
		    "catching classes that do not inherit from BaseException "
		    "is not allowed");
		return (-1);
	}
	return (value_isinstance(exc, cv->u.cls));
}

int
flow_match_free(const struct value *exc, struct value *cv)
{
	int r = flow_match(exc, cv);

	value_decref(cv);
	return (r);
}

int
flow_reraise(struct value *handling)
{
	if (handling == NULL)
		err_set(&cls_RuntimeError, "No active exception to reraise");
	else
		err_set_value(value_incref(handling));
	return (-1);
}

void
flow_save(struct flow_saved *sv, int rc, struct value **retval)
{
	sv->rc = rc;
	sv->exc = rc < 0 ? err_fetch() : NULL;
	sv->ret = *retval;
	sv->retval = retval;
	*retval = NULL;
}

int
flow_restore(struct flow_saved *sv, int frc)
{
	if (frc < 0 && sv->exc != NULL)
		err_chain_context(sv->exc);
	if (frc != 0) { /* finally's own break, return or exception wins */
		value_decref(sv->exc);
		value_decref(sv->ret);
		return (frc);
	}
	if (sv->exc != NULL)
		err_set_value(sv->exc);
	*sv->retval = sv->ret;
	return (sv->rc);
}

/* An exception class called, an exception as it is, else NULL (not one). */
static struct value *
as_exception(struct value *v)
{
	struct callargs none = { 0 };

	if (v->kind == KIND_CLASS &&
	    class_is_subclass(v->u.cls, &cls_BaseException))
		return (value_call(v, &none));
	if (v->kind == KIND_EXC)
		return (value_incref(v));
	return (NULL);
}

int
flow_raise(struct value *v, struct value *cause, int has_cause)
{
	struct value *e, *c = NULL;

	if (has_cause && cause == NULL) {
		value_decref(v);
		return (-1);
	}
	e = as_exception(v);
	value_decref(v);
	if (e == NULL && !err_occurred())
		err_set(&cls_TypeError,
		    "exceptions must derive from BaseException");
	if (e != NULL && cause != NULL && cause->kind != KIND_NONE &&
	    (c = as_exception(cause)) == NULL) {
		if (!err_occurred())
			err_set(&cls_TypeError,
			    "exception causes must derive from BaseException");
		value_decref(e);
		e = NULL;
	}
	value_decref(cause);
	if (e == NULL)
		return (-1);
	if (has_cause) { /* from None: no cause, and no context shown */
		value_decref(e->u.exc->cause);
		e->u.exc->cause = c;
		e->u.exc->suppress_context = 1;
	}
	err_set_value(e);
	return (-1);
}

int
flow_assert_failed(struct value *msg, int has_msg)
{
	if (has_msg && msg == NULL)
		return (-1);
	err_set_value(exc_new(&cls_AssertionError,
	    msg != NULL ? value_tuple(1, msg) : value_tuple(0)));
	return (-1);
}

/* mgr.name(*args): a new reference or NULL. */
static struct value *
call_method(struct value *mgr, const char *name, struct value **args, size_t n)
{
	struct callargs a = { 0 };
	struct value *fn, *r;

	if ((fn = value_getattr(mgr, name)) == NULL)
		return (NULL);
	a.pos = args;
	a.npos = n;
	r = value_call(fn, &a);
	value_decref(fn);
	return (r);
}

/* Has mgr the method name?  If not, 3.11's TypeError is pending. */
static int
has_method(struct value *mgr, const char *name, const char *missed)
{
	struct value *fn = value_getattr(mgr, name);

	if (fn != NULL) {
		value_decref(fn);
		return (1);
	}
	if (err_matches(&cls_AttributeError))
		err_set(&cls_TypeError,
		    "'%s' object does not support the context manager "
		    "protocol%s",
		    value_class_of(mgr)->name, missed);
	return (0);
}

struct value *
flow_enter(struct value *mgr)
{
	if (!has_method(mgr, "__enter__", "") ||
	    !has_method(mgr, "__exit__", " (missed __exit__ method)"))
		return (NULL);
	return (call_method(mgr, "__enter__", NULL, 0));
}

int
flow_exit(struct value *mgr, int rc)
{
	struct value *exc = rc < 0 ? err_fetch() : NULL, *args[3], *r;
	int i, t;

	args[0] = exc != NULL ? value_class(value_class_of(exc)) : value_none();
	args[1] = exc != NULL ? value_incref(exc) : value_none();
	args[2] = value_none();
	r = call_method(mgr, "__exit__", args, 3);
	for (i = 0; i < 3; i++)
		value_decref(args[i]);
	t = r != NULL ? value_truth(r) : -1;
	value_decref(r);
	if (t < 0) { /* __exit__ failed: its exception replaces ours */
		value_decref(exc);
		return (-1);
	}
	if (exc != NULL) {
		if (t) { /* swallowed */
			value_decref(exc);
			return (0);
		}
		err_set_value(exc);
	}
	return (rc);
}

int
flow_delete(struct value *obj, struct value *idx, const char *name, int item)
{
	long long i, n;
	int rc = -1;

	if (item && idx == NULL) /* its error is pending */
		;
	else if (!item) { /* del obj.name */
		if (obj->kind == KIND_MODULE &&
		    dict_del(obj->u.mod->dict, name) == 0)
			rc = 0;
		else
			err_set(&cls_AttributeError,
			    "'%s' object has no attribute '%s'",
			    value_type_name(obj), name);
	} else if (obj->kind == KIND_LIST && value_is_int(idx) &&
	           value_as_long(idx, &i) == 0) {
		n = (long long)obj->u.seq.len;
		if (i < 0)
			i += n;
		if (i < 0 || i >= n)
			err_set(&cls_IndexError,
			    "list assignment index out of range");
		else {
			value_decref(obj->u.seq.items[i]);
			memmove(&obj->u.seq.items[i], &obj->u.seq.items[i + 1],
			    (size_t)(n - i - 1) * sizeof(struct value *));
			obj->u.seq.len--;
			rc = 0;
		}
	} else if (obj->kind != KIND_LIST)
		err_set(&cls_TypeError,
		    "'%s' object doesn't support item deletion",
		    value_type_name(obj));
	else if (!err_occurred())
		err_set(&cls_TypeError,
		    "list indices must be integers or slices, not %s",
		    value_type_name(idx));
	value_decref(obj);
	value_decref(idx);
	return (rc);
}
