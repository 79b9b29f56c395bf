/* class.c -- classes defined with class: instances, bound methods, attributes */
#include <config.h>

#include "class.h"

#include <stdlib.h>
#include <string.h>

#include "attr.h"
#include "buf.h"
#include "err.h"
#include "exc.h"
#include "kind.h"
#include "value.h"
#include "xmalloc.h"

const struct pyclass cls_method = { "method", NULL, &cls_object, 0, 0 };

static struct userclass *all_classes;         /* reachable, for leak checkers */
static const char main_module[] = "__main__"; /* marks the user classes */

struct userclass *
class_user(const struct pyclass *cls)
{
	/* The pyclass comes first in struct userclass. */
	return (cls != NULL && cls->module == main_module ?
	            (struct userclass *)(void *)cls :
	            NULL);
}

/* ---- classes ------------------------------------------------------------ */

struct value *
class_new(const char *name, const struct value *base, struct dict *dict)
{
	struct userclass *uc;

	if (base != NULL && base->kind != KIND_CLASS) {
		dict_free(dict);
		return (err_set(&cls_TypeError,
		    "class %s: the base must be a class, not '%s'", name,
		    value_type_name(base)));
	}
	uc = xcalloc(1, sizeof(*uc));
	uc->cls.name = xstrdup(name);
	uc->cls.module = main_module;
	uc->cls.base = base != NULL ? base->u.cls : &cls_object;
	uc->dict = dict;
	uc->next = all_classes;
	all_classes = uc;
	return (value_class(&uc->cls));
}

struct value *
class_lookup(const struct pyclass *cls, const char *name)
{
	const struct userclass *uc;
	struct value *v;

	for (; (uc = class_user(cls)) != NULL; cls = cls->base)
		if ((v = dict_get(uc->dict, name)) != NULL)
			return (v);
	return (NULL);
}

/* The class in cls's chain whose dict holds fn (for the method's repr). */
static const struct pyclass *
class_owner(const struct pyclass *cls, const struct value *fn)
{
	const struct pyclass *c;
	const struct userclass *uc;
	const char *k;
	struct value *v;
	size_t i;

	for (c = cls; (uc = class_user(c)) != NULL; c = c->base)
		for (i = 0; dict_entry(uc->dict, i, &k, &v); i++)
			if (v == fn)
				return (c);
	return (cls);
}

static struct value *
method_new_kind(enum kind kind, struct value *fn, struct value *self)
{
	struct value *v = xcalloc(1, sizeof(*v));
	struct method *m = xcalloc(1, sizeof(*m));

	v->kind = kind;
	v->refs = 1;
	v->u.meth = m;
	m->fn = value_incref(fn);
	m->self = value_incref(self);
	return (v);
}

static struct value *
method_new(struct value *fn, struct value *self)
{
	return (method_new_kind(KIND_METHOD, fn, self));
}

/* An attribute found in the class, as obj.name gives it: functions bind. */
static struct value *
bind_found(struct value *found, struct value *obj)
{
	if (found->kind == KIND_PYFUNC)
		return (method_new(found, obj));
	return (value_incref(found));
}

/* The names dir() would offer for the "Did you mean" suggestion. */
static size_t
class_names(const struct pyclass *cls, const struct dict *own,
    const char **names, size_t max)
{
	const struct userclass *uc;
	const char *k;
	struct value *v;
	size_t i, n = 0;

	for (i = 0; own != NULL && n < max && dict_entry(own, i, &k, &v); i++)
		names[n++] = k;
	for (; (uc = class_user(cls)) != NULL; cls = cls->base)
		for (i = 0; n < max && dict_entry(uc->dict, i, &k, &v); i++)
			names[n++] = k;
	return (n);
}

static struct value *
no_attribute(struct value *obj, const struct pyclass *cls,
    const struct dict *own, const char *name)
{
	const char *names[256];

	return (attr_error(obj, name, names, class_names(cls, own, names, 256),
	    NULL));
}

struct value *
class_user_getattr(struct value *clsv, const char *name)
{
	const struct pyclass *cls = clsv->u.cls;
	struct value *v;

	if (strcmp(name, "__name__") == 0 || strcmp(name, "__qualname__") == 0)
		return (value_cstr(cls->name));
	if (strcmp(name, "__module__") == 0)
		return (value_cstr(cls->module));
	if (strcmp(name, "__base__") == 0)
		return (value_class(cls->base));
	if ((v = class_lookup(cls, name)) != NULL)
		return (value_incref(v));
	return (no_attribute(clsv, cls, NULL, name));
}

int
class_setattr(struct value *clsv, const char *name, struct value *v)
{
	const struct pyclass *cls = clsv->u.cls;
	struct userclass *uc = class_user(cls);

	if (uc == NULL) {
		err_set(&cls_TypeError,
		    "cannot set '%s' attribute of immutable type '%s'", name,
		    cls->name);
		return (-1);
	}
	if (v != NULL) {
		dict_set(uc->dict, name, value_incref(v));
		return (0);
	}
	if (dict_del(uc->dict, name) == 0)
		return (0);
	err_set(&cls_AttributeError, "type object '%s' has no attribute '%s'",
	    cls->name, name);
	return (-1);
}

/* fn(self, *a->pos, **a->kw) */
static struct value *
call_with_self(struct value *fn, struct value *self, const struct callargs *a)
{
	struct callargs b = *a;
	struct value **pos = xcalloc(a->npos + 1, sizeof(*pos));
	struct value *r;

	pos[0] = self;
	if (a->npos > 0)
		memcpy(pos + 1, a->pos, a->npos * sizeof(*pos));
	b.pos = pos;
	b.npos = a->npos + 1;
	r = value_call(fn, &b);
	free(pos);
	return (r);
}

/* A special method of v's class called with args (NULL: it has none). */
static struct value *
call_special(const struct value *v, const char *name, size_t n,
    struct value **args, int *found)
{
	struct value *fn = class_lookup(value_class_of(v), name);
	struct callargs a = { args, n, NULL, NULL, 0 };

	*found = fn != NULL;
	if (fn == NULL)
		return (NULL);
	return (call_with_self(fn, (struct value *)v, &a));
}

struct value *
class_user_call(struct value *clsv, const struct callargs *a)
{
	const struct pyclass *cls = clsv->u.cls;
	struct value *v, *init, *r, *t;
	struct instance *inst;
	size_t i;

	if (class_is_subclass(cls, &cls_BaseException)) {
		init = class_lookup(cls, "__init__");
		if (a->nkw > 0 && init == NULL)
			return (err_set(&cls_TypeError,
			    "%s() takes no keyword arguments", cls->name));
		t = value_tuple_new(a->npos);
		for (i = 0; i < a->npos; i++)
			t->u.seq.items[i] = value_incref(a->pos[i]);
		v = exc_new(cls, t);
		goto init;
	}
	v = xcalloc(1, sizeof(*v));
	inst = xcalloc(1, sizeof(*inst));
	v->kind = KIND_INSTANCE;
	v->refs = 1;
	v->u.inst = inst;
	inst->cls = cls;
	inst->dict = dict_new();
	init = class_lookup(cls, "__init__");
init:
	if (init == NULL) {
		if (v->kind == KIND_INSTANCE && (a->npos > 0 || a->nkw > 0)) {
			value_decref(v);
			return (err_set(&cls_TypeError,
			    "%s() takes no arguments", cls->name));
		}
		return (v);
	}
	if ((r = call_with_self(init, v, a)) == NULL) {
		value_decref(v);
		return (NULL);
	}
	if (r->kind != KIND_NONE) {
		err_set(&cls_TypeError,
		    "__init__() should return None, not '%s'",
		    value_type_name(r));
		value_decref(r);
		value_decref(v);
		return (NULL);
	}
	value_decref(r);
	return (v);
}

/* ---- instances ---------------------------------------------------------- */

static const struct pyclass *
instance_class_of(const struct value *v)
{
	return (v->u.inst->cls);
}

static void
default_repr(struct buf *b, const struct value *v)
{
	buf_printf(b, "<%s.%s object at %p>", v->u.inst->cls->module,
	    v->u.inst->cls->name, (void *)v);
}

/* __repr__ or __str__'s result, checked: malloc'd, or NULL (error set). */
static char *
special_text(const struct value *v, const char *name, int *found)
{
	struct value *r = call_special(v, name, 0, NULL, found);
	char *s;

	if (r == NULL)
		return (NULL);
	if (r->kind != KIND_STR) {
		err_set(&cls_TypeError, "%s returned non-string (type %s)",
		    name, value_type_name(r));
		value_decref(r);
		return (NULL);
	}
	s = xstrdup(r->u.s.buf);
	value_decref(r);
	return (s);
}

static void
instance_repr(struct buf *b, const struct value *v)
{
	int found;
	char *s = special_text(v, "__repr__", &found);

	if (!found) {
		default_repr(b, v);
		return;
	}
	if (s != NULL)
		buf_puts(b, s);
	free(s);
}

static char *
instance_str(const struct value *v)
{
	int found;
	char *s = special_text(v, "__str__", &found);
	struct buf b;

	if (found)
		return (s != NULL ? s : xstrdup(""));
	buf_init(&b);
	instance_repr(&b, v);
	return (buf_steal(&b));
}

static void
instance_free(struct value *v)
{
	dict_free(v->u.inst->dict);
	free(v->u.inst);
	free(v);
}

static int
instance_truth(const struct value *v)
{
	int found, t;
	struct value *r = call_special(v, "__bool__", 0, NULL, &found);

	if (!found)
		r = call_special(v, "__len__", 0, NULL, &found);
	if (!found)
		return (1);
	if (r == NULL)
		return (0);
	t = value_truth(r);
	value_decref(r);
	return (t);
}

static struct value *
instance_getattr(struct value *obj, const char *name)
{
	const struct instance *inst = obj->u.inst;
	struct value *v;

	if ((v = dict_get(inst->dict, name)) != NULL)
		return (value_incref(v));
	if ((v = class_lookup(inst->cls, name)) != NULL)
		return (bind_found(v, obj));
	if (strcmp(name, "__class__") == 0)
		return (value_class(inst->cls));
	return (no_attribute(obj, inst->cls, inst->dict, name));
}

static int
instance_setattr(struct value *obj, const char *name, struct value *v)
{
	if (v != NULL) {
		dict_set(obj->u.inst->dict, name, value_incref(v));
		return (0);
	}
	if (dict_del(obj->u.inst->dict, name) == 0)
		return (0);
	err_set(&cls_AttributeError, "'%s' object has no attribute '%s'",
	    obj->u.inst->cls->name, name);
	return (-1);
}

static int
instance_eq(const struct value *a, const struct value *b)
{
	int found, t;
	struct value *arg = (struct value *)b;
	struct value *r;

	if (a->kind != KIND_INSTANCE)
		return (a == b);
	r = call_special(a, "__eq__", 1, &arg, &found);
	if (!found)
		return (a == b);
	if (r == NULL)
		return (0);
	t = value_truth(r);
	value_decref(r);
	return (t);
}

static long long
instance_hash(const struct value *v)
{
	return (kind_hash_pointer(v));
}

static struct value *
instance_call(struct value *obj, const struct callargs *a)
{
	struct value *fn = class_lookup(obj->u.inst->cls, "__call__");

	if (fn == NULL)
		return (err_set(&cls_TypeError, "'%s' object is not callable",
		    obj->u.inst->cls->name));
	return (call_with_self(fn, obj, a));
}

const struct kind_desc instance_kind = {
	.name = "object",
	.class_of = instance_class_of,
	.repr = instance_repr,
	.str = instance_str,
	.free = instance_free,
	.truth = instance_truth,
	.getattr = instance_getattr,
	.call = instance_call,
	.eq = instance_eq,
	.hash = instance_hash,
	.setattr = instance_setattr,
};

/* ---- bound methods ------------------------------------------------------ */

static void
method_repr(struct buf *b, const struct value *v)
{
	const struct method *m = v->u.meth;
	const struct pyclass *owner =
	    class_owner(value_class_of(m->self), m->fn);
	struct value *name = value_getattr(m->fn, "__name__");

	buf_printf(b, "<bound method %s.%s of ", owner->name,
	    name != NULL && name->kind == KIND_STR ? name->u.s.buf : "?");
	value_decref(name);
	value_buf_repr(b, m->self);
	buf_puts(b, ">");
}

static void
method_free(struct value *v)
{
	value_decref(v->u.meth->fn);
	value_decref(v->u.meth->self);
	free(v->u.meth);
	free(v);
}

static struct value *
method_getattr(struct value *obj, const char *name)
{
	if (strcmp(name, "__self__") == 0)
		return (value_incref(obj->u.meth->self));
	if (strcmp(name, "__func__") == 0)
		return (value_incref(obj->u.meth->fn));
	return (value_getattr(obj->u.meth->fn, name));
}

static struct value *
method_call(struct value *obj, const struct callargs *a)
{
	return (call_with_self(obj->u.meth->fn, obj->u.meth->self, a));
}

static int
method_eq(const struct value *a, const struct value *b)
{
	return (a->kind == b->kind && a->u.meth->fn == b->u.meth->fn &&
	        a->u.meth->self == b->u.meth->self);
}

static long long
method_hash(const struct value *v)
{
	return (kind_hash_pointer(v->u.meth->fn) ^
	        kind_hash_pointer(v->u.meth->self));
}

const struct kind_desc method_kind = {
	.name = "method",
	.cls = &cls_method,
	.repr = method_repr,
	.free = method_free,
	.getattr = method_getattr,
	.call = method_call,
	.eq = method_eq,
	.hash = method_hash,
};

/* ---- super() ------------------------------------------------------------ */

/* object.__init__ and BaseException.__init__, bound to self. */
static struct value *
object_init(struct value *self, const struct callargs *a)
{
	struct value *t;
	size_t i;

	if (self->kind == KIND_EXC) {
		t = value_tuple_new(a->npos);
		for (i = 0; i < a->npos; i++)
			t->u.seq.items[i] = value_incref(a->pos[i]);
		value_decref(self->u.exc->args);
		self->u.exc->args = t;
		return (value_none());
	}
	if (a->npos > 0 || a->nkw > 0)
		return (err_set(&cls_TypeError,
		    "object.__init__() takes exactly one argument (the "
		    "instance to initialize)"));
	return (value_none());
}

static const struct builtin object_init_fn = { "__init__", object_init,
	"object.__init__" };

int
class_delattr(struct value *obj, const char *name)
{
	if (kind_of(obj)->setattr != NULL)
		return (kind_of(obj)->setattr(obj, name, NULL));
	err_set(&cls_AttributeError, "'%s' object attribute '%s' is read-only",
	    value_type_name(obj), name);
	return (-1);
}

struct value *
class_super(struct value *fnv, struct value *self, const struct callargs *a)
{
	const struct pyclass *c;
	const struct userclass *uc;
	const char *k;
	struct value *v;
	size_t i;

	if (a->npos > 0 || a->nkw > 0)
		return (err_set(&cls_TypeError,
		    "super() with arguments is not understood here"));
	if (fnv == NULL || self == NULL)
		return (err_set(&cls_RuntimeError, "super(): no arguments"));
	for (c = value_class_of(self); (uc = class_user(c)) != NULL;
	     c = c->base)
		for (i = 0; dict_entry(uc->dict, i, &k, &v); i++)
			if (v == fnv) {
				struct value *cv = value_class(c);
				struct value *sup =
				    method_new_kind(KIND_SUPER, cv, self);

				value_decref(
				    cv); /* the super object holds it */
				return (sup);
			}
	return (
	    err_set(&cls_RuntimeError, "super(): __class__ cell not found"));
}

static void
super_repr(struct buf *b, const struct value *v)
{
	buf_printf(b, "<super: <class '%s'>, <%s object>>",
	    v->u.meth->fn->u.cls->name, value_type_name(v->u.meth->self));
}

static struct value *
super_getattr(struct value *obj, const char *name)
{
	const struct pyclass *start = obj->u.meth->fn->u.cls->base;
	struct value *v = class_lookup(start, name);

	if (v != NULL)
		return (bind_found(v, obj->u.meth->self));
	if (strcmp(name, "__init__") == 0)
		return (value_func(&object_init_fn, obj->u.meth->self));
	return (err_set(&cls_AttributeError,
	    "'super' object has no attribute '%s'", name));
}

static const struct pyclass cls_super = { "super", NULL, &cls_object, 0, 0 };

const struct kind_desc super_kind = {
	.name = "super",
	.cls = &cls_super,
	.repr = super_repr,
	.free = method_free,
	.getattr = super_getattr,
	.hash = method_hash,
};
