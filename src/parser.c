/* parser.c -- tokens to syntax tree, for the Python subset */
#include <config.h>

#include "parser.h"

#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexer.h"
#include "xmalloc.h"

/*
 * Python's compiler gives up somewhere past 1000 levels; the evaluator
 * and node printers recurse, so stop well before the C stack would.
 */
#define PARSE_MAXDEPTH 1000

#define SUBSET_TAIL                                                            \
	"outside the Python that sockshell understands "                       \
	"(expressions, assignments, calls, imports; see .help python)"

struct parser {
	struct lex_result lx;    /* the tokens; lx.toks ends with TK_EOF */
	struct arena *arena;     /* the program's: nodes and their strings */
	size_t pos;              /* index of the current token */
	int final;               /* no more input will come */
	int depth;               /* recursion depth, against PARSE_MAXDEPTH */
	int nest;                /* brackets open around the current token */
	int failed;              /* an error has been recorded */
	int err_eof;             /* ... and it was found at TK_EOF */
	int quiet;               /* > 0: trying a parse; record no message */
	struct parse_error *err; /* where messages go */
	/*
	 * Nodes that were written inside parentheses: "(a) = 1" and
	 * "(a < b) = 1" get different messages from "a < b = 1".
	 */
	struct node **parens;
	size_t nparens;
	size_t capparens;
};

static struct node *parse_expr(struct parser *);
static struct node *parse_star_exprs(struct parser *);
static struct node *parse_bitor(struct parser *);

/* Errors --------------------------------------------------------------- */

static struct token *
cur(struct parser *p)
{
	return (&p->lx.toks[p->pos]);
}

static struct token *
peek_tok(struct parser *p, size_t ahead)
{
	if (p->pos + ahead >= p->lx.ntoks)
		return (&p->lx.toks[p->lx.ntoks - 1]);
	return (&p->lx.toks[p->pos + ahead]);
}

static void __attribute__((format(printf, 5, 6)))
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
	vsnprintf(p->err->msg, sizeof(p->err->msg), fmt, ap);
	va_end(ap);
	p->err->line = line;
	p->err->col = col;
	p->err->is_subset = subset;
}

/* "invalid syntax" with the caret on the current token. */
static void *
p_syntax(struct parser *p)
{
	struct token *t = cur(p);

	/* After "a not", Python looked on for "in": the caret goes there. */
	if (t->kind == TK_NOT && peek_tok(p, 1)->kind != TK_IN)
		t = peek_tok(p, 1);
	p_error(p, t->line, t->col, 0, "invalid syntax");
	return (NULL);
}

static void *
p_subset(struct parser *p, int line, int col, const char *what)
{
	p_error(p, line, col, 1, "%s " SUBSET_TAIL, what);
	return (NULL);
}

static void *
p_subset_tok(struct parser *p, const struct token *t, const char *what)
{
	return (p_subset(p, t->line, t->col, what));
}

/* Trees ------------------------------------------------------------------ */

static struct node *
mk_tok(struct parser *p, enum node_kind k, const struct token *t)
{
	return (node_new(p->arena, k, t->line, t->col));
}

static struct node *
mk_at(struct parser *p, enum node_kind k, const struct node *where)
{
	return (node_new(p->arena, k, where->line, where->col));
}

/* A copy of s in the program's arena. */
static char *
p_strdup(struct parser *p, const char *s)
{
	return (arena_strndup(p->arena, s, strlen(s)));
}

/*
 * Grow arrays to powers of two when the count reaches one, so that no
 * capacity need be stored: a million-item list stays linear.
 */
static int
needs_growth(size_t n)
{
	return (n == 0 || (n >= 4 && (n & (n - 1)) == 0));
}

static size_t
grown(size_t n)
{
	return (n < 4 ? 4 : n * 2);
}

/*
 * The array arr holding n elements of size each, made room for one more:
 * in the arena, the old copy stays until the program is freed (at most
 * as much again as the final array).
 */
static void *
make_room(struct parser *p, void *arr, size_t n, size_t size)
{
	if (!needs_growth(n))
		return (arr);
	return (arena_grow(p->arena, arr, n * size, grown(n) * size));
}

static void
add_item(struct parser *p, struct node *n, struct node *item)
{
	n->items = make_room(p, n->items, n->nitems, sizeof(*n->items));
	n->items[n->nitems++] = item;
}

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
add_name(struct parser *p, struct node *n, char *name, char *as)
{
	n->names = make_room(p, n->names, n->nnames, sizeof(*n->names));
	n->as = make_room(p, n->as, n->nnames, sizeof(*n->as));
	n->names[n->nnames] = name;
	n->as[n->nnames] = as;
	n->nnames++;
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

static int
in_parens(struct parser *p, const struct node *n)
{
	size_t i;

	for (i = 0; i < p->nparens; i++)
		if (p->parens[i] == n)
			return (1);
	return (0);
}

/* What Python calls an expression in "cannot assign to %s". */
static const char *
expr_name(const struct node *n)
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
static const struct node *
invalid_target(const struct node *n)
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
			if ((bad = invalid_target(n->items[i])) != NULL)
				return (bad);
		return (NULL);
	default:
		return (n);
	}
}

/*
 * Python's grammar puts comparisons, not, and, or and if-else above
 * bitwise_or; its "did you mean '=='" hints only fire below that.
 */
static int
is_bitor_level(struct parser *p, const struct node *n)
{
	if (in_parens(p, n))
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
 * Iteratively, as the tree may be deep: is any path longer than limit?
 * Parsing recursion is bounded separately; left-nested chains (a.b.c...,
 * 1+1+1...) are built by loops and only show up here.
 */
struct frame {
	struct node *n; /* a node still to visit */
	int d;          /* its depth, the root being 1 */
};

static int
tree_too_deep(struct node *root, int limit)
{
	struct frame local[64], *stack = local;
	size_t sp = 0, cap = 64, i;
	struct node *n;
	int d, deep = 0;

	if (root == NULL)
		return (0);
	stack[sp].n = root;
	stack[sp++].d = 1;
	while (sp > 0 && !deep) {
		n = stack[--sp].n;
		d = stack[sp].d;
		if (d > limit) {
			deep = 1;
			break;
		}
		if (sp + n->nitems + n->nkw + 3 > cap) {
			/* Most statements fit the stack on the C stack. */
			cap = (sp + n->nitems + n->nkw + 3) * 2;
			if (stack == local) {
				stack = xmalloc(cap * sizeof(*stack));
				memcpy(stack, local, sp * sizeof(*stack));
			} else
				stack = xrealloc(stack, cap * sizeof(*stack));
		}
#define PUSH(x)                                                                \
	do {                                                                   \
		if ((x) != NULL) {                                             \
			stack[sp].n = (x);                                     \
			stack[sp++].d = d + 1;                                 \
		}                                                              \
	} while (0)
		PUSH(n->a);
		PUSH(n->b);
		PUSH(n->c);
		for (i = 0; i < n->nitems; i++)
			PUSH(n->items[i]);
		for (i = 0; i < n->nkw; i++)
			PUSH(n->kw[i].value);
#undef PUSH
	}
	if (stack != local)
		free(stack);
	return (deep);
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

/* Tokens --------------------------------------------------------------- */

static int
at(struct parser *p, enum tok_kind k)
{
	return (cur(p)->kind == k);
}

static struct token *
advance(struct parser *p)
{
	struct token *t = cur(p);

	if (t->kind != TK_EOF)
		p->pos++;
	return (t);
}

static int
accept(struct parser *p, enum tok_kind k)
{
	if (!at(p, k))
		return (0);
	advance(p);
	return (1);
}

static struct token *
expect(struct parser *p, enum tok_kind k)
{
	if (!at(p, k))
		return (p_syntax(p));
	return (advance(p));
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

/* Atoms ---------------------------------------------------------------- */

/* f-strings ---------------------------------------------------------- */

/*
 * Python 3.11 reads an f-string after tokenizing it as a plain string:
 * text with {{ and }} for braces, and fields {expression!conversion:spec}
 * whose spec is itself an f-string, two levels at most.  The messages are
 * 3.11's, all starting "f-string".
 */
#define FSTRING_MAXDEPTH 2

static void *
f_error(struct parser *p, const struct token *t, const char *msg)
{
	p_error(p, t->line, t->col, 0, "%s", msg);
	return (NULL);
}

/* Append decoded literal text s[0..n) as an N_STR part (raw: as is). */
static int
f_text(struct parser *p, const struct token *t, struct node *f, const char *s,
    size_t n, int raw)
{
	struct node *lit;
	const char *err;
	char *out;
	size_t len;

	if (n == 0)
		return (0);
	lit = mk_tok(p, N_STR, t);
	if (raw) {
		lit->str.buf = arena_strndup(p->arena, s, n);
		lit->str.len = n;
	} else {
		if (lex_decode_text(p->arena, s, n, &out, &len, &err) < 0) {
			f_error(p, t, err);
			return (-1);
		}
		lit->str.buf = out;
		lit->str.len = len;
	}
	f->items = arena_grow(p->arena, f->items,
	    f->nitems * sizeof(*f->items), (f->nitems + 1) * sizeof(*f->items));
	f->items[f->nitems++] = lit;
	return (0);
}

/* The expression of a field, parsed as Python does: "(" text ")". */
static struct node *
f_expr(struct parser *p, const struct token *t, const char *s, size_t n,
    char stop)
{
	struct parser q;
	struct parse_error e;
	struct node *x = NULL;
	char *src, msg[300];
	size_t i;

	for (i = 0; i < n && strchr(" \t\n\r\f", s[i]) != NULL; i++)
		;
	if (i == n) {
		char m[64];

		if (stop != '!' && stop != ':' && stop != '=')
			return (f_error(p, t,
			    "f-string: empty expression not allowed"));
		snprintf(m, sizeof(m),
		    "f-string: expression required before '%c'", stop);
		return (f_error(p, t, m));
	}
	memset(&q, 0, sizeof(q));
	memset(&e, 0, sizeof(e));
	q.err = &e;
	q.final = 1;
	q.arena = p->arena;
	src = xmalloc(n + 3);
	src[0] = '(';
	memcpy(src + 1, s, n);
	src[n + 1] = ')';
	src[n + 2] = '\0';
	if (lex_source_at(src, n + 2, t->line, 1, &q.lx) == LEX_ERROR) {
		/* The tokenizer's own words, unprefixed, as in 3.11. */
		f_error(p, t, q.lx.err_msg);
	} else {
		x = parse_expr(&q);
		while (x != NULL && at(&q, TK_NEWLINE))
			q.pos++;
		if (x != NULL && !at(&q, TK_EOF))
			p_error(&q, cur(&q)->line, cur(&q)->col, 0,
			    "invalid syntax");
		if (q.failed) {
			snprintf(msg, sizeof(msg), "f-string: %s", e.msg);
			f_error(p, t, msg);
			x = NULL;
		}
	}
	free(q.parens);
	lex_free(&q.lx);
	free(src);
	return (x);
}

static struct node *f_parse(struct parser *, const struct token *,
    const char *, size_t, int, int, size_t *);

/*
 * One field, s pointing just after its '{'.  Returns the bytes used up to
 * and including the closing '}', or 0 after an error.
 */
static size_t
f_field(struct parser *p, const struct token *t, struct node *f,
    const char *s, size_t n, int raw, int depth)
{
	char stack[200], q = 0;
	size_t i = 0, nest = 0, expr_end, spec_start, used;
	struct node *fmt, *x, *spec = NULL;
	int conv = 0, self_doc = 0;

	/* A field inside a spec inside a spec is one too deep, as in 3.11. */
	if (depth >= FSTRING_MAXDEPTH)
		return (f_error(p, t, "f-string: expressions nested too deeply"),
		    0);
	for (; i < n; i++) {
		char c = s[i];

		if (c == '\\')
			return (f_error(p, t,
			            "f-string expression part cannot include a "
			            "backslash"),
			    0);
		if (q) {
			if (c == q)
				q = 0;
			continue;
		}
		if (c == '\'' || c == '"') {
			q = c;
			continue;
		}
		if (c == '#')
			return (f_error(p, t,
			            "f-string expression part cannot include '#'"),
			    0);
		if (c == '(' || c == '[' || c == '{') {
			if (nest >= sizeof(stack))
				return (f_error(p, t,
				            "f-string: too many nested parenthesis"),
				    0);
			stack[nest++] = c;
			continue;
		}
		if (c == ')' || c == ']' || (c == '}' && nest > 0)) {
			char open = nest ? stack[nest - 1] : 0;
			char want = open == '(' ? ')' : open == '[' ? ']' : '}';

			if (nest == 0) {
				char m[80];

				snprintf(m, sizeof(m), "f-string: unmatched '%c'", c);
				return (f_error(p, t, m), 0);
			}
			if (c != want) {
				char m[120];

				snprintf(m, sizeof(m),
				    "f-string: closing parenthesis '%c' does not "
				    "match opening parenthesis '%c'",
				    c, open);
				return (f_error(p, t, m), 0);
			}
			nest--;
			continue;
		}
		if (nest > 0)
			continue;
		if (c == '}' || c == ':')
			break;
		if (c == '!' && !(i + 1 < n && s[i + 1] == '='))
			break;
		/* "x=" is self-documenting; "==", "!=", "<=", ">=" are not. */
		if (c == '=' && !(i + 1 < n && s[i + 1] == '=') &&
		    !(i > 0 && strchr("=!<>", s[i - 1]) != NULL)) {
			self_doc = 1;
			break;
		}
	}
	/* Out of text inside the field: 3.11 says what was left open. */
	if (q)
		return (f_error(p, t, "f-string: unterminated string"), 0);
	if (nest > 0) {
		char m[64];

		snprintf(m, sizeof(m), "f-string: unmatched '%c'",
		    stack[nest - 1]);
		return (f_error(p, t, m), 0);
	}
	if (i >= n)
		return (f_error(p, t, "f-string: expecting '}'"), 0);
	expr_end = i;
	if ((x = f_expr(p, t, s, expr_end, s[expr_end])) == NULL)
		return (0);
	if (self_doc) {
		/* The text and the '=' are printed before the value. */
		if (f_text(p, t, f, s, expr_end + 1, 1) < 0)
			return (0);
		i++;
		while (i < n && strchr(" \t", s[i]) != NULL)
			i++; /* spaces after '=' are kept too */
		if (i > expr_end + 1) {
			f->items[f->nitems - 1]->str.buf = arena_strndup(p->arena,
			    s, i);
			f->items[f->nitems - 1]->str.len = i;
		}
	}
	if (i < n && s[i] == '!') {
		if (i + 1 >= n || strchr("sra", s[i + 1]) == NULL ||
		    s[i + 1] == '\0')
			return (f_error(p, t,
			            "f-string: invalid conversion character: "
			            "expected 's', 'r', or 'a'"),
			    0);
		conv = s[i + 1];
		i += 2;
	}
	if (i < n && s[i] == ':') {
		/*
		 * The spec is read as 3.11 reads it, fields and all, up to
		 * the '}' that ends this field: an error in a nested field
		 * comes first.
		 */
		spec_start = ++i;
		spec = f_parse(p, t, s + spec_start, n - spec_start, raw,
		    depth + 1, &used);
		if (spec == NULL)
			return (0);
		i = spec_start + used;
	}
	if (i >= n || s[i] != '}')
		return (f_error(p, t, "f-string: expecting '}'"), 0);
	if (self_doc && conv == 0 && spec == NULL)
		conv = 'r';
	fmt = mk_tok(p, N_FORMAT, t);
	fmt->a = x;
	fmt->b = spec;
	fmt->ival = conv;
	f->items = arena_grow(p->arena, f->items,
	    f->nitems * sizeof(*f->items), (f->nitems + 1) * sizeof(*f->items));
	f->items[f->nitems++] = fmt;
	return (i + 1);
}

/*
 * The body of one f-string as an N_FSTRING; or, at depth > 0, a format
 * spec inside a field, which ends at a '}' (*used: the bytes before it)
 * and where doubled braces are not escapes, as in 3.11.
 */
static struct node *
f_parse(struct parser *p, const struct token *t, const char *s, size_t n,
    int raw, int depth, size_t *used)
{
	struct node *f = mk_tok(p, N_FSTRING, t);
	size_t i = 0, start = 0, took;

	while (i < n) {
		if (depth == 0 && (s[i] == '{' || s[i] == '}') && i + 1 < n &&
		    s[i + 1] == s[i]) {
			if (f_text(p, t, f, s + start, i + 1 - start, raw) < 0)
				return (NULL);
			i += 2;
			start = i;
		} else if (s[i] == '}') {
			if (depth == 0)
				return (f_error(p, t,
				    "f-string: single '}' is not allowed"));
			break;
		} else if (s[i] == '{') {
			if (f_text(p, t, f, s + start, i - start, raw) < 0)
				return (NULL);
			took = f_field(p, t, f, s + i + 1, n - i - 1, raw, depth);
			if (took == 0)
				return (NULL);
			i += 1 + took;
			start = i;
		} else
			i++;
	}
	if (depth > 0 && i >= n)
		return (f_error(p, t, "f-string: expecting '}'"));
	if (f_text(p, t, f, s + start, i - start, raw) < 0)
		return (NULL);
	if (used != NULL)
		*used = i;
	return (f);
}

/* Adjacent literals with at least one f-string: one N_FSTRING of parts. */
static struct node *
parse_fstrings(struct parser *p, size_t first, size_t end)
{
	struct node *f, *part;
	struct token *ti;
	size_t i, k;

	f = mk_tok(p, N_FSTRING, &p->lx.toks[first]);
	for (i = first; i < end; i++) {
		ti = &p->lx.toks[i];
		if (ti->kind == TK_BYTES) {
			p->pos = end;
			p_error(p, p->lx.toks[end].line, p->lx.toks[end].col, 0,
			    "cannot mix bytes and nonbytes literals");
			return (NULL);
		}
		if (ti->kind == TK_STR) {
			if (ti->str_error != NULL) {
				p->pos = i;
				return (f_error(p, ti, ti->str_error));
			}
			if (f_text(p, ti, f, ti->str, ti->slen, 1) < 0)
				return (NULL);
			continue;
		}
		p->pos = i;
		part = f_parse(p, ti, ti->str, ti->slen, (int)ti->ival, 0, NULL);
		if (part == NULL)
			return (NULL);
		for (k = 0; k < part->nitems; k++) {
			f->items = arena_grow(p->arena, f->items,
			    f->nitems * sizeof(*f->items),
			    (f->nitems + 1) * sizeof(*f->items));
			f->items[f->nitems++] = part->items[k];
		}
	}
	p->pos = end;
	return (f);
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
			return (parse_fstrings(p, first, end));
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
		if (e->kind == N_NAME && !in_parens(p, e)) {
			if (rhs_allows_hint(p, p->pos)) {
				p_error(p, e->line, e->col, 0,
				    "invalid syntax. "
				    "Maybe you meant '==' or ':=' instead of "
				    "'='?");
				return (NULL);
			}
		} else if (is_bitor_level(p, e) && e->kind != N_LIST &&
		           e->kind != N_TUPLE && e->kind != N_TRUE &&
		           e->kind != N_FALSE && e->kind != N_NONE &&
		           rhs_allows_hint(p, p->pos)) {
			p_error(p, e->line, e->col, 0,
			    "cannot assign to %s here. "
			    "Maybe you meant '==' instead of '='?",
			    expr_name(e));
			return (NULL);
		}
		return (p_syntax(p));
	case TK_FOR:
	case TK_ASYNC:
		return (p_subset_tok(p, t,
		    "comprehensions and generator "
		    "expressions ('x for x in ...') are"));
	case TK_WALRUS:
		return (p_subset_tok(p, t, "the walrus operator ':=' is"));
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
		if (at(p, TK_STAR)) {
			p_subset_tok(p, cur(p), "star expressions ('*a') are");
			goto fail;
		}
		if (at(p, TK_YIELD)) {
			p_subset_tok(p, cur(p), "'yield' expressions are");
			goto fail;
		}
		estart = p->pos;
		if ((e = parse_expr(p)) == NULL)
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
		    t->kind == TK_NONE   ? N_NONE
		    : t->kind == TK_TRUE ? N_TRUE
		                         : N_FALSE,
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

/*
 * call_args: '(' [ arg (',' arg)* [','] ] ')'
 * arg:       expr | NAME '=' expr
 */
static struct node *
parse_call(struct parser *p, struct node *callee)
{
	struct node *call = mk_at(p, N_CALL, callee), *e;
	struct token *t, *kwpos = NULL;
	struct kwset set = { NULL, 0 };
	size_t estart;

	call->a = callee;
	advance(p); /* ( */
	p->nest++;
	while (!at(p, TK_RPAR)) {
		t = cur(p);
		if (t->kind == TK_STAR || t->kind == TK_POW) {
			p_subset_tok(p, t,
			    "star arguments ('*args', '**kwargs') "
			    "are");
			goto fail;
		}
		if (t->kind == TK_NAME && (t + 1)->kind == TK_ASSIGN) {
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
			if ((e = parse_expr(p)) == NULL)
				goto fail;
			if (at(p, TK_ASSIGN)) {
				p_error(p, e->line, e->col, 0,
				    "expression cannot "
				    "contain assignment, perhaps you meant "
				    "\"==\"?");
				goto fail;
			}
			add_item(p, call, e);
			if (call->nkw > 0 && kwpos == NULL)
				kwpos = t;
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

	if ((n = parse_atom(p)) == NULL)
		return (NULL);
	/* Python 2's print statement, as in older networking books. */
	if (n->kind == N_NAME && starts_atom(p, cur(p)) &&
	    (strcmp(n->name, "print") == 0 || strcmp(n->name, "exec") == 0) &&
	    !in_parens(p, n)) {
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

/* expr: disjunction ['if' disjunction 'else' expr] */
static struct node *
parse_expr(struct parser *p)
{
	struct node *body, *n;

	if (!depth_enter(p))
		return (NULL);
	if ((body = parse_boolop(p, 1)) == NULL) {
		p->depth--;
		return (NULL);
	}
	if (!at(p, TK_IF)) {
		p->depth--;
		return (body);
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
	return (n);
fail:
	p->depth--;
	return (NULL);
}

/* star_exprs: expr (',' expr)* [','] -- a tuple if there is a comma */
static struct node *
parse_star_exprs(struct parser *p)
{
	struct node *e, *tup;

	if (at(p, TK_STAR))
		return (p_subset_tok(p, cur(p), "star expressions ('*a') are"));
	if ((e = parse_expr(p)) == NULL)
		return (NULL);
	if (!at(p, TK_COMMA))
		return (e);
	tup = mk_at(p, N_TUPLE, e);
	add_item(p, tup, e);
	while (accept(p, TK_COMMA)) {
		if (at(p, TK_STAR)) {
			return (p_subset_tok(p, cur(p),
			    "star expressions ('*a') are"));
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

/* Statements ------------------------------------------------------------- */

static const struct {
	enum tok_kind kind;
	const char *what;
} subset_stmts[] = {
	{ TK_IF, "'if' statements are" },
	{ TK_ELIF, "'elif' clauses are" },
	{ TK_ELSE, "'else' clauses are" },
	{ TK_FOR, "'for' loops are" },
	{ TK_WHILE, "'while' loops are" },
	{ TK_DEF, "function definitions ('def') are" },
	{ TK_CLASS, "class definitions ('class') are" },
	{ TK_TRY, "'try' statements are" },
	{ TK_EXCEPT, "'except' clauses are" },
	{ TK_FINALLY, "'finally' clauses are" },
	{ TK_WITH, "'with' statements are" },
	{ TK_RETURN, "'return' statements are" },
	{ TK_YIELD, "'yield' expressions are" },
	{ TK_GLOBAL, "'global' declarations are" },
	{ TK_NONLOCAL, "'nonlocal' declarations are" },
	{ TK_ASSERT, "'assert' statements are" },
	{ TK_RAISE, "'raise' statements are" },
	{ TK_ASYNC, "'async' functions and statements are" },
	{ TK_AWAIT, "'await' expressions are" },
	{ TK_BREAK, "'break' statements are" },
	{ TK_CONTINUE, "'continue' statements are" },
	{ TK_AT, "decorators ('@') are" },
};

/* dotted_name: NAME ('.' NAME)* -- a new string */
static char *
parse_dotted(struct parser *p)
{
	char *name, *longer;
	size_t len, more;

	if (!at(p, TK_NAME))
		return (p_syntax(p));
	name = p_strdup(p, advance(p)->str);
	len = strlen(name);
	while (at(p, TK_DOT)) {
		advance(p);
		if (!at(p, TK_NAME))
			return (p_syntax(p));
		more = cur(p)->slen;
		longer = arena_alloc(p->arena, len + 1 + more + 1);
		memcpy(longer, name, len);
		longer[len] = '.';
		memcpy(longer + len + 1, cur(p)->str, more);
		name = longer;
		len += 1 + more;
		advance(p);
	}
	return (name);
}

/* ['as' NAME]: 1 with *as set (maybe NULL), 0 on error */
static int
parse_as(struct parser *p, char **as)
{
	*as = NULL;
	if (!accept(p, TK_AS))
		return (1);
	if (!at(p, TK_NAME)) {
		p_syntax(p);
		return (0);
	}
	*as = p_strdup(p, advance(p)->str);
	return (1);
}

/* import: 'import' dotted_name ['as' NAME] (',' dotted_name ['as' NAME])* */
static struct node *
parse_import(struct parser *p)
{
	struct node *n = mk_tok(p, S_IMPORT, advance(p));
	char *name, *as;

	do {
		if ((name = parse_dotted(p)) == NULL)
			goto fail;
		if (!parse_as(p, &as))
			goto fail;
		add_name(p, n, name, as);
	} while (accept(p, TK_COMMA));
	return (n);
fail:
	return (NULL);
}

/*
 * from_import: 'from' dotted_name 'import'
 *              ('*' | '(' names [','] ')' | names)
 * names:       NAME ['as' NAME] (',' NAME ['as' NAME])*
 */
static struct node *
parse_from(struct parser *p)
{
	struct node *n = mk_tok(p, S_FROMIMPORT, advance(p));
	struct token *t;
	char *as;
	int paren;

	if (at(p, TK_DOT) || at(p, TK_ELLIPSIS)) {
		p_subset_tok(p, cur(p),
		    "relative imports ('from . import') "
		    "are");
		goto fail;
	}
	if ((n->name = parse_dotted(p)) == NULL || !expect(p, TK_IMPORT))
		goto fail;
	if (at(p, TK_STAR)) {
		advance(p);
		add_name(p, n, p_strdup(p, "*"), NULL);
		return (n);
	}
	paren = accept(p, TK_LPAR);
	if (paren)
		p->nest++;
	for (;;) {
		if (!at(p, TK_NAME)) {
			p_syntax(p);
			goto fail;
		}
		t = advance(p);
		if (!parse_as(p, &as))
			goto fail;
		add_name(p, n, p_strdup(p, t->str), as);
		if (!accept(p, TK_COMMA))
			break;
		if (paren && at(p, TK_RPAR))
			break;
		if (!paren && (at(p, TK_NEWLINE) || at(p, TK_SEMI))) {
			p_error(p, cur(p)->line, cur(p)->col, 0,
			    "trailing comma "
			    "not allowed without surrounding parentheses");
			goto fail;
		}
	}
	if (paren) {
		if (!expect(p, TK_RPAR))
			goto fail;
		p->nest--;
	}
	return (n);
fail:
	return (NULL);
}

/* Flatten del's tuples and lists: "del (a, b)" deletes a, then b. */
static void
add_del_targets(struct parser *p, struct node *del, struct node *t)
{
	size_t i;

	if (t->kind != N_TUPLE && t->kind != N_LIST) {
		add_item(p, del, t);
		return;
	}
	for (i = 0; i < t->nitems; i++)
		add_del_targets(p, del, t->items[i]);
}

/* del: 'del' target (',' target)* [','] */
static struct node *
parse_del(struct parser *p)
{
	struct node *n = mk_tok(p, S_DEL, advance(p)), *targets;
	const struct node *bad;

	if ((targets = parse_star_exprs(p)) == NULL)
		goto fail;
	if ((bad = invalid_target(targets)) != NULL) {
		p_error(p, bad->line, bad->col, 0, "cannot delete %s",
		    expr_name(bad));
		goto fail;
	}
	/* "del x," and "del (x,)" are one target; "del x" too. */
	add_del_targets(p, n, targets);
	return (n);
fail:
	return (NULL);
}

static enum op
aug_op(enum tok_kind k)
{
	switch (k) {
	case TK_PLUSEQ:
		return (OP_ADD);
	case TK_MINUSEQ:
		return (OP_SUB);
	case TK_STAREQ:
		return (OP_MUL);
	case TK_SLASHEQ:
		return (OP_DIV);
	case TK_DSLASHEQ:
		return (OP_FLOORDIV);
	case TK_PERCENTEQ:
		return (OP_MOD);
	case TK_POWEQ:
		return (OP_POW);
	case TK_VBAREQ:
		return (OP_BITOR);
	case TK_AMPEREQ:
		return (OP_BITAND);
	case TK_CIRCUMFLEXEQ:
		return (OP_BITXOR);
	case TK_LSHIFTEQ:
		return (OP_LSHIFT);
	case TK_RSHIFTEQ:
		return (OP_RSHIFT);
	default:
		return (OP_NONE);
	}
}

/*
 * An assignment with a target that cannot be assigned to: find the
 * message Python's second, error-hunting pass would give.
 */
static void
bad_assignment(struct parser *p, struct node *s, size_t first_eq)
{
	struct node *x = s->items[0];
	const struct node *bad;
	size_t i;

	/* The element right before the first '=' gets the '==' hints. */
	if (x->kind == N_TUPLE && !in_parens(p, x) && x->nitems > 0)
		x = x->items[x->nitems - 1];
	if (x->kind == N_NAME && !in_parens(p, x)) {
		if (rhs_allows_hint(p, first_eq)) {
			p_error(p, x->line, x->col, 0,
			    "invalid syntax. Maybe you "
			    "meant '==' or ':=' instead of '='?");
			return;
		}
	} else if (is_bitor_level(p, x) && x->kind != N_LIST &&
	           x->kind != N_TUPLE && x->kind != N_TRUE &&
	           x->kind != N_FALSE && x->kind != N_NONE &&
	           rhs_allows_hint(p, first_eq)) {
		p_error(p, x->line, x->col, 0,
		    "cannot assign to %s here. Maybe "
		    "you meant '==' instead of '='?",
		    expr_name(x));
		return;
	}
	for (i = 0; i < s->nitems; i++)
		if ((bad = invalid_target(s->items[i])) != NULL) {
			p_error(p, bad->line, bad->col, 0,
			    "cannot assign to %s", expr_name(bad));
			return;
		}
}

/*
 * expr_stmt: star_exprs ('=' star_exprs)*
 *          | target augassign star_exprs
 */
static struct node *
parse_expr_stmt(struct parser *p)
{
	struct node *first, *s, *e;
	struct token *t;
	size_t first_eq, i;
	enum op op;

	if ((first = parse_star_exprs(p)) == NULL)
		return (NULL);
	t = cur(p);
	if ((op = aug_op(t->kind)) != OP_NONE) {
		if (first->kind != N_NAME && first->kind != N_ATTR &&
		    first->kind != N_INDEX) {
			p_error(p, first->line, first->col, 0,
			    "'%s' is an illegal "
			    "expression for augmented assignment",
			    expr_name(first));
			return (NULL);
		}
		advance(p);
		s = mk_at(p, S_AUGASSIGN, first);
		s->op = op;
		add_item(p, s, first);
		if (at(p, TK_YIELD)) {
			return (
			    p_subset_tok(p, cur(p), "'yield' expressions are"));
		}
		if ((s->a = parse_star_exprs(p)) == NULL)
			return (NULL);
		return (s);
	}
	if (t->kind == TK_ATEQ) {
		return (p_subset_tok(p, t,
		    "the matrix multiplication operator "
		    "'@=' is"));
	}
	if (t->kind == TK_COLON)
		return (p_subset_tok(p, t, "annotations ('x: int') are"));
	if (t->kind != TK_ASSIGN) {
		s = mk_at(p, S_EXPR, first);
		s->a = first;
		return (s);
	}
	s = mk_at(p, S_ASSIGN, first);
	add_item(p, s, first);
	first_eq = p->pos;
	while (accept(p, TK_ASSIGN)) {
		if (at(p, TK_YIELD)) {
			return (
			    p_subset_tok(p, cur(p), "'yield' expressions are"));
		}
		if ((e = parse_star_exprs(p)) == NULL)
			return (NULL);
		add_item(p, s, e);
	}
	/* The last expression is the value; the rest are targets. */
	s->a = s->items[--s->nitems];
	for (i = 0; i < s->nitems; i++)
		if (invalid_target(s->items[i]) != NULL) {
			bad_assignment(p, s, first_eq);
			return (NULL);
		}
	return (s);
}

static struct node *
parse_stmt(struct parser *p)
{
	struct token *t = cur(p);
	size_t i;

	for (i = 0; i < sizeof(subset_stmts) / sizeof(subset_stmts[0]); i++)
		if (t->kind == subset_stmts[i].kind)
			return (p_subset_tok(p, t, subset_stmts[i].what));
	switch (t->kind) {
	case TK_IMPORT:
		return (parse_import(p));
	case TK_FROM:
		return (parse_from(p));
	case TK_DEL:
		return (parse_del(p));
	case TK_PASS:
		advance(p);
		return (mk_tok(p, S_PASS, t));
	default:
		return (parse_expr_stmt(p));
	}
}

static void
add_stmt(struct parser *p, struct program *prog, struct node *s)
{
	prog->stmts =
	    make_room(p, prog->stmts, prog->nstmts, sizeof(*prog->stmts));
	prog->stmts[prog->nstmts++] = s;
}

/* line: stmt (';' stmt)* [';'] NEWLINE */
static int
parse_line(struct parser *p, struct program *prog)
{
	struct node *s;

	for (;;) {
		if ((s = parse_stmt(p)) == NULL)
			return (0);
		if (tree_too_deep(s, PARSE_MAXDEPTH)) {
			p_error(p, s->line, s->col, 1,
			    "expression too deeply "
			    "nested for sockshell (more than %d levels)",
			    PARSE_MAXDEPTH);
			return (0);
		}
		add_stmt(p, prog, s);
		if (accept(p, TK_NEWLINE))
			return (1);
		if (!accept(p, TK_SEMI)) {
			p_syntax(p);
			return (0);
		}
		if (accept(p, TK_NEWLINE))
			return (1);
	}
}

/* The entry point ---------------------------------------------------------- */

static enum parse_status
lex_failed(struct parser *p)
{
	struct parse_error *err = p->err;

	err->line = p->lx.err_line;
	err->col = p->lx.err_col;
	err->is_subset = p->lx.err_subset;
	snprintf(err->msg, sizeof(err->msg), "%s", p->lx.err_msg);
	if (p->lx.err_indent)
		err->is_indent = 1;
	return (PARSE_ERROR);
}

enum parse_status
parse_source(const char *src, size_t len, int final, struct program **out,
    struct parse_error *err)
{
	return (parse_source_at(src, len, 1, final, out, err));
}

enum parse_status
parse_source_at(const char *src, size_t len, int first_line, int final,
    struct program **out, struct parse_error *err)
{
	struct parser p;
	struct program *prog;
	struct parse_error scratch;
	enum parse_status st = PARSE_OK;

	*out = NULL;
	if (err == NULL)
		err = &scratch;
	memset(err, 0, sizeof(*err));
	memset(&p, 0, sizeof(p));
	p.err = err;
	p.final = final;
	if (src == NULL)
		len = 0;
	if (lex_source_at(src != NULL ? src : "", len, first_line, final,
	        &p.lx) == LEX_ERROR) {
		st = lex_failed(&p);
		lex_free(&p.lx);
		return (st);
	}
	prog = xcalloc(1, sizeof(*prog));
	p.arena = &prog->arena;
	while (!at(&p, TK_EOF)) {
		if (!parse_line(&p, prog))
			break;
	}
	if (p.failed) {
		if (!final && p.err_eof) {
			/* Ran out of input mid-statement: ask for more. */
			st = PARSE_INCOMPLETE;
			memset(err, 0, sizeof(*err));
		} else if (final && p.lx.depth > 0 &&
		           err->line >= p.lx.open_line) {
			/*
			 * As Python does: the real fault is likely the bracket
			 * left open above the error.
			 */
			memset(err, 0, sizeof(*err));
			err->line = p.lx.open_line;
			err->col = p.lx.open_col;
			snprintf(err->msg, sizeof(err->msg),
			    "'%c' was never closed", p.lx.open_ch);
			st = PARSE_ERROR;
		} else
			st = PARSE_ERROR;
	} else if (p.lx.status == LEX_INCOMPLETE)
		st = PARSE_INCOMPLETE;
	if (st == PARSE_OK)
		*out = prog;
	else
		program_free(prog);
	free(p.parens);
	lex_free(&p.lx);
	return (st);
}

const char *
parse_subset_summary(void)
{
	return (
	    "sockshell understands Python expressions (numbers, strings, "
	    "f-strings, bytes, tuples, lists, calls, attributes, indexing and "
	    "slicing, "
	    "operators, x if c else y), assignments (a = b, a, b = t, x += 1), "
	    "import, from ... import, del and pass, several per line with ';'");
}
