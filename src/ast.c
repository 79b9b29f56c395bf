/* ast.c -- syntax tree nodes: making, freeing and naming them */
#include <config.h>

#include "ast.h"

#include <stdlib.h>

static const char *const node_names[] = { /* ORDER NODE */
	"INT", "FLOAT", "STR", "BYTES", "NONE", "TRUE", "FALSE", "NAME",
	"TUPLE", "LIST", "ATTR", "CALL", "INDEX", "SLICE", "UNARY", "BINARY",
	"COMPARE", "AND", "OR", "IFEXP", "FSTRING", "FORMAT", "EXPR", "ASSIGN",
	"AUGASSIGN", "IMPORT", "FROMIMPORT", "DEL", "PASS", "BLOCK", "IF",
	"WHILE", "FOR", "BREAK", "CONTINUE", "DEF", "RETURN", "GLOBAL", "TRY",
	"EXCEPT", "RAISE", "ASSERT", "WITH",
	"STARRED", "LAMBDA", "NONLOCAL", "NAMEDEXPR", "CLASS"
};

static const char *const op_names[] = { /* ORDER OP */
	"", "+", "-", "*", "/", "//", "%", "**", "|", "&", "^", "<<", ">>", "-",
	"+", "not", "~", "==", "!=", "<", "<=", ">", ">=", "is", "is not", "in",
	"not in"
};

_Static_assert(sizeof(node_names) / sizeof(node_names[0]) == S_CLASS + 1,
    "ORDER NODE: node_names[] out of step with enum node_kind");
_Static_assert(sizeof(op_names) / sizeof(op_names[0]) == OP_NOTIN + 1,
    "ORDER OP: op_names[] out of step with enum op");

struct node *
node_new(struct arena *a, enum node_kind kind, int line, int col)
{
	struct node *n = arena_alloc(a, sizeof(*n));

	n->kind = kind;
	n->line = line;
	n->col = col;
	return (n);
}

void
program_free(struct program *p)
{
	if (p == NULL)
		return;
	if (p->holds > 0) { /* a function still runs its body from here */
		p->holds--;
		return;
	}
	arena_free(&p->arena);
	free(p);
}

const char *
node_kind_name(enum node_kind k)
{
	if ((unsigned)k >= sizeof(node_names) / sizeof(node_names[0]))
		return ("?");
	return (node_names[k]);
}

const char *
op_symbol(enum op op)
{
	if ((unsigned)op >= sizeof(op_names) / sizeof(op_names[0]))
		return ("?");
	return (op_names[op]);
}
