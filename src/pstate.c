/* pstate.c -- the parser's errors and what its messages know of a tree */
#include <config.h>

#include "pstate.h"

#include <stdarg.h>
#include <stdio.h>

#define SUBSET_TAIL                                                            \
	"outside the Python that sockshell understands "                       \
	"(expressions, assignments, blocks, functions, classes, exceptions; "  \
	"see .help python)"

/* Errors --------------------------------------------------------------- */

void
p_error(struct parser *p, int line, int col, int subset, const char *fmt, ...)
{
	va_list ap;

	if (p->failed)
		return;
	p->failed = 1;
	p->err_eof = cur(p)->kind == TK_EOF;
	if (p->quiet)
		return;
	va_start(ap, fmt);
	vsnprintf(p->err.msg, sizeof(p->err.msg), fmt, ap);
	va_end(ap);
	p->err.line = line;
	p->err.col = col;
	p->err.subset = subset;
}

void *
p_syntax(struct parser *p)
{
	struct token *t = cur(p);

	/* After "a not", Python looked on for "in": the caret goes there. */
	if (t->kind == TK_NOT && peek_tok(p, 1)->kind != TK_IN)
		t = peek_tok(p, 1);
	p_error(p, t->line, t->col, 0, "invalid syntax");
	return (NULL);
}

void *
p_subset(struct parser *p, int line, int col, const char *what)
{
	p_error(p, line, col, 1, "%s " SUBSET_TAIL, what);
	return (NULL);
}

void *
p_subset_tok(struct parser *p, const struct token *t, const char *what)
{
	return (p_subset(p, t->line, t->col, what));
}

/* Trees seen by the messages --------------------------------------- */

int
p_in_parens(struct parser *p, const struct node *n)
{
	size_t i;

	for (i = 0; i < p->nparens; i++)
		if (p->parens[i] == n)
			return (1);
	return (0);
}

/* What Python calls an expression in "cannot assign to %s". */
const char *
p_expr_name(const struct node *n)
{
	switch (n->kind) {
	case N_INT:
	case N_FLOAT:
	case N_STR:
	case N_BYTES:
		return ("literal");
	case N_NONE:
		return ("None");
	case N_TRUE:
		return ("True");
	case N_FALSE:
		return ("False");
	case N_NAME:
		return ("name");
	case N_TUPLE:
		return ("tuple");
	case N_LIST:
		return ("list");
	case N_ATTR:
		return ("attribute");
	case N_CALL:
		return ("function call");
	case N_INDEX:
		return ("subscript");
	case N_SLICE:
		return ("slice");
	case N_COMPARE:
		return ("comparison");
	case N_IFEXP:
		return ("conditional expression");
	default:
		return ("expression");
	}
}

/* The first part of a target that cannot be assigned or deleted. */
const struct node *
p_invalid_target(const struct node *n)
{
	const struct node *bad;
	size_t i;

	switch (n->kind) {
	case N_NAME:
	case N_ATTR:
	case N_INDEX:
		return (NULL);
	case N_TUPLE:
	case N_LIST:
		for (i = 0; i < n->nitems; i++)
			if ((bad = p_invalid_target(n->items[i])) != NULL)
				return (bad);
		return (NULL);
	case N_STARRED:
		return (p_invalid_target(n->a));
	default:
		return (n);
	}
}

/*
 * Python's grammar puts comparisons, not, and, or and if-else above
 * bitwise_or; its "did you mean '=='" hints only fire below that.
 */
int
p_is_bitor_level(struct parser *p, const struct node *n)
{
	if (p_in_parens(p, n))
		return (1);
	switch (n->kind) {
	case N_COMPARE:
	case N_AND:
	case N_OR:
	case N_IFEXP:
	case N_TUPLE:
		return (0);
	case N_UNARY:
		return (n->op != OP_NOT);
	default:
		return (1);
	}
}

/*
 * The compiler's error ("'return' outside function", duplicate
 * parameters), kept and reported only once the parse finds nothing else.
 */
void
p_late_error(struct parser *p, const struct token *t, const char *msg)
{
	if (p->late_set || p->quiet)
		return;
	p->late_set = 1;
	p->late.line = t->line;
	p->late.col = t->col;
	p->late.subset = 0;
	p->late.indent = 0;
	snprintf(p->late.msg, sizeof(p->late.msg), "%s", msg);
}
