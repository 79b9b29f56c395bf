/* fstring.c -- f-string literals to trees, by Python 3.11's rules */
#include <config.h>

#include "fstring.h"

#include <stdio.h>
#include <string.h>

#include "pstate.h"

/*
 * Python 3.11 reads an f-string after tokenizing it as a plain string:
 * text with {{ and }} for braces, and fields {expression!conversion:spec}
 * whose spec is itself an f-string, two levels at most.  The messages are
 * 3.11's, all starting "f-string".
 */
#define FSTRING_MAXDEPTH 2

/* One f-string literal being read. */
struct fscan {
	struct parser *p;
	const struct token *t; /* the literal: every error points at it */
	int raw;               /* rf'': backslashes are text */
	fstring_expr_fn *expr; /* parses a field's expression */
};

static struct node *f_parse(const struct fscan *, const char *, size_t, int,
    size_t *);

static void *
f_error(const struct fscan *fs, const char *msg)
{
	p_error(fs->p, fs->t->line, fs->t->col, 0, "%s", msg);
	return (NULL);
}

/* f_error, for the functions that return 0 or -1. */
static int
f_fail(const struct fscan *fs, const char *msg)
{
	f_error(fs, msg);
	return (-1);
}

/* Append part to the parts of f. */
static void
f_add(struct parser *p, struct node *f, struct node *part)
{
	f->items = arena_grow(p->arena, f->items, f->nitems * sizeof(*f->items),
	    (f->nitems + 1) * sizeof(*f->items));
	f->items[f->nitems++] = part;
}

/* Append decoded literal text s[0..n) as an N_STR part (raw: as is). */
static int
f_text(const struct fscan *fs, struct node *f, const char *s, size_t n, int raw)
{
	struct parser *p = fs->p;
	struct node *lit;
	const char *err;
	char *out;
	size_t len;

	if (n == 0)
		return (0);
	lit = mk_tok(p, N_STR, fs->t);
	if (raw) {
		lit->str.buf = arena_strndup(p->arena, s, n);
		lit->str.len = n;
	} else {
		if (lex_decode_text(p->arena, s, n, &out, &len, &err) < 0) {
			f_error(fs, err);
			return (-1);
		}
		lit->str.buf = out;
		lit->str.len = len;
	}
	f_add(p, f, lit);
	return (0);
}

/* The expression of a field, s[0..n), which the character stop ended. */
static struct node *
f_expr(const struct fscan *fs, const char *s, size_t n, char stop)
{
	char m[64];
	size_t i;

	for (i = 0; i < n && strchr(" \t\n\r\f", s[i]) != NULL; i++)
		;
	if (i < n)
		return (fs->expr(fs->p, fs->t, s, n));
	if (stop != '!' && stop != ':' && stop != '=')
		return (f_error(fs, "f-string: empty expression not allowed"));
	snprintf(m, sizeof(m), "f-string: expression required before '%c'",
	    stop);
	return (f_error(fs, m));
}

/*
 * The bracket c inside a field's expression, against the stack of those
 * open (*nest of them, at most cap): 0, or -1 after an error.
 */
static int
f_bracket(const struct fscan *fs, char *stack, size_t cap, size_t *nest, char c)
{
	char open, want, m[120];

	if (c == '(' || c == '[' || c == '{') {
		if (*nest >= cap)
			return (f_fail(fs,
			    "f-string: too many nested parenthesis"));
		stack[(*nest)++] = c;
		return (0);
	}
	if (*nest == 0) {
		snprintf(m, sizeof(m), "f-string: unmatched '%c'", c);
		return (f_fail(fs, m));
	}
	open = stack[*nest - 1];
	want = open == '(' ? ')' : open == '[' ? ']' : '}';
	if (c != want) {
		snprintf(m, sizeof(m),
		    "f-string: closing parenthesis '%c' does not "
		    "match opening parenthesis '%c'",
		    c, open);
		return (f_fail(fs, m));
	}
	(*nest)--;
	return (0);
}

/*
 * Where the expression of a field ends, s pointing just after its '{':
 * *end at the '}', '!' or ':' after it, or at the '=' of "x=" (*self_doc
 * set).  0, or -1 after an error.
 */
static int
f_scan(const struct fscan *fs, const char *s, size_t n, size_t *end,
    int *self_doc)
{
	char stack[200], q = 0, m[64];
	size_t i, nest = 0;

	for (i = 0; i < n; i++) {
		char c = s[i];

		if (c == '\\')
			return (f_fail(fs,
			    "f-string expression part cannot include a "
			    "backslash"));
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
			return (f_fail(fs,
			    "f-string expression part cannot include '#'"));
		if (c == '(' || c == '[' || c == '{' || c == ')' || c == ']' ||
		    (c == '}' && nest > 0)) {
			if (f_bracket(fs, stack, sizeof(stack), &nest, c) < 0)
				return (-1);
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
			*self_doc = 1;
			break;
		}
	}
	/* Out of text inside the field: 3.11 says what was left open. */
	if (q)
		return (f_fail(fs, "f-string: unterminated string"));
	if (nest > 0) {
		snprintf(m, sizeof(m), "f-string: unmatched '%c'",
		    stack[nest - 1]);
		return (f_fail(fs, m));
	}
	if (i >= n)
		return (f_fail(fs, "f-string: expecting '}'"));
	*end = i;
	return (0);
}

/*
 * After the expression of "{x=...}", its text, the '=' and the blanks
 * after it are printed before the value: append them as a part.  Returns
 * the offset past them, or 0 after an error.
 */
static size_t
f_self_doc(const struct fscan *fs, struct node *f, const char *s, size_t n,
    size_t expr_end)
{
	size_t i = expr_end + 1;
	struct node *text;

	if (f_text(fs, f, s, expr_end + 1, 1) < 0)
		return (0);
	while (i < n && strchr(" \t", s[i]) != NULL)
		i++; /* spaces after '=' are kept too */
	if (i > expr_end + 1) {
		text = f->items[f->nitems - 1];
		text->str.buf = arena_strndup(fs->p->arena, s, i);
		text->str.len = i;
	}
	return (i);
}

/*
 * One field, s pointing just after its '{'.  Returns the bytes used up to
 * and including the closing '}', or 0 after an error.
 */
static size_t
f_field(const struct fscan *fs, struct node *f, const char *s, size_t n,
    int depth)
{
	struct node *fmt, *x, *spec = NULL;
	size_t i, expr_end, spec_start, used;
	int conv = 0, self_doc = 0;

	/* A field inside a spec inside a spec is one too deep, as in 3.11. */
	if (depth >= FSTRING_MAXDEPTH)
		return (f_error(fs, "f-string: expressions nested too deeply"),
		    0);
	if (f_scan(fs, s, n, &expr_end, &self_doc) < 0)
		return (0);
	if ((x = f_expr(fs, s, expr_end, s[expr_end])) == NULL)
		return (0);
	i = expr_end;
	if (self_doc && (i = f_self_doc(fs, f, s, n, expr_end)) == 0)
		return (0);
	if (i < n && s[i] == '!') {
		if (i + 1 >= n || strchr("sra", s[i + 1]) == NULL ||
		    s[i + 1] == '\0')
			return (f_error(fs,
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
		spec = f_parse(fs, s + spec_start, n - spec_start, depth + 1,
		    &used);
		if (spec == NULL)
			return (0);
		i = spec_start + used;
	}
	if (i >= n || s[i] != '}')
		return (f_error(fs, "f-string: expecting '}'"), 0);
	if (self_doc && conv == 0 && spec == NULL)
		conv = 'r';
	fmt = mk_tok(fs->p, N_FORMAT, fs->t);
	fmt->a = x;
	fmt->b = spec;
	fmt->ival = conv;
	f_add(fs->p, f, fmt);
	return (i + 1);
}

/*
 * The body of one f-string as an N_FSTRING; or, at depth > 0, a format
 * spec inside a field, which ends at a '}' (*used: the bytes before it)
 * and where doubled braces are not escapes, as in 3.11.
 */
static struct node *
f_parse(const struct fscan *fs, const char *s, size_t n, int depth,
    size_t *used)
{
	struct node *f = mk_tok(fs->p, N_FSTRING, fs->t);
	size_t i = 0, start = 0, took;

	while (i < n) {
		if (depth == 0 && (s[i] == '{' || s[i] == '}') && i + 1 < n &&
		    s[i + 1] == s[i]) {
			if (f_text(fs, f, s + start, i + 1 - start, fs->raw) <
			    0)
				return (NULL);
			i += 2;
			start = i;
		} else if (s[i] == '}') {
			if (depth == 0)
				return (f_error(fs,
				    "f-string: single '}' is not allowed"));
			break;
		} else if (s[i] == '{') {
			if (f_text(fs, f, s + start, i - start, fs->raw) < 0)
				return (NULL);
			took = f_field(fs, f, s + i + 1, n - i - 1, depth);
			if (took == 0)
				return (NULL);
			i += 1 + took;
			start = i;
		} else
			i++;
	}
	if (depth > 0 && i >= n)
		return (f_error(fs, "f-string: expecting '}'"));
	if (f_text(fs, f, s + start, i - start, fs->raw) < 0)
		return (NULL);
	if (used != NULL)
		*used = i;
	return (f);
}

struct node *
fstring_join(struct parser *p, size_t first, size_t end, fstring_expr_fn *expr)
{
	struct fscan fs = { p, NULL, 0, expr };
	struct node *f, *part;
	struct token *ti;
	size_t i, k;

	f = mk_tok(p, N_FSTRING, &p->lx.toks[first]);
	for (i = first; i < end; i++) {
		ti = &p->lx.toks[i];
		fs.t = ti;
		if (ti->kind == TK_BYTES) {
			p->pos = end;
			p_error(p, p->lx.toks[end].line, p->lx.toks[end].col, 0,
			    "cannot mix bytes and nonbytes literals");
			return (NULL);
		}
		if (ti->kind == TK_STR) {
			if (ti->str_error != NULL) {
				p->pos = i;
				return (f_error(&fs, ti->str_error));
			}
			if (f_text(&fs, f, ti->str, ti->slen, 1) < 0)
				return (NULL);
			continue;
		}
		p->pos = i;
		fs.raw = (int)ti->ival;
		part = f_parse(&fs, ti->str, ti->slen, 0, NULL);
		if (part == NULL)
			return (NULL);
		for (k = 0; k < part->nitems; k++)
			f_add(p, f, part->items[k]);
	}
	p->pos = end;
	return (f);
}
