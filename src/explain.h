/* explain.h -- plain-language explanations of errors, for learners */
#ifndef SOCKSHELL_EXPLAIN_H
#define SOCKSHELL_EXPLAIN_H

struct value;

/*
 * What happened and what to try, for the exception `exc` raised by the
 * line `source` (may be NULL).  Uses the exception's class, errno and the
 * call that failed (its record exc->call: the name, e.g. "bind", the
 * receiver and the arguments, whose spans point into `source`) to speak about this very case.
 * Returns malloc'd text of one or more lines, each starting "  " and ending
 * in '\n', or NULL when there is nothing useful to add.
 */
char *explain_exception(const struct value *exc, const char *source);

#endif
