/* pstmt.c -- statements and lines: tokens to statement trees */
#include <config.h>

#include "pstmt.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pexpr.h"
#include "pstate.h"
#include "xmalloc.h"

/* Statements ------------------------------------------------------------- */

static const struct {
	enum tok_kind kind;
	const char *what;
} subset_stmts[] = {
	{ TK_EXCEPT, "'except' clauses are" },
	{ TK_FINALLY, "'finally' clauses are" },
	{ TK_YIELD, "'yield' expressions are" },
	{ TK_ASYNC, "'async' functions and statements are" },
	{ TK_AWAIT, "'await' expressions are" },
	{ TK_AT, "decorators ('@') are" },
};

static void
add_name(struct parser *p, struct node *n, char *name, char *as)
{
	n->names = make_room(p, n->names, n->nnames, sizeof(*n->names));
	n->as = make_room(p, n->as, n->nnames, sizeof(*n->as));
	n->names[n->nnames] = name;
	n->as[n->nnames] = as;
	n->nnames++;
}

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
	if ((bad = p_invalid_target(targets)) != NULL) {
		p_error(p, bad->line, bad->col, 0, "cannot delete %s",
		    p_expr_name(bad));
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
	if (x->kind == N_TUPLE && !p_in_parens(p, x) && x->nitems > 0)
		x = x->items[x->nitems - 1];
	if (p_eq_hint(p, x, first_eq))
		return;
	for (i = 0; i < s->nitems; i++)
		if ((bad = p_invalid_target(s->items[i])) != NULL) {
			p_error(p, bad->line, bad->col, 0,
			    "cannot assign to %s", p_expr_name(bad));
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
			    p_expr_name(first));
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
		if (p_invalid_target(s->items[i]) != NULL) {
			bad_assignment(p, s, first_eq);
			return (NULL);
		}
	return (s);
}

/* break, continue: in a loop, or the compiler's error once all parsed */
static struct node *
parse_loop_jump(struct parser *p)
{
	struct token *t = advance(p);

	if (p->loops == 0)
		p_late_error(p, t,
		    t->kind == TK_BREAK ? "'break' outside loop" :
		                          "'continue' not properly in loop");
	return (mk_tok(p, t->kind == TK_BREAK ? S_BREAK : S_CONTINUE, t));
}

/* return_stmt: 'return' [star_exprs] */
static struct node *
parse_return(struct parser *p)
{
	struct token *t = advance(p);
	struct node *n = mk_tok(p, S_RETURN, t);

	if (p->funcs == 0)
		p_late_error(p, t, "'return' outside function");
	if (at(p, TK_NEWLINE) || at(p, TK_SEMI) || at(p, TK_EOF))
		return (n);
	if (at(p, TK_YIELD))
		return (p_subset_tok(p, cur(p), "'yield' expressions are"));
	return ((n->a = parse_star_exprs(p)) != NULL ? n : NULL);
}

/* global_stmt: 'global' NAME (',' NAME)*, nonlocal_stmt the same */
static struct node *
parse_global(struct parser *p)
{
	const struct token *t = advance(p);
	struct node *n =
	    mk_tok(p, t->kind == TK_NONLOCAL ? S_NONLOCAL : S_GLOBAL, t);

	if (t->kind == TK_NONLOCAL && p->funcs == 0)
		p_late_error(p, t,
		    "nonlocal declaration not allowed at module level");

	do {
		if (!at(p, TK_NAME))
			return (p_syntax(p));
		add_name(p, n, p_strdup(p, advance(p)->str), NULL);
	} while (accept(p, TK_COMMA));
	return (n);
}

/* raise_stmt: 'raise' [expr ['from' expr]]; assert_stmt: 'assert' expr [',' expr] */
static struct node *
parse_raise_assert(struct parser *p)
{
	struct token *t = advance(p);
	struct node *n = mk_tok(p, t->kind == TK_RAISE ? S_RAISE : S_ASSERT, t);

	if (t->kind == TK_RAISE &&
	    (at(p, TK_NEWLINE) || at(p, TK_SEMI) || at(p, TK_EOF)))
		return (n);
	if ((n->a = parse_expr(p)) == NULL)
		return (NULL);
	if (t->kind == TK_RAISE && accept(p, TK_FROM)) {
		n->ival = 1;
		if ((n->b = parse_expr(p)) == NULL)
			return (NULL);
	}
	if (t->kind == TK_ASSERT && accept(p, TK_COMMA) &&
	    (n->b = parse_expr(p)) == NULL)
		return (NULL);
	return (n);
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
	case TK_BREAK:
	case TK_CONTINUE:
		return (parse_loop_jump(p));
	case TK_RETURN:
		return (parse_return(p));
	case TK_GLOBAL:
	case TK_NONLOCAL:
		return (parse_global(p));
	case TK_RAISE:
	case TK_ASSERT:
		return (parse_raise_assert(p));
	case TK_TRY:
	case TK_WITH:
	case TK_DEF:
	case TK_CLASS:
	case TK_IF:
	case TK_ELIF:
	case TK_ELSE:
	case TK_WHILE:
	case TK_FOR:
		/* Only at the start of a line: "if x: if y: ..." is wrong. */
		return (p_syntax(p));
	default:
		return (parse_expr_stmt(p));
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

static void
add_to(struct parser *p, struct node ***arr, size_t *n, struct node *s)
{
	*arr = make_room(p, *arr, *n, sizeof(**arr));
	(*arr)[(*n)++] = s;
}

static int
too_deep(struct parser *p, struct node *s)
{
	if (!tree_too_deep(s, PARSE_MAXDEPTH))
		return (0);
	p_error(p, s->line, s->col, 1,
	    "expression too deeply "
	    "nested for sockshell (more than %d levels)",
	    PARSE_MAXDEPTH);
	return (1);
}

/* simple_stmts: stmt (';' stmt)* [';'] NEWLINE, added to arr */
static int
parse_simple(struct parser *p, struct node ***arr, size_t *n)
{
	struct node *s;

	for (;;) {
		if ((s = parse_stmt(p)) == NULL)
			return (0);
		if (too_deep(p, s))
			return (0);
		add_to(p, arr, n, s);
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

static int parse_into(struct parser *, struct node ***, size_t *);

/* An IndentationError: msg at line, col. */
static void
indent_error(struct parser *p, int line, int col, const char *msg)
{
	if (p->failed)
		return;
	p_error(p, line, col, 0, "%s", msg);
	p->err.indent = 1;
}

/*
 * block: ':' (NEWLINE INDENT statement+ DEDENT | simple_stmts), after
 * the header head ("'if' statement" is what).
 */
static struct node *
parse_block(struct parser *p, const struct token *head, const char *what)
{
	char msg[128];
	struct token *t = cur(p);
	struct node *b;

	if (t->kind != TK_COLON) {
		if (t->kind == TK_NEWLINE || head->kind == TK_ELSE) {
			t = &p->lx.toks[p->pos - 1];
			p_error(p, t->line, t->col + (int)t->len, 0,
			    "expected ':'");
			return (NULL);
		}
		return (p_syntax(p));
	}
	advance(p);
	b = mk_tok(p, S_BLOCK, t);
	if (!at(p, TK_NEWLINE))
		return (parse_simple(p, &b->items, &b->nitems) ? b : NULL);
	t = advance(p);
	if (!at(p, TK_INDENT)) {
		snprintf(msg, sizeof(msg),
		    "expected an indented block after %s on line %d", what,
		    head->line);
		if (at(p, TK_EOF) && !p->single)
			indent_error(p, t->line, t->col, msg);
		else
			indent_error(p, cur(p)->line, cur(p)->col, msg);
		return (NULL);
	}
	advance(p);
	while (!at(p, TK_DEDENT) && !at(p, TK_EOF))
		if (!parse_into(p, &b->items, &b->nitems))
			return (NULL);
	if (!expect(p, TK_DEDENT)) /* at the end of unfinished input */
		return (NULL);
	return (b);
}

/* ['else' block] */
static int
parse_else(struct parser *p, struct node *n)
{
	const struct token *t;

	if (!at(p, TK_ELSE))
		return (1);
	t = advance(p);
	return ((n->c = parse_block(p, t, "'else' statement")) != NULL);
}

/* if_stmt: ('if' | 'elif') expr block (elif_stmt | ['else' block]) */
static struct node *
parse_if(struct parser *p)
{
	const struct token *head = advance(p);
	struct node *n = mk_tok(p, S_IF, head);

	if ((n->a = p_named_expr(p)) == NULL)
		return (NULL);
	if ((n->b = parse_block(p, head,
	         head->kind == TK_IF ? "'if' statement" :
	                               "'elif' statement")) == NULL)
		return (NULL);
	if (at(p, TK_ELIF))
		return ((n->c = parse_if(p)) != NULL ? n : NULL);
	return (parse_else(p, n) ? n : NULL);
}

/* A loop's body: break and continue are at home in it. */
static struct node *
loop_body(struct parser *p, const struct token *head, const char *what)
{
	struct node *b;

	p->loops++;
	b = parse_block(p, head, what);
	p->loops--;
	return (b);
}

/* while_stmt: 'while' expr block ['else' block] */
static struct node *
parse_while(struct parser *p)
{
	const struct token *head = advance(p);
	struct node *n = mk_tok(p, S_WHILE, head);

	if ((n->a = p_named_expr(p)) == NULL)
		return (NULL);
	if ((n->b = loop_body(p, head, "'while' statement")) == NULL)
		return (NULL);
	return (parse_else(p, n) ? n : NULL);
}

/*
 * The 'in' that ends a for loop's target: the first at the loop's own
 * bracket level before the ':' (the target holds no comparison).
 */
static size_t
target_end(struct parser *p)
{
	size_t i;
	int level = p->lx.toks[p->pos - 1].level; /* the 'for' token's */

	for (i = p->pos; i < p->lx.ntoks; i++) {
		const struct token *t = &p->lx.toks[i];

		if (t->kind == TK_NEWLINE || t->kind == TK_EOF ||
		    (t->kind == TK_COLON && t->level == level))
			break;
		if (t->kind == TK_IN && t->level == level)
			return (i);
	}
	return (0);
}

/* for_stmt: 'for' star_targets 'in' star_exprs block ['else' block] */
static struct node *
parse_for(struct parser *p)
{
	const struct token *head = advance(p);
	struct node *n = mk_tok(p, S_FOR, head), *target;
	const struct node *bad;
	size_t in = target_end(p);

	if (in == 0 || in == p->pos) {
		/* "for in x", "for x y": where the parser stops */
		if (in == p->pos)
			return (p_syntax(p));
		if ((target = parse_star_exprs(p)) == NULL)
			return (NULL);
		return (p_syntax(p));
	}
	/* The target ends at the 'in': make it look like an end for now. */
	p->lx.toks[in].kind = TK_COLON;
	target = parse_star_exprs(p);
	p->lx.toks[in].kind = TK_IN;
	if (target == NULL)
		return (NULL);
	if (p->pos != in)
		return (p_syntax(p));
	if ((bad = p_invalid_target(target)) != NULL) {
		p_error(p, bad->line, bad->col, 0, "cannot assign to %s",
		    p_expr_name(bad));
		return (NULL);
	}
	add_item(p, n, target);
	advance(p);
	if ((n->a = parse_star_exprs(p)) == NULL)
		return (NULL);
	if ((n->b = loop_body(p, head, "'for' statement")) == NULL)
		return (NULL);
	return (parse_else(p, n) ? n : NULL);
}

/* function_def: 'def' NAME '(' params ')' block */
static struct node *
parse_def(struct parser *p)
{
	const struct token *head = advance(p);
	struct node *n = mk_tok(p, S_DEF, head);
	int loops = p->loops;

	if (!at(p, TK_NAME))
		return (p_syntax(p));
	n->name = p_strdup(p, advance(p)->str);
	if (!expect(p, TK_LPAR))
		return (NULL);
	p->nest++;
	if (!p_params(p, n, TK_RPAR))
		return (NULL);
	if (!expect(p, TK_RPAR))
		return (NULL);
	p->nest--;
	if (at(p, TK_ARROW))
		return (p_subset_tok(p, cur(p), "annotations ('-> int') are"));
	p->loops = 0; /* a loop outside is not this body's */
	p->funcs++;
	n->b = parse_block(p, head, "function definition");
	p->funcs--;
	p->loops = loops;
	return (n->b != NULL ? n : NULL);
}

/* except_block: 'except' [expr ['as' NAME]] block */
static struct node *
parse_except(struct parser *p)
{
	const struct token *head = advance(p);
	struct node *h = mk_tok(p, S_EXCEPT, head);

	if (!at(p, TK_COLON)) {
		if ((h->a = parse_expr(p)) == NULL)
			return (NULL);
		if (at(p, TK_COMMA)) {
			p_error(p, h->a->line, h->a->col, 0,
			    "multiple exception types must be parenthesized");
			return (NULL);
		}
		if (accept(p, TK_AS)) {
			if (!at(p, TK_NAME))
				return (p_syntax(p));
			h->name = p_strdup(p, advance(p)->str);
		}
	}
	h->b = parse_block(p, head, "'except' statement");
	return (h->b != NULL ? h : NULL);
}

/* try_stmt: 'try' block (except_block+ ['else' block] ['finally' block]
 * | 'finally' block) */
static struct node *
parse_try(struct parser *p)
{
	const struct token *head = advance(p), *t;
	struct node *n = mk_tok(p, S_TRY, head), *h;

	if ((n->b = parse_block(p, head, "'try' statement")) == NULL)
		return (NULL);
	while (at(p, TK_EXCEPT)) {
		if ((h = parse_except(p)) == NULL)
			return (NULL);
		if (h->a == NULL && at(p, TK_EXCEPT)) {
			p_error(p, h->line, h->col, 0,
			    "default 'except:' must be last");
			return (NULL);
		}
		add_item(p, n, h);
	}
	if (n->nitems > 0 && !parse_else(p, n))
		return (NULL);
	if (at(p, TK_FINALLY)) {
		t = advance(p);
		if ((n->a = parse_block(p, t, "'finally' statement")) == NULL)
			return (NULL);
	}
	if (n->nitems == 0 && n->a == NULL) {
		p_error(p, cur(p)->line, cur(p)->col, 0,
		    "expected 'except' or 'finally' block");
		return (NULL);
	}
	return (n);
}

/* with_stmt: 'with' expr ['as' NAME] (',' expr ['as' NAME])* block */
static struct node *
parse_with(struct parser *p)
{
	const struct token *head = advance(p);
	struct node *n = mk_tok(p, S_WITH, head), *x;
	char *as;

	do {
		if ((x = parse_expr(p)) == NULL)
			return (NULL);
		as = NULL;
		if (accept(p, TK_AS)) {
			if (!at(p, TK_NAME))
				return (p_subset_tok(p, cur(p),
				    "'with ... as' targets other than a name "
				    "are"));
			as = p_strdup(p, advance(p)->str);
		}
		n->names = make_room(p, n->names, n->nitems, sizeof(*n->names));
		n->names[n->nitems] = as;
		add_item(p, n, x);
	} while (accept(p, TK_COMMA));
	n->nnames = n->nitems;
	n->b = parse_block(p, head, "'with' statement");
	return (n->b != NULL ? n : NULL);
}

/* class_def: 'class' NAME ['(' [expression] ')'] block */
static struct node *
parse_class(struct parser *p)
{
	const struct token *head = advance(p);
	struct node *n = mk_tok(p, S_CLASS, head);
	int loops = p->loops, funcs = p->funcs;

	if (!at(p, TK_NAME))
		return (p_syntax(p));
	n->name = p_strdup(p, advance(p)->str);
	if (accept(p, TK_LPAR)) {
		p->nest++;
		if (!at(p, TK_RPAR) && (n->a = parse_expr(p)) == NULL)
			return (NULL);
		if (at(p, TK_COMMA))
			return (p_subset_tok(p, cur(p),
			    "several base classes are"));
		if (!expect(p, TK_RPAR))
			return (NULL);
		p->nest--;
	}
	p->loops = 0;
	p->funcs = 0; /* 'return' in a class body is outside a function */
	n->b = parse_block(p, head, "class definition");
	p->funcs = funcs;
	p->loops = loops;
	return (n->b != NULL ? n : NULL);
}

/* statement: compound_stmt | simple_stmts, added to arr */
static int
parse_into(struct parser *p, struct node ***arr, size_t *n)
{
	struct node *s;
	int loops = p->loops;

	switch (cur(p)->kind) {
	case TK_INDENT:
		indent_error(p, cur(p)->line, cur(p)->col - 1,
		    "unexpected indent");
		return (0);
	case TK_IF:
		s = parse_if(p);
		break;
	case TK_WHILE:
		s = parse_while(p);
		break;
	case TK_FOR:
		s = parse_for(p);
		break;
	case TK_DEF:
		s = parse_def(p);
		break;
	case TK_TRY:
		s = parse_try(p);
		break;
	case TK_WITH:
		s = parse_with(p);
		break;
	case TK_CLASS:
		s = parse_class(p);
		break;
	default:
		return (parse_simple(p, arr, n));
	}
	p->loops = loops;
	if (s == NULL || too_deep(p, s))
		return (0);
	add_to(p, arr, n, s);
	return (1);
}

/* A top-level statement, added to prog. */
int
parse_line(struct parser *p, struct program *prog)
{
	return (parse_into(p, &prog->stmts, &prog->nstmts));
}
