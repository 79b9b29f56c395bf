/* value.h -- Python values: a tagged union with a reference count, plus repr */
#ifndef SOCKSHELL_VALUE_H
#define SOCKSHELL_VALUE_H

#include <stddef.h>

#include "buf.h"

/*
 * Ownership, as in CPython: a function documented "new" returns a reference
 * the caller must release with value_decref(); "borrowed" means the caller
 * must not.  "steals" means the function takes over the caller's reference.
 * Functions that can fail return NULL (or -1) with an exception pending
 * (see exc.h).
 */

enum kind { /* ORDER KIND: keep kind_table[] in kinds.c in step */
	KIND_NONE,
	KIND_BOOL,   /* u.i is 0 or 1; True and False are singletons */
	KIND_INT,    /* u.i */
	KIND_FLOAT,  /* u.f */
	KIND_STR,    /* u.s: UTF-8 text */
	KIND_BYTES,  /* u.s: raw bytes */
	KIND_TUPLE,  /* u.seq */
	KIND_LIST,   /* u.seq */
	KIND_ENUM,   /* u.en: an IntEnum/IntFlag member such as AF_INET */
	KIND_CLASS,  /* u.cls: int, socket.socket, OSError, AddressFamily ... */
	KIND_MODULE, /* u.mod */
	KIND_FUNC, /* u.func: a built-in function, or a method bound to self */
	KIND_SOCKET, /* u.sock: owns its descriptor (sockobj.h) */
	KIND_EXC,    /* u.exc: an exception instance (exc.h) */
	KIND_DICT, /* u.dict: str-keyed dict (os.environ-like uses, module dicts) */
	KIND_RANGE,  /* u.range: range(start, stop, step) (iter.h) */
	KIND_ITER,   /* u.iter: an iterator over another value (iter.h) */
	KIND_PYFUNC, /* u.pyfunc: a function defined with def (func.h) */
	KIND_INSTANCE, /* u.inst: an instance of a user class (class.h) */
	KIND_METHOD,   /* u.meth: a function bound to an object (class.h) */
	KIND_SUPER,    /* u.meth: super(): fn = the class, self (class.h) */
	KIND_COUNT   /* not a kind: the number of rows of kind_table (kind.h) */
};

struct value;
struct dict;
struct sockobj;
struct exc;
struct rangeobj;
struct iterobj;
struct pyfunc;
struct instance;
struct method;

/* A Python class: built-in types, exception classes and the socket enums. */
struct pyclass {
	const char *name;           /* "int", "socket", "gaierror" */
	const char *module;         /* NULL for builtins, else "socket" */
	const struct pyclass *base; /* single inheritance is all we need */
	int is_enum; /* repr is <enum 'X'> rather than <class 'X'> */
	int is_flag; /* IntFlag: members combine with | */
};

/* Arguments of a call, as the evaluator collects them. All borrowed. */
struct callargs {
	struct value **pos; /* positional arguments */
	size_t npos;
	const char **kwnames; /* keyword names, parallel to kwvals */
	struct value **kwvals;
	size_t nkw;
};

/*
 * A built-in function or method.  fn returns a new reference, or NULL with
 * an exception pending.  self is the bound object for methods, else NULL.
 */
struct builtin {
	const char *name; /* as Python spells it: "bind", "getaddrinfo" */
	struct value *(*fn)(struct value *self, const struct callargs *a);
	const char *qualname; /* for messages: "socket.bind", NULL for name */
};

struct module {
	char *name;        /* owned: "socket", "os.path" */
	struct dict *dict; /* owned: the module's attributes */
};

struct value {
	enum kind kind;
	unsigned refs; /* value_decref() frees the value when this hits 0 */
	union {
		long long i; /* KIND_BOOL, KIND_INT */
		double f;    /* KIND_FLOAT */
		struct {
			char *
			    buf; /* owned, always NUL-terminated (not counted) */
			size_t len; /* bytes, not characters */
		} s;                /* KIND_STR, KIND_BYTES */
		struct {
			struct value *
			    *items; /* owned; one reference per item */
			size_t len;
			size_t cap;
		} seq; /* KIND_TUPLE, KIND_LIST */
		struct {
			long long i;
			const struct pyclass
			    *cls;          /* AddressFamily, SocketKind, ... */
			const char *name;  /* "AF_INET"; static storage */
		} en;                      /* KIND_ENUM */
		const struct pyclass *cls; /* KIND_CLASS */
		struct module *mod;        /* KIND_MODULE: owned */
		struct {
			const struct builtin *fn; /* static */
			struct value *self;       /* owned reference, or NULL */
		} func;                           /* KIND_FUNC */
		struct sockobj *sock;             /* KIND_SOCKET: owned */
		struct exc *exc;                  /* KIND_EXC: owned */
		struct dict *dict;                /* KIND_DICT: owned */
		struct rangeobj *range;           /* KIND_RANGE: owned */
		struct iterobj *iter;             /* KIND_ITER: owned */
		struct pyfunc *pyfunc;            /* KIND_PYFUNC: owned */
		struct instance *inst;            /* KIND_INSTANCE: owned */
		struct method *meth;              /* KIND_METHOD: owned */
	} u;
};

/* The built-in classes, for type() and isinstance(). */
extern const struct pyclass cls_object, cls_NoneType, cls_bool, cls_int,
    cls_float, cls_str, cls_bytes, cls_tuple, cls_list, cls_dict, cls_type,
    cls_module, cls_builtin_function;

/* Immortal singletons: borrowed, but value_incref() them before returning. */
extern struct value value_none_s, value_true_s, value_false_s;
#define VALUE_NONE (&value_none_s)

/* Constructors: each returns a new reference. */
struct value *value_none(void);
struct value *value_bool(int);
struct value *value_int(long long);
struct value *value_float(double);
struct value *value_str(const char *, size_t);   /* copies */
struct value *value_cstr(const char *);          /* copies a C string */
struct value *value_bytes(const void *, size_t); /* copies */
struct value *value_tuple_new(size_t len);  /* items NULL: fill with _set */
struct value *value_tuple(size_t len, ...); /* steals each argument */
struct value *value_list_new(size_t len);
struct value *value_enum(const struct pyclass *, const char *name, long long i);
struct value *value_class(const struct pyclass *);
struct value *value_func(const struct builtin *, struct value *self);
struct value *value_module(const char *name); /* copies name; empty dict */
struct value *value_dict_new(void);

/* Reference counting. NULL is fine for both. */
struct value *value_incref(struct value *); /* returns its argument */
void value_decref(struct value *);

/* Sequences (tuple and list). */
void value_seq_set(struct value *seq, size_t i,
    struct value *item);                                        /* steals */
struct value *value_seq_get(const struct value *seq, size_t i); /* borrowed */
void value_list_append(struct value *list, struct value *item); /* steals */

/* Inspection. */
const struct pyclass *value_class_of(const struct value *); /* borrowed */
const char *value_type_name(const struct value *); /* "str", "socket" */
int value_is_int(const struct value *);            /* int, bool, enum members */
int value_is_seq(const struct value *);            /* tuple or list */
int value_is_strlike(const struct value *);        /* str or bytes */
int class_is_subclass(const struct pyclass *, const struct pyclass *base);
int value_isinstance(const struct value *, const struct pyclass *);

/*
 * Python semantics.  value_truth: bool(v).  value_equal: v == w, 1 or 0,
 * or -1 with RecursionError pending (containers nested past Python's
 * limit, or holding each other).  value_compare: <0, 0, >0, or -2 with a
 * TypeError (or RecursionError) pending when the values do not order.
 */
int value_truth(const struct value *);
int value_equal(const struct value *, const struct value *);
/*
 * value_equal as containers compare their items (CPython's
 * PyObject_RichCompareBool): the same object is equal to itself, NaN
 * included, without asking it, so [x] == [x] and x in [x] always hold.
 */
int value_item_equal(const struct value *, const struct value *);
int value_compare(const struct value *, const struct value *, const char *op);

/*
 * repr() and str() as Python prints them, into a malloc'd NUL-terminated
 * string the caller frees.  A socket's repr asks the kernel for its names.
 */
char *value_repr(const struct value *);
char *value_str_of(const struct value *);
/*
 * The same where Python can fail: NULL with RecursionError pending when
 * containers nest past Python's limit (for repr(), str(), print, format,
 * the prompt's echo).  A container that holds itself prints [...] or
 * {...} in both; past the limit value_repr and value_str_of print "..."
 * for the rest instead of failing (for error messages).
 */
char *value_repr_checked(const struct value *);
char *value_str_checked(const struct value *);

/*
 * Argument conversions with Python's messages.  value_as_long: int, bool
 * and enum members ("'str' object cannot be interpreted as an integer").
 * value_as_buffer: bytes only ("a bytes-like object is required, not
 * 'str'"); *p is borrowed.  Both return 0, or -1 with TypeError pending.
 */
int value_as_long(const struct value *, long long *out);
int value_as_buffer(const struct value *, const char **p, size_t *len);

/*
 * int(f) for a float, truncated: 0, or -1 with Python's ValueError (NaN)
 * or OverflowError (infinity; beyond 64 bits, value_too_large's).
 */
int value_float_to_long(double f, long long *out);
/* OverflowError: the integer needs more than our 64 bits.  NULL. */
void *value_too_large(void);

/*
 * Argument-count checks for built-ins, worded as CPython words them.
 * name is what the message shows ("socket.bind" or "recv").
 */
int args_no_kw(const struct callargs *, const char *name);
int args_none(const struct callargs *, const char *name); /* no arguments */
int args_one(const struct callargs *, const char *name);  /* exactly one */
int args_range(const struct callargs *, const char *name, size_t min,
    size_t max); /* "takes at least/at most/exactly N argument(s)" */
/* A keyword argument's value (borrowed) or NULL. */
struct value *args_kw(const struct callargs *, const char *kwname);

/* String helpers for the printers. */
size_t utf8_strlen(const char *, size_t); /* characters, for len(str) */
size_t utf8_offset(const char *, size_t len, size_t i); /* byte of char i */
size_t value_seq_length(const struct value *); /* str, bytes, tuple, list */

/*
 * obj[idx] for str, bytes, tuple, list (int index, negative too) and
 * dicts (str keys; an int key looks up its decimal text), with Python's
 * IndexError/TypeError/KeyError messages.  New reference or NULL.
 */
struct value *value_getitem(const struct value *obj, const struct value *idx);

/* Python's quoting of str and bytes, appended to a buffer (buf.h). */
void buf_repr_str(struct buf *, const char *, size_t);   /* 'text' */
void buf_repr_bytes(struct buf *, const char *, size_t); /* b'...' */

/* A dict with str keys: module attributes and the session's variables. */
struct dict *dict_new(void);
void dict_free(struct dict *);
struct value *dict_get(const struct dict *, const char *key);  /* borrowed */
void dict_set(struct dict *, const char *key, struct value *); /* steals */
int dict_del(struct dict *, const char *key); /* 0 ok, -1 absent */
size_t dict_len(const struct dict *);
/* Iterate: i from 0 while dict_entry() returns 1. Order of insertion. */
int dict_entry(const struct dict *, size_t i, const char **key,
    struct value **val);

#endif
