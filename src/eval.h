/* eval.h -- the evaluator: the one door to running Python lines */
#ifndef SOCKSHELL_EVAL_H
#define SOCKSHELL_EVAL_H

#include <stddef.h>

struct program;
struct value;
struct dict;

struct interp;

/* A fresh session: its own variables, `_` unset. */
struct interp *interp_new(void);
void interp_free(struct interp *);

/*
 * Run a parsed program.  With echo (interactive and piped input), the
 * value of each expression statement that is not None is printed with
 * repr() and kept in `_`.  Returns 0, or -1 after an uncaught exception,
 * which *exc receives (new reference) when exc is not NULL; with echo the
 * exception also becomes sys.last_value.
 */
int interp_run(struct interp *, const struct program *, int echo,
    struct value **exc);

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

#endif
