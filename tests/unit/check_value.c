/* check_value.c -- unit suite for src/value.c: construction, repr, dicts */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_main.h"
#include "exc.h"
#include "value.h"

/* repr(v) compared with what python3 prints, then v released. */
static void
assert_repr(struct value *v, const char *want)
{
	char *got = value_repr(v);

	ck_assert_str_eq(got, want);
	free(got);
	value_decref(v);
}

START_TEST(test_repr_scalars)
{
	assert_repr(value_none(), "None");
	assert_repr(value_bool(1), "True");
	assert_repr(value_bool(0), "False");
	assert_repr(value_int(-42), "-42");
	assert_repr(value_int(9223372036854775807LL), "9223372036854775807");
}
END_TEST

START_TEST(test_repr_floats)
{
	/* Each expected string is python3's repr of the same double. */
	assert_repr(value_float(1.0), "1.0");
	assert_repr(value_float(0.1), "0.1");
	assert_repr(value_float(2.5e-7), "2.5e-07");
	assert_repr(value_float(1e16), "1e+16");
	assert_repr(value_float(1e22), "1e+22");
	assert_repr(value_float(123456789012345.6), "123456789012345.6");
	assert_repr(value_float(0.0001), "0.0001");
	assert_repr(value_float(-0.0), "-0.0");
	assert_repr(value_float(2.0 / 3.0), "0.6666666666666666");
	assert_repr(value_float(1e300 * 1e300), "inf");
	assert_repr(value_float(1234567890123456.0), "1234567890123456.0");
}
END_TEST

START_TEST(test_repr_str_quotes_and_escapes)
{
	assert_repr(value_cstr("abc"), "'abc'");
	assert_repr(value_cstr("it's"), "\"it's\"");
	assert_repr(value_cstr("both ' and \""), "'both \\' and \"'");
	assert_repr(value_cstr("tab\tnl\ncr\r\\"), "'tab\\tnl\\ncr\\r\\\\'");
	assert_repr(value_str("\0demo", 5), "'\\x00demo'");
	assert_repr(value_cstr("\x7f"), "'\\x7f'");
	assert_repr(value_cstr("caf\xc3\xa9"), "'caf\xc3\xa9'");   /* é kept */
	assert_repr(value_cstr("\xc2\xa0"), "'\\xa0'");            /* NBSP */
}
END_TEST

START_TEST(test_repr_bytes)
{
	assert_repr(value_bytes("hello", 5), "b'hello'");
	assert_repr(value_bytes("\x00\x1f\x90\xff", 4), "b'\\x00\\x1f\\x90\\xff'");
	assert_repr(value_bytes("'", 1), "b\"'\"");
	assert_repr(value_bytes("", 0), "b''");
}
END_TEST

START_TEST(test_repr_sequences)
{
	assert_repr(value_tuple(0), "()");
	assert_repr(value_tuple(1, value_int(1)), "(1,)");
	assert_repr(value_tuple(2, value_cstr("127.0.0.1"), value_int(8080)),
	    "('127.0.0.1', 8080)");
	{
		struct value *l = value_list_new(0);

		value_list_append(l, value_bytes("x", 1));
		value_list_append(l, value_none());
		assert_repr(l, "[b'x', None]");
	}
}
END_TEST

START_TEST(test_repr_enum_and_classes)
{
	assert_repr(value_enum(&cls_AddressFamily, "AF_INET", 2),
	    "<AddressFamily.AF_INET: 2>");
	assert_repr(value_class(&cls_int), "<class 'int'>");
	assert_repr(value_class(&cls_socket), "<class 'socket.socket'>");
	assert_repr(value_class(&cls_AddressFamily), "<enum 'AddressFamily'>");
	assert_repr(value_class(&cls_gaierror), "<class 'socket.gaierror'>");
}
END_TEST

START_TEST(test_str_of_enum_is_number)
{
	struct value *v = value_enum(&cls_SocketKind, "SOCK_DGRAM", 2);
	char *s = value_str_of(v);

	ck_assert_str_eq(s, "2"); /* Python 3.11: str(SOCK_DGRAM) == '2' */
	free(s);
	value_decref(v);
}
END_TEST

START_TEST(test_equality_across_numbers)
{
	struct value *i = value_int(2), *f = value_float(2.0),
	             *e = value_enum(&cls_AddressFamily, "AF_INET", 2),
	             *t = value_bool(1), *one = value_int(1);

	ck_assert(value_equal(i, f));
	ck_assert(value_equal(i, e));
	ck_assert(value_equal(t, one));
	ck_assert(!value_equal(i, one));
	value_decref(i);
	value_decref(f);
	value_decref(e);
	value_decref(t);
	value_decref(one);
}
END_TEST

START_TEST(test_equality_sequences)
{
	struct value *a = value_tuple(2, value_cstr("::1"), value_int(80));
	struct value *b = value_tuple(2, value_cstr("::1"), value_int(80));
	struct value *c = value_tuple(2, value_cstr("::1"), value_int(81));
	struct value *s = value_cstr("x"), *y = value_bytes("x", 1);

	ck_assert(value_equal(a, b));
	ck_assert(!value_equal(a, c));
	ck_assert(!value_equal(s, y)); /* 'x' != b'x' */
	value_decref(a);
	value_decref(b);
	value_decref(c);
	value_decref(s);
	value_decref(y);
}
END_TEST

START_TEST(test_compare_type_error)
{
	struct value *s = value_cstr("a"), *i = value_int(1);
	struct value *e;
	char *line;

	ck_assert_int_eq(value_compare(s, i, "<"), -2);
	e = err_fetch();
	ck_assert_ptr_nonnull(e);
	line = exc_format_line(e);
	ck_assert_str_eq(line, "TypeError: '<' not supported between instances "
	                       "of 'str' and 'int'");
	free(line);
	value_decref(e);
	value_decref(s);
	value_decref(i);
}
END_TEST

START_TEST(test_truth)
{
	struct value *v;

	ck_assert(!value_truth(VALUE_NONE));
	v = value_cstr("");
	ck_assert(!value_truth(v));
	value_decref(v);
	v = value_tuple(1, value_int(0));
	ck_assert(value_truth(v));
	value_decref(v);
	v = value_float(0.0);
	ck_assert(!value_truth(v));
	value_decref(v);
}
END_TEST

START_TEST(test_utf8_len)
{
	ck_assert_uint_eq(utf8_strlen("caf\xc3\xa9", 5), 4);
	ck_assert_uint_eq(utf8_strlen("\xe2\x82\xac", 3), 1);
	ck_assert_uint_eq(utf8_strlen("", 0), 0);
}
END_TEST

START_TEST(test_dict_set_get_del_order)
{
	struct dict *d = dict_new();
	const char *key;
	struct value *val;
	char name[16];
	int i;

	for (i = 0; i < 500; i++) {
		snprintf(name, sizeof(name), "k%d", i);
		dict_set(d, name, value_int(i));
	}
	ck_assert_uint_eq(dict_len(d), 500);
	ck_assert_int_eq(dict_get(d, "k321")->u.i, 321);
	dict_set(d, "k321", value_int(-1)); /* replace keeps the slot */
	ck_assert_int_eq(dict_get(d, "k321")->u.i, -1);
	ck_assert_int_eq(dict_del(d, "k0"), 0);
	ck_assert_int_eq(dict_del(d, "k0"), -1);
	ck_assert_ptr_null(dict_get(d, "k0"));
	ck_assert(dict_entry(d, 0, &key, &val));
	ck_assert_str_eq(key, "k1"); /* insertion order, deleted skipped */
	ck_assert_uint_eq(dict_len(d), 499);
	dict_free(d);
}
END_TEST

START_TEST(test_args_messages)
{
	struct value *one = value_int(1);
	struct value *pos[2] = { one, one };
	struct callargs a = { pos, 2, NULL, NULL, 0 };
	struct value *e;
	char *line;

	ck_assert_int_eq(args_one(&a, "socket.bind"), -1);
	e = err_fetch();
	line = exc_format_line(e);
	ck_assert_str_eq(line, "TypeError: socket.bind() takes exactly one "
	                       "argument (2 given)");
	free(line);
	value_decref(e);
	ck_assert_int_eq(args_range(&a, "listen", 0, 1), -1);
	e = err_fetch();
	line = exc_format_line(e);
	ck_assert_str_eq(line,
	    "TypeError: listen() takes at most 1 argument (2 given)");
	free(line);
	value_decref(e);
	a.npos = 0;
	ck_assert_int_eq(args_range(&a, "recv", 1, 2), -1);
	e = err_fetch();
	line = exc_format_line(e);
	ck_assert_str_eq(line,
	    "TypeError: recv() takes at least 1 argument (0 given)");
	free(line);
	value_decref(e);
	value_decref(one);
}
END_TEST

START_TEST(test_as_long_and_buffer)
{
	struct value *s = value_cstr("80"), *b = value_bytes("ab", 2);
	long long n;
	const char *p;
	size_t len;
	struct value *e;
	char *line;

	ck_assert_int_eq(value_as_long(s, &n), -1);
	e = err_fetch();
	line = exc_format_line(e);
	ck_assert_str_eq(line, "TypeError: 'str' object cannot be interpreted "
	                       "as an integer");
	free(line);
	value_decref(e);
	ck_assert_int_eq(value_as_buffer(b, &p, &len), 0);
	ck_assert_uint_eq(len, 2);
	ck_assert_int_eq(value_as_buffer(s, &p, &len), -1);
	e = err_fetch();
	line = exc_format_line(e);
	ck_assert_str_eq(line,
	    "TypeError: a bytes-like object is required, not 'str'");
	free(line);
	value_decref(e);
	value_decref(s);
	value_decref(b);
}
END_TEST

Suite *
suite(void)
{
	Suite *s = suite_create("value");
	TCase *repr = tcase_create("Repr");
	TCase *core = tcase_create("Core");
	TCase *dict = tcase_create("Dict");

	tcase_add_test(repr, test_repr_scalars);
	tcase_add_test(repr, test_repr_floats);
	tcase_add_test(repr, test_repr_str_quotes_and_escapes);
	tcase_add_test(repr, test_repr_bytes);
	tcase_add_test(repr, test_repr_sequences);
	tcase_add_test(repr, test_repr_enum_and_classes);
	tcase_add_test(repr, test_str_of_enum_is_number);
	tcase_add_test(core, test_equality_across_numbers);
	tcase_add_test(core, test_equality_sequences);
	tcase_add_test(core, test_compare_type_error);
	tcase_add_test(core, test_truth);
	tcase_add_test(core, test_utf8_len);
	tcase_add_test(core, test_args_messages);
	tcase_add_test(core, test_as_long_and_buffer);
	tcase_add_test(dict, test_dict_set_get_del_order);
	suite_add_tcase(s, repr);
	suite_add_tcase(s, core);
	suite_add_tcase(s, dict);
	return (s);
}
