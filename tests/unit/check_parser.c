/* check_parser.c -- unit suite for src/parser.c and src/ast.c */
#include <config.h>

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "check_main.h"
#include "parser.h"

/* S-expressions ---------------------------------------------------------- */

struct buf {
	char *s;
	size_t len;
	size_t cap;
};

static void __attribute__((format(printf, 2, 3)))
bprintf(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	for (;;) {
		va_start(ap, fmt);
		n = vsnprintf(b->s + b->len, b->cap - b->len, fmt, ap);
		va_end(ap);
		if ((size_t)n < b->cap - b->len)
			break;
		b->cap = b->cap * 2 + n + 64;
		b->s = realloc(b->s, b->cap);
		ck_assert_ptr_nonnull(b->s);
	}
	b->len += n;
}

static void
sx_string(struct buf *b, const char *s, size_t len)
{
	size_t i;
	unsigned char c;

	bprintf(b, "'");
	for (i = 0; i < len; i++) {
		c = (unsigned char)s[i];
		if (c < 0x20 || c > 0x7e || c == '\\' || c == '\'')
			bprintf(b, "\\x%02x", c);
		else
			bprintf(b, "%c", c);
	}
	bprintf(b, "'");
}

static void sx(struct buf *, const struct node *);

static void
sx_items(struct buf *b, const struct node *n)
{
	size_t i;

	for (i = 0; i < n->nitems; i++) {
		bprintf(b, " ");
		sx(b, n->items[i]);
	}
}

/* A compact, unambiguous rendering: "(+ 1 (* 2 3))". */
static void
sx(struct buf *b, const struct node *n)
{
	size_t i;

	if (n == NULL) {
		bprintf(b, "_");
		return;
	}
	switch (n->kind) {
	case N_INT:
		bprintf(b, "%lld", n->ival);
		break;
	case N_FLOAT:
		bprintf(b, "%.17g", n->fval);
		break;
	case N_STR:
		sx_string(b, n->str.buf, n->str.len);
		break;
	case N_BYTES:
		bprintf(b, "b");
		sx_string(b, n->str.buf, n->str.len);
		break;
	case N_NONE:
		bprintf(b, "None");
		break;
	case N_TRUE:
		bprintf(b, "True");
		break;
	case N_FALSE:
		bprintf(b, "False");
		break;
	case N_NAME:
		bprintf(b, "%s", n->name);
		break;
	case N_TUPLE:
		bprintf(b, "(tuple");
		sx_items(b, n);
		bprintf(b, ")");
		break;
	case N_LIST:
		bprintf(b, "(list");
		sx_items(b, n);
		bprintf(b, ")");
		break;
	case N_ATTR:
		bprintf(b, "(. ");
		sx(b, n->a);
		bprintf(b, " %s)", n->name);
		break;
	case N_CALL:
		bprintf(b, "(call ");
		sx(b, n->a);
		sx_items(b, n);
		for (i = 0; i < n->nkw; i++) {
			bprintf(b, " %s=", n->kw[i].name);
			sx(b, n->kw[i].value);
		}
		bprintf(b, ")");
		break;
	case N_INDEX:
		bprintf(b, "([] ");
		sx(b, n->a);
		bprintf(b, " ");
		sx(b, n->b);
		bprintf(b, ")");
		break;
	case N_FSTRING:
		bprintf(b, "(f");
		sx_items(b, n);
		bprintf(b, ")");
		break;
	case N_FORMAT:
		bprintf(b, "{");
		sx(b, n->a);
		if (n->ival)
			bprintf(b, "!%c", (char)n->ival);
		if (n->b != NULL) {
			bprintf(b, ":");
			sx(b, n->b);
		}
		bprintf(b, "}");
		break;
	case N_SLICE:
	case N_IFEXP:
		bprintf(b, n->kind == N_SLICE ? "(slice " : "(if ");
		sx(b, n->a);
		bprintf(b, " ");
		sx(b, n->b);
		bprintf(b, " ");
		sx(b, n->c);
		bprintf(b, ")");
		break;
	case N_UNARY:
		bprintf(b, "(%s ",
		    n->op == OP_NEG ? "neg" :
		    n->op == OP_POS ? "pos" :
		                      op_symbol(n->op));
		sx(b, n->a);
		bprintf(b, ")");
		break;
	case N_BINARY:
	case N_AND:
	case N_OR:
		bprintf(b, "(%s ",
		    n->kind == N_AND ? "and" :
		    n->kind == N_OR  ? "or" :
		                       op_symbol(n->op));
		sx(b, n->a);
		bprintf(b, " ");
		sx(b, n->b);
		bprintf(b, ")");
		break;
	case N_COMPARE:
		bprintf(b, "(cmp ");
		sx(b, n->items[0]);
		for (i = 1; i < n->nitems; i++) {
			bprintf(b, " %s ", op_symbol(n->ops[i - 1]));
			sx(b, n->items[i]);
		}
		bprintf(b, ")");
		break;
	case S_EXPR:
		bprintf(b, "(expr ");
		sx(b, n->a);
		bprintf(b, ")");
		break;
	case S_ASSIGN:
		bprintf(b, "(=");
		sx_items(b, n);
		bprintf(b, " ");
		sx(b, n->a);
		bprintf(b, ")");
		break;
	case S_AUGASSIGN:
		bprintf(b, "(%s= ", op_symbol(n->op));
		sx(b, n->items[0]);
		bprintf(b, " ");
		sx(b, n->a);
		bprintf(b, ")");
		break;
	case S_IMPORT:
	case S_FROMIMPORT:
		if (n->kind == S_IMPORT)
			bprintf(b, "(import");
		else
			bprintf(b, "(from %s", n->name);
		for (i = 0; i < n->nnames; i++) {
			bprintf(b, " %s", n->names[i]);
			if (n->as[i] != NULL)
				bprintf(b, ":%s", n->as[i]);
		}
		bprintf(b, ")");
		break;
	case S_DEL:
		bprintf(b, "(del");
		sx_items(b, n);
		bprintf(b, ")");
		break;
	case S_PASS:
		bprintf(b, "(pass)");
		break;
	case S_BLOCK:
	case S_IF:
	case S_WHILE:
	case S_FOR:
	case S_BREAK:
	case S_CONTINUE:
	case S_DEF:
	case S_RETURN:
	case S_GLOBAL:
	case S_TRY:
	case S_EXCEPT:
	case S_RAISE:
	case S_ASSERT:
	case S_WITH:
	case N_STARRED:
	case N_LAMBDA:
	case S_NONLOCAL:
	case N_NAMEDEXPR:
	case S_CLASS:
		/*
		 * Blocks, functions, classes and the rest have suites of
		 * their own (test_block_trees, test_try_trees ...).
		 */
		bprintf(b, "(%s)", node_kind_name(n->kind));
		break;
	}
}

static char last[1 << 16];

/*
 * Parse src (final) and render it; an error renders as "ERR msg" so a
 * failing test shows what went wrong.
 */
static const char *
tree_n(const char *src, size_t len)
{
	struct program *prog = NULL;
	struct parse_error err;
	struct buf b = { NULL, 0, 0 };
	enum parse_status st;
	size_t i;

	b.cap = 64;
	b.s = malloc(b.cap);
	b.s[0] = '\0';
	st = parse_source(src, len, 1, &prog, &err);
	if (st == PARSE_OK) {
		for (i = 0; i < prog->nstmts; i++) {
			if (i > 0)
				bprintf(&b, " ");
			sx(&b, prog->stmts[i]);
		}
		program_free(prog);
	} else if (st == PARSE_INCOMPLETE)
		bprintf(&b, "INCOMPLETE");
	else
		bprintf(&b, "ERR %s", err.msg);
	snprintf(last, sizeof(last), "%s", b.s);
	free(b.s);
	return (last);
}

static const char *
tree(const char *src)
{
	return (tree_n(src, strlen(src)));
}

/* The rendering of a one-expression statement, without "(expr ...)". */
static const char *
expr(const char *src)
{
	const char *t = tree(src);
	size_t n = strlen(t);

	if (strncmp(t, "(expr ", 6) == 0 && t[n - 1] == ')') {
		memmove(last, last + 6, n - 7);
		last[n - 7] = '\0';
	}
	return (last);
}

static enum parse_status
status(const char *src, int final, struct parse_error *err)
{
	struct program *prog = NULL;
	struct parse_error scratch;
	enum parse_status st;

	st = parse_source(src, strlen(src), final, &prog, err ? err : &scratch);
	program_free(prog);
	return (st);
}

/* Core: statements --------------------------------------------------------- */

START_TEST(test_empty_input)
{
	struct program *prog = NULL;
	struct parse_error err;

	ck_assert_int_eq(parse_source("", 0, 0, &prog, &err), PARSE_OK);
	ck_assert_ptr_nonnull(prog);
	ck_assert_uint_eq(prog->nstmts, 0);
	program_free(prog);
	ck_assert_int_eq(
	    parse_source("# hi\n\n   \n# there", 17, 0, &prog, &err), PARSE_OK);
	ck_assert_uint_eq(prog->nstmts, 0);
	program_free(prog);
	ck_assert_int_eq(parse_source(NULL, 0, 1, &prog, &err), PARSE_OK);
	program_free(prog);
}
END_TEST

START_TEST(test_assignments)
{
	ck_assert_str_eq(tree("a = 1"), "(= a 1)");
	ck_assert_str_eq(tree("a = b = 1"), "(= a b 1)");
	ck_assert_str_eq(tree("data, addr = s.recvfrom(4096)"),
	    "(= (tuple data addr) (call (. s recvfrom) 4096))");
	ck_assert_str_eq(tree("(a, b) = 1, 2"), "(= (tuple a b) (tuple 1 2))");
	ck_assert_str_eq(tree("[a, b] = t"), "(= (list a b) t)");
	ck_assert_str_eq(tree("a, (b, [c, d]) = x"),
	    "(= (tuple a (tuple b (list c d))) x)");
	ck_assert_str_eq(tree("s.timeout = d[k] = 5"),
	    "(= (. s timeout) ([] d k) 5)");
	ck_assert_str_eq(tree("(a) = 1"), "(= a 1)");
	ck_assert_str_eq(tree("x = 1,"), "(= x (tuple 1))");
	ck_assert_str_eq(tree("[] = ()"), "(= (list) (tuple))");
}
END_TEST

START_TEST(test_augmented)
{
	ck_assert_str_eq(tree("x += 1"), "(+= x 1)");
	ck_assert_str_eq(tree("x -= 1"), "(-= x 1)");
	ck_assert_str_eq(tree("x *= 2"), "(*= x 2)");
	ck_assert_str_eq(tree("x /= 2"), "(/= x 2)");
	ck_assert_str_eq(tree("x //= 2"), "(//= x 2)");
	ck_assert_str_eq(tree("x %= 2"), "(%= x 2)");
	ck_assert_str_eq(tree("x **= 2"), "(**= x 2)");
	ck_assert_str_eq(tree("x |= 2"), "(|= x 2)");
	ck_assert_str_eq(tree("x &= 2"), "(&= x 2)");
	ck_assert_str_eq(tree("x ^= 2"), "(^= x 2)");
	ck_assert_str_eq(tree("x <<= 2"), "(<<= x 2)");
	ck_assert_str_eq(tree("x >>= 2"), "(>>= x 2)");
	ck_assert_str_eq(tree("a.n += 1"), "(+= (. a n) 1)");
	ck_assert_str_eq(tree("a[0] += 1, 2"), "(+= ([] a 0) (tuple 1 2))");
}
END_TEST

START_TEST(test_imports)
{
	ck_assert_str_eq(tree("import socket"), "(import socket)");
	ck_assert_str_eq(tree("import os, sys"), "(import os sys)");
	ck_assert_str_eq(tree("import os.path"), "(import os.path)");
	ck_assert_str_eq(tree("import socket as sk"), "(import socket:sk)");
	ck_assert_str_eq(tree("import a.b.c as d, e"), "(import a.b.c:d e)");
	ck_assert_str_eq(tree("from socket import *"), "(from socket *)");
	ck_assert_str_eq(tree("from socket import socket, AF_INET as INET"),
	    "(from socket socket AF_INET:INET)");
	ck_assert_str_eq(tree("from os import (path, sep,)"),
	    "(from os path sep)");
	ck_assert_str_eq(tree("from os.path import join"),
	    "(from os.path join)");
}
END_TEST

START_TEST(test_del_pass)
{
	ck_assert_str_eq(tree("del a"), "(del a)");
	ck_assert_str_eq(tree("del a, b"), "(del a b)");
	/* Tuples and lists of targets are flattened, in order. */
	ck_assert_str_eq(tree("del (a, [b, c]), d.e, f[0]"),
	    "(del a b c (. d e) ([] f 0))");
	ck_assert_str_eq(tree("del x,"), "(del x)");
	ck_assert_str_eq(tree("del ()"), "(del)");
	ck_assert_str_eq(tree("pass"), "(pass)");
}
END_TEST

START_TEST(test_several_statements)
{
	ck_assert_str_eq(tree("import socket; s = socket.socket(); s"),
	    "(import socket) (= s (call (. socket socket))) (expr s)");
	ck_assert_str_eq(tree("x = 1;"), "(= x 1)");
	ck_assert_str_eq(tree("a = 1\n\n# note\nb = 2  # why\n"),
	    "(= a 1) (= b 2)");
	ck_assert_str_eq(tree("x = (1 +\n  2)\ny = [\n3,\n]"),
	    "(= x (+ 1 2)) (= y (list 3))");
	ck_assert_str_eq(tree("x = 1 + \\\n  2"), "(= x (+ 1 2))");
	ck_assert_str_eq(tree("x = 1\r\ny = 2\r\n"), "(= x 1) (= y 2)");
	ck_assert_str_eq(tree("\xef\xbb\xbfx = 1"), "(= x 1)");
}
END_TEST

/* Core: expressions -------------------------------------------------------- */

START_TEST(test_literals)
{
	ck_assert_str_eq(expr("None"), "None");
	ck_assert_str_eq(expr("True, False"), "(tuple True False)");
	ck_assert_str_eq(expr("0x_ff, 0o17, 0b1_0, 1_000, 0, 00, 0_0"),
	    "(tuple 255 15 2 1000 0 0 0)");
	ck_assert_str_eq(expr("1.5, 1e3, .5, 2., 1_0.2_5e-1"),
	    "(tuple 1.5 1000 0.5 2 1.0249999999999999)");
	ck_assert_str_eq(expr("9223372036854775807"), "9223372036854775807");
	ck_assert_str_eq(expr("-9223372036854775808"), "-9223372036854775808");
	ck_assert_str_eq(expr("'a' \"b\" '''c''' \"\"\"d\"\"\""), "'abcd'");
	ck_assert_str_eq(expr("b'a' rb'\\x' Br'\\n'"), "b'a\\x5cx\\x5cn'");
	ck_assert_str_eq(expr("u'\\t' r'\\t'"), "'\\x09\\x5ct'");
	ck_assert_str_eq(expr("'\\0x'"), "'\\x00x'");
	ck_assert_str_eq(expr("''"), "''");
	ck_assert_str_eq(expr("'''a\nb'''"), "'a\\x0ab'");
}
END_TEST

START_TEST(test_string_nul_length)
{
	struct program *prog = NULL;
	struct parse_error err;
	struct node *s;

	ck_assert_int_eq(parse_source("b'a\\x00b'", 9, 1, &prog, &err),
	    PARSE_OK);
	s = prog->stmts[0]->a;
	ck_assert_int_eq(s->kind, N_BYTES);
	ck_assert_uint_eq(s->str.len, 3);
	ck_assert_int_eq(memcmp(s->str.buf, "a\0b", 4), 0);
	program_free(prog);
}
END_TEST

START_TEST(test_containers)
{
	ck_assert_str_eq(expr("()"), "(tuple)");
	ck_assert_str_eq(expr("(1,)"), "(tuple 1)");
	ck_assert_str_eq(expr("(1)"), "1");
	ck_assert_str_eq(expr("1, 2"), "(tuple 1 2)");
	ck_assert_str_eq(expr("[]"), "(list)");
	ck_assert_str_eq(expr("[1, 2,]"), "(list 1 2)");
	ck_assert_str_eq(expr("[(1, 2), [3]]"), "(list (tuple 1 2) (list 3))");
	ck_assert_str_eq(expr("('127.0.0.1', 0)"), "(tuple '127.0.0.1' 0)");
}
END_TEST

START_TEST(test_trailers)
{
	ck_assert_str_eq(expr("s.bind(('', 0))"),
	    "(call (. s bind) (tuple '' 0))");
	ck_assert_str_eq(expr("f(a, b=1)"), "(call f a b=1)");
	ck_assert_str_eq(expr("f(a, b, c=1, d=2,)"), "(call f a b c=1 d=2)");
	ck_assert_str_eq(expr("f()()"), "(call (call f))");
	ck_assert_str_eq(expr("x[0]"), "([] x 0)");
	ck_assert_str_eq(expr("x[-1]"), "([] x (neg 1))");
	ck_assert_str_eq(expr("x[1:2]"), "([] x (slice 1 2 _))");
	ck_assert_str_eq(expr("x[::2]"), "([] x (slice _ _ 2))");
	ck_assert_str_eq(expr("x[:-1]"), "([] x (slice _ (neg 1) _))");
	ck_assert_str_eq(expr("x[1:]"), "([] x (slice 1 _ _))");
	ck_assert_str_eq(expr("x[:]"), "([] x (slice _ _ _))");
	ck_assert_str_eq(expr("x[::]"), "([] x (slice _ _ _))");
	ck_assert_str_eq(expr("x[1, 2]"), "([] x (tuple 1 2))");
	ck_assert_str_eq(expr("x[1:2, 3]"), "([] x (tuple (slice 1 2 _) 3))");
	ck_assert_str_eq(expr("x[1,]"), "([] x (tuple 1))");
	ck_assert_str_eq(expr("a.b.c(d)[e].f"),
	    "(. ([] (call (. (. a b) c) d) e) f)");
}
END_TEST

START_TEST(test_precedence)
{
	ck_assert_str_eq(expr("1 + 2 * 3"), "(+ 1 (* 2 3))");
	ck_assert_str_eq(expr("(1 + 2) * 3"), "(* (+ 1 2) 3)");
	ck_assert_str_eq(expr("1 - 2 - 3"), "(- (- 1 2) 3)");
	ck_assert_str_eq(expr("2 ** 3 ** 2"), "(** 2 (** 3 2))");
	ck_assert_str_eq(expr("-2 ** 2"), "(neg (** 2 2))");
	ck_assert_str_eq(expr("2 ** -1"), "(** 2 (neg 1))");
	ck_assert_str_eq(expr("-x.y"), "(neg (. x y))");
	ck_assert_str_eq(expr("+-~x"), "(pos (neg (~ x)))");
	ck_assert_str_eq(expr("a * b / c // d % e"),
	    "(% (// (/ (* a b) c) d) e)");
	ck_assert_str_eq(expr("a << 1 + 2"), "(<< a (+ 1 2))");
	ck_assert_str_eq(expr("a & b << c"), "(& a (<< b c))");
	ck_assert_str_eq(expr("a ^ b & c"), "(^ a (& b c))");
	ck_assert_str_eq(expr("a | b ^ c"), "(| a (^ b c))");
	ck_assert_str_eq(expr("a | b == c"), "(cmp (| a b) == c)");
	ck_assert_str_eq(expr("not a == b"), "(not (cmp a == b))");
	ck_assert_str_eq(expr("not a and b"), "(and (not a) b)");
	ck_assert_str_eq(expr("a or b and c"), "(or a (and b c))");
	ck_assert_str_eq(expr("a and b and c"), "(and (and a b) c)");
	ck_assert_str_eq(expr("a or b or c"), "(or (or a b) c)");
	ck_assert_str_eq(expr("not not a"), "(not (not a))");
	ck_assert_str_eq(expr("x if c else y"), "(if c x y)");
	ck_assert_str_eq(expr("a or b if c and d else e"),
	    "(if (and c d) (or a b) e)");
	ck_assert_str_eq(expr("a if b else c if d else e"),
	    "(if b a (if d c e))");
	ck_assert_str_eq(expr("-1 if x else 2, 3"),
	    "(tuple (if x (neg 1) 2) 3)");
}
END_TEST

START_TEST(test_comparisons)
{
	ck_assert_str_eq(expr("a < b < c"), "(cmp a < b < c)");
	ck_assert_str_eq(expr("a == b != c <= d >= e > f"),
	    "(cmp a == b != c <= d >= e > f)");
	ck_assert_str_eq(expr("a is b"), "(cmp a is b)");
	ck_assert_str_eq(expr("a is not b"), "(cmp a is not b)");
	ck_assert_str_eq(expr("a in b"), "(cmp a in b)");
	ck_assert_str_eq(expr("a not in b"), "(cmp a not in b)");
	ck_assert_str_eq(expr("a is not None and b"),
	    "(and (cmp a is not None) b)");
	ck_assert_str_eq(expr("isinstance(e, TimeoutError) is True"),
	    "(cmp (call isinstance e TimeoutError) is True)");
}
END_TEST

START_TEST(test_positions)
{
	struct program *prog = NULL;
	struct parse_error err;
	struct node *s, *call;
	const char *src = "x = 1\n  # c\ns.bind((h,\n  0)); y = b'z'";

	ck_assert_int_eq(parse_source(src, strlen(src), 1, &prog, &err),
	    PARSE_OK);
	ck_assert_uint_eq(prog->nstmts, 3);
	s = prog->stmts[0];
	ck_assert_int_eq(s->line, 1);
	ck_assert_int_eq(s->col, 0);
	ck_assert_int_eq(s->a->col, 4);
	s = prog->stmts[1];
	ck_assert_int_eq(s->kind, S_EXPR);
	call = s->a;
	ck_assert_int_eq(call->line, 3);
	ck_assert_int_eq(call->col, 0);
	ck_assert_int_eq(call->items[0]->line, 3);
	ck_assert_int_eq(call->items[0]->col, 7);
	ck_assert_int_eq(call->items[0]->items[1]->line, 4);
	ck_assert_int_eq(call->items[0]->items[1]->col, 2);
	s = prog->stmts[2];
	ck_assert_int_eq(s->line, 4);
	ck_assert_int_eq(s->col, 7);
	ck_assert_int_eq(s->a->col, 11);
	program_free(prog);
}
END_TEST

START_TEST(test_ast_names)
{
	ck_assert_str_eq(node_kind_name(N_INT), "INT");
	ck_assert_str_eq(node_kind_name(N_IFEXP), "IFEXP");
	ck_assert_str_eq(node_kind_name(S_PASS), "PASS");
	ck_assert_str_eq(node_kind_name((enum node_kind)999), "?");
	ck_assert_str_eq(op_symbol(OP_ADD), "+");
	ck_assert_str_eq(op_symbol(OP_EQ), "==");
	ck_assert_str_eq(op_symbol(OP_ISNOT), "is not");
	ck_assert_str_eq(op_symbol(OP_NOTIN), "not in");
	ck_assert_str_eq(op_symbol(OP_INVERT), "~");
	ck_assert_str_eq(op_symbol((enum op)999), "?");
	program_free(NULL);
}
END_TEST

/* Errors: python3 3.11's messages ------------------------------------------ */

/*
 * Each row was produced by compile(src, '<stdin>', 'exec') in python3
 * 3.11.7 (col is SyntaxError.offset - 1), so a test failing here means
 * sockshell no longer says what Python says.
 */
static const struct pyerr {
	const char *src;
	const char *msg;
	int line;
	int col;
	int indent;
} pyerrs[] = {
	{ "x = (1,\n", "'(' was never closed", 1, 4, 0 },
	{ "x = (1 2", "'(' was never closed", 1, 4, 0 },
	{ "x = (\n1 2\n", "'(' was never closed", 1, 4, 0 },
	{ "x = [1,\n", "'[' was never closed", 1, 4, 0 },
	{ ")", "unmatched ')'", 1, 0, 0 },
	{ "x = (1]",
	    "closing parenthesis ']' does not match opening parenthesis '('", 1,
	    6, 0 },
	{ "x = (1,\n2]",
	    "closing parenthesis ']' does not match opening parenthesis '(' on "
	    "line 1",
	    2, 1, 0 },
	{ "'abc", "unterminated string literal (detected at line 1)", 1, 0, 0 },
	{ "x = '''abc\n\n",
	    "unterminated triple-quoted string literal (detected at line 2)", 1,
	    4, 0 },
	{ "x = '''abc",
	    "unterminated triple-quoted string literal (detected at line 1)", 1,
	    4, 0 },
	{ "x = '''abc\nd",
	    "unterminated triple-quoted string literal (detected at line 2)", 1,
	    4, 0 },
	{ "1abc", "invalid decimal literal", 1, 0, 0 },
	{ "0x", "invalid hexadecimal literal", 1, 1, 0 },
	{ "0xg", "invalid hexadecimal literal", 1, 1, 0 },
	{ "1 = 2",
	    "cannot assign to literal here. Maybe you meant '==' instead of "
	    "'='?",
	    1, 0, 0 },
	{ "f() = 3",
	    "cannot assign to function call here. Maybe you meant '==' instead "
	    "of '='?",
	    1, 0, 0 },
	{ "x = 1 + \\", "unexpected EOF while parsing", 1, 9, 0 },
	{ "x = 1 + \\\n", "unexpected EOF while parsing", 1, 9, 0 },
	{ "x = 1 + \\ 2",
	    "unexpected character after line continuation character", 1, 9, 0 },
	{ "x = $", "invalid syntax", 1, 4, 0 },
	{ "x = 1 ?", "invalid syntax", 1, 6, 0 },
	{ "`", "invalid syntax", 1, 0, 0 },
	{ "x = 5 \xe2"
	  "\x80"
	  "\x94"
	  " 3",
	    "invalid character '\xe2"
	    "\x80"
	    "\x94"
	    "' (U+2014)",
	    1, 6, 0 },
	{ "x = \xc3"
	  "\x97"
	  "",
	    "invalid character '\xc3"
	    "\x97"
	    "' (U+00D7)",
	    1, 4, 0 },
	{ "x\x01"
	  "",
	    "invalid non-printable character U+0001", 1, 1, 0 },
	{ "\xe2"
	  "\x80"
	  "\x9c"
	  "hello\xe2"
	  "\x80"
	  "\x9d"
	  "",
	    "invalid character '\xe2"
	    "\x80"
	    "\x9c"
	    "' (U+201C)",
	    1, 0, 0 },
	{ "x = \xef"
	  "\xbc"
	  "\x88"
	  "",
	    "invalid character '\xef"
	    "\xbc"
	    "\x88"
	    "' (U+FF08)",
	    1, 4, 0 },
	{ "\xf0"
	  "\x9f"
	  "\x98"
	  "\x80"
	  "",
	    "invalid character '\xf0"
	    "\x9f"
	    "\x98"
	    "\x80"
	    "' (U+1F600)",
	    1, 0, 0 },
	{ "a\xe2"
	  "\x80"
	  "\x8b"
	  "b",
	    "invalid non-printable character U+200B", 1, 1, 0 },
	{ "x = 1\n\xc2"
	  "\xa0"
	  "x",
	    "invalid non-printable character U+00A0", 2, 0, 0 },
	{ "  x = 1", "unexpected indent", 1, 1, 1 },
	{ "    x = 1\n", "unexpected indent", 1, 3, 1 },
	{ "\t x = 1\n", "unexpected indent", 1, 1, 1 },
	{ "x = 1\n  y = 2", "unexpected indent", 2, 1, 1 },
	{ "012",
	    "leading zeros in decimal integer literals are not permitted; use "
	    "an 0o prefix for octal integers",
	    1, 0, 0 },
	{ "1__0", "invalid decimal literal", 1, 1, 0 },
	{ "1_", "invalid decimal literal", 1, 1, 0 },
	{ "0b12", "invalid digit '2' in binary literal", 1, 3, 0 },
	{ "0o8", "invalid digit '8' in octal literal", 1, 2, 0 },
	{ "0b", "invalid binary literal", 1, 1, 0 },
	{ "0o", "invalid octal literal", 1, 1, 0 },
	{ "1e", "invalid decimal literal", 1, 0, 0 },
	{ "1.e", "invalid decimal literal", 1, 1, 0 },
	{ "1x", "invalid decimal literal", 1, 0, 0 },
	{ "0x1g", "invalid hexadecimal literal", 1, 2, 0 },
	{ "1.2.3", "invalid syntax", 1, 3, 0 },
	{ "0777",
	    "leading zeros in decimal integer literals are not permitted; use "
	    "an 0o prefix for octal integers",
	    1, 0, 0 },
	{ "1_.5", "invalid decimal literal", 1, 1, 0 },
	{ "x = 0_7",
	    "leading zeros in decimal integer literals are not permitted; use "
	    "an 0o prefix for octal integers",
	    1, 4, 0 },
	{ "x = 0b1_", "invalid binary literal", 1, 7, 0 },
	{ "x=1.__class__", "invalid decimal literal", 1, 3, 0 },
	{ "x = 1_e5", "invalid decimal literal", 1, 5, 0 },
	{ "x = 1e_5", "invalid decimal literal", 1, 4, 0 },
	{ "x = 1e+", "invalid decimal literal", 1, 6, 0 },
	{ "x = 1ea", "invalid decimal literal", 1, 4, 0 },
	{ "x = 0o7_", "invalid octal literal", 1, 7, 0 },
	{ "x = 0b2", "invalid digit '2' in binary literal", 1, 6, 0 },
	{ "x = 0o19", "invalid digit '9' in octal literal", 1, 7, 0 },
	{ "(a, 1) = 2", "cannot assign to literal", 1, 4, 0 },
	{ "a, 1 = x",
	    "cannot assign to literal here. Maybe you meant '==' instead of "
	    "'='?",
	    1, 3, 0 },
	{ "[a, f()] = 1", "cannot assign to function call", 1, 4, 0 },
	{ "x = (a, 1) = 2", "cannot assign to literal", 1, 8, 0 },
	{ "a = b = 1 = 2", "cannot assign to literal", 1, 8, 0 },
	{ "del a, 1", "cannot delete literal", 1, 7, 0 },
	{ "del (a, 1)", "cannot delete literal", 1, 8, 0 },
	{ "1 < 2 = 3", "cannot assign to comparison", 1, 0, 0 },
	{ "-a = 1",
	    "cannot assign to expression here. Maybe you meant '==' instead of "
	    "'='?",
	    1, 0, 0 },
	{ "x if y else z = 1", "cannot assign to conditional expression", 1, 0,
	    0 },
	{ "a and b = 1", "cannot assign to expression", 1, 0, 0 },
	{ "not a = 1", "cannot assign to expression", 1, 0, 0 },
	{ "print x",
	    "Missing parentheses in call to 'print'. Did you mean print(...)?",
	    1, 0, 0 },
	{ "print \"hi\"",
	    "Missing parentheses in call to 'print'. Did you mean print(...)?",
	    1, 0, 0 },
	{ "f(a b)", "invalid syntax. Perhaps you forgot a comma?", 1, 2, 0 },
	{ "f(a, b c)", "invalid syntax. Perhaps you forgot a comma?", 1, 5, 0 },
	{ "[1 2]", "invalid syntax. Perhaps you forgot a comma?", 1, 1, 0 },
	{ "(a.b c)", "invalid syntax. Perhaps you forgot a comma?", 1, 1, 0 },
	{ "f(x \"s\")", "invalid syntax", 1, 4, 0 },
	{ "import", "invalid syntax", 1, 6, 0 },
	{ "import 1", "invalid syntax", 1, 7, 0 },
	{ "from x import", "invalid syntax", 1, 13, 0 },
	{ "from x import a as", "invalid syntax", 1, 18, 0 },
	{ "import a as b.c", "invalid syntax", 1, 13, 0 },
	{ "del", "invalid syntax", 1, 3, 0 },
	{ "pass 1", "invalid syntax", 1, 5, 0 },
	{ "x = ", "invalid syntax", 1, 4, 0 },
	{ "= 1", "invalid syntax", 1, 0, 0 },
	{ "x += ", "invalid syntax", 1, 5, 0 },
	{ "x; ; y", "invalid syntax", 1, 3, 0 },
	{ ";", "invalid syntax", 1, 0, 0 },
	{ "x ;; y", "invalid syntax", 1, 3, 0 },
	{ "1 +", "invalid syntax", 1, 3, 0 },
	{ "(,)", "invalid syntax", 1, 1, 0 },
	{ "[,]", "invalid syntax", 1, 1, 0 },
	{ "f(,)", "invalid syntax", 1, 2, 0 },
	{ "f(a,,b)", "invalid syntax", 1, 4, 0 },
	{ "f(a=1, b)", "positional argument follows keyword argument", 1, 8,
	    0 },
	{ "f(a=1, a=2)", "keyword argument repeated: a", 1, 7, 0 },
	{ "f(1=2)",
	    "expression cannot contain assignment, perhaps you meant \"==\"?",
	    1, 2, 0 },
	{ "f(a.b=1)",
	    "expression cannot contain assignment, perhaps you meant \"==\"?",
	    1, 2, 0 },
	{ "x[]", "invalid syntax", 1, 2, 0 },
	{ "a := 1", "invalid syntax", 1, 2, 0 },
	{ "a <> b", "invalid syntax", 1, 2, 0 },
	{ "a === b", "invalid syntax", 1, 4, 0 },
	{ "a =! b", "invalid syntax", 1, 3, 0 },
	{ "a !", "invalid syntax", 1, 2, 0 },
	{ "!a", "invalid syntax", 1, 0, 0 },
	{ "x = 5 if", "invalid syntax", 1, 8, 0 },
	{ "'a' b'b'", "cannot mix bytes and nonbytes literals", 1, 8, 0 },
	{ "x = 1; 'a' 'b' b'c'", "cannot mix bytes and nonbytes literals", 1,
	    19, 0 },
	{ "import\n", "invalid syntax", 1, 6, 0 },
	{ "x = \n", "invalid syntax", 1, 4, 0 },
	{ "1 +\n", "invalid syntax", 1, 3, 0 },
	{ "(a = 1)\n",
	    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1,
	    1, 0 },
	{ "[a = 1]\n",
	    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1,
	    1, 0 },
	{ "f(a, b = 1 2)", "invalid syntax. Perhaps you forgot a comma?", 1, 9,
	    0 },
	{ "1, a = x\n",
	    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1,
	    3, 0 },
	{ "f(), a = 1\n",
	    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1,
	    5, 0 },
	{ "(1) = 2\n",
	    "cannot assign to literal here. Maybe you meant '==' instead of "
	    "'='?",
	    1, 1, 0 },
	{ "(a < b) = 1\n",
	    "cannot assign to comparison here. Maybe you meant '==' instead of "
	    "'='?",
	    1, 1, 0 },
	{ "x = 1 if 2 else\n", "invalid syntax", 1, 15, 0 },
	{ "x = '\\x4'",
	    "(unicode error) 'unicodeescape' codec can't decode bytes in "
	    "position 0-2: truncated \\xXX escape",
	    1, 9, 0 },
	{ "x = b'\\x4'", "(value error) invalid \\x escape at position 0", 1,
	    10, 0 },
	{ "x = '\\U00110000'",
	    "(unicode error) 'unicodeescape' codec can't decode bytes in "
	    "position 0-9: illegal Unicode character",
	    1, 16, 0 },
	{ "x = '\\u12'",
	    "(unicode error) 'unicodeescape' codec can't decode bytes in "
	    "position 0-3: truncated \\uXXXX escape",
	    1, 10, 0 },
	{ "x = b'\xc3"
	  "\xa9"
	  "'",
	    "bytes can only contain ASCII literal characters", 1, 4, 0 },
	{ "x = (1, 2", "'(' was never closed", 1, 4, 0 },
	{ "x = [1,\n2", "'[' was never closed", 1, 4, 0 },
	{ "f(a,\n", "'(' was never closed", 1, 1, 0 },
	{ "(1 +\n2", "'(' was never closed", 1, 0, 0 },
	{ "a = 1 2", "invalid syntax", 1, 6, 0 },
	{ "(1 if 2)", "expected 'else' after 'if' expression", 1, 1, 0 },
	{ "x = 1 if 2", "expected 'else' after 'if' expression", 1, 4, 0 },
	{ "a.b.c d", "invalid syntax", 1, 6, 0 },
	{ "import a,", "invalid syntax", 1, 9, 0 },
	{ "from a import b,",
	    "trailing comma not allowed without surrounding parentheses", 1, 16,
	    0 },
	{ "from a import (b", "'(' was never closed", 1, 14, 0 },
	{ "from a import *, b", "invalid syntax", 1, 15, 0 },
	{ "import *", "invalid syntax", 1, 7, 0 },
	{ "from a import (*)", "invalid syntax", 1, 15, 0 },
	{ "x = -", "invalid syntax", 1, 5, 0 },
	{ "x[1:2:3:4]", "invalid syntax", 1, 7, 0 },
	{ "x = [", "'[' was never closed", 1, 4, 0 },
	{ "x = )", "unmatched ')'", 1, 4, 0 },
	{ "x.", "invalid syntax", 1, 2, 0 },
	{ "x..y", "invalid syntax", 1, 2, 0 },
	{ "x = .5.", "invalid syntax", 1, 7, 0 },
	{ "a = b c", "invalid syntax", 1, 6, 0 },
	{ "f(a)(b) = 1",
	    "cannot assign to function call here. Maybe you meant '==' instead "
	    "of '='?",
	    1, 0, 0 },
	{ "a = 1 = b", "cannot assign to literal", 1, 4, 0 },
	{ "a = f() = b", "cannot assign to function call", 1, 4, 0 },
	{ "x = '\\x4' + 1",
	    "(unicode error) 'unicodeescape' codec can't decode bytes in "
	    "position 0-2: truncated \\xXX escape",
	    1, 10, 0 },
	{ "x = 'a' '\\x4'",
	    "(unicode error) 'unicodeescape' codec can't decode bytes in "
	    "position 0-2: truncated \\xXX escape",
	    1, 13, 0 },
	{ "x = b'\\xg0'", "(value error) invalid \\x escape at position 0", 1,
	    11, 0 },
	{ "x = '\\x'",
	    "(unicode error) 'unicodeescape' codec can't decode bytes in "
	    "position 0-1: truncated \\xXX escape",
	    1, 8, 0 },
	{ "x = '\\N'",
	    "(unicode error) 'unicodeescape' codec can't decode bytes in "
	    "position 0-1: malformed \\N character escape",
	    1, 8, 0 },
	{ "x = r'\\'", "unterminated string literal (detected at line 1)", 1, 4,
	    0 },
	{ "x = ub'a'", "invalid syntax", 1, 6, 0 },
	{ "a = b, 1 = c",
	    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1,
	    0, 0 },
	{ "x = f(a=1, b, c)", "positional argument follows keyword argument", 1,
	    15, 0 },
	{ "f(True=1)", "cannot assign to True", 1, 2, 0 },
	{ "x[1 2]", "invalid syntax. Perhaps you forgot a comma?", 1, 2, 0 },
	{ "(print \"x\")",
	    "Missing parentheses in call to 'print'. Did you mean print(...)?",
	    1, 1, 0 },
	{ "x = print \"a\"",
	    "Missing parentheses in call to 'print'. Did you mean print(...)?",
	    1, 4, 0 },
	{ "print \"a\" % x",
	    "Missing parentheses in call to 'print'. Did you mean print(...)?",
	    1, 0, 0 },
	{ "exec \"x\"",
	    "Missing parentheses in call to 'exec'. Did you mean exec(...)?", 1,
	    0, 0 },
	{ "del 1 + 2", "cannot delete expression", 1, 4, 0 },
	{ "del (a, f())", "cannot delete function call", 1, 8, 0 },
	{ "x = {1: 2", "'{' was never closed", 1, 4, 0 },
	{ "(a, b) += 1",
	    "'tuple' is an illegal expression for augmented assignment", 1, 0,
	    0 },
	{ "1 += 1",
	    "'literal' is an illegal expression for augmented assignment", 1, 0,
	    0 },
	{ "f() += 1",
	    "'function call' is an illegal expression for augmented assignment",
	    1, 0, 0 },
	{ "a, b += 1",
	    "'tuple' is an illegal expression for augmented assignment", 1, 0,
	    0 },
	{ "del 1", "cannot delete literal", 1, 4, 0 },
	{ "del f()", "cannot delete function call", 1, 4, 0 },
	{ "x = None = 1", "cannot assign to None", 1, 4, 0 },
	{ "True = 1", "cannot assign to True", 1, 0, 0 },
	{ "\"a\" = 1",
	    "cannot assign to literal here. Maybe you meant '==' instead of "
	    "'='?",
	    1, 0, 0 },
	{ "None += 1",
	    "'None' is an illegal expression for augmented assignment", 1, 0,
	    0 },
	{ "1 +\nx = (", "invalid syntax", 1, 3, 0 },
	{ "x = (1,\n2,\n", "'(' was never closed", 1, 4, 0 },
	{ "f(a for a in b", "'(' was never closed", 1, 1, 0 },
	{ "x = 1\ny = (\n", "'(' was never closed", 2, 4, 0 },
	{ "'abc\\\n", "unterminated string literal (detected at line 1)", 1, 0,
	    0 },
	{ "b'abc", "unterminated string literal (detected at line 1)", 1, 0,
	    0 },
	{ "rb'abc", "unterminated string literal (detected at line 1)", 1, 0,
	    0 },
	{ "x = '''a\nb'''\ny = 'c",
	    "unterminated string literal (detected at line 3)", 3, 4, 0 },
	{ "x = 1 if 2 else 3 = 4",
	    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1,
	    0, 0 },
	{ "x = a.1", "invalid syntax", 1, 5, 0 },
	{ "x = 1 2 3", "invalid syntax", 1, 6, 0 },
	{ "f(x)(y z)", "invalid syntax. Perhaps you forgot a comma?", 1, 5, 0 },
	{ "x = not", "invalid syntax", 1, 7, 0 },
	{ "x = a not b", "invalid syntax", 1, 10, 0 },
	{ "x = a is", "invalid syntax", 1, 8, 0 },
	{ "x = 1 <", "invalid syntax", 1, 7, 0 },
	{ "x = ~", "invalid syntax", 1, 5, 0 },
	{ "a.b c = 1", "invalid syntax", 1, 4, 0 },
	{ "x = f(a)b", "invalid syntax", 1, 8, 0 },
	{ "x = 1\ny = 2\nz = (3 +\n", "'(' was never closed", 3, 4, 0 },
	{ "x = 1\n\n  y = 2\n", "unexpected indent", 3, 1, 1 },
	{ "a\xc2"
	  "\xa0"
	  "= 1",
	    "invalid non-printable character U+00A0", 1, 1, 0 },
	{ "from os import (path, sep,)\nimport a, 1", "invalid syntax", 2, 10,
	    0 },
	{ "x = f(a)[1].b(2 3)", "invalid syntax. Perhaps you forgot a comma?",
	    1, 14, 0 },
	{ "x = a if b", "expected 'else' after 'if' expression", 1, 4, 0 },
	{ "x = a if b else", "invalid syntax", 1, 15, 0 },
	{ "x = -", "invalid syntax", 1, 5, 0 },
	{ "x = 1 +* 2", "invalid syntax", 1, 7, 0 },
	{ "x = [1, 2", "'[' was never closed", 1, 4, 0 },
	{ "del x[0], f()", "cannot delete function call", 1, 10, 0 },
	{ "import a.", "invalid syntax", 1, 9, 0 },
	{ "x = 0b", "invalid binary literal", 1, 5, 0 },
	{ "x = 0o", "invalid octal literal", 1, 5, 0 },
	{ "x = 1__2", "invalid decimal literal", 1, 5, 0 },
	{ "x = 0x1_", "invalid hexadecimal literal", 1, 7, 0 },
};

START_TEST(test_python_errors)
{
	const struct pyerr *e = &pyerrs[_i];
	struct program *prog = NULL;
	struct parse_error err;
	enum parse_status st;

	st = parse_source(e->src, strlen(e->src), 1, &prog, &err);
	ck_assert_msg(st == PARSE_ERROR, "%s: status %d", e->src, st);
	ck_assert_ptr_null(prog);
	ck_assert_msg(strcmp(err.msg, e->msg) == 0,
	    "%s: got \"%s\", want \"%s\"", e->src, err.msg, e->msg);
	ck_assert_msg(err.line == e->line && err.col == e->col,
	    "%s: at %d:%d, want %d:%d", e->src, err.line, err.col, e->line,
	    e->col);
	ck_assert_int_eq(err.is_indent, e->indent);
	ck_assert_int_eq(err.is_subset, 0);
}
END_TEST

START_TEST(test_nul_bytes)
{
	struct program *prog = NULL;
	struct parse_error err;

	/* What `python3 script.py` says; compile() adds "string". */
	ck_assert_int_eq(parse_source("x = 1\ny = '\0'", 12, 1, &prog, &err),
	    PARSE_ERROR);
	ck_assert_str_eq(err.msg, "source code cannot contain null bytes");
	ck_assert_int_eq(err.line, 2);
	ck_assert_int_eq(parse_source("\0", 1, 0, &prog, &err), PARSE_ERROR);
	ck_assert_str_eq(err.msg, "source code cannot contain null bytes");
	ck_assert_ptr_null(prog);
}
END_TEST

START_TEST(test_invalid_utf8)
{
	struct parse_error err;

	/* As python3's REPL words it. */
	ck_assert_int_eq(status("x = \xff\n", 1, &err), PARSE_ERROR);
	ck_assert_str_eq(err.msg,
	    "(unicode error) 'utf-8' codec can't decode "
	    "byte 0xff in position 4: invalid start byte");
	ck_assert_int_eq(status("x = 1\n'\xe2\x28'", 1, &err), PARSE_ERROR);
	ck_assert_str_eq(err.msg,
	    "(unicode error) 'utf-8' codec can't decode "
	    "byte 0xe2 in position 1: invalid continuation byte");
	ck_assert_int_eq(err.line, 2);
	ck_assert_int_eq(status("'\xe2\x82\x28'", 1, &err), PARSE_ERROR);
	ck_assert_str_eq(err.msg,
	    "(unicode error) 'utf-8' codec can't decode "
	    "bytes in position 1-2: invalid continuation byte");
	ck_assert_int_eq(status("'\xe2\x82", 1, &err), PARSE_ERROR);
	ck_assert_str_eq(err.msg,
	    "(unicode error) 'utf-8' codec can't decode "
	    "bytes in position 1-2: unexpected end of data");
	ck_assert_int_eq(status("'\xc0\x80'", 1, &err), PARSE_ERROR);
	ck_assert_str_eq(err.msg,
	    "(unicode error) 'utf-8' codec can't decode "
	    "byte 0xc0 in position 1: invalid start byte");
	ck_assert_int_eq(status("'\xed\xa0\x80'", 1, &err), PARSE_ERROR);
	ck_assert_str_eq(err.msg,
	    "(unicode error) 'utf-8' codec can't decode "
	    "byte 0xed in position 1: invalid continuation byte");
}
END_TEST

START_TEST(test_integer_too_large)
{
	struct parse_error err;

	ck_assert_int_eq(status("x = 9223372036854775808", 1, &err),
	    PARSE_ERROR);
	ck_assert_int_eq(err.is_subset, 1);
	ck_assert_ptr_nonnull(strstr(err.msg, "9223372036854775807"));
	ck_assert_int_eq(err.col, 4);
	ck_assert_int_eq(status("x = 0x1_0000_0000_0000_0000_0000", 1, &err),
	    PARSE_ERROR);
	ck_assert_int_eq(err.is_subset, 1);
	/* Only a plain minus folds into the literal. */
	ck_assert_int_eq(status("x = -9223372036854775808 ** 1", 1, &err),
	    PARSE_ERROR);
	ck_assert_int_eq(err.is_subset, 1);
}
END_TEST

/* Subset: valid Python sockshell does not take ------------------------------
 */

static const struct {
	const char *src;
	const char *names; /* the message must name the construct */
	int col;
} subsets[] = {
	{ "yield x", "'yield'", 0 },
	{ "async def f(): pass", "'async'", 0 },
	{ "await x", "'await'", 0 },
	{ "@dec", "decorators ('@')", 0 },
	{ "x = {}", "dict and set literals", 4 },
	{ "x = {1, 2}", "dict and set literals", 4 },
	{ "[x for x in y]", "comprehensions", 3 },
	{ "f(x for x in y)", "comprehensions", 4 },
	{ "x: int = 1", "annotations", 1 },
	{ "x = 1j", "complex numbers", 4 },
	{ "x = ...", "Ellipsis", 4 },
	{ "a @ b", "'@'", 2 },
	{ "from . import x", "relative imports", 5 },
	{ "x = '\\N{BULLET}'", "named Unicode escapes", 4 },
	{ "x = (yield)", "'yield'", 5 },
};

START_TEST(test_fstrings)
{
	struct parse_error err;

	/* Text parts are plain strings; fields hold a tree, a conversion and
	 * a spec that is an f-string itself. */
	ck_assert_str_eq(expr("f'a{x}b'"), "(f 'a' {x} 'b')");
	ck_assert_str_eq(expr("f'{x!r:>{w}}'"), "(f {x!r:(f '>' {w})})");
	ck_assert_str_eq(expr("f'{x=}'"), "(f 'x=' {x!r})");
	ck_assert_str_eq(expr("f'{x = :>5}'"), "(f 'x = ' {x:(f '>5')})");
	ck_assert_str_eq(expr("'a' f'{1+2}' 'c'"), "(f 'a' {(+ 1 2)} 'c')");
	ck_assert_str_eq(expr("f'{{}}'"), "(f '{' '}')");
	ck_assert_str_eq(expr("rf'\\n{x}'"), "(f '\\x5cn' {x})");
	ck_assert_str_eq(expr("f'{a[0]}:{a[1]}'"),
	    "(f {([] a 0)} ':' {([] a 1)})");
	/* 3.11's messages. */
	ck_assert_int_eq(status("f'{}'", 1, &err), PARSE_ERROR);
	ck_assert_str_eq(err.msg, "f-string: empty expression not allowed");
	ck_assert_int_eq(status("f'{x'", 1, &err), PARSE_ERROR);
	ck_assert_str_eq(err.msg, "f-string: expecting '}'");
	ck_assert_int_eq(status("f'}'", 1, &err), PARSE_ERROR);
	ck_assert_str_eq(err.msg, "f-string: single '}' is not allowed");
	ck_assert_int_eq(status("f'{a!x}'", 1, &err), PARSE_ERROR);
	ck_assert_str_eq(err.msg, "f-string: invalid conversion character: "
	                          "expected 's', 'r', or 'a'");
	ck_assert_int_eq(status("f'{a:{b:{c}}}'", 1, &err), PARSE_ERROR);
	ck_assert_str_eq(err.msg, "f-string: expressions nested too deeply");
	ck_assert_int_eq(status("f'{1+}'", 1, &err), PARSE_ERROR);
	ck_assert_str_eq(err.msg, "f-string: invalid syntax");
	ck_assert_int_eq(status("f'{#}'", 1, &err), PARSE_ERROR);
	ck_assert_str_eq(err.msg,
	    "f-string expression part cannot include '#'");
	ck_assert_int_eq(status("f'{(}'", 1, &err), PARSE_ERROR);
	ck_assert_str_eq(err.msg, "f-string: closing parenthesis '}' does not "
	                          "match opening parenthesis '('");
	ck_assert_int_eq(status("b'x' f'y'", 1, &err), PARSE_ERROR);
	ck_assert_str_eq(err.msg, "cannot mix bytes and nonbytes literals");
}
END_TEST

START_TEST(test_subset)
{
	struct parse_error err;

	ck_assert_int_eq(status(subsets[_i].src, 1, &err), PARSE_ERROR);
	ck_assert_msg(err.is_subset == 1, "%s: not flagged as subset",
	    subsets[_i].src);
	ck_assert_msg(strstr(err.msg, subsets[_i].names) != NULL,
	    "%s: \"%s\" does not name %s", subsets[_i].src, err.msg,
	    subsets[_i].names);
	ck_assert_msg(strstr(err.msg, "sockshell understands") != NULL &&
	                  strstr(err.msg, "assignments") != NULL,
	    "%s: \"%s\" does not say what is understood", subsets[_i].src,
	    err.msg);
	ck_assert_int_eq(err.col, subsets[_i].col);
	ck_assert_int_eq(err.line, 1);
}
END_TEST

/* Incomplete input ------------------------------------------------------------
 */

static const struct {
	const char *src;
	const char *final_msg; /* python3's message for a file ending there */
} incompletes[] = {
	{ "x = (1,", "'(' was never closed" },
	{ "x = (1,\n", "'(' was never closed" },
	{ "s.bind(('127.0.0.1',\n 0)", "'(' was never closed" },
	{ "x = [1,\n2", "'[' was never closed" },
	{ "f(a=1, b", "'(' was never closed" },
	{ "x = (1 if 2", "'(' was never closed" },
	{ "x = '''abc",
	    "unterminated triple-quoted string literal (detected at line 1)" },
	{ "x = '''abc\n\n",
	    "unterminated triple-quoted string literal (detected at line 2)" },
	{ "x = 1 + \\", "unexpected EOF while parsing" },
	{ "x = 1 + \\\n", "unexpected EOF while parsing" },
	{ "x = 1 \\\n", "unexpected EOF while parsing" },
	{ "x = 1\n\\\n", "unexpected EOF while parsing" },
	{ "'abc\\\n", "unterminated string literal (detected at line 1)" },
	{ "from os import (path,", "'(' was never closed" },
};

START_TEST(test_incomplete)
{
	struct parse_error err;

	ck_assert_msg(status(incompletes[_i].src, 0, &err) == PARSE_INCOMPLETE,
	    "%s: not incomplete", incompletes[_i].src);
	ck_assert_int_eq(status(incompletes[_i].src, 1, &err), PARSE_ERROR);
	ck_assert_str_eq(err.msg, incompletes[_i].final_msg);
	ck_assert_int_eq(err.is_subset, 0);
}
END_TEST

START_TEST(test_incomplete_then_complete)
{
	ck_assert_int_eq(status("x = (1,\n2)", 0, NULL), PARSE_OK);
	ck_assert_int_eq(status("x = '''a\nb'''", 0, NULL), PARSE_OK);
	ck_assert_int_eq(status("x = 1 + \\\n2", 0, NULL), PARSE_OK);
	ck_assert_str_eq(tree("x = '''a\nb'''"), "(= x 'a\\x0ab')");
}
END_TEST

START_TEST(test_interactive_errors_are_immediate)
{
	struct parse_error err;

	/* python3's REPL reports these without asking for more. */
	ck_assert_int_eq(status("x = (1 2", 0, &err), PARSE_ERROR);
	ck_assert_str_eq(err.msg,
	    "invalid syntax. Perhaps you forgot a comma?");
	ck_assert_int_eq(err.col, 5);
	ck_assert_int_eq(status("'abc", 0, &err), PARSE_ERROR);
	ck_assert_str_eq(err.msg,
	    "unterminated string literal (detected at line 1)");
	ck_assert_int_eq(status("x = 1 +", 0, &err), PARSE_ERROR);
	ck_assert_str_eq(err.msg, "invalid syntax");
	ck_assert_int_eq(err.col, 7);
	/* lambda is understood now: python3 asks for more, as here. */
	ck_assert_int_eq(status("x = (lambda", 0, &err), PARSE_INCOMPLETE);
	ck_assert_int_eq(status(")", 0, &err), PARSE_ERROR);
	ck_assert_int_eq(status("x = (1]", 0, &err), PARSE_ERROR);
	ck_assert_int_eq(status("  x = 1", 0, &err), PARSE_ERROR);
	ck_assert_int_eq(err.is_indent, 1);
}
END_TEST

START_TEST(test_params_and_star_calls)
{
	struct parse_error err;

	ck_assert_int_eq(status("def f(a, *r, k, **kw): pass", 1, &err),
	    PARSE_OK);
	ck_assert_int_eq(status("def f(*, k=1): pass", 1, &err), PARSE_OK);
	ck_assert_int_eq(status("f(*a, *b, k=1, **d)", 1, &err), PARSE_OK);
	ck_assert_int_eq(status("f = lambda x, *r, **k: x", 1, &err), PARSE_OK);
	ck_assert_int_eq(status("def f(*): pass", 1, &err), PARSE_ERROR);
	ck_assert_str_eq(err.msg, "named arguments must follow bare *");
	ck_assert_int_eq(status("def f(**k, a): pass", 1, &err), PARSE_ERROR);
	ck_assert_str_eq(err.msg,
	    "arguments cannot follow var-keyword argument");
	ck_assert_int_eq(status("f(**d, *a)", 1, &err), PARSE_ERROR);
	ck_assert_str_eq(err.msg,
	    "iterable argument unpacking follows keyword argument unpacking");
}
END_TEST

/* Limits ----------------------------------------------------------------------
 */

static char *
repeat(const char *head, const char *unit, size_t n, const char *tail)
{
	size_t hl = strlen(head), ul = strlen(unit), tl = strlen(tail), i;
	char *s = malloc(hl + ul * n + tl + 1), *p = s;

	ck_assert_ptr_nonnull(s);
	memcpy(p, head, hl);
	p += hl;
	for (i = 0; i < n; i++, p += ul)
		memcpy(p, unit, ul);
	memcpy(p, tail, tl + 1);
	return (s);
}

START_TEST(test_bracket_depth)
{
	struct parse_error err;
	char *open = repeat("", "(", 200, "1"), *src;

	src = repeat(open, ")", 200, "");
	ck_assert_int_eq(status(src, 1, &err), PARSE_OK);
	free(src);
	free(open);
	open = repeat("", "[", 201, "");
	src = repeat(open, "]", 201, "");
	ck_assert_int_eq(status(src, 1, &err), PARSE_ERROR);
	ck_assert_str_eq(err.msg, "too many nested parentheses");
	ck_assert_int_eq(err.col, 200);
	/* Not "incomplete": more input cannot fix it. */
	ck_assert_int_eq(status(open, 0, &err), PARSE_ERROR);
	free(src);
	free(open);
}
END_TEST

START_TEST(test_deep_expressions)
{
	static const char *units[] = { "-", "not ", "~", "2**" };
	struct parse_error err;
	char *src;
	size_t i;

	for (i = 0; i < sizeof(units) / sizeof(units[0]); i++) {
		src = repeat("", units[i], 100000, "1");
		ck_assert_int_eq(status(src, 1, &err), PARSE_ERROR);
		ck_assert_int_eq(err.is_subset, 1);
		ck_assert_ptr_nonnull(strstr(err.msg, "too deeply nested"));
		free(src);
		src = repeat("", units[i], 500, "1");
		ck_assert_int_eq(status(src, 1, &err), PARSE_OK);
		free(src);
	}
	/* Chains built by loops, not recursion, are limited afterwards. */
	src = repeat("x", ".a", 200000, "");
	ck_assert_int_eq(status(src, 1, &err), PARSE_ERROR);
	ck_assert_ptr_nonnull(strstr(err.msg, "too deeply nested"));
	free(src);
	src = repeat("1", "+1", 200000, "");
	ck_assert_int_eq(status(src, 1, &err), PARSE_ERROR);
	free(src);
	src = repeat("f", "()", 200000, "");
	ck_assert_int_eq(status(src, 1, &err), PARSE_ERROR);
	free(src);
	src = repeat("1", "+1", 900, "");
	ck_assert_int_eq(status(src, 1, &err), PARSE_OK);
	free(src);
}
END_TEST

START_TEST(test_megabyte_lines)
{
	struct program *prog = NULL;
	struct parse_error err;
	char *src;

	src = repeat("x = '", "abcdefgh", 1 << 17, "'");
	ck_assert_int_eq(parse_source(src, strlen(src), 1, &prog, &err),
	    PARSE_OK);
	ck_assert_uint_eq(prog->stmts[0]->a->str.len, 8u << 17);
	program_free(prog);
	free(src);
	src = repeat("x = [", "1, ", 350000, "]");
	ck_assert_int_eq(parse_source(src, strlen(src), 1, &prog, &err),
	    PARSE_OK);
	ck_assert_uint_eq(prog->stmts[0]->a->nitems, 350000);
	program_free(prog);
	free(src);
	src = repeat("", "a", 1 << 20, " = 1");
	ck_assert_int_eq(status(src, 1, &err), PARSE_OK);
	free(src);
	src = repeat("x = '", "a", 1 << 20, "");
	ck_assert_int_eq(status(src, 1, &err), PARSE_ERROR);
	ck_assert_str_eq(err.msg,
	    "unterminated string literal (detected at line 1)");
	free(src);
}
END_TEST

START_TEST(test_many_keywords)
{
	struct parse_error err;
	char *src = malloc(20 * 100000 + 16), *p = src;
	int i;

	ck_assert_ptr_nonnull(src);
	p += sprintf(p, "f(");
	for (i = 0; i < 100000; i++)
		p += sprintf(p, "k%d=1,", i);
	sprintf(p, "k5=1)");
	/* Hashed, so this is quick; and the repeat is still caught. */
	ck_assert_int_eq(status(src, 1, &err), PARSE_ERROR);
	ck_assert_str_eq(err.msg, "keyword argument repeated: k5");
	free(src);
}
END_TEST

/* A small deterministic generator, so a failure can be replayed. */
static unsigned long
next_rand(unsigned long *state)
{
	*state = *state * 6364136223846793005UL + 1442695040888963407UL;
	return (*state >> 33);
}

static void
check_outcome(const char *src, size_t len, int final)
{
	struct program *prog = NULL;
	struct parse_error err;
	enum parse_status st;

	st = parse_source(src, len, final, &prog, &err);
	if (st == PARSE_OK) {
		ck_assert_ptr_nonnull(prog);
		program_free(prog);
		return;
	}
	ck_assert_ptr_null(prog);
	if (st == PARSE_ERROR) {
		ck_assert_msg(err.msg[0] != '\0', "no message for %.*s",
		    (int)len, src);
		ck_assert_int_ge(err.line, 1);
		ck_assert_int_ge(err.col, 0);
	} else
		ck_assert_int_eq(st, PARSE_INCOMPLETE);
	ck_assert_msg(final == 0 || st != PARSE_INCOMPLETE,
	    "final input was incomplete: %.*s", (int)len, src);
}

START_TEST(test_fuzz_bytes)
{
	unsigned long state = 12345;
	char buf[64];
	size_t len, i;
	int round;

	for (round = 0; round < 20000; round++) {
		len = next_rand(&state) % sizeof(buf);
		for (i = 0; i < len; i++)
			buf[i] = (char)next_rand(&state);
		check_outcome(buf, len, round & 1);
	}
}
END_TEST

START_TEST(test_fuzz_tokens)
{
	static const char *const pieces[] = { "x", "s", ".", "(", ")", "[", "]",
		"{", "}", ",", ":", ";", "=", "==", "+", "-", "*", "**", "/",
		"//", "%", "<", "not", "in", "is", "and", "or", "if", "else",
		"import", "from", "as", "del", "pass", "lambda", "1", "0x1f",
		"1.5e3", "'a'", "b'\\x41'", "'''", "\"", "\\\n", "\n", " ",
		"#c\n", "\t", "print", "f'", "r'\\'", "0_", "1e",
		"\xe2\x80\x94", "\xff", "\xc3\xa9", "None", "+=", "yield", "@",
		"...", "1j" };
	unsigned long state = 99;
	char buf[256];
	size_t len, n, k, i;
	int round;

	for (round = 0; round < 20000; round++) {
		n = next_rand(&state) % 24;
		len = 0;
		for (i = 0; i < n; i++) {
			const char *p =
			    pieces[next_rand(&state) %
			           (sizeof(pieces) / sizeof(pieces[0]))];

			k = strlen(p);
			memcpy(buf + len, p, k);
			len += k;
		}
		check_outcome(buf, len, round & 1);
	}
}
END_TEST

/* Blocks: if, while, for, break, continue ----------------------------------- */

static struct program *
parsed(const char *src)
{
	struct program *prog = NULL;
	struct parse_error err;

	ck_assert_msg(parse_source(src, strlen(src), 1, &prog, &err) ==
	                  PARSE_OK,
	    "%s: %s", src, err.msg);
	return (prog);
}

START_TEST(test_block_trees)
{
	struct program *prog;
	struct node *s;

	prog = parsed("if a:\n  b\n  c\nelif d:\n  e\nelse:\n  f\ng\n");
	ck_assert_uint_eq(prog->nstmts, 2);
	s = prog->stmts[0];
	ck_assert_int_eq(s->kind, S_IF);
	ck_assert_int_eq(s->a->kind, N_NAME);
	ck_assert_int_eq(s->b->kind, S_BLOCK);
	ck_assert_uint_eq(s->b->nitems, 2);
	ck_assert_int_eq(s->c->kind, S_IF); /* the elif */
	ck_assert_int_eq(s->c->line, 4);
	ck_assert_int_eq(s->c->c->kind, S_BLOCK); /* the else */
	ck_assert_int_eq(prog->stmts[1]->line, 8);
	program_free(prog);

	prog = parsed("for a, (b, c) in x, y: break; continue\nelse: pass\n");
	s = prog->stmts[0];
	ck_assert_int_eq(s->kind, S_FOR);
	ck_assert_uint_eq(s->nitems, 1);
	ck_assert_int_eq(s->items[0]->kind, N_TUPLE);
	ck_assert_int_eq(s->a->kind, N_TUPLE); /* x, y */
	ck_assert_uint_eq(s->b->nitems, 2);
	ck_assert_int_eq(s->b->items[0]->kind, S_BREAK);
	ck_assert_int_eq(s->b->items[1]->kind, S_CONTINUE);
	ck_assert_int_eq(s->c->kind, S_BLOCK);
	program_free(prog);

	/* The target stops at its own 'in', not one in brackets. */
	prog = parsed("for x[a in b] in c in d:\n  pass\n");
	s = prog->stmts[0];
	ck_assert_int_eq(s->items[0]->kind, N_INDEX);
	ck_assert_int_eq(s->a->kind, N_COMPARE);
	program_free(prog);

	prog = parsed("while x:\n    if y:\n        break\nelse:\n    z\n");
	s = prog->stmts[0];
	ck_assert_int_eq(s->kind, S_WHILE);
	ck_assert_int_eq(s->b->items[0]->kind, S_IF);
	ck_assert_int_eq(s->b->items[0]->b->items[0]->kind, S_BREAK);
	ck_assert_int_eq(s->c->items[0]->kind, S_EXPR);
	program_free(prog);
}
END_TEST

static const struct {
	const char *src;
	const char *msg;
	int line;
	int indent; /* 0 SyntaxError, 1 IndentationError, 2 TabError */
} block_errors[] = {
	{ "if x:\ny\n",
	    "expected an indented block after 'if' statement "
	    "on line 1",
	    2, 1 },
	{ "if x:\n",
	    "expected an indented block after 'if' statement on "
	    "line 1",
	    1, 1 },
	{ "if x:\n  pass\nelif y:\nz\n",
	    "expected an indented block after "
	    "'elif' statement on line 3",
	    4, 1 },
	{ "while x:\n  pass\nelse:\nz\n",
	    "expected an indented block "
	    "after 'else' statement on line 3",
	    4, 1 },
	{ "for i in x:\n\n# c\nz\n",
	    "expected an indented block after "
	    "'for' statement on line 1",
	    4, 1 },
	{ "if x\n  y\n", "expected ':'", 1, 0 },
	{ "x = 1\nif x\n    print(x)\n", "expected ':'", 2, 0 },
	{ "if x pass\n", "invalid syntax", 1, 0 },
	{ "if 1: if 2: pass\n", "invalid syntax", 1, 0 },
	{ "else: pass\n", "invalid syntax", 1, 0 },
	{ "if 1:\n  pass\nelse 2:\n  pass\n", "expected ':'", 3, 0 },
	{ "for 1 in x: pass\n", "cannot assign to literal", 1, 0 },
	{ "for x in: pass\n", "invalid syntax", 1, 0 },
	{ "break\n", "'break' outside loop", 1, 0 },
	{ "if 1:\n    continue\n", "'continue' not properly in loop", 2, 0 },
	{ "while 1: pass\nelse: break\n", "'break' outside loop", 2, 0 },
	/* The parser's errors come first, wherever the break is. */
	{ "break\nx = = 1\n", "invalid syntax", 2, 0 },
	{ "if 1:\n        x\n    y\n",
	    "unindent does not match any outer "
	    "indentation level",
	    3, 1 },
	{ "if 1:\n  x\n    y\n", "unexpected indent", 3, 1 },
	{ "if 1:\n        x\n\ty\n",
	    "inconsistent use of tabs and spaces "
	    "in indentation",
	    3, 2 },
	{ "try:\n  pass\nx = 1\n", "expected 'except' or 'finally' block", 3,
	    0 },
	{ "try:\n  pass\nelse:\n  pass\n",
	    "expected 'except' or 'finally' block", 3, 0 },
	{ "try:\n  pass\nexcept:\n  pass\nexcept KeyError:\n  pass\n",
	    "default 'except:' must be last", 3, 0 },
	{ "try:\n  pass\nexcept A, B:\n  pass\n",
	    "multiple exception types must be parenthesized", 3, 0 },
	{ "try:\n  pass\nexcept A as 1:\n  pass\n", "invalid syntax", 3, 0 },
	{ "try:\npass\n",
	    "expected an indented block after 'try' statement on line 1", 2,
	    1 },
};

START_TEST(test_try_trees)
{
	struct program *prog;
	struct node *s;

	prog = parsed("try:\n  a\nexcept (A, B) as e:\n  b\nexcept:\n  c\n"
	              "else:\n  d\nfinally:\n  f\n");
	s = prog->stmts[0];
	ck_assert_int_eq(s->kind, S_TRY);
	ck_assert_uint_eq(s->nitems, 2);
	ck_assert_int_eq(s->items[0]->kind, S_EXCEPT);
	ck_assert_int_eq(s->items[0]->a->kind, N_TUPLE);
	ck_assert_str_eq(s->items[0]->name, "e");
	ck_assert_ptr_null(s->items[1]->a);
	ck_assert_int_eq(s->c->kind, S_BLOCK);
	ck_assert_int_eq(s->a->kind, S_BLOCK);
	program_free(prog);

	prog = parsed("raise\nraise X(1) from e\nassert a, b\n"
	              "with a as x, b: pass\n");
	ck_assert_int_eq(prog->stmts[0]->kind, S_RAISE);
	ck_assert_ptr_null(prog->stmts[0]->a);
	ck_assert_int_eq(prog->stmts[1]->ival, 1);
	ck_assert_int_eq(prog->stmts[1]->b->kind, N_NAME);
	ck_assert_int_eq(prog->stmts[2]->kind, S_ASSERT);
	ck_assert_ptr_nonnull(prog->stmts[2]->b);
	s = prog->stmts[3];
	ck_assert_int_eq(s->kind, S_WITH);
	ck_assert_uint_eq(s->nitems, 2);
	ck_assert_str_eq(s->names[0], "x");
	ck_assert_ptr_null(s->names[1]);
	program_free(prog);
}
END_TEST

START_TEST(test_block_errors)
{
	struct parse_error err;

	ck_assert_int_eq(status(block_errors[_i].src, 1, &err), PARSE_ERROR);
	ck_assert_msg(strcmp(err.msg, block_errors[_i].msg) == 0, "%s: %s",
	    block_errors[_i].src, err.msg);
	ck_assert_int_eq(err.line, block_errors[_i].line);
	ck_assert_int_eq(err.is_indent, block_errors[_i].indent);
	ck_assert_int_eq(err.is_subset, 0);
}
END_TEST

static enum parse_status
entry_status(const char *src, int final, struct parse_error *err,
    size_t *nstmts)
{
	struct program *prog = NULL;
	enum parse_status st;

	st = parse_entry(src, strlen(src), final, &prog, err);
	*nstmts = prog != NULL ? prog->nstmts : 0;
	program_free(prog);
	return (st);
}

START_TEST(test_entries)
{
	struct parse_error err;
	size_t n;

	/* An open block asks for more, until the input is final. */
	ck_assert_int_eq(entry_status("if x:", 0, &err, &n), PARSE_INCOMPLETE);
	ck_assert_int_eq(entry_status("if x:\n    y = 1", 0, &err, &n),
	    PARSE_INCOMPLETE);
	ck_assert_int_eq(entry_status("for i in x:\n  y\n  z", 1, &err, &n),
	    PARSE_OK);
	ck_assert_uint_eq(n, 1);
	/* One statement per entry: a second one after a block is wrong. */
	ck_assert_int_eq(entry_status("if x:\n    y\nz\n", 0, &err, &n),
	    PARSE_ERROR);
	ck_assert_str_eq(err.msg, "invalid syntax");
	ck_assert_int_eq(err.line, 3);
	ck_assert_int_eq(err.col, 0);
	/* Simple statements on one line are one entry. */
	ck_assert_int_eq(entry_status("a = 1; b = 2", 1, &err, &n), PARSE_OK);
	ck_assert_uint_eq(n, 2);
	/* Errors that no more input can mend are reported at once. */
	ck_assert_int_eq(entry_status("if x:\ny", 0, &err, &n), PARSE_ERROR);
	ck_assert_int_eq(err.is_indent, 1);
	ck_assert_int_eq(
	    entry_status("while 0:\n  pass\n else: pass", 0, &err, &n),
	    PARSE_ERROR);
	/* At a blank line Python's prompt names the line of the blank. */
	ck_assert_int_eq(entry_status("if 1:\n", 1, &err, &n), PARSE_ERROR);
	ck_assert_int_eq(err.line, 2);
}
END_TEST

Suite *
suite(void)
{
	Suite *s = suite_create("parser");
	TCase *tc;

	tc = tcase_create("Core");
	tcase_add_test(tc, test_empty_input);
	tcase_add_test(tc, test_assignments);
	tcase_add_test(tc, test_augmented);
	tcase_add_test(tc, test_imports);
	tcase_add_test(tc, test_del_pass);
	tcase_add_test(tc, test_several_statements);
	tcase_add_test(tc, test_literals);
	tcase_add_test(tc, test_string_nul_length);
	tcase_add_test(tc, test_containers);
	tcase_add_test(tc, test_trailers);
	tcase_add_test(tc, test_precedence);
	tcase_add_test(tc, test_comparisons);
	tcase_add_test(tc, test_positions);
	tcase_add_test(tc, test_ast_names);
	suite_add_tcase(s, tc);

	tc = tcase_create("Errors");
	tcase_add_loop_test(tc, test_python_errors, 0,
	    sizeof(pyerrs) / sizeof(pyerrs[0]));
	tcase_add_test(tc, test_nul_bytes);
	tcase_add_test(tc, test_invalid_utf8);
	tcase_add_test(tc, test_integer_too_large);
	suite_add_tcase(s, tc);

	tc = tcase_create("Subset");
	tcase_add_test(tc, test_fstrings);
	tcase_add_loop_test(tc, test_subset, 0,
	    sizeof(subsets) / sizeof(subsets[0]));
	suite_add_tcase(s, tc);

	tc = tcase_create("Incomplete");
	tcase_add_loop_test(tc, test_incomplete, 0,
	    sizeof(incompletes) / sizeof(incompletes[0]));
	tcase_add_test(tc, test_incomplete_then_complete);
	tcase_add_test(tc, test_interactive_errors_are_immediate);
	tcase_add_test(tc, test_params_and_star_calls);
	suite_add_tcase(s, tc);

	tc = tcase_create("Blocks");
	tcase_add_test(tc, test_block_trees);
	tcase_add_test(tc, test_try_trees);
	tcase_add_loop_test(tc, test_block_errors, 0,
	    sizeof(block_errors) / sizeof(block_errors[0]));
	tcase_add_test(tc, test_entries);
	suite_add_tcase(s, tc);

	tc = tcase_create("Limits");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, test_bracket_depth);
	tcase_add_test(tc, test_deep_expressions);
	tcase_add_test(tc, test_megabyte_lines);
	tcase_add_test(tc, test_many_keywords);
	tcase_add_test(tc, test_fuzz_bytes);
	tcase_add_test(tc, test_fuzz_tokens);
	suite_add_tcase(s, tc);
	return (s);
}
