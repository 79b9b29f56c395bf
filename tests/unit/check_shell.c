/* check_shell.c -- unit suite for src/shell.c: running entries */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check_main.h"
#include "eval.h"
#include "exc.h"
#include "shell.h"
#include "value.h"

static struct shell sh;

static void
setup(void)
{
	shell_init(&sh);
	sh.echo = 1;
}

static void
teardown(void)
{
	shell_free(&sh);
	err_clear();
}

/* repr(eval(expr)) in the session (the expression must not fail). */
static char *
ev(const char *expr)
{
	struct value *v = interp_eval(sh.in, expr);
	char *s;

	ck_assert_msg(v != NULL, "%s failed", expr);
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

/* Run src as one entry with stdout caught; what it printed goes in out. */
static int
entry(const char *src, char *out, size_t outsz)
{
	int fds[2], saved, rc;
	ssize_t n;

	ck_assert_int_eq(pipe(fds), 0);
	fflush(stdout);
	saved = dup(STDOUT_FILENO);
	dup2(fds[1], STDOUT_FILENO);
	rc = shell_run_entry(&sh, src, strlen(src));
	fflush(stdout);
	dup2(saved, STDOUT_FILENO);
	close(saved);
	close(fds[1]);
	n = read(fds[0], out, outsz - 1);
	close(fds[0]);
	out[n > 0 ? n : 0] = '\0';
	return (rc);
}

START_TEST(test_echo_sets_underscore_and_last_value)
{
	char got[64];

	/* The shell's printer, not the evaluator, echoes values. */
	ck_assert_int_eq(entry("40 + 2; None", got, sizeof(got)), 0);
	ck_assert_str_eq(got, "42\n"); /* None is not echoed */
	EV_EQ("_", "42");              /* ... and leaves `_` alone */

	/* An uncaught error in an entry becomes sys.last_value. */
	ck_assert_int_eq(entry("import sys; 1 / 0", got, sizeof(got)), 1);
	ck_assert_str_eq(got, "");
	EV_EQ("isinstance(sys.last_value, ZeroDivisionError)", "True");
	EV_EQ("sys.last_value.args", "('division by zero',)");
}
END_TEST

START_TEST(test_no_echo_prints_nothing)
{
	char got[64];

	sh.echo = 0;
	ck_assert_int_eq(entry("40 + 2", got, sizeof(got)), 0);
	ck_assert_str_eq(got, "");
}
END_TEST

Suite *
suite(void)
{
	Suite *s = suite_create("shell");
	TCase *tc = tcase_create("Entries");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_echo_sets_underscore_and_last_value);
	tcase_add_test(tc, test_no_echo_prints_nothing);
	suite_add_tcase(s, tc);
	return (s);
}
