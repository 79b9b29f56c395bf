/* check_exc.c -- unit suite for src/exc.c: classes, errno map, printing */
#include <config.h>

#include <errno.h>
#include <netdb.h>
#include <stdlib.h>
#include <string.h>

#include "check_main.h"
#include "exc.h"
#include "value.h"

static void
assert_line(struct value *e, const char *want)
{
	char *got = exc_format_line(e);

	ck_assert_str_eq(got, want);
	free(got);
	value_decref(e);
}

START_TEST(test_errno_classes)
{
	ck_assert_ptr_eq(exc_class_for_errno(ECONNREFUSED),
	    &cls_ConnectionRefusedError);
	ck_assert_ptr_eq(exc_class_for_errno(EAGAIN), &cls_BlockingIOError);
	ck_assert_ptr_eq(exc_class_for_errno(EINPROGRESS),
	    &cls_BlockingIOError);
	ck_assert_ptr_eq(exc_class_for_errno(EPIPE), &cls_BrokenPipeError);
	ck_assert_ptr_eq(exc_class_for_errno(ECONNRESET),
	    &cls_ConnectionResetError);
	ck_assert_ptr_eq(exc_class_for_errno(ENOENT), &cls_FileNotFoundError);
	ck_assert_ptr_eq(exc_class_for_errno(EACCES), &cls_PermissionError);
	ck_assert_ptr_eq(exc_class_for_errno(ETIMEDOUT), &cls_TimeoutError);
	ck_assert_ptr_eq(exc_class_for_errno(EADDRINUSE), &cls_OSError);
}
END_TEST

START_TEST(test_hierarchy)
{
	ck_assert(class_is_subclass(&cls_ConnectionRefusedError,
	    &cls_ConnectionError));
	ck_assert(class_is_subclass(&cls_ConnectionRefusedError, &cls_OSError));
	ck_assert(class_is_subclass(&cls_gaierror, &cls_OSError));
	ck_assert(class_is_subclass(&cls_TimeoutError, &cls_Exception));
	ck_assert(!class_is_subclass(&cls_KeyboardInterrupt, &cls_Exception));
	ck_assert(!class_is_subclass(&cls_OSError, &cls_TimeoutError));
}
END_TEST

START_TEST(test_lines_as_python_prints_them)
{
	assert_line(exc_new_errno(EADDRINUSE, NULL),
	    "OSError: [Errno 98] Address already in use");
	assert_line(exc_new_errno(ECONNREFUSED, NULL),
	    "ConnectionRefusedError: [Errno 111] Connection refused");
	assert_line(exc_new_errno(ENOENT, value_cstr("/tmp/x")),
	    "FileNotFoundError: [Errno 2] No such file or directory: '/tmp/x'");
	assert_line(exc_new_gai(EAI_NONAME),
	    "socket.gaierror: [Errno -2] Name or service not known");
	assert_line(exc_new_msg(&cls_TimeoutError, "timed out"),
	    "TimeoutError: timed out");
	assert_line(exc_new_msg(&cls_OSError, "AF_UNIX path too long"),
	    "OSError: AF_UNIX path too long");
	assert_line(exc_new(&cls_KeyboardInterrupt, NULL), "KeyboardInterrupt");
}
END_TEST

START_TEST(test_repr_and_attributes)
{
	struct value *e = exc_new_errno(EADDRINUSE, NULL), *a;
	char *s = exc_repr(e->u.exc);

	ck_assert_str_eq(s, "OSError(98, 'Address already in use')");
	free(s);
	a = exc_getattr(e, "errno");
	ck_assert_int_eq(a->u.i, 98);
	value_decref(a);
	a = exc_getattr(e, "strerror");
	ck_assert_str_eq(a->u.s.buf, "Address already in use");
	value_decref(a);
	a = exc_getattr(e, "filename");
	ck_assert_int_eq(a->kind, KIND_NONE);
	value_decref(a);
	ck_assert_ptr_null(exc_getattr(e, "nosuch"));
	value_decref(e);
	e = exc_new_msg(&cls_TimeoutError, "timed out");
	a = exc_getattr(e, "errno");
	ck_assert_int_eq(a->kind, KIND_NONE); /* errno None, as Python */
	value_decref(a);
	value_decref(e);
}
END_TEST

START_TEST(test_pending)
{
	struct value *e;

	ck_assert(!err_occurred());
	ck_assert_ptr_null(err_set_errno(EBADF));
	ck_assert(err_occurred());
	ck_assert(err_matches(&cls_OSError));
	err_set_callsite("getsockname", NULL);
	err_set_callsite("later", NULL); /* the innermost call keeps its name */
	e = err_fetch();
	ck_assert(!err_occurred());
	ck_assert_ptr_nonnull(e->u.exc->call);
	ck_assert_str_eq(e->u.exc->call->name, "getsockname");
	value_decref(e);
}
END_TEST

START_TEST(test_interrupt_flag)
{
	struct value *e;

	ck_assert_int_eq(err_check_interrupt(), 0);
	exc_sigint_pending = 1;
	ck_assert_int_eq(err_check_interrupt(), -1);
	ck_assert_int_eq(exc_sigint_pending, 0);
	e = err_fetch();
	ck_assert(value_isinstance(e, &cls_KeyboardInterrupt));
	value_decref(e);
}
END_TEST

START_TEST(test_suggestions_as_python)
{
	/* Each pair checked against python3 3.11's "Did you mean". */
	static const char *const socket_attrs[] = { "bind", "close", "connect",
		"getsockname", "listen", "recv", "send" };
	static const char *const names[] = { "AF_INET", "AF_INET6", "AF_UNIX",
		"socket", "socketpair" };

	ck_assert_str_eq(exc_suggest("bnd", socket_attrs, 7), "bind");
	ck_assert_str_eq(exc_suggest("AF_INT", names, 5), "AF_INET");
	ck_assert_str_eq(exc_suggest("socketx", names, 5), "socket");
	ck_assert_ptr_null(exc_suggest("zzzzzz", names, 5));
	/* 6 case flips cost 6 > (7 + 7 + 3) * 2 / 6: python3 suggests nothing. */
	ck_assert_ptr_null(exc_suggest("af_inet", names, 5));
	ck_assert_str_eq(exc_suggest("AF_inet", names, 5), "AF_INET");
}
END_TEST

Suite *
suite(void)
{
	Suite *s = suite_create("exc");
	TCase *tc = tcase_create("Core");

	tcase_add_test(tc, test_errno_classes);
	tcase_add_test(tc, test_hierarchy);
	tcase_add_test(tc, test_lines_as_python_prints_them);
	tcase_add_test(tc, test_repr_and_attributes);
	tcase_add_test(tc, test_pending);
	tcase_add_test(tc, test_interrupt_flag);
	tcase_add_test(tc, test_suggestions_as_python);
	suite_add_tcase(s, tc);
	return (s);
}
