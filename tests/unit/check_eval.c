/* check_eval.c -- unit suite for src/eval.c: running parsed lines */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ast.h"
#include "check_main.h"
#include "eval.h"
#include "exc.h"
#include "parser.h"
#include "value.h"

static struct interp *in;

static void
setup(void)
{
	in = interp_new();
}

static void
teardown(void)
{
	interp_free(in);
	err_clear();
}

/* Run src as a program (no echo); returns the exception line or NULL. */
static char *
run(const char *src)
{
	struct program *p = NULL;
	struct parse_error pe;
	struct value *e = NULL;
	char *line = NULL;

	ck_assert_int_eq(parse_source(src, strlen(src), 1, &p, &pe), PARSE_OK);
	if (interp_exec(in, p, NULL, NULL, &e) < 0) {
		ck_assert_ptr_nonnull(e);
		line = exc_format_line(e);
		value_decref(e);
	}
	program_free(p);
	return (line);
}

/* repr(eval(expr)) in the session, or the exception line. */
static char *
ev(const char *expr)
{
	struct value *v = interp_eval(in, expr), *e;
	char *s;

	if (v == NULL) {
		e = err_fetch();
		ck_assert_ptr_nonnull(e);
		s = exc_format_line(e);
		value_decref(e);
		return (s);
	}
	s = value_repr(v);
	value_decref(v);
	return (s);
}

#define EV_EQ(expr, want)                                                      \
	do {                                                                   \
		char *got_ = ev(expr);                                         \
		ck_assert_str_eq(got_, want);                                  \
		free(got_);                                                    \
	} while (0)

START_TEST(test_arithmetic_and_precedence)
{
	EV_EQ("1 + 2 * 3", "7");
	EV_EQ("-2 ** 2", "-4");
	EV_EQ("7 // -2, 7 % -2", "(-4, -1)");
	EV_EQ("1 / 4", "0.25");
	EV_EQ("0x1f90 | 0x10000", "73616");
	EV_EQ("'ab' * 2 + 'c'", "'ababc'");
	EV_EQ("(1, 2) + (3,)", "(1, 2, 3)");
	EV_EQ("1 < 2 < 3, 1 < 3 < 2", "(True, False)");
	EV_EQ("None or 0 or 'x'", "'x'");
	EV_EQ("1 and 0", "0");
	EV_EQ("not ''", "True");
	EV_EQ("'a' if 0 else 'b'", "'b'");
}
END_TEST

START_TEST(test_errors_are_pythons)
{
	EV_EQ("1 // 0",
	    "ZeroDivisionError: integer division or modulo by zero");
	EV_EQ("'a' + 1",
	    "TypeError: can only concatenate str (not \"int\") to str");
	EV_EQ("(1,)[5]", "IndexError: tuple index out of range");
	EV_EQ("nosuch", "NameError: name 'nosuch' is not defined");
	EV_EQ("prnt", "NameError: name 'prnt' is not defined. Did you mean: "
	              "'print'?");
	EV_EQ("5()", "TypeError: 'int' object is not callable");
	EV_EQ("9223372036854775807 + 1",
	    "OverflowError: integer too large for sockshell (it keeps 64-bit "
	    "integers)");
}
END_TEST

START_TEST(test_indexing_and_slicing)
{
	EV_EQ("'caf\\xe9'[-1]", "'\xc3\xa9'"); /* characters, not bytes */
	EV_EQ("b'abc'[0]", "97");
	EV_EQ("'abcdef'[1:5:2]", "'bd'");
	EV_EQ("'abc'[::-1]", "'cba'");
	EV_EQ("(1, 2, 3)[-2:]", "(2, 3)");
	EV_EQ("[1, 2, 3][:0]", "[]");
	EV_EQ("'abc'[::0]", "ValueError: slice step cannot be zero");
}
END_TEST

START_TEST(test_assignment_and_unpacking)
{
	char *err;

	ck_assert_ptr_null(
	    run("a = b = 2; c, (d, e) = 1, (2, 3); n = 1; n += 4"));
	EV_EQ("a, b, c, d, e, n", "(2, 2, 1, 2, 3, 5)");
	err = run("x, y = 1, 2, 3");
	ck_assert_str_eq(err,
	    "ValueError: too many values to unpack (expected 2)");
	free(err);
	err = run("x, y, z = (1, 2)");
	ck_assert_str_eq(err,
	    "ValueError: not enough values to unpack (expected 3, got 2)");
	free(err);
	err = run("x, y = 5");
	ck_assert_str_eq(err,
	    "TypeError: cannot unpack non-iterable int object");
	free(err);
	ck_assert_ptr_null(run("l = [1, 2]; l[0] = 9; del a"));
	EV_EQ("l", "[9, 2]");
	EV_EQ("a", "NameError: name 'a' is not defined");
}
END_TEST

START_TEST(test_imports)
{
	char *err;

	ck_assert_ptr_null(run("import socket as sk, errno"));
	EV_EQ("sk.AF_INET6", "<AddressFamily.AF_INET6: 10>");
	EV_EQ("errno.EADDRINUSE", "98");
	ck_assert_ptr_null(run("from socket import *"));
	EV_EQ("SOCK_DGRAM", "<SocketKind.SOCK_DGRAM: 2>");
	ck_assert_ptr_null(run("import os.path"));
	EV_EQ("os.path.exists('/')", "True");
	err = run("import nosuch");
	ck_assert_str_eq(err, "ModuleNotFoundError: No module named 'nosuch'");
	free(err);
}
END_TEST

START_TEST(test_sockets_through_the_evaluator)
{
	ck_assert_ptr_null(run("import socket\n"
	                       "s = socket.socket(socket.AF_INET, "
	                       "socket.SOCK_DGRAM)\n"
	                       "s.bind(('127.0.0.1', 0))\n"
	                       "name = s.getsockname()"));
	EV_EQ("name[0], name[1] > 0, s.type", "('127.0.0.1', True, "
	                                      "<SocketKind.SOCK_DGRAM: 2>)");
	EV_EQ("s.bind(('127.0.0.1', 0))",
	    "OSError: [Errno 22] Invalid argument");
	EV_EQ("s.bind('127.0.0.1', 80)",
	    "TypeError: socket.bind() takes exactly one argument (2 given)");
	EV_EQ("socket.socket.getsockname(s) == name", "True");
	EV_EQ("s.bnd", "AttributeError: 'socket' object has no attribute "
	               "'bnd'. Did you mean: 'bind'?");
	EV_EQ("f'{name[0]}:{name[1] > 0!r:>6}'", "'127.0.0.1:  True'");
	ck_assert_ptr_null(run("s.close()"));
	EV_EQ("s.fileno()", "-1");
	EV_EQ("s.getsockname()", "OSError: [Errno 9] Bad file descriptor");
}
END_TEST

START_TEST(test_interp_eval_rejects_statements)
{
	EV_EQ("x = 1", "SyntaxError: not an expression");
	EV_EQ("(", "SyntaxError: '(' was never closed");
}
END_TEST

/* Blocks and functions --------------------------------------------------- */

#define RUN_OK(src)                                                            \
	do {                                                                   \
		char *e_ = run(src);                                           \
		ck_assert_msg(e_ == NULL, "%s: %s", src, e_);                  \
	} while (0)

#define RUN_ERR(src, want)                                                     \
	do {                                                                   \
		char *e_ = run(src);                                           \
		ck_assert_ptr_nonnull(e_);                                     \
		ck_assert_str_eq(e_, want);                                    \
		free(e_);                                                      \
	} while (0)

START_TEST(test_loops)
{
	RUN_OK("t = 0\nfor i in range(5):\n    if i == 3:\n        break\n"
	       "    t += i\nelse:\n    t = -1\n");
	EV_EQ("t, i", "(3, 3)");
	RUN_OK("n = 0\nwhile n < 10:\n    n += 1\n    if n % 2: continue\n"
	       "    last = n\nelse:\n    done = True\n");
	EV_EQ("n, last, done", "(10, 10, True)");
	RUN_OK("s = []\nfor a, b in [(1, 2), (3, 4)]: s.append(a * b)\n");
	EV_EQ("s", "[2, 12]");
	RUN_ERR("for x in 3: pass\n",
	    "TypeError: 'int' object is not iterable");
	/* Ctrl-C pending: the next turn of the loop stops it. */
	exc_sigint_pending = 1;
	RUN_ERR("while True: pass\n", "KeyboardInterrupt");
	exc_sigint_pending = 0;
}
END_TEST

START_TEST(test_functions)
{
	RUN_OK("def f(a, b=2):\n    c = a + b\n    return c\n");
	EV_EQ("f(1), f(1, 5), f(b=1, a=0)", "(3, 6, 1)");
	/* c was f's own. */
	EV_EQ("c", "NameError: name 'c' is not defined");
	RUN_OK("g = 0\ndef inc():\n    global g\n    g += 1\n    return\n"
	       "inc(); inc()\n");
	EV_EQ("g, inc()", "(2, None)");
	EV_EQ("f()", "TypeError: f() missing 1 required positional argument: "
	             "'a'");
	EV_EQ("f(1, 2, 3)", "TypeError: f() takes from 1 to 2 positional "
	                    "arguments but 3 were given");
	RUN_OK("def r(n):\n    return r(n + 1)\n");
	EV_EQ("r(0)", "RecursionError: maximum recursion depth exceeded");
	/* The session goes on at depth 0 after it. */
	EV_EQ("f(10)", "12");
	RUN_OK("def u():\n    x = x + 1\n");
	EV_EQ("u()", "UnboundLocalError: cannot access local variable 'x' "
	             "where it is not associated with a value");
	/* The tree of the def outlives the program that ran it. */
	RUN_OK("def later():\n    return 'still here'\n");
	EV_EQ("later()", "'still here'");
}
END_TEST

/* Run src; the exception it raises (new reference). */
static struct value *
run_exc(const char *src)
{
	struct program *p = NULL;
	struct value *e = NULL;

	ck_assert_int_eq(parse_source(src, strlen(src), 1, &p, NULL), PARSE_OK);
	ck_assert_int_lt(interp_exec(in, p, NULL, NULL, &e), 0);
	program_free(p);
	ck_assert_ptr_nonnull(e);
	ck_assert_int_eq(e->kind, KIND_EXC);
	return (e);
}

/* The text of a span of src. */
static char *
span_text(const char *src, size_t start, size_t end)
{
	ck_assert_uint_le(start, end);
	ck_assert_uint_le(end, strlen(src));
	return (strndup(src + start, end - start));
}

#define ASSERT_SPAN(src, s, e, want)                                           \
	do {                                                                   \
		char *t_ = span_text(src, s, e);                               \
		ck_assert_str_eq(t_, want);                                    \
		free(t_);                                                      \
	} while (0)

START_TEST(test_failed_call_is_recorded)
{
	const char *src = "import socket; s = socket.socket(); "
	                  "s.bind(( '127.0.0.1' , 'x' ))";
	struct value *e = run_exc(src), *v;
	const struct callsite *cs = e->u.exc->call;
	const struct callarg *a;

	ck_assert_str_eq(e->u.exc->call->name, "bind");
	ck_assert_ptr_nonnull(cs);
	ck_assert_ptr_nonnull(cs->receiver);
	ck_assert_int_eq(cs->receiver->kind, KIND_SOCKET);
	ASSERT_SPAN(src, cs->recv_start, cs->recv_end, "s");
	ck_assert_uint_eq(cs->nargs, 1);
	a = &cs->args[0];
	ck_assert_ptr_null(a->keyword);
	ck_assert_int_eq(a->form, ARG_TUPLE);
	ASSERT_SPAN(src, a->start, a->end, "( '127.0.0.1' , 'x' )");
	ck_assert_ptr_nonnull(a->value);
	ck_assert_int_eq(a->value->kind, KIND_TUPLE);
	ck_assert_uint_eq(a->nitems, 2);
	ASSERT_SPAN(src, a->items[0].start, a->items[0].end, "'127.0.0.1'");
	ASSERT_SPAN(src, a->items[1].start, a->items[1].end, "'x'");
	ck_assert_int_eq(a->items[0].form, ARG_STR);
	ck_assert_int_eq(a->items[1].form, ARG_STR);
	v = a->items[1].value;
	ck_assert_ptr_nonnull(v);
	ck_assert_int_eq(v->kind, KIND_STR);
	ck_assert_str_eq(v->u.s.buf, "x");
	value_decref(e);
}
END_TEST

START_TEST(test_record_keywords_and_forms)
{
	const char *src = "import socket; s = socket.socket(); "
	                  "s.bind(-1, [1], (2), b'x', n=0x10)";
	struct value *e = run_exc(src);
	const struct callsite *cs = e->u.exc->call;

	ck_assert_str_eq(e->u.exc->call->name, "bind");
	ck_assert_uint_eq(cs->nargs, 5);
	ck_assert_int_eq(cs->args[0].form, ARG_INT);
	ASSERT_SPAN(src, cs->args[0].start, cs->args[0].end, "-1");
	ck_assert_int_eq(cs->args[1].form, ARG_LIST);
	ck_assert_uint_eq(cs->args[1].nitems, 1);
	/* Redundant parentheses are not the argument's text. */
	ck_assert_int_eq(cs->args[2].form, ARG_INT);
	ASSERT_SPAN(src, cs->args[2].start, cs->args[2].end, "2");
	ck_assert_int_eq(cs->args[3].form, ARG_BYTES);
	ck_assert_str_eq(cs->args[4].keyword, "n");
	ck_assert_int_eq(cs->args[4].form, ARG_INT);
	ASSERT_SPAN(src, cs->args[4].start, cs->args[4].end, "0x10");
	ck_assert_int_eq(cs->args[4].value->u.i, 16);
	value_decref(e);
}
END_TEST

START_TEST(test_innermost_call_is_recorded)
{
	/* int() fails first: the record is its, not bind's. */
	const char *src = "import socket; s = socket.socket(); "
	                  "s.bind(('127.0.0.1', int('x')))";
	struct value *e = run_exc(src);
	const struct callsite *cs = e->u.exc->call;

	ck_assert_str_eq(e->u.exc->call->name, "int");
	ck_assert_ptr_null(cs->receiver);
	ck_assert_uint_eq(cs->recv_start, cs->recv_end);
	ck_assert_uint_eq(cs->nargs, 1);
	ASSERT_SPAN(src, cs->args[0].start, cs->args[0].end, "'x'");
	value_decref(e);
	/* A receiver that is itself a call; an error outside any call. */
	src = "import socket; socket.socket().bind(1, 2)";
	e = run_exc(src);
	cs = e->u.exc->call;
	ck_assert_str_eq(e->u.exc->call->name, "bind");
	ASSERT_SPAN(src, cs->recv_start, cs->recv_end, "socket.socket()");
	value_decref(e);
	e = run_exc("x = (1, 2)[5]");
	ck_assert_ptr_null(e->u.exc->call);
	value_decref(e);
}
END_TEST

Suite *
suite(void)
{
	Suite *s = suite_create("eval");
	TCase *tc = tcase_create("Core");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_arithmetic_and_precedence);
	tcase_add_test(tc, test_errors_are_pythons);
	tcase_add_test(tc, test_indexing_and_slicing);
	tcase_add_test(tc, test_assignment_and_unpacking);
	tcase_add_test(tc, test_imports);
	tcase_add_test(tc, test_sockets_through_the_evaluator);
	tcase_add_test(tc, test_interp_eval_rejects_statements);
	tcase_add_test(tc, test_loops);
	tcase_add_test(tc, test_functions);
	tcase_add_test(tc, test_failed_call_is_recorded);
	tcase_add_test(tc, test_record_keywords_and_forms);
	tcase_add_test(tc, test_innermost_call_is_recorded);
	suite_add_tcase(s, tc);
	return (s);
}
