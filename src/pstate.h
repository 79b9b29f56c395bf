/* pstate.h -- the parser's state, shared by its files (not for callers) */
#ifndef SOCKSHELL_PSTATE_H
#define SOCKSHELL_PSTATE_H

/*
 * The parser is four files in a row, each using the ones before it:
 * pstate (this: the state, tokens, errors, tree helpers), fstring
 * (f-string literals), pexpr (expressions), pstmt (statements); parser.c
 * is the door (parser.h).  Only those files include this header.
 */

#include <stddef.h>
#include <string.h>

#include "arena.h"
#include "ast.h"
#include "lexer.h"

/*
 * Python's compiler gives up somewhere past 1000 levels; the evaluator
 * and node printers recurse, so stop well before the C stack would.
 */
#define PARSE_MAXDEPTH 1000

/* The first error, as parse_error (parser.h) will report it. */
struct perr {
	int line;      /* 1-based */
	int col;       /* 0-based */
	int subset;    /* valid Python, outside the subset */
	char msg[256]; /* as parse_error's msg */
	int indent;    /* an IndentationError */
};

struct parser {
	struct lex_result lx; /* the tokens; lx.toks ends with TK_EOF */
	struct arena *arena;  /* the program's: nodes and their strings */
	size_t pos;           /* index of the current token */
	int final;            /* no more input will come */
	int depth;            /* recursion depth, against PARSE_MAXDEPTH */
	int nest;             /* brackets open around the current token */
	int failed;           /* an error has been recorded */
	int err_eof;          /* ... and it was found at TK_EOF */
	int quiet;            /* > 0: trying a parse; record no message */
	int nospan;           /* offsets are not the source's (f-string) */
	struct perr err;      /* the error, once failed (unless quiet) */
	/*
	 * Nodes that were written inside parentheses: "(a) = 1" and
	 * "(a < b) = 1" get different messages from "a < b = 1".
	 */
	struct node **parens;
	size_t nparens;
	size_t capparens;
	int loops;        /* loops around the current statement */
	int funcs;        /* function bodies around it */
	int single;       /* one statement only (an interactive entry) */
	int late_set;     /* late holds an error: */
	struct perr late; /* the compiler's ('break' outside loop), after
	                     any the parser finds */
};

/* Errors: each returns NULL, so that "return (p_syntax(p));" reads. */
void p_error(struct parser *, int line, int col, int subset, const char *fmt,
    ...) __attribute__((format(printf, 5, 6)));
/* A compile-time error, reported if the parse finds nothing else. */
void p_late_error(struct parser *, const struct token *, const char *msg);
void *p_syntax(struct parser *); /* "invalid syntax" at the current token */
void *p_subset(struct parser *, int line, int col, const char *what);
void *p_subset_tok(struct parser *, const struct token *, const char *what);

/* What the error messages need to know of a tree. */
int p_in_parens(struct parser *, const struct node *);
const char *p_expr_name(const struct node *); /* "literal", "name", ... */
const struct node *p_invalid_target(const struct node *); /* or NULL */
int p_is_bitor_level(struct parser *, const struct node *);

/* Tokens ------------------------------------------------------------------ */

static inline struct token *
cur(struct parser *p)
{
	return (&p->lx.toks[p->pos]);
}

static inline struct token *
peek_tok(struct parser *p, size_t ahead)
{
	if (p->pos + ahead >= p->lx.ntoks)
		return (&p->lx.toks[p->lx.ntoks - 1]);
	return (&p->lx.toks[p->pos + ahead]);
}

static inline int
at(struct parser *p, enum tok_kind k)
{
	return (cur(p)->kind == k);
}

static inline struct token *
advance(struct parser *p)
{
	struct token *t = cur(p);

	if (t->kind != TK_EOF)
		p->pos++;
	return (t);
}

/* Not <sys/socket.h>'s: no parser file includes that. */
static inline int
accept(struct parser *p, enum tok_kind k)
{
	if (!at(p, k))
		return (0);
	advance(p);
	return (1);
}

static inline struct token *
expect(struct parser *p, enum tok_kind k)
{
	if (!at(p, k))
		return (p_syntax(p));
	return (advance(p));
}

/* Trees ------------------------------------------------------------------- */

static inline struct node *
mk_tok(struct parser *p, enum node_kind k, const struct token *t)
{
	return (node_new(p->arena, k, t->line, t->col));
}

static inline struct node *
mk_at(struct parser *p, enum node_kind k, const struct node *where)
{
	return (node_new(p->arena, k, where->line, where->col));
}

/*
 * n's text runs from start (a token's off) to the end of the last token
 * taken.  The innermost call wins: "(x)" keeps x's own span.
 */
static inline struct node *
p_span(struct parser *p, struct node *n, size_t start)
{
	const struct token *t;

	if (n == NULL || n->end != 0 || p->nospan || p->pos == 0)
		return (n);
	t = &p->lx.toks[p->pos - 1];
	n->start = (unsigned)start;
	n->end = (unsigned)(t->off + t->len);
	return (n);
}

/* A copy of s in the program's arena. */
static inline char *
p_strdup(struct parser *p, const char *s)
{
	return (arena_strndup(p->arena, s, strlen(s)));
}

/*
 * The array arr holding n elements of size each, made room for one more.
 * Arrays grow to powers of two when the count reaches one, so that no
 * capacity need be stored: a million-item list stays linear.  In the
 * arena, the old copy stays until the program is freed (at most as much
 * again as the final array).
 */
static inline void *
make_room(struct parser *p, void *arr, size_t n, size_t size)
{
	if (n != 0 && (n < 4 || (n & (n - 1)) != 0))
		return (arr);
	return (
	    arena_grow(p->arena, arr, n * size, (n < 4 ? 4 : n * 2) * size));
}

static inline void
add_item(struct parser *p, struct node *n, struct node *item)
{
	n->items = make_room(p, n->items, n->nitems, sizeof(*n->items));
	n->items[n->nitems++] = item;
}

#endif
