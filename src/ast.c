/* ast.c -- syntax tree nodes: making, freeing and naming them */
#include <config.h>

#include "ast.h"

#include <stdlib.h>

#include "xmalloc.h"

static const char *const node_names[] = { /* ORDER NODE */
	"INT", "FLOAT", "STR", "BYTES", "NONE", "TRUE", "FALSE", "NAME",
	"TUPLE", "LIST", "ATTR", "CALL", "INDEX", "SLICE", "UNARY", "BINARY",
	"COMPARE", "AND", "OR", "IFEXP", "EXPR", "ASSIGN", "AUGASSIGN",
	"IMPORT", "FROMIMPORT", "DEL", "PASS"
};

static const char *const op_names[] = { /* ORDER OP */
	"", "+", "-", "*", "/", "//", "%", "**", "|", "&", "^", "<<", ">>", "-",
	"+", "not", "~", "==", "!=", "<", "<=", ">", ">=", "is", "is not", "in",
	"not in"
};

_Static_assert(sizeof(node_names) / sizeof(node_names[0]) == S_PASS + 1,
    "ORDER NODE: node_names[] out of step with enum node_kind");
_Static_assert(sizeof(op_names) / sizeof(op_names[0]) == OP_NOTIN + 1,
    "ORDER OP: op_names[] out of step with enum op");

struct node *
node_new(enum node_kind kind, int line, int col)
{
	struct node *n = xcalloc(1, sizeof(*n));

	n->kind = kind;
	n->line = line;
	n->col = col;
	return (n);
}

static void
node_free_one(struct node *n)
{
	size_t i;

	free(n->str.buf);
	free(n->name);
	node_free(n->b);
	node_free(n->c);
	for (i = 0; i < n->nitems; i++)
		node_free(n->items[i]);
	free(n->items);
	free(n->ops);
	for (i = 0; i < n->nkw; i++) {
		free(n->kw[i].name);
		node_free(n->kw[i].value);
	}
	free(n->kw);
	for (i = 0; i < n->nnames; i++) {
		free(n->names[i]);
		if (n->as != NULL)
			free(n->as[i]);
	}
	free(n->names);
	free(n->as);
	free(n);
}

void
node_free(struct node *n)
{
	struct node *next;

	/*
	 * Walk the 'a' links in a loop: x.a.a.a... and 1+1+1... nest to the
	 * left, through 'a', as deep as the line is long.
	 */
	while (n != NULL) {
		next = n->a;
		node_free_one(n);
		n = next;
	}
}

void
program_free(struct program *p)
{
	size_t i;

	if (p == NULL)
		return;
	for (i = 0; i < p->nstmts; i++)
		node_free(p->stmts[i]);
	free(p->stmts);
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
