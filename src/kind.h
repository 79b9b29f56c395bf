/* kind.h -- the kind descriptor: one row of slots per kind of value */
#ifndef SOCKSHELL_KIND_H
#define SOCKSHELL_KIND_H

#include "ast.h" /* enum op */

/* Enough for pointers: kind.h does not include value.h (no cycle). */
struct buf;
struct callargs;
struct pyclass;
struct value;

/*
 * What a kind of value can do, as MicroPython's mp_obj_type_t and Lua's
 * metamethods say it: value.c and eval.c never switch on the kind for
 * these, they call the slot of kind_of(v).  A NULL slot means "this kind
 * cannot": the dispatch functions below then raise what Python raises.
 *
 * A slot that may decline (binary, unary) declines by returning
 * VALUE_NOTIMPL, as Python's NotImplemented; NULL is a failure, with an
 * exception pending.
 * (C keeps struct and enum tags in one namespace: enum kind names the
 * kind, struct kind_desc describes it.)
 */
struct kind_desc {
	const char *name;          /* Python's type name: "int", "socket" */
	const struct pyclass *cls; /* type(v), unless class_of says */
	/* type(v) when it depends on the value (enum members, exceptions). */
	const struct pyclass *(*class_of)(const struct value *);

	/* repr(v) appended to b; str(v) malloc'd (NULL slot: the repr). */
	void (*repr)(struct buf *b, const struct value *);
	char *(*str)(const struct value *);
	/* The count reached 0: release v itself and all it owns. */
	void (*free)(struct value *);
	int (*truth)(const struct value *); /* bool(v); NULL: True */

	/* obj.name: new reference, or NULL with AttributeError pending. */
	struct value *(*getattr)(struct value *obj, const char *name);
	/* fn(*args): new reference or NULL (NULL slot: not callable). */
	struct value *(*call)(struct value *fn, const struct callargs *);

	/*
	 * a OP b for OP_ADD .. OP_RSHIFT.  Asked of a's kind first, then,
	 * if it declines, of b's kind with the same (a, b): the slot looks
	 * at both operands to see which side it is on.
	 */
	struct value *(
	    *binary)(enum op, const struct value *a, const struct value *b);
	/* OP_NEG, OP_POS, OP_INVERT (OP_NOT is truth's). */
	struct value *(*unary)(enum op, const struct value *);

	/* a == b for a of this kind, a != b (NULL slot: identity). */
	int (*eq)(const struct value *a, const struct value *b);
	/* As value_compare: <0, 0, >0, or -2 with TypeError pending. */
	int (*compare)(const struct value *a, const struct value *b,
	    const char *op);
	/* hash(v), never -1; or -1 with TypeError (NULL slot: unhashable). */
	long long (*hash)(const struct value *);

	/* item in c: 1, 0, or -1 with an exception pending. */
	int (*contains)(const struct value *c, const struct value *item);
	/* obj[idx]: new reference or NULL (NULL slot: not subscriptable). */
	struct value *(
	    *subscript)(const struct value *obj, const struct value *idx);
	/*
	 * obj[start:stop:step] once the evaluator has clipped the bounds as
	 * PySlice_AdjustIndices does: count items from start, step apart
	 * (NULL slot: not subscriptable with a slice).
	 */
	struct value *(*slice)(const struct value *obj, long long start,
	    long long step, size_t count);
	/*
	 * iter(v): a new iterator value; next(it): the next item (new), or
	 * NULL with no exception pending at the end (iter.h: str, bytes,
	 * tuple, list, dict, range and iterators fill them).
	 */
	struct value *(*iter)(struct value *);
	struct value *(*next)(struct value *it);

	/* obj.name = v, or del obj.name (v NULL): 0, or -1 with an error. */
	int (*setattr)(struct value *obj, const char *name, struct value *v);
};

/*
 * One row per enum kind, indexed by it (ORDER KIND): kinds.c fills it
 * from the rows the modules export (sockobj_kind, exc_kind, and the plain
 * kinds of kinds.c itself), and a _Static_assert there checks that it has
 * KIND_COUNT rows (the size is left to the definition for that reason).
 */
extern const struct kind_desc *const kind_table[];

/*
 * "Not mine": what binary and unary slots return to decline (borrowed,
 * immortal; the dispatch functions never let it out).
 */
extern struct value value_notimpl_s;
#define VALUE_NOTIMPL (&value_notimpl_s)

/* The row of a value (a macro: struct value is complete where it is used). */
#define kind_of(v) (kind_table[(v)->kind])

/*
 * Dispatch through the row, with Python's errors where the slot is NULL
 * or declines.  (value_repr, value_str_of, value_truth, value_equal,
 * value_compare and value_getitem of value.h dispatch the same way.)
 */
struct value *value_getattr(struct value *obj, const char *name);    /* new */
struct value *value_call(struct value *fn, const struct callargs *); /* new */
struct value *value_binary(enum op, const struct value *,
    const struct value *);                                /* new */
struct value *value_unary(enum op, const struct value *); /* new */
int value_contains(const struct value *c, const struct value *item);
long long value_hash(const struct value *); /* -1: TypeError pending */
void value_buf_repr(struct buf *, const struct value *); /* repr, appended */

/*
 * Recursion for the container rows.  value_repr_enter (Py_ReprEnter) in
 * a repr slot: 0, go on and value_repr_leave after; 1, v is being printed
 * already, print [...]; -1, too deep, print "..." and stop (the caller of
 * value_repr_checked gets RecursionError).  value_recursion_enter
 * (Py_EnterRecursiveCall) around the items of eq, compare and hash: 0,
 * or -1 with RecursionError "maximum recursion depth exceeded<where>".
 */
int value_repr_enter(const struct value *);
void value_repr_leave(const struct value *);
int value_recursion_enter(const char *where);
void value_recursion_leave(void);

/* Helpers for the rows. */
void kind_free_plain(struct value *);      /* owns nothing but itself */
void kind_free_immortal(struct value *);   /* None, True, False: never */
long long kind_hash_pointer(const void *); /* identity hash */
/* TypeError "'<' not supported between instances of ..."; returns -2. */
int kind_unorderable(const struct value *, const struct value *,
    const char *op);
/* TypeError "unsupported operand type(s) for +: ..."; returns NULL. */
struct value *kind_unsupported(enum op, const struct value *,
    const struct value *);

#endif
