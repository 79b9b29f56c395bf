/* class.h -- classes defined with class: instances, bound methods, attributes */
#ifndef SOCKSHELL_CLASS_H
#define SOCKSHELL_CLASS_H

#include "value.h"

/*
 * A class defined with class.  Its struct pyclass comes first, so that
 * type(), isinstance(), issubclass() and exceptions treat it as any
 * other class (class_user finds this from it).  Classes live as long as the
 * session: instances, type(x) and subclasses point to them without a
 * reference count (they stay reachable from a list, for leak checkers).
 */
struct userclass {
	struct pyclass cls;     /* name and module owned ("__main__") */
	struct dict *dict;      /* owned: methods and class attributes */
	struct userclass *next; /* every user class, newest first */
};

/* An instance of a user class (not an exception: those are KIND_EXC). */
struct instance {
	const struct pyclass *cls; /* cls->user != NULL */
	struct dict *dict;         /* owned: the instance attributes */
};

/* A function bound to an object: obj.method. */
struct method {
	struct value *fn;   /* owned: the function (KIND_PYFUNC) */
	struct value *self; /* owned */
};

/*
 * A new class (KIND_CLASS) called name, with base (NULL: object) and the
 * attributes in dict (stolen).  NULL with TypeError pending if base is
 * not a class.
 */
struct value *class_new(const char *name, const struct value *base,
    struct dict *dict);

/* The user class whose pyclass is cls, or NULL for the built-in ones. */
struct userclass *class_user(const struct pyclass *cls);

/* name in cls or its bases (borrowed), or NULL. */
struct value *class_lookup(const struct pyclass *cls, const char *name);

/* The KIND_CLASS slots for user classes (kinds.c asks when cls->user). */
struct value *class_user_call(struct value *cls, const struct callargs *);
struct value *class_user_getattr(struct value *cls, const char *name);
/* cls.name = v (v NULL: del cls.name): 0, or -1 with an error pending. */
int class_setattr(struct value *cls, const char *name, struct value *v);

struct kind_desc;
/*
 * super() in a call of fnv with self as its first argument (both NULL
 * outside a method), called with a: a new reference, or NULL with
 * RuntimeError pending (fnv is no method of self's class).
 */
struct value *class_super(struct value *fnv, struct value *self,
    const struct callargs *a);

/* del obj.name through obj's setattr slot: 0, or -1 with an error. */
int class_delattr(struct value *obj, const char *name);

extern const struct kind_desc instance_kind, method_kind, super_kind;
extern const struct pyclass cls_method;

#endif
