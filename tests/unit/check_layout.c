/* check_layout.c -- unit suite for src/layout.c: .sockaddr's struct dumps */
#include <config.h>

#include <sys/socket.h>
#include <sys/un.h>

#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_main.h"
#include "eval.h"
#include "exc.h"
#include "layout.h"
#include "sockaddr.h"
#include "value.h"

/*
 * The byte strings are CURRICULUM.md section 1.1's, produced there by a
 * C program filling the structs; the offsets and sizes are its
 * offsetof/sizeof table for x86_64.
 */

/* layout_print's output for a Python name (consumed), malloc'd. */
static char *
print_name(int family, struct value *name, socklen_t *lenp)
{
	struct sockaddr_storage ss;
	socklen_t len = 0;
	char *text = NULL;
	size_t size = 0;
	FILE *fp;

	ck_assert_int_eq(sockaddr_from_value(family, name, "bind", &ss, &len),
	    0);
	value_decref(name);
	fp = open_memstream(&text, &size);
	ck_assert_ptr_nonnull(fp);
	ck_assert_int_eq(layout_print(fp, (struct sockaddr *)&ss, len), 0);
	fclose(fp);
	if (lenp != NULL)
		*lenp = len;
	return (text);
}

static struct value *
inet(const char *host, long long port)
{
	return (value_tuple(2, value_cstr(host), value_int(port)));
}

#define HAS(text, line)                                                        \
	ck_assert_msg(strstr((text), (line)) != NULL,                          \
	    "missing line:\n%s\nin:\n%s", (line), (text))

START_TEST(test_inet_exact)
{
	socklen_t len;
	char *t = print_name(AF_INET, inet("127.0.0.1", 8080), &len);

	ck_assert_uint_eq(len, 16);
	ck_assert_str_eq(t,
	    "struct sockaddr_in: 16 bytes, length passed 16\n"
	    "  field       offset  size  value          bytes\n"
	    "  sin_family       0     2  AF_INET (2)    02 00\n"
	    "  sin_port         2     2  8080 (0x1f90)  1f 90\n"
	    "  sin_addr         4     4  127.0.0.1      7f 00 00 01\n"
	    "  sin_zero         8     8  (padding)      00 00 00 00 00 00 00 "
	    "00\n"
	    "the 16 bytes passed:\n"
	    "  0000  02 00 1f 90 7f 00 00 01 00 00 00 00 00 00 00 00  "
	    "|................|\n"
	    "Network byte order: port 8080 = 0x1f90 is stored as 1f 90, "
	    "big-endian (high\n"
	    "byte first, what htons(8080) gives), and so is the address; "
	    "sin_family is in\n"
	    "host order, 02 00 on this little-endian machine.\n");
	free(t);
}
END_TEST

START_TEST(test_inet6_bytes)
{
	socklen_t len;
	char *t = print_name(AF_INET6,
	    value_tuple(2, value_cstr("::1"), value_int(8080)), &len);

	ck_assert_uint_eq(len, 28);
	HAS(t, "struct sockaddr_in6: 28 bytes, length passed 28\n");
	HAS(t, "  sin6_family         0     2  AF_INET6 (10)  0a 00\n");
	HAS(t, "  sin6_port           2     2  8080 (0x1f90)  1f 90\n");
	HAS(t, "  sin6_flowinfo       4     4  0              00 00 00 00\n");
	HAS(t, "  sin6_addr           8    16  ::1            "
	       "00 00 00 00 00 00 00 00\n"
	       "                                              "
	       "00 00 00 00 00 00 00 01\n");
	HAS(t, "  sin6_scope_id      24     4  0              00 00 00 00\n");
	HAS(t, "  0000  0a 00 1f 90 00 00 00 00 00 00 00 00 00 00 00 00  "
	       "|................|\n"
	       "  0010  00 00 00 00 00 00 00 01 00 00 00 00              "
	       "|............|\n");
	free(t);
}
END_TEST

START_TEST(test_inet6_host_order_scope)
{
	/* flowinfo goes in with htonl, scope_id in host order. */
	char *t = print_name(AF_INET6,
	    value_tuple(4, value_cstr("::1"), value_int(1), value_int(5),
	        value_int(2)),
	    NULL);

	HAS(t, "  sin6_flowinfo       4     4  5              00 00 00 05\n");
	HAS(t, "  sin6_scope_id      24     4  2              02 00 00 00\n");
	HAS(t, "  sin6_port           2     2  1 (0x0001)     00 01\n");
	free(t);
}
END_TEST

START_TEST(test_unix_path)
{
	socklen_t len;
	char *t = print_name(AF_UNIX, value_cstr("/tmp/demo.sock"), &len);

	ck_assert_uint_eq(len, 17); /* 2 + 14 + the NUL */
	HAS(t, "struct sockaddr_un: 110 bytes, length passed 17 = 2 + 14 "
	       "path bytes + 1 NUL\n");
	HAS(t, "  sun_family       0     2  AF_UNIX (1)       01 00\n");
	HAS(t, "  sun_path         2   108  '/tmp/demo.sock'  "
	       "2f 74 6d 70 2f 64 65 6d\n");
	HAS(t,
	    "  0000  01 00 2f 74 6d 70 2f 64 65 6d 6f 2e 73 6f 63 6b  "
	    "|../tmp/demo.sock|\n"
	    "  0010  00                                               |.|\n");
	free(t);
}
END_TEST

START_TEST(test_unix_abstract)
{
	socklen_t len;
	char *t = print_name(AF_UNIX, value_bytes("\0demo", 5), &len);

	ck_assert_uint_eq(len, 7); /* 2 + 5: no NUL at the end */
	HAS(t, "length passed 7 = 2 + 5 name bytes (abstract: no NUL at the "
	       "end)\n");
	HAS(t, "  sun_path         2   108  b'\\x00demo'  00 64 65 6d 6f\n");
	HAS(t, "  0000  01 00 00 64 65 6d 6f                             "
	       "|...demo|\n");
	free(t);
}
END_TEST

START_TEST(test_unix_unnamed)
{
	socklen_t len;
	char *t = print_name(AF_UNIX, value_cstr(""), &len);

	ck_assert_uint_eq(len, 2);
	HAS(t, "length passed 2: the family alone, no name\n");
	HAS(t, "  sun_path         2   108  (no name)    (not passed)\n");
	free(t);
}
END_TEST

START_TEST(test_unix_long_path_cut_in_row_not_dump)
{
	char path[108];
	char *t;

	memset(path, 'a', sizeof(path));
	memcpy(path, "/tmp/", 5);
	path[107] = '\0'; /* the longest path: 107 bytes and the NUL */
	t = print_name(AF_UNIX, value_cstr(path), NULL);
	HAS(t, "length passed 110 = 2 + 107 path bytes + 1 NUL\n");
	HAS(t, "'/tmp/aaaaaaaaaaaaa~aaaaaaaaaaaaaaaaaaa'");
	HAS(t, "  0060  61 61 61 61 61 61 61 61 61 61 61 61 61 00        ");
	free(t);
}
END_TEST

START_TEST(test_refuses_short_and_unknown)
{
	struct sockaddr_in sin;
	char buf[64];
	FILE *fp = fmemopen(buf, sizeof(buf), "w");

	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	ck_assert_int_eq(layout_print(fp, (struct sockaddr *)&sin, 8), -1);
	sin.sin_family = AF_APPLETALK;
	ck_assert_int_eq(layout_print(fp, (struct sockaddr *)&sin, 16), -1);
	ck_assert_int_eq(ftell(fp), 0);
	fclose(fp);
}
END_TEST

START_TEST(test_guess_family)
{
	struct value *v;

	v = value_cstr("/tmp/x");
	ck_assert_int_eq(layout_guess_family(v), AF_UNIX);
	value_decref(v);
	v = value_bytes("\0x", 2);
	ck_assert_int_eq(layout_guess_family(v), AF_UNIX);
	value_decref(v);
	v = inet("127.0.0.1", 80);
	ck_assert_int_eq(layout_guess_family(v), AF_INET);
	value_decref(v);
	v = inet("localhost", 80);
	ck_assert_int_eq(layout_guess_family(v), AF_INET);
	value_decref(v);
	v = inet("::1", 80);
	ck_assert_int_eq(layout_guess_family(v), AF_INET6);
	value_decref(v);
	v = value_tuple(4, value_cstr("localhost"), value_int(1), value_int(0),
	    value_int(0));
	ck_assert_int_eq(layout_guess_family(v), AF_INET6);
	value_decref(v);
	/* A dotted quad stays IPv4, so Python's "must be a pair" is said. */
	v = value_tuple(3, value_cstr("127.0.0.1"), value_int(1), value_int(0));
	ck_assert_int_eq(layout_guess_family(v), AF_INET);
	value_decref(v);
	v = value_int(5);
	ck_assert_int_eq(layout_guess_family(v), -1);
	value_decref(v);
}
END_TEST

/* layout_command's stdout text and return code for one command line. */
static char *
command(const char *text, int *rc)
{
	struct interp *in = interp_new();
	char *out = NULL;
	size_t size = 0;
	FILE *fp = open_memstream(&out, &size);

	*rc = layout_command(fp, in, text, 0);
	fclose(fp);
	ck_assert_int_eq(err_occurred(), 0);
	interp_free(in);
	return (out);
}

START_TEST(test_command_evaluates_and_guesses)
{
	int rc;
	char *t = command("('127.0.0.' + '1', 4000 * 2 + 80)  ", &rc);

	ck_assert_int_eq(rc, 0);
	HAS(t, "  0000  02 00 1f 90 7f 00 00 01");
	free(t);
}
END_TEST

START_TEST(test_command_explicit_family)
{
	int rc;
	char *t = command("AF_INET6 ('::1', 8080)", &rc);

	ck_assert_int_eq(rc, 0);
	HAS(t, "struct sockaddr_in6: 28 bytes");
	free(t);
	t = command("socket.AF_INET ('127.0.0.1', 8080)", &rc);
	ck_assert_int_eq(rc, 0);
	HAS(t, "struct sockaddr_in: 16 bytes");
	free(t);
}
END_TEST

START_TEST(test_command_errors_print_nothing_on_stdout)
{
	static const char *const bad[] = { "5", "('127.0.0.1', 70000)", "(",
		"nosuchname", "AF_INET '/tmp/x'", "'/tmp/' + 'a' * 200" };
	size_t i;
	int rc;
	char *t;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		t = command(bad[i], &rc);
		ck_assert_msg(rc == 1, "%s gave %d", bad[i], rc);
		ck_assert_msg(t[0] == '\0', "%s printed %s", bad[i], t);
		free(t);
	}
}
END_TEST

Suite *
suite(void)
{
	Suite *su = suite_create("layout");
	TCase *p = tcase_create("print");
	TCase *c = tcase_create("command");

	tcase_add_test(p, test_inet_exact);
	tcase_add_test(p, test_inet6_bytes);
	tcase_add_test(p, test_inet6_host_order_scope);
	tcase_add_test(p, test_unix_path);
	tcase_add_test(p, test_unix_abstract);
	tcase_add_test(p, test_unix_unnamed);
	tcase_add_test(p, test_unix_long_path_cut_in_row_not_dump);
	tcase_add_test(p, test_refuses_short_and_unknown);
	tcase_add_test(p, test_guess_family);
	suite_add_tcase(su, p);
	tcase_add_test(c, test_command_evaluates_and_guesses);
	tcase_add_test(c, test_command_explicit_family);
	tcase_add_test(c, test_command_errors_print_nothing_on_stdout);
	suite_add_tcase(su, c);
	return (su);
}
