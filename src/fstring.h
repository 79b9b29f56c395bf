/* fstring.h -- f-string literals to trees, by Python 3.11's rules */
#ifndef SOCKSHELL_FSTRING_H
#define SOCKSHELL_FSTRING_H

#include <stddef.h>

struct node;
struct parser;
struct token;

/*
 * The expression of one field: the text s[0..n), not all blank, read as
 * "(" text ")"; errors are reported against the literal t.  The
 * expression parser (pexpr.c) supplies it, as f-strings hold expressions
 * and expressions hold f-strings.
 */
typedef struct node *fstring_expr_fn(struct parser *, const struct token *t,
    const char *s, size_t n);

/*
 * The adjacent string literals toks[first..end), at least one of them an
 * f-string, as one N_FSTRING of N_STR and N_FORMAT parts; NULL after an
 * error.  Leaves p->pos at end, or at the token in error.
 */
struct node *fstring_join(struct parser *, size_t first, size_t end,
    fstring_expr_fn *expr);

#endif
