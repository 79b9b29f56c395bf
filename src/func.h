/* func.h -- functions defined with def: the kind, and its door to eval */
#ifndef SOCKSHELL_FUNC_H
#define SOCKSHELL_FUNC_H

#include <stddef.h>

struct callargs;
struct kind_desc;
struct node;
struct program;
struct pyclass;
struct value;

/*
 * A function: its def statement, in the tree of the program that defined
 * it (held: program_free leaves the tree while a function needs it), the
 * defaults evaluated when def ran, and the names its body binds (its
 * locals, as Python's compiler finds them).
 */
struct pyfunc {
	char *name;              /* owned */
	const struct node *def;  /* S_DEF, in prog */
	struct program *prog;    /* held */
	struct value **defaults; /* owned, one per parameter, NULL: none */
	size_t nparams;
	char **locals;     /* owned array of owned names, the
	                             parameters first */
	struct cells *env; /* held: the call it was defined in */
	size_t nlocals;
	char **nonlocals; /* owned array of owned names it declares nonlocal */
	size_t nnonlocals;
};

/*
 * The locals of one call, shared with the functions defined in it, which
 * read them later (closures: Python's cells, one block per call).
 */
struct cells {
	unsigned refs;
	struct value *fnv;         /* owned: the function whose call this is */
	struct cells *up;          /* held: that function's own env, or NULL */
	struct cells *prev, *next; /* every live block, for cells_clear_all */
	size_t n;
	struct value *slot[]; /* n, NULL: unbound */
};

/* A block of n empty slots for a call of fnv (refs 1). */
struct cells *cells_new(struct value *fnv, size_t n);
void cells_release(struct cells *); /* NULL is fine */
/*
 * At the end of a session: empty every live block.  A function that
 * outlives its call (a closure returned or stored) and the block that
 * holds it hold each other, and without a cycle collector nothing else
 * would ever free them.
 */
void cells_clear_all(void);

extern const struct pyclass cls_function;
extern const struct kind_desc pyfunc_kind;

/*
 * A new function for def d in prog (held from now on).  defaults: one per
 * parameter (stolen; NULL entries for none), in a malloc'd array.
 */
struct value *func_new(const struct node *d, struct program *prog,
    struct value **defaults);
/* The same, defined inside a call: env (held from now on) is its cells. */
struct value *func_new_in(const struct node *d, struct program *prog,
    struct value **defaults, struct cells *env);

/*
 * Is name one of f's locals?  Its slot in a call (the parameters are
 * slots 0 .. nparams - 1), or -1.
 */
int func_is_local(const struct pyfunc *f, const char *name);
/* Does f declare name nonlocal? */
int func_is_nonlocal(const struct pyfunc *f, const char *name);
long func_local_index(const struct pyfunc *f, const char *name);

/*
 * The parameters' values from a call's arguments into slot[0, nparams)
 * (empty; *args a tuple, **kwargs a dict), with CPython's TypeErrors:
 * 0, or -1 with the exception set (slot holds what was bound).
 */
int func_bind_args(const struct pyfunc *f, const struct callargs *a,
    struct value **slot);

/*
 * A call of fn spreads *v: its items pushed onto a->pos (malloc'd, *cap
 * slots, grown as needed; new references).  0, or -1 with CPython's
 * "f() argument after * must be an iterable, not int".
 */
int func_spread_star(struct value *fn, struct value *v, struct callargs *a,
    size_t *cap);
/*
 * The same for **v (a dict): its entries pushed onto a->kwnames/kwvals,
 * the names borrowed from v, which *keep holds (a new reference).
 */
int func_spread_dstar(struct value *fn, struct value *v, struct callargs *a,
    size_t *cap, struct value **keep);

/*
 * What a call runs: the evaluator sets it (eval.c), so the kind needs no
 * upward include.  NULL slot: calling raises RuntimeError.
 */
void func_set_runner(
    struct value *(*run)(struct value *fn, const struct callargs *));

#endif
