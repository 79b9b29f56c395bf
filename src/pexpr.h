/* pexpr.h -- expressions, for the parser's statements (not for callers) */
#ifndef SOCKSHELL_PEXPR_H
#define SOCKSHELL_PEXPR_H

#include <stddef.h>

#include "lexer.h"

struct node;
struct parser;

/* expr: disjunction ['if' disjunction 'else' expr]; NULL after an error */
struct node *parse_expr(struct parser *);
/* star_exprs: expr (',' expr)* [','] -- a tuple if there is a comma */
struct node *parse_star_exprs(struct parser *);

/*
 * x, an element right before the '=' at token eq, cannot be assigned to:
 * give Python's "Maybe you meant '==' ..." hint if it fits.  Returns
 * whether it gave one (the error is then recorded).
 */
/*
 * The parameters of def or lambda n, up to end (TK_RPAR, TK_COLON), into
 * n->kw, npos, vararg, varkw: 1, or 0 on a SyntaxError.
 */
int p_params(struct parser *, struct node *n, enum tok_kind end);

/* named_expr: NAME ':=' expr | expr (conditions, call arguments, items) */
struct node *p_named_expr(struct parser *);

int p_eq_hint(struct parser *, const struct node *x, size_t eq);

#endif
