/* check_traceback.c -- unit suite for src/traceback.c: frames, printing */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_main.h"
#include "exc.h"
#include "traceback.h"
#include "value.h"

static void
teardown(void)
{
	err_clear();
}

/* What traceback_print writes for exc (borrowed), in a static buffer. */
static const char *
printed(const struct value *exc, const char *file, const char *src)
{
	static char out[4096];
	FILE *fp = tmpfile();
	size_t n;

	ck_assert_ptr_nonnull(fp);
	traceback_print(fp, exc, file, src, src ? strlen(src) : 0);
	rewind(fp);
	n = fread(out, 1, sizeof(out) - 1, fp);
	out[n] = '\0';
	fclose(fp);
	return (out);
}

static const char prog[] = "def f():\n"
                           "    x = 1 + g()\n"
                           "f()\n";

START_TEST(test_frames_once_each)
{
	struct value *e;

	traceback_at(0, 3);
	traceback_enter(1, "f");
	traceback_at(1, 2);
	err_set(&cls_ValueError, "bad");
	/* The call g() at columns 12..15 of line 2 failed, then 1 + g(). */
	traceback_span(1, 12, 15, TB_PLAIN, -1, -1);
	traceback_span(1, 8, 15, TB_BINARY, 9, 12);
	ck_assert_int_eq(traceback_record(-1, 1), -1);
	ck_assert_int_eq(traceback_record(-1, 1), -1); /* once a frame */
	ck_assert_int_eq(traceback_record(0, 0), 0);   /* no exception */
	ck_assert_int_eq(traceback_record(-1, 0), -1);
	e = err_fetch();
	ck_assert_uint_eq(e->u.exc->ntb, 2);
	ck_assert_str_eq(printed(e, "/t/p.py", prog),
	    "Traceback (most recent call last):\n"
	    "  File \"/t/p.py\", line 3, in <module>\n"
	    "    f()\n"
	    "  File \"/t/p.py\", line 2, in f\n"
	    "    x = 1 + g()\n"
	    "            ^^^\n");
	/* <string>, <stdin>: no source lines. */
	ck_assert_str_eq(printed(e, "<string>", prog),
	    "Traceback (most recent call last):\n"
	    "  File \"<string>\", line 3, in <module>\n"
	    "  File \"<string>\", line 2, in f\n");
	value_decref(e);
}
END_TEST

START_TEST(test_chained)
{
	struct value *first, *second;

	traceback_at(0, 1);
	err_set(&cls_KeyError, "k");
	traceback_record(-1, 0);
	first = err_fetch();
	traceback_at(0, 2);
	err_set(&cls_OSError, "gone");
	err_chain_context(first);
	traceback_record(-1, 0);
	second = err_fetch();
	ck_assert_str_eq(printed(second, "/t/q.py", NULL),
	    "Traceback (most recent call last):\n"
	    "  File \"/t/q.py\", line 1, in <module>\n"
	    "KeyError: 'k'\n"
	    "\n"
	    "During handling of the above exception, another exception "
	    "occurred:\n"
	    "\n"
	    "Traceback (most recent call last):\n"
	    "  File \"/t/q.py\", line 2, in <module>\n");
	value_decref(first);
	value_decref(second);
}
END_TEST

Suite *
suite(void)
{
	Suite *s = suite_create("traceback");
	TCase *tc = tcase_create("Core");

	tcase_add_checked_fixture(tc, NULL, teardown);
	tcase_add_test(tc, test_frames_once_each);
	tcase_add_test(tc, test_chained);
	suite_add_tcase(s, tc);
	return (s);
}
