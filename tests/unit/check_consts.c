/* check_consts.c -- unit suite for src/consts.c: the socket constants */
#include <config.h>

#include <sys/socket.h>

#include <netdb.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>

#include "check_main.h"
#include "consts.h"
#include "value.h"

/* Expected reprs were printed by python3 3.11: repr(socket.X). */

/* repr(v) is want; consumes v. */
static void
expect_repr(const char *want, struct value *v)
{
	char *r;

	ck_assert_ptr_nonnull(v);
	r = value_repr(v);
	ck_assert_str_eq(r, want);
	free(r);
	value_decref(v);
}

START_TEST(test_name_to_value)
{
	const struct sockconst *c;

	c = consts_by_name("AF_INET6");
	ck_assert_ptr_nonnull(c);
	ck_assert_int_eq(c->value, AF_INET6);
	c = consts_by_name("SO_REUSEADDR");
	ck_assert_ptr_nonnull(c);
	ck_assert_int_eq(c->value, SO_REUSEADDR);
	c = consts_by_name("IPPROTO_TCP");
	ck_assert_ptr_nonnull(c);
	ck_assert_int_eq(c->value, IPPROTO_TCP);
	c = consts_by_name("MSG_PEEK");
	ck_assert_ptr_nonnull(c);
	ck_assert_int_eq(c->value, MSG_PEEK);
	ck_assert_ptr_null(consts_by_name("AF_NOSUCH"));
	ck_assert_ptr_null(consts_by_name("af_inet")); /* names are exact */
	ck_assert_ptr_null(consts_by_name(""));
}
END_TEST

START_TEST(test_value_to_name)
{
	const struct sockconst *c;

	c = consts_by_value(&cls_SocketKind, SOCK_DGRAM);
	ck_assert_ptr_nonnull(c);
	ck_assert_str_eq(c->name, "SOCK_DGRAM");
	c = consts_by_value(&cls_MsgFlag, MSG_DONTWAIT);
	ck_assert_ptr_nonnull(c);
	ck_assert_str_eq(c->name, "MSG_DONTWAIT");
	/* AF_ROUTE is an alias: repr names the canonical member. */
	expect_repr("<AddressFamily.AF_NETLINK: 16>",
	    consts_value(consts_by_name("AF_ROUTE")));
	expect_repr("<AddressFamily.AF_NETLINK: 16>",
	    consts_member(&cls_AddressFamily, 16));
	/* No member: a plain int, as socket.py's _intenum_converter gives. */
	ck_assert_ptr_null(consts_by_value(&cls_AddressFamily, 12345));
	expect_repr("12345", consts_member(&cls_AddressFamily, 12345));
	expect_repr("<AddressFamily.AF_INET: 2>", consts_family(AF_INET));
	expect_repr("<AddressFamily.AF_UNIX: 1>", consts_family(AF_UNIX));
	expect_repr("<SocketKind.SOCK_STREAM: 1>",
	    consts_socktype(SOCK_STREAM));
	expect_repr("99", consts_socktype(99));
	expect_repr("<AddressInfo.AI_PASSIVE: 1>",
	    consts_member(&cls_AddressInfo, AI_PASSIVE));
}
END_TEST

START_TEST(test_groups)
{
	/* The enum classes are the groups; the rest are plain ints. */
	ck_assert_ptr_eq(consts_by_name("AF_INET")->cls, &cls_AddressFamily);
	ck_assert_ptr_eq(consts_by_name("SOCK_RAW")->cls, &cls_SocketKind);
	ck_assert_ptr_eq(consts_by_name("MSG_WAITALL")->cls, &cls_MsgFlag);
	ck_assert_ptr_eq(consts_by_name("AI_CANONNAME")->cls, &cls_AddressInfo);
	ck_assert_ptr_null(consts_by_name("AF_DECnet")->cls); /* 12 in Python */
	ck_assert_ptr_null(consts_by_name("SOL_SOCKET")->cls);
	ck_assert_ptr_null(consts_by_name("SO_REUSEADDR")->cls);
	ck_assert_ptr_null(consts_by_name("IPPROTO_UDP")->cls);
	expect_repr("2", consts_value(consts_by_name("SO_REUSEADDR")));
	expect_repr("1", consts_value(consts_by_name("SOL_SOCKET")));
	expect_repr("<MsgFlag.MSG_PEEK: 2>",
	    consts_value(consts_by_name("MSG_PEEK")));
	/* A value is found only in its own group: 2 is no SocketKind name. */
	ck_assert_str_eq(consts_by_value(&cls_SocketKind, 2)->name,
	    "SOCK_DGRAM");
	ck_assert_str_eq(consts_by_value(&cls_AddressFamily, 2)->name,
	    "AF_INET");
	ck_assert_ptr_null(consts_by_value(NULL, -424242));
}
END_TEST

START_TEST(test_table_is_whole)
{
	const struct sockconst *c, *d;
	size_t n = 0;

	for (c = consts_table; c->name != NULL; c++) {
		n++;
		/* every row is found again by its name: no name twice */
		d = consts_by_name(c->name);
		ck_assert_msg(d == c, "%s: twice in the table", c->name);
		if (c->canon != NULL)
			ck_assert_ptr_nonnull(consts_by_name(c->canon));
	}
	ck_assert_uint_gt(n, 300);
}
END_TEST

Suite *
suite(void)
{
	Suite *su = suite_create("consts");
	TCase *t = tcase_create("lookup");

	tcase_add_test(t, test_name_to_value);
	tcase_add_test(t, test_value_to_name);
	tcase_add_test(t, test_groups);
	tcase_add_test(t, test_table_is_whole);
	suite_add_tcase(su, t);
	return (su);
}
