/* pexpr.c -- expressions: tokens to expression trees, with Python's messages */
#include <config.h>

#include "pexpr.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fstring.h"
#include "lexer.h"
#include "pstate.h"
#include "xmalloc.h"

static struct node *parse_bitor(struct parser *);

/* Bookkeeping ------------------------------------------------------------ */

static void
add_op(struct parser *p, struct node *n, enum op op)
{
	size_t nops = n->nitems - 1; /* called before the right item is in */

	n->ops = make_room(p, n->ops, nops, sizeof(*n->ops));
	n->ops[nops] = op;
}

static void
add_kw(struct parser *p, struct node *n, char *name, struct node *value)
{
	n->kw = make_room(p, n->kw, n->nkw, sizeof(*n->kw));
	n->kw[n->nkw].name = name;
	n->kw[n->nkw].value = value;
	n->nkw++;
}

static void
mark_parens(struct parser *p, struct node *n)
{
	if (p->nparens == p->capparens) {
		p->capparens = p->capparens ? p->capparens * 2 : 16;
		p->parens =
		    xrealloc(p->parens, p->capparens * sizeof(*p->parens));
	}
	p->parens[p->nparens++] = n;
}

/* Trying --------------------------------------------------------------- */

struct attempt {
	size_t pos;
	int nest;
	int depth;
	size_t nparens;
};

static void
try_begin(struct parser *p, struct attempt *a)
{
	a->pos = p->pos;
	a->nest = p->nest;
	a->depth = p->depth;
	a->nparens = p->nparens;
	p->quiet++;
}

/* Back to where the attempt began; returns whether it parsed. */
static int
try_end(struct parser *p, struct attempt *a, struct node *n)
{
	int ok = n != NULL && !p->failed;

	p->failed = 0;
	p->err_eof = 0;
	p->quiet--;
	p->pos = a->pos;
	p->nest = a->nest;
	p->depth = a->depth;
	p->nparens = a->nparens;
	return (ok);
}

/*
 * The "=" hints need what follows "=" to be a bitwise_or that no second
 * "=" follows (Python's invalid_named_expression).
 */
static int
rhs_allows_hint(struct parser *p, size_t eq)
{
	struct attempt a;
	struct node *n;
	enum tok_kind next;

	try_begin(p, &a);
	p->pos = eq + 1;
	n = parse_bitor(p);
	next = cur(p)->kind;
	if (!try_end(p, &a, n))
		return (0);
	return (next != TK_ASSIGN && next != TK_WALRUS);
}

/* Tokens that begin an atom but cannot continue an expression. */
static int
starts_atom(struct parser *p, const struct token *t)
{
	switch (t->kind) {
	case TK_NAME:
	case TK_INT:
	case TK_FLOAT:
	case TK_IMAG:
	case TK_STR:
	case TK_BYTES:
	case TK_FSTRING:
	case TK_NONE:
	case TK_TRUE:
	case TK_FALSE:
	case TK_LBRACE:
	case TK_LAMBDA:
	case TK_ELLIPSIS:
		return (1);
	case TK_NOT:
		return ((t + 1)->kind != TK_IN);
	default:
		return (0);
	}
}

static int
depth_enter(struct parser *p)
{
	if (++p->depth > PARSE_MAXDEPTH) {
		p_error(p, cur(p)->line, cur(p)->col, 1,
		    "expression too deeply nested for sockshell (more than %d "
		    "levels)",
		    PARSE_MAXDEPTH);
		return (0);
	}
	return (1);
}

/*
 * The "=" hints at x, the element before the '=' at token eq: Python's
 * "Maybe you meant '==' ...".  Returns whether it gave one.
 */
int
p_eq_hint(struct parser *p, const struct node *x, size_t eq)
{
	if (x->kind == N_NAME && !p_in_parens(p, x)) {
		if (rhs_allows_hint(p, eq)) {
			p_error(p, x->line, x->col, 0,
			    "invalid syntax. "
			    "Maybe you meant '==' or ':=' instead of "
			    "'='?");
			return (1);
		}
	} else if (p_is_bitor_level(p, x) && x->kind != N_LIST &&
	           x->kind != N_TUPLE && x->kind != N_TRUE &&
	           x->kind != N_FALSE && x->kind != N_NONE &&
	           rhs_allows_hint(p, eq)) {
		p_error(p, x->line, x->col, 0,
		    "cannot assign to %s here. "
		    "Maybe you meant '==' instead of '='?",
		    p_expr_name(x));
		return (1);
	}
	return (0);
}

/* Strings ---------------------------------------------------------------- */

/*
 * The expression of an f-string field, parsed as Python does: "(" text
 * ")", by a parser of its own over the same arena (fstring_expr_fn).
 */
static struct node *
field_expr(struct parser *p, const struct token *t, const char *s, size_t n)
{
	struct parser q;
	struct node *x = NULL;
	char *src;

	memset(&q, 0, sizeof(q));
	q.final = 1;
	q.nospan = 1; /* offsets into src below, not the source */
	q.arena = p->arena;
	src = xmalloc(n + 3);
	src[0] = '(';
	memcpy(src + 1, s, n);
	src[n + 1] = ')';
	src[n + 2] = '\0';
	if (lex_source_at(src, n + 2, t->line, 1, &q.lx) == LEX_ERROR) {
		/* The tokenizer's own words, unprefixed, as in 3.11. */
		p_error(p, t->line, t->col, 0, "%s", q.lx.err_msg);
	} else {
		x = parse_expr(&q);
		while (x != NULL && at(&q, TK_NEWLINE))
			q.pos++;
		if (x != NULL && !at(&q, TK_EOF))
			p_error(&q, cur(&q)->line, cur(&q)->col, 0,
			    "invalid syntax");
		if (q.failed) {
			p_error(p, t->line, t->col, 0, "f-string: %s",
			    q.err.msg);
			x = NULL;
		}
	}
	free(q.parens);
	lex_free(&q.lx);
	free(src);
	return (x);
}

/* strings: (STRING | BYTES)+, adjacent literals joined as Python does */
static struct node *
parse_strings(struct parser *p)
{
	size_t first = p->pos, end = p->pos, i, len = 0;
	struct token *t = cur(p), *after, *ti;
	struct node *n;
	char *buf;

	while (end < p->lx.ntoks && (p->lx.toks[end].kind == TK_STR ||
	                                p->lx.toks[end].kind == TK_BYTES ||
	                                p->lx.toks[end].kind == TK_FSTRING))
		end++;
	after = &p->lx.toks[end];
	for (i = first; i < end; i++)
		if (p->lx.toks[i].kind == TK_FSTRING)
			return (fstring_join(p, first, end, field_expr));
	for (i = first; i < end; i++) {
		ti = &p->lx.toks[i];
		if (ti->str_error != NULL) {
			p->pos = ti->str_error_here ? i : end;
			if (ti->str_error_subset)
				return (p_subset_tok(p, ti, ti->str_error));
			p_error(p, ti->str_error_here ? ti->line : after->line,
			    ti->str_error_here ? ti->col : after->col, 0, "%s",
			    ti->str_error);
			return (NULL);
		}
		if (ti->kind != t->kind) {
			p->pos = end;
			p_error(p, after->line, after->col, 0,
			    "cannot mix bytes and nonbytes literals");
			return (NULL);
		}
		len += ti->slen;
	}
	n = mk_tok(p, t->kind == TK_BYTES ? N_BYTES : N_STR, t);
	buf = arena_alloc(p->arena, len + 1);
	len = 0;
	for (i = first; i < end; i++) {
		ti = &p->lx.toks[i];
		memcpy(buf + len, ti->str, ti->slen);
		len += ti->slen;
	}
	buf[len] = '\0';
	n->str.buf = buf;
	n->str.len = len;
	p->pos = end;
	return (n);
}

/* Atoms and primaries ---------------------------------------------------- */

/*
 * After an element inside brackets, a token that cannot follow it.  Say
 * what Python says: the "=" hints, "Perhaps you forgot a comma?", or the
 * construct outside the subset.
 */
static void *
bad_after_element(struct parser *p, struct node *e, size_t estart)
{
	struct token *t = cur(p), *e0 = &p->lx.toks[estart];
	struct attempt a;
	struct node *b;

	switch (t->kind) {
	case TK_ASSIGN:
		if (p_eq_hint(p, e, p->pos))
			return (NULL);
		return (p_syntax(p));
	case TK_FOR:
	case TK_ASYNC:
		return (p_subset_tok(p, t,
		    "comprehensions and generator "
		    "expressions ('x for x in ...') are"));
	case TK_WALRUS:
		return (p_syntax(p));
	default:
		break;
	}
	if (!starts_atom(p, t) || e->kind == N_IFEXP)
		return (p_syntax(p));
	if (e0->kind == TK_NAME &&
	    ((e0 + 1)->kind == TK_STR || (e0 + 1)->kind == TK_BYTES ||
	        (e0 + 1)->kind == TK_FSTRING))
		return (p_syntax(p));
	if (e0->kind == TK_NAME &&
	    (strcmp(e0->str, "match") == 0 || strcmp(e0->str, "case") == 0 ||
	        strcmp(e0->str, "_") == 0))
		return (p_syntax(p));
	try_begin(p, &a);
	b = parse_expr(p);
	if (try_end(p, &a, b)) {
		p_error(p, e->line, e->col, 0,
		    "invalid syntax. Perhaps you forgot a comma?");
		return (NULL);
	}
	return (p_syntax(p));
}

/* '*' expr, an item of a tuple or list (display or target) */
static struct node *
parse_starred(struct parser *p)
{
	const struct token *t = advance(p);
	struct node *n = mk_tok(p, N_STARRED, t);
	size_t start = t->off;

	if ((n->a = parse_expr(p)) == NULL)
		return (NULL);
	return (p_span(p, n, start));
}

/*
 * group_or_tuple: '(' [ expr (',' expr)* [','] ] ')'
 * list:           '[' [ expr (',' expr)* [','] ] ']'
 */
static struct node *
parse_sequence(struct parser *p, enum tok_kind close)
{
	struct token *open = advance(p);
	struct node *seq = NULL, *e;
	size_t estart;
	int comma = 0;

	p->nest++;
	seq = mk_tok(p, close == TK_RPAR ? N_TUPLE : N_LIST, open);
	while (!at(p, close)) {
		if (at(p, TK_YIELD)) {
			p_subset_tok(p, cur(p), "'yield' expressions are");
			goto fail;
		}
		estart = p->pos;
		if ((e = at(p, TK_STAR) ? parse_starred(p) : p_named_expr(p)) ==
		    NULL)
			goto fail;
		add_item(p, seq, e);
		if (accept(p, TK_COMMA)) {
			comma = 1;
			continue;
		}
		if (!at(p, close)) {
			bad_after_element(p, e, estart);
			goto fail;
		}
	}
	advance(p);
	p->nest--;
	if (close == TK_RPAR && seq->nitems == 1 && !comma) {
		/* (x) is x, but remember the parentheses for error messages. */
		e = seq->items[0];
		mark_parens(p, e);
		return (e);
	}
	if (close == TK_RPAR)
		mark_parens(p, seq);
	return (seq);
fail:
	return (NULL);
}

/* atom: NAME | literal | strings | group_or_tuple | list */
static struct node *
parse_atom(struct parser *p)
{
	struct token *t = cur(p);
	struct node *n;

	switch (t->kind) {
	case TK_NAME:
		n = mk_tok(p, N_NAME, t);
		n->name = arena_strndup(p->arena, t->str, t->slen);
		advance(p);
		return (n);
	case TK_INT:
		if (t->overflow)
			return (p_subset_tok(p, t,
			    "integer literals beyond "
			    "9223372036854775807 are"));
		n = mk_tok(p, N_INT, t);
		n->ival = t->ival;
		advance(p);
		return (n);
	case TK_FLOAT:
		n = mk_tok(p, N_FLOAT, t);
		n->fval = t->fval;
		advance(p);
		return (n);
	case TK_NONE:
	case TK_TRUE:
	case TK_FALSE:
		advance(p);
		return (mk_tok(p,
		    t->kind == TK_NONE ? N_NONE :
		    t->kind == TK_TRUE ? N_TRUE :
		                         N_FALSE,
		    t));
	case TK_STR:
	case TK_BYTES:
	case TK_FSTRING:
		return (parse_strings(p));
	case TK_LPAR:
	case TK_LSQB:
		if (!depth_enter(p))
			return (NULL);
		n = parse_sequence(p, t->kind == TK_LPAR ? TK_RPAR : TK_RSQB);
		p->depth--;
		return (n);
	case TK_IMAG:
		return (p_subset_tok(p, t, "complex numbers ('1j') are"));
	case TK_LBRACE:
		return (
		    p_subset_tok(p, t, "dict and set literals ('{...}') are"));
	case TK_ELLIPSIS:
		return (p_subset_tok(p, t, "the '...' (Ellipsis) literal is"));
	case TK_LAMBDA:
		return (p_subset_tok(p, t, "'lambda' expressions are"));
	case TK_YIELD:
		return (p_subset_tok(p, t, "'yield' expressions are"));
	case TK_AWAIT:
		return (p_subset_tok(p, t, "'await' expressions are"));
	default:
		return (p_syntax(p));
	}
}

/*
 * Keyword names already in a call, hashed: a pasted call with thousands
 * of keywords must not cost a quadratic scan.
 */
struct kwset {
	size_t *slot; /* index + 1 into call->kw; 0: empty */
	size_t cap;   /* a power of two, at least twice call->nkw */
};

static size_t
kw_hash(const char *s)
{
	size_t h = 5381;

	while (*s != '\0')
		h = h * 33 + (unsigned char)*s++;
	return (h);
}

static size_t *
kw_find(struct kwset *set, const struct node *call, const char *name)
{
	size_t h = kw_hash(name) & (set->cap - 1);

	while (set->slot[h] != 0 &&
	       strcmp(call->kw[set->slot[h] - 1].name, name) != 0)
		h = (h + 1) & (set->cap - 1);
	return (&set->slot[h]);
}

/* 1 if name is a keyword of call already; else note it as the next one. */
static int
kw_seen(struct kwset *set, const struct node *call, const char *name)
{
	size_t i, *slot;

	if (set->cap < 2 * (call->nkw + 1)) {
		free(set->slot);
		set->cap = set->cap ? set->cap * 4 : 16;
		set->slot = xcalloc(set->cap, sizeof(*set->slot));
		for (i = 0; i < call->nkw; i++)
			*kw_find(set, call, call->kw[i].name) = i + 1;
	}
	slot = kw_find(set, call, name);
	if (*slot != 0)
		return (1);
	*slot = call->nkw + 1;
	return (0);
}

/* Has call a '**' argument yet? */
static int
kw_unpacked(const struct node *call)
{
	size_t i;

	for (i = 0; i < call->nkw; i++)
		if (strcmp(call->kw[i].name, "**") == 0)
			return (1);
	return (0);
}

/* '*' expr or '**' expr in a call's arguments. */
static struct node *
parse_star_arg(struct parser *p, struct node *call)
{
	struct token *t = advance(p);
	struct node *e, *st;

	if ((e = parse_expr(p)) == NULL)
		return (NULL);
	if (t->kind == TK_POW) {
		add_kw(p, call, p_strdup(p, "**"), e);
		return (e);
	}
	if (kw_unpacked(call)) {
		p_error(p, t->line, t->col, 0,
		    "iterable argument unpacking follows keyword argument "
		    "unpacking");
		return (NULL);
	}
	st = mk_tok(p, N_STARRED, t);
	st->a = e;
	st->start = e->start;
	st->end = e->end;
	add_item(p, call, st);
	return (e);
}

/*
 * call_args: '(' [ arg (',' arg)* [','] ] ')'
 * arg:       expr | NAME '=' expr
 */
static struct node *
parse_call(struct parser *p, struct node *callee)
{
	struct node *call = mk_at(p, N_CALL, callee), *e;
	struct token *t, *kwpos = NULL;
	int unpacked = 0;
	struct kwset set = { NULL, 0 };
	size_t estart;

	call->a = callee;
	advance(p); /* ( */
	p->nest++;
	while (!at(p, TK_RPAR)) {
		t = cur(p);
		if (t->kind == TK_STAR || t->kind == TK_POW) {
			estart = p->pos + 1;
			if ((e = parse_star_arg(p, call)) == NULL)
				goto fail;
		} else if (t->kind == TK_NAME && (t + 1)->kind == TK_ASSIGN) {
			if (kw_seen(&set, call, t->str)) {
				p_error(p, t->line, t->col, 0,
				    "keyword argument repeated: %s", t->str);
				goto fail;
			}
			p->pos += 2;
			estart = p->pos;
			if ((e = parse_expr(p)) == NULL)
				goto fail;
			add_kw(p, call, p_strdup(p, t->str), e);
		} else if ((t->kind == TK_TRUE || t->kind == TK_FALSE ||
		               t->kind == TK_NONE) &&
		           (t + 1)->kind == TK_ASSIGN) {
			p_error(p, t->line, t->col, 0, "cannot assign to %s",
			    t->str);
			goto fail;
		} else {
			estart = p->pos;
			if ((e = p_named_expr(p)) == NULL)
				goto fail;
			if (at(p, TK_ASSIGN)) {
				p_error(p, e->line, e->col, 0,
				    "expression cannot "
				    "contain assignment, perhaps you meant "
				    "\"==\"?");
				goto fail;
			}
			add_item(p, call, e);
			if (call->nkw > 0 && kwpos == NULL) {
				kwpos = t;
				unpacked = kw_unpacked(call);
			}
		}
		if (accept(p, TK_COMMA))
			continue;
		if (!at(p, TK_RPAR)) {
			bad_after_element(p, e, estart);
			goto fail;
		}
	}
	if (kwpos != NULL) {
		/* Python reports this one at the closing parenthesis. */
		p_error(p, cur(p)->line, cur(p)->col, 0,
		    unpacked ? "positional argument follows keyword argument "
		               "unpacking" :
		               "positional argument follows keyword argument");
		goto fail;
	}
	advance(p);
	p->nest--;
	free(set.slot);
	return (call);
fail:
	free(set.slot);
	return (NULL);
}

/* slice: [expr] ':' [expr] [':' [expr]] | expr */
static struct node *
parse_slice(struct parser *p)
{
	struct token *t = cur(p);
	struct node *lo = NULL, *s;

	if (!at(p, TK_COLON)) {
		if ((lo = parse_expr(p)) == NULL)
			return (NULL);
		if (!at(p, TK_COLON))
			return (lo);
	}
	s = mk_tok(p, N_SLICE, t);
	s->a = lo;
	advance(p); /* : */
	if (!at(p, TK_COLON) && !at(p, TK_COMMA) && !at(p, TK_RSQB)) {
		if ((s->b = parse_expr(p)) == NULL)
			goto fail;
	}
	if (accept(p, TK_COLON)) {
		if (!at(p, TK_COMMA) && !at(p, TK_RSQB)) {
			if ((s->c = parse_expr(p)) == NULL)
				goto fail;
		}
	}
	return (s);
fail:
	return (NULL);
}

/* subscript: '[' slice (',' slice)* [','] ']' */
static struct node *
parse_subscript(struct parser *p, struct node *obj)
{
	struct node *ix = mk_at(p, N_INDEX, obj), *s, *tup = NULL;
	size_t estart;

	ix->a = obj;
	advance(p); /* [ */
	p->nest++;
	for (;;) {
		estart = p->pos;
		if ((s = parse_slice(p)) == NULL)
			goto fail;
		if (tup == NULL && ix->b == NULL)
			ix->b = s;
		else {
			if (tup == NULL) {
				tup = mk_at(p, N_TUPLE, ix->b);
				add_item(p, tup, ix->b);
				ix->b = tup;
			}
			add_item(p, tup, s);
		}
		if (accept(p, TK_COMMA)) {
			if (tup == NULL) {
				tup = mk_at(p, N_TUPLE, ix->b);
				add_item(p, tup, ix->b);
				ix->b = tup;
			}
			if (at(p, TK_RSQB))
				break;
			continue;
		}
		if (!at(p, TK_RSQB)) {
			bad_after_element(p, s, estart);
			goto fail;
		}
		break;
	}
	advance(p);
	p->nest--;
	return (ix);
fail:
	return (NULL);
}

/* primary: atom ('.' NAME | call_args | subscript)* */
static struct node *
parse_primary(struct parser *p)
{
	struct node *n, *attr;
	struct token *t;
	size_t start = cur(p)->off;

	if ((n = p_span(p, parse_atom(p), start)) == NULL)
		return (NULL);
	/* Python 2's print statement, as in older networking books. */
	if (n->kind == N_NAME && starts_atom(p, cur(p)) &&
	    (strcmp(n->name, "print") == 0 || strcmp(n->name, "exec") == 0) &&
	    !p_in_parens(p, n)) {
		p_error(p, n->line, n->col, 0,
		    "Missing parentheses in call to "
		    "'%s'. Did you mean %s(...)?",
		    n->name, n->name);
		return (NULL);
	}
	for (;;) {
		t = cur(p);
		if (t->kind == TK_DOT) {
			advance(p);
			if (!at(p, TK_NAME))
				return (p_syntax(p));
			attr = mk_at(p, N_ATTR, n);
			attr->a = n;
			attr->name = p_strdup(p, advance(p)->str);
			n = attr;
		} else if (t->kind == TK_LPAR) {
			if ((n = parse_call(p, n)) == NULL)
				return (NULL);
		} else if (t->kind == TK_LSQB) {
			if ((n = parse_subscript(p, n)) == NULL)
				return (NULL);
		} else
			return (n);
		p_span(p, n, start);
	}
}

/* Operators -------------------------------------------------------------- */

static struct node *parse_factor(struct parser *);

/* power: primary ['**' factor] -- right-associative through factor */
static struct node *
parse_power(struct parser *p)
{
	struct node *left, *n;

	if ((left = parse_primary(p)) == NULL)
		return (NULL);
	if (!at(p, TK_POW))
		return (left);
	if (!depth_enter(p))
		return (NULL);
	advance(p);
	n = mk_at(p, N_BINARY, left);
	n->op = OP_POW;
	n->a = left;
	n->b = parse_factor(p);
	p->depth--;
	if (n->b == NULL)
		return (NULL);
	if (left->end != 0 && n->b->end != 0) { /* for tracebacks */
		n->start = left->start;
		n->end = n->b->end;
	}
	return (n);
}

/* factor: ('+' | '-' | '~') factor | power */
static struct node *
parse_factor(struct parser *p)
{
	struct token *t = cur(p);
	struct node *n;
	enum op op;

	switch (t->kind) {
	case TK_PLUS:
		op = OP_POS;
		break;
	case TK_MINUS:
		op = OP_NEG;
		break;
	case TK_TILDE:
		op = OP_INVERT;
		break;
	default:
		return (parse_power(p));
	}
	/* -9223372036854775808 is a long long, though its digits are not. */
	if (op == OP_NEG && (t + 1)->kind == TK_INT && (t + 1)->overflow == 1 &&
	    (t + 2)->kind != TK_POW && (t + 2)->kind != TK_DOT &&
	    (t + 2)->kind != TK_LPAR && (t + 2)->kind != TK_LSQB) {
		n = mk_tok(p, N_INT, t);
		n->ival = LLONG_MIN;
		p->pos += 2;
		return (n);
	}
	if (!depth_enter(p))
		return (NULL);
	advance(p);
	n = mk_tok(p, N_UNARY, t);
	n->op = op;
	n->a = parse_factor(p);
	p->depth--;
	if (n->a == NULL)
		return (NULL);
	return (n);
}

/*
 * The binary operators from bitwise_or down to term, by precedence level:
 * 0 is the loosest ('|'), BIN_TERM the tightest ('*', '/', '//', '%').
 */
#define BIN_TERM 5

/* The level of the binary operator at token kind k (*op set), or -1. */
static int
binop_level(enum tok_kind k, enum op *op)
{
	switch (k) {
	case TK_VBAR:
		*op = OP_BITOR;
		return (0);
	case TK_CIRCUMFLEX:
		*op = OP_BITXOR;
		return (1);
	case TK_AMPER:
		*op = OP_BITAND;
		return (2);
	case TK_LSHIFT:
		*op = OP_LSHIFT;
		return (3);
	case TK_RSHIFT:
		*op = OP_RSHIFT;
		return (3);
	case TK_PLUS:
		*op = OP_ADD;
		return (4);
	case TK_MINUS:
		*op = OP_SUB;
		return (4);
	case TK_STAR:
		*op = OP_MUL;
		return (BIN_TERM);
	case TK_SLASH:
		*op = OP_DIV;
		return (BIN_TERM);
	case TK_DSLASH:
		*op = OP_FLOORDIV;
		return (BIN_TERM);
	case TK_PERCENT:
		*op = OP_MOD;
		return (BIN_TERM);
	default:
		return (-1);
	}
}

/*
 * bitwise_or ... term: left-associative binary operators of level
 * min_level or tighter, by precedence climbing: one call per operand
 * rather than one per level.
 */
static struct node *
parse_binary(struct parser *p, int min_level)
{
	struct node *left, *n, *right;
	enum op op = OP_NONE;
	int level;

	if ((left = parse_factor(p)) == NULL)
		return (NULL);
	for (;;) {
		if (at(p, TK_AT))
			return (p_subset_tok(p, cur(p),
			    "the matrix multiplication operator '@' is"));
		if ((level = binop_level(cur(p)->kind, &op)) < min_level)
			return (left);
		advance(p);
		if ((right = parse_binary(p, level + 1)) == NULL)
			return (NULL);
		n = mk_at(p, N_BINARY, left);
		n->op = op;
		n->a = left;
		n->b = right;
		if (left->end != 0 && right->end != 0) { /* for tracebacks */
			n->start = left->start;
			n->end = right->end;
		}
		left = n;
	}
}

static struct node *
parse_bitor(struct parser *p)
{
	return (parse_binary(p, 0));
}

/* The comparison operator at the current token, or OP_NONE. */
static enum op
comp_op(struct parser *p, int *ntoks)
{
	*ntoks = 1;
	switch (cur(p)->kind) {
	case TK_EQ:
		return (OP_EQ);
	case TK_NE:
		return (OP_NE);
	case TK_LT:
		return (OP_LT);
	case TK_LE:
		return (OP_LE);
	case TK_GT:
		return (OP_GT);
	case TK_GE:
		return (OP_GE);
	case TK_IN:
		return (OP_IN);
	case TK_IS:
		if (peek_tok(p, 1)->kind == TK_NOT) {
			*ntoks = 2;
			return (OP_ISNOT);
		}
		return (OP_IS);
	case TK_NOT:
		if (peek_tok(p, 1)->kind == TK_IN) {
			*ntoks = 2;
			return (OP_NOTIN);
		}
		return (OP_NONE);
	default:
		return (OP_NONE);
	}
}

/* comparison: bitwise_or (comp_op bitwise_or)* -- chained */
static struct node *
parse_comparison(struct parser *p)
{
	struct node *left, *cmp, *right;
	enum op op;
	int n;

	if ((left = parse_bitor(p)) == NULL)
		return (NULL);
	if ((op = comp_op(p, &n)) == OP_NONE)
		return (left);
	cmp = mk_at(p, N_COMPARE, left);
	add_item(p, cmp, left);
	while ((op = comp_op(p, &n)) != OP_NONE) {
		p->pos += n;
		if ((right = parse_bitor(p)) == NULL)
			return (NULL);
		add_op(p, cmp, op);
		add_item(p, cmp, right);
	}
	return (cmp);
}

/* inversion: 'not' inversion | comparison */
static struct node *
parse_inversion(struct parser *p)
{
	struct token *t = cur(p);
	struct node *n;

	if (t->kind != TK_NOT)
		return (parse_comparison(p));
	if (!depth_enter(p))
		return (NULL);
	advance(p);
	n = mk_tok(p, N_UNARY, t);
	n->op = OP_NOT;
	n->a = parse_inversion(p);
	p->depth--;
	if (n->a == NULL)
		return (NULL);
	return (n);
}

/* conjunction: inversion ('and' inversion)*;  disjunction: with 'or' */
static struct node *
parse_boolop(struct parser *p, int is_or)
{
	struct node *left, *n;

	left = is_or ? parse_boolop(p, 0) : parse_inversion(p);
	if (left == NULL)
		return (NULL);
	while (at(p, is_or ? TK_OR : TK_AND)) {
		advance(p);
		n = mk_at(p, is_or ? N_OR : N_AND, left);
		n->a = left;
		n->b = is_or ? parse_boolop(p, 0) : parse_inversion(p);
		if (n->b == NULL)
			return (NULL);
		left = n;
	}
	return (left);
}

/* ---- parameters (def, lambda) ------------------------------------------ */

static void
add_param(struct parser *p, struct node *n, const struct token *t,
    struct node *dflt)
{
	const char *name = t->str;
	size_t i;

	for (i = 0; i < n->nkw; i++)
		if (strcmp(n->kw[i].name, name) == 0) {
			char msg[160];

			snprintf(msg, sizeof(msg),
			    "duplicate argument '%s' in function definition",
			    name);
			p_late_error(p, t, msg);
		}
	n->kw = make_room(p, n->kw, n->nkw, sizeof(*n->kw));
	n->kw[n->nkw].name = p_strdup(p, name);
	n->kw[n->nkw++].value = dflt;
}

/* One '*' or '**' parameter, at the star: 0 on a SyntaxError. */
static int
star_param(struct parser *p, struct node *n, int seen_varkw)
{
	struct token *t = advance(p);
	int dstar = t->kind == TK_POW;

	if (seen_varkw) {
		p_error(p, t->line, t->col, 0,
		    "arguments cannot follow var-keyword argument");
		return (0);
	}
	if (!dstar && (n->vararg > 0 || n->npos != (size_t)-1)) {
		p_error(p, t->line, t->col, 0,
		    "* argument may appear only once");
		return (0);
	}
	if (!dstar && n->npos == (size_t)-1)
		n->npos = n->nkw;
	if (!at(p, TK_NAME)) {
		if (!dstar &&
		    (at(p, TK_COMMA) || at(p, TK_RPAR) || at(p, TK_COLON))) {
			if (at(p, TK_COMMA) && (t + 2)->kind == TK_NAME)
				return (1); /* a bare '*': keyword-only next */
			p_error(p, t->line, t->col, 0,
			    "named arguments must follow bare *");
			return (0);
		}
		p_syntax(p);
		return (0);
	}
	t = advance(p);
	if (at(p, TK_ASSIGN)) {
		p_error(p, cur(p)->line, cur(p)->col, 0,
		    dstar ?
		        "var-keyword argument cannot have default value" :
		        "var-positional argument cannot have default value");
		return (0);
	}
	add_param(p, n, t, NULL);
	if (dstar)
		n->varkw = n->nkw;
	else
		n->vararg = n->nkw;
	return (1);
}

/*
 * params: [param (',' param)* [',']], param: NAME ['=' expr] | '*' [NAME] |
 * '**' NAME; end: TK_RPAR (def) or TK_COLON (lambda).
 */
int
p_params(struct parser *p, struct node *n, enum tok_kind end)
{
	struct token *t;
	struct node *dflt;
	int seen_default = 0;

	n->npos = (size_t)-1;
	while (!at(p, end)) {
		if (at(p, TK_SLASH)) {
			p_subset_tok(p, cur(p),
			    "positional-only parameters are");
			return (0);
		}
		if (at(p, TK_STAR) || at(p, TK_POW)) {
			if (!star_param(p, n, n->varkw > 0))
				return (0);
			if (!accept(p, TK_COMMA))
				break;
			continue;
		}
		if (!at(p, TK_NAME)) {
			p_syntax(p);
			return (0);
		}
		t = advance(p);
		if (n->varkw > 0) {
			p_error(p, t->line, t->col, 0,
			    "arguments cannot follow var-keyword argument");
			return (0);
		}
		if (at(p, TK_COLON) && end == TK_RPAR) {
			p_subset_tok(p, cur(p), "annotations ('x: int') are");
			return (0);
		}
		dflt = NULL;
		if (accept(p, TK_ASSIGN)) {
			if ((dflt = parse_expr(p)) == NULL)
				return (0);
			seen_default = 1;
		} else if (seen_default && n->npos == (size_t)-1) {
			p_error(p, t->line, t->col, 0,
			    "non-default argument follows default argument");
			return (0);
		}
		add_param(p, n, t, dflt);
		if (!accept(p, TK_COMMA))
			break;
	}
	if (n->npos == (size_t)-1)
		n->npos = n->nkw - (n->varkw > 0);
	return (1);
}

/* lambda: 'lambda' [params] ':' expr, a function without a name */
static struct node *
parse_lambda(struct parser *p)
{
	const struct token *head = advance(p);
	struct node *n = mk_tok(p, N_LAMBDA, head), *ret;
	size_t start = head->off;

	n->name = p_strdup(p, "<lambda>");
	if (!p_params(p, n, TK_COLON) || !expect(p, TK_COLON))
		return (NULL);
	ret = mk_tok(p, S_RETURN, head);
	if ((ret->a = parse_expr(p)) == NULL)
		return (NULL);
	n->b = mk_tok(p, S_BLOCK, head);
	add_item(p, n->b, ret);
	return (p_span(p, n, start));
}

struct node *
p_named_expr(struct parser *p)
{
	struct token *t = cur(p);
	struct node *n, *e;
	size_t start = t->off;

	if (t->kind == TK_NAME && (t + 1)->kind == TK_WALRUS) {
		p->pos += 2;
		n = mk_tok(p, N_NAMEDEXPR, t);
		n->name = p_strdup(p, t->str);
		if ((n->a = parse_expr(p)) == NULL)
			return (NULL);
		return (p_span(p, n, start));
	}
	if ((e = parse_expr(p)) == NULL)
		return (NULL);
	if (at(p, TK_WALRUS) && e->kind != N_NAME) {
		p_error(p, e->line, e->col, 0,
		    "cannot use assignment expressions with %s",
		    p_expr_name(e));
		return (NULL);
	}
	return (e);
}

/* expr: disjunction ['if' disjunction 'else' expr] */
struct node *
parse_expr(struct parser *p)
{
	struct node *body, *n;
	size_t start = cur(p)->off;

	if (at(p, TK_LAMBDA))
		return (parse_lambda(p));
	if (!depth_enter(p))
		return (NULL);
	if ((body = parse_boolop(p, 1)) == NULL) {
		p->depth--;
		return (NULL);
	}
	if (!at(p, TK_IF)) {
		p->depth--;
		return (p_span(p, body, start));
	}
	advance(p);
	n = mk_at(p, N_IFEXP, body);
	n->b = body;
	if ((n->a = parse_boolop(p, 1)) == NULL)
		goto fail;
	if (!at(p, TK_ELSE)) {
		if (at(p, TK_COLON))
			p_syntax(p);
		else
			p_error(p, body->line, body->col, 0,
			    "expected 'else' after 'if' expression");
		goto fail;
	}
	advance(p);
	if ((n->c = parse_expr(p)) == NULL)
		goto fail;
	p->depth--;
	return (p_span(p, n, start));
fail:
	p->depth--;
	return (NULL);
}

/* star_exprs: expr (',' expr)* [','] -- a tuple if there is a comma */
struct node *
parse_star_exprs(struct parser *p)
{
	struct node *e, *tup;
	const struct token *star = cur(p);

	if ((e = at(p, TK_STAR) ? parse_starred(p) : parse_expr(p)) == NULL)
		return (NULL);
	if (!at(p, TK_COMMA) && e->kind == N_STARRED) {
		if (at(p, TK_ASSIGN))
			p_error(p, star->line, star->col, 0,
			    "starred assignment target must be in a list or "
			    "tuple");
		else
			p_error(p, star->line, star->col, 0,
			    "can't use starred expression here");
		return (NULL);
	}
	if (!at(p, TK_COMMA))
		return (e);
	tup = mk_at(p, N_TUPLE, e);
	add_item(p, tup, e);
	while (accept(p, TK_COMMA)) {
		if (at(p, TK_STAR)) {
			if ((e = parse_starred(p)) == NULL)
				return (NULL);
			add_item(p, tup, e);
			continue;
		}
		/* A trailing comma: "x = 1," is a one-item tuple. */
		if (!starts_atom(p, cur(p)) && !at(p, TK_LPAR) &&
		    !at(p, TK_LSQB) && !at(p, TK_MINUS) && !at(p, TK_PLUS) &&
		    !at(p, TK_TILDE) && !at(p, TK_NOT) && !at(p, TK_LAMBDA) &&
		    !at(p, TK_YIELD) && !at(p, TK_AWAIT))
			break;
		if ((e = parse_expr(p)) == NULL)
			return (NULL);
		add_item(p, tup, e);
	}
	return (tup);
}
