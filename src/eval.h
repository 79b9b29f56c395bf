/* eval.h -- the evaluator: the one door to running Python lines */
#ifndef SOCKSHELL_EVAL_H
#define SOCKSHELL_EVAL_H

#include <stddef.h>

struct program;
struct value;
struct dict;
struct node;
struct callsite;

struct interp;

/* A fresh session: its own variables, `_` unset. */
struct interp *interp_new(void);
void interp_free(struct interp *);

/*
 * The printer of an interactive session (sys.displayhook): gets the value
 * of each expression statement, None included (borrowed).  interp_exec
 * prints nothing itself: the printer is the caller's, as lua.c keeps
 * l_print outside the VM.
 */
typedef void (*interp_printer)(struct interp *, struct value *v, void *ctx);

/*
 * Run a parsed program, handing each expression statement's value to
 * print (NULL: values are dropped).  Returns 0, or -1 after an uncaught
 * exception, which *exc receives (new reference) when exc is not NULL.
 * sys.last_value is the caller's business (builtins_set_last_value).
 */
int interp_exec(struct interp *, const struct program *, interp_printer print,
    void *ctx, struct value **exc);

/* Keep v in `_`, as the displayhook does (v borrowed). */
void interp_set_result(struct interp *, struct value *v);

/*
 * Parse and evaluate one expression in the session (lesson checks),
 * without touching `_` or sys.last_value.  New reference, or NULL with
 * an exception pending.
 */
struct value *interp_eval(struct interp *, const char *expr);

/*
 * The same, with extra names that are looked up before the session's own
 * (lesson checks see `socket`, `errno` and their helpers even when the
 * learner has not imported them or has reused a name).  names is borrowed
 * and may be NULL.
 */
struct value *interp_eval_with(struct interp *, const char *expr,
    const struct dict *names);

/* The session's variables (borrowed). */
struct dict *interp_globals(struct interp *);

/*
 * The record (exc.h) of the call node n when it fails: the spans from the
 * tree, the receiver self (borrowed, or NULL) and the evaluated arguments
 * pos[n->nitems] and kwv[n->nkw] (borrowed; either may be NULL: not
 * known).  The record takes its own references.  The evaluator calls it
 * for every failed call; tools call it to describe a call they parsed.
 */
struct callsite *eval_callsite(const struct node *n, struct value *self,
    struct value *const *pos, struct value *const *kwv);

#endif
