/* check_func.c -- unit suite for src/func.c: functions as values */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "check_main.h"
#include "func.h"
#include "kind.h"
#include "parser.h"
#include "value.h"
#include "xmalloc.h"

static struct program *prog;

static void
teardown(void)
{
	program_free(prog);
	prog = NULL;
}

/* The function of the first statement of src (a def). */
static struct value *
def_of(const char *src)
{
	struct value *f;

	ck_assert_int_eq(parse_source(src, strlen(src), 1, &prog, NULL),
	    PARSE_OK);
	ck_assert_int_eq(prog->stmts[0]->kind, S_DEF);
	f = func_new(prog->stmts[0], prog,
	    xcalloc(prog->stmts[0]->nkw + 1, sizeof(struct value *)));
	ck_assert_uint_eq(prog->holds, 1);
	return (f);
}

START_TEST(test_locals)
{
	struct value *f = def_of("def f(a, b=1):\n"
	                         "    global g\n"
	                         "    c = d = a\n"
	                         "    e, [h, i] = b\n"
	                         "    g = 1\n"
	                         "    for j in a:\n"
	                         "        if j:\n"
	                         "            k += 1\n"
	                         "    while 0:\n"
	                         "        del m\n"
	                         "    import os.path, socket as sk\n"
	                         "    from errno import EPIPE as P, EINTR\n"
	                         "    def inner(z): y = 1\n"
	                         "    return q\n");
	const struct pyfunc *fn = f->u.pyfunc;
	static const char *const local[] = { "a", "b", "c", "d", "e", "h", "i",
		"j", "k", "m", "os", "sk", "P", "EINTR", "inner" };
	static const char *const not_local[] = { "g", "q", "z", "y", "f",
		"path", "socket", "EPIPE" };
	size_t i;

	for (i = 0; i < sizeof(local) / sizeof(local[0]); i++)
		ck_assert_msg(func_is_local(fn, local[i]), "%s", local[i]);
	for (i = 0; i < sizeof(not_local) / sizeof(not_local[0]); i++)
		ck_assert_msg(!func_is_local(fn, not_local[i]), "%s",
		    not_local[i]);
	ck_assert_uint_eq(fn->nparams, 2);
	value_decref(f);
	ck_assert_uint_eq(prog->holds, 0);
}
END_TEST

START_TEST(test_the_kind)
{
	struct value *f = def_of("def handle(conn): pass\n"), *n;
	char *r = value_repr(f);

	ck_assert_msg(strncmp(r, "<function handle at 0x", 22) == 0, "%s", r);
	free(r);
	ck_assert_str_eq(value_type_name(f), "function");
	n = value_getattr(f, "__name__");
	ck_assert_str_eq(n->u.s.buf, "handle");
	value_decref(n);
	ck_assert(value_truth(f));
	/* The program goes when its last holder does. */
	program_free(prog); /* the parser's reference: a hold drops */
	ck_assert_uint_eq(prog->holds, 0);
	value_decref(f); /* frees the tree */
	prog = NULL;
}
END_TEST

Suite *
suite(void)
{
	Suite *s = suite_create("func");
	TCase *tc = tcase_create("Core");

	tcase_add_checked_fixture(tc, NULL, teardown);
	tcase_add_test(tc, test_locals);
	tcase_add_test(tc, test_the_kind);
	suite_add_tcase(s, tc);
	return (s);
}
