/* interp.h -- the evaluator's insides, shared by eval.c and exec.c */
#ifndef SOCKSHELL_INTERP_H
#define SOCKSHELL_INTERP_H

/*
 * eval.c evaluates expressions, looks names up and binds targets; exec.c
 * runs statements and calls.  Only they include this header: everyone
 * else goes through eval.h.
 */

struct callargs;
struct node;
struct value;

/*
 * A running call of a function defined with def: its locals, its line
 * (for tracebacks to come) and the frame that called it.
 */
struct frame {
	const struct pyfunc *fn; /* borrowed: the call holds fnv */
	struct value *fnv;
	struct cells *cells;   /* its locals, shared with inner defs */
	struct value **locals; /* cells->slot: NULL entries unbound */
	int line;              /* of the statement running in it */
	struct frame *back;    /* the caller's, or NULL: the module */
};

struct interp {
	struct dict *globals;  /* the learner's variables */
	struct dict *builtins; /* print, len, ..., and `_` as Python keeps it */
	const struct dict *overlay; /* check-only names, or NULL: borrowed */
	struct frame *frame;        /* the innermost call, or NULL */
	int depth;                  /* calls running, against RECURSION_LIMIT */
	struct program *prog;       /* the program running, for def */
	struct value *retval;       /* return's value on its way out (new) */
	struct value *handling;     /* the exception an except runs for */
};

/* sys.getrecursionlimit(): the module counts as one frame. */
#define RECURSION_LIMIT 1000

/*
 * exec_stmt's results besides 0 and -1 (an exception pending): a break
 * or continue on its way out to its loop.  The parser puts them in loops
 * only, so they never reach interp_exec.
 */
#define EXEC_BREAK 1
#define EXEC_CONTINUE 2
#define EXEC_RETURN 3 /* in->retval holds the value */

/* The interpreter running now: the one function calls go back to. */
extern struct interp *interp_current;

/* eval.c: an expression's value (new), or NULL with an exception pending. */
struct value *ev_eval(struct interp *, const struct node *);
/* eval.c: name = v (stolen), in the running call's locals or the module. */
void ev_bind(struct interp *, const char *name, struct value *v);
/* eval.c: target = v (borrowed), del target, import: 0 or -1. */
int ev_assign(struct interp *, const struct node *target, struct value *v);
int ev_delete(struct interp *, const struct node *target);
int ev_import(struct interp *, const struct node *s);
int ev_from_import(struct interp *, const struct node *s);

/* exec.c: the function a def or lambda makes (new), or NULL. */
struct value *ex_make_function(struct interp *, const struct node *);
/* exec.c: call a function made by def or lambda (func.c's runner). */
struct value *ex_call_function(struct value *fn, const struct callargs *);

#endif
