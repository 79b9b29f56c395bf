/* check_iter.c -- unit suite for src/iter.c: iteration and range */
#include <config.h>

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_main.h"
#include "exc.h"
#include "iter.h"
#include "kind.h"
#include "value.h"

static void
teardown(void)
{
	err_clear();
}

/* The reprs of v's items, "a b c", by iterating it (v borrowed). */
static char *
items(struct value *v)
{
	static char out[1024];
	struct value *it, *x;
	char *r;
	size_t n = 0;

	out[0] = '\0';
	it = value_iter(v);
	ck_assert_ptr_nonnull(it);
	while ((x = value_next(it)) != NULL) {
		r = value_repr(x);
		n += (size_t)snprintf(out + n, sizeof(out) - n, "%s%s",
		    n ? " " : "", r);
		free(r);
		value_decref(x);
	}
	ck_assert(!err_occurred());
	value_decref(it);
	return (out);
}

/* range(a, b, c) through the call, as the evaluator makes it. */
static struct value *
range3(long long a, long long b, long long c, size_t n)
{
	struct value *pos[3] = { value_int(a), value_int(b), value_int(c) };
	struct callargs args = { .pos = pos, .npos = n };
	struct value *r;
	size_t i;

	r = range_call(&args);
	for (i = 0; i < 3; i++)
		value_decref(pos[i]);
	return (r);
}

static char *
repr_of(struct value *v)
{
	static char out[256];
	char *r = value_repr(v);

	snprintf(out, sizeof(out), "%s", r);
	free(r);
	return (out);
}

START_TEST(test_iterate_kinds)
{
	struct value *v, *t;

	v = value_cstr("h\xc3\xa9!");
	ck_assert_str_eq(items(v), "'h' '\xc3\xa9' '!'");
	value_decref(v);
	v = value_bytes("\x00\xff", 2);
	ck_assert_str_eq(items(v), "0 255");
	value_decref(v);
	t = value_tuple(2, value_int(1), value_cstr("x"));
	ck_assert_str_eq(items(t), "1 'x'");
	v = value_list_of(t);
	ck_assert_int_eq(v->kind, KIND_LIST);
	ck_assert_str_eq(repr_of(v), "[1, 'x']");
	ck_assert_str_eq(items(v), "1 'x'");
	value_decref(v);
	value_decref(t);
	v = value_dict_new();
	dict_set(v->u.dict, "a", value_int(1));
	dict_set(v->u.dict, "b", value_int(2));
	ck_assert_str_eq(items(v), "'a' 'b'");
	value_decref(v);
	/* An iterator is its own iterator. */
	v = value_range(0, 3, 1);
	t = value_iter(v);
	ck_assert_ptr_eq(value_iter(t), t);
	value_decref(t); /* the reference value_iter(t) added */
	ck_assert_str_eq(items(t), "0 1 2");
	ck_assert_str_eq(items(t), ""); /* used up */
	ck_assert_str_eq(value_type_name(t), "range_iterator");
	value_decref(t);
	value_decref(v);
}
END_TEST

START_TEST(test_not_iterable)
{
	struct value *v = value_int(5);

	ck_assert_ptr_null(value_iter(v));
	ck_assert(err_matches(&cls_TypeError));
	ck_assert(!value_iterable(v));
	err_clear();
	ck_assert_ptr_null(value_list_of(v));
	err_clear();
	value_decref(v);
}
END_TEST

START_TEST(test_dict_changed)
{
	struct value *d = value_dict_new(), *it, *x;

	dict_set(d->u.dict, "a", value_int(1));
	it = value_iter(d);
	x = value_next(it);
	value_decref(x);
	dict_set(d->u.dict, "b", value_int(2));
	ck_assert_ptr_null(value_next(it));
	ck_assert(err_matches(&cls_RuntimeError));
	err_clear();
	value_decref(it);
	value_decref(d);
}
END_TEST

START_TEST(test_range_values)
{
	struct value *r, *i, *x;

	r = range3(5, 0, 0, 1);
	ck_assert_str_eq(repr_of(r), "range(0, 5)");
	ck_assert_str_eq(items(r), "0 1 2 3 4");
	ck_assert_int_eq(range_len(r->u.range), 5);
	value_decref(r);
	r = range3(10, 0, -3, 3);
	ck_assert_str_eq(repr_of(r), "range(10, 0, -3)");
	ck_assert_str_eq(items(r), "10 7 4 1");
	ck_assert_int_eq(range_len(r->u.range), 4);
	i = value_int(-1);
	x = value_getitem(r, i);
	ck_assert_str_eq(repr_of(x), "1");
	value_decref(x);
	value_decref(i);
	i = value_int(4);
	ck_assert_ptr_null(value_getitem(r, i));
	ck_assert(err_matches(&cls_IndexError));
	err_clear();
	value_decref(i);
	i = value_int(7);
	ck_assert_int_eq(value_contains(r, i), 1);
	value_decref(i);
	i = value_int(8);
	ck_assert_int_eq(value_contains(r, i), 0);
	value_decref(i);
	ck_assert(value_truth(r));
	value_decref(r);
	r = range3(3, 3, 1, 2);
	ck_assert(!value_truth(r));
	ck_assert_str_eq(items(r), "");
	x = value_range(7, 2, 1);
	ck_assert(value_equal(r, x)); /* both empty */
	value_decref(x);
	value_decref(r);
	/* The whole of the 64-bit range: len() cannot say, iteration can. */
	r = value_range(LLONG_MIN, LLONG_MAX, 1);
	ck_assert_int_eq(range_len(r->u.range), -1);
	i = value_int(-1);
	x = value_getitem(r, i);
	ck_assert_str_eq(repr_of(x), "9223372036854775806");
	value_decref(x);
	value_decref(i);
	value_decref(r);
}
END_TEST

START_TEST(test_range_errors)
{
	struct value *s = value_cstr("9");
	struct callargs args = { .pos = &s, .npos = 1 };

	ck_assert_ptr_null(range3(1, 2, 0, 3));
	ck_assert(err_matches(&cls_ValueError));
	ck_assert_str_eq(repr_of((struct value *)err_peek()),
	    "ValueError('range() arg 3 must not be zero')");
	err_clear();
	ck_assert_ptr_null(range3(1, 2, 0, 0));
	ck_assert_str_eq(repr_of((struct value *)err_peek()),
	    "TypeError('range expected at least 1 argument, got 0')");
	err_clear();
	ck_assert_ptr_null(range_call(&args));
	ck_assert_str_eq(repr_of((struct value *)err_peek()),
	    "TypeError(\"'str' object cannot be interpreted as an integer\")");
	err_clear();
	value_decref(s);
}
END_TEST

START_TEST(test_enumerate_zip)
{
	struct value *l = value_tuple(2, value_cstr("a"), value_cstr("b"));
	struct value *r = value_range(5, 9, 1), *pos[2] = { l, r }, *e, *z;
	struct callargs a2 = { .pos = pos, .npos = 2 };
	struct callargs a1 = { .pos = pos, .npos = 1 };

	e = enumerate_call(&a1);
	ck_assert_str_eq(items(e), "(0, 'a') (1, 'b')");
	ck_assert_str_eq(value_type_name(e), "enumerate");
	value_decref(e);
	z = zip_call(&a2);
	ck_assert_str_eq(items(z), "('a', 5) ('b', 6)");
	ck_assert_str_eq(value_type_name(z), "zip");
	value_decref(z);
	pos[1] = value_int(3);
	ck_assert_ptr_null(zip_call(&a2));
	ck_assert(err_matches(&cls_TypeError));
	err_clear();
	value_decref(pos[1]);
	value_decref(l);
	value_decref(r);
}
END_TEST

Suite *
suite(void)
{
	Suite *s = suite_create("iter");
	TCase *tc = tcase_create("Core");

	tcase_add_checked_fixture(tc, NULL, teardown);
	tcase_add_test(tc, test_iterate_kinds);
	tcase_add_test(tc, test_not_iterable);
	tcase_add_test(tc, test_dict_changed);
	tcase_add_test(tc, test_range_values);
	tcase_add_test(tc, test_range_errors);
	tcase_add_test(tc, test_enumerate_zip);
	suite_add_tcase(s, tc);
	return (s);
}
