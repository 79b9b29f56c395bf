/* check_methods.c -- unit suite for the kinds' methods and %-formatting */
#include <config.h>

#include <sys/socket.h>

#include <stdlib.h>
#include <string.h>

#include "check_main.h"
#include "consts.h"
#include "exc.h"
#include "format.h"
#include "int_methods.h"
#include "list_methods.h"
#include "str_methods.h"
#include "value.h"

/*
 * src/str_methods.c, list_methods.c, int_methods.c, attr.c, and
 * format_percent in format.c.  Expected reprs and exception lines were
 * printed by python3 3.11 for the same expression first.
 */

static void
teardown(void)
{
	err_clear();
}

/* The repr of a result (consumed), or the exception line if it failed. */
static char *
outcome(struct value *r)
{
	char *t;

	if (r == NULL) {
		struct value *e = err_fetch();

		ck_assert_ptr_nonnull(e);
		t = exc_format_line(e);
		value_decref(e);
		return (t);
	}
	ck_assert(!err_occurred());
	t = value_repr(r);
	value_decref(r);
	return (t);
}

#define EXPECT(want, call)                                                     \
	do {                                                                   \
		char *got_ = outcome(call);                                    \
		ck_assert_str_eq(got_, want);                                  \
		free(got_);                                                    \
	} while (0)

/* Call a bound method (consumed) with npos positional arguments (too). */
static struct value *
call(struct value *m, size_t npos, struct value *a0, struct value *a1)
{
	struct value *pos[2] = { a0, a1 }, *r;
	struct callargs ca;

	ck_assert_ptr_nonnull(m);
	ck_assert_int_eq(m->kind, KIND_FUNC);
	memset(&ca, 0, sizeof(ca));
	ca.pos = pos;
	ca.npos = npos;
	r = m->u.func.fn->fn(m->u.func.self, &ca);
	value_decref(m);
	value_decref(a0);
	value_decref(a1);
	return (r);
}

/* obj.name through getattr, obj consumed. */
static struct value *
attr(struct value *(*getattr)(struct value *, const char *), struct value *obj,
    const char *name)
{
	struct value *r = getattr(obj, name);

	value_decref(obj);
	return (r);
}

START_TEST(test_bound_methods)
{
	EXPECT("'ABC'",
	    call(attr(str_getattr, value_cstr("abc"), "upper"), 0, NULL, NULL));
	EXPECT("[b'a', b'b']",
	    call(attr(bytes_getattr, value_bytes("a b", 3), "split"), 0, NULL,
	        NULL));
	EXPECT("b'\\x01'", call(attr(int_getattr, value_bool(1), "to_bytes"), 2,
	                       value_int(1), value_cstr("big")));
	EXPECT("1",
	    call(attr(tuple_getattr, value_tuple(2, value_int(7), value_int(8)),
	             "index"),
	        1, value_int(8), NULL));
	EXPECT("IndexError: pop from empty list",
	    call(attr(list_getattr, value_list_new(0), "pop"), 0, NULL, NULL));
	EXPECT("ValueError: byteorder must be either 'little' or 'big'",
	    call(attr(int_getattr, value_int(5), "to_bytes"), 2, value_int(1),
	        value_cstr("middle")));
}
END_TEST

START_TEST(test_enum_members)
{
	EXPECT("'AF_INET'", attr(enum_getattr, consts_family(AF_INET), "name"));
	EXPECT("2", attr(enum_getattr, consts_family(AF_INET), "value"));
	EXPECT("b'\\x00\\x02'",
	    call(attr(enum_getattr, consts_family(AF_INET), "to_bytes"), 2,
	        value_int(2), value_cstr("big")));
}
END_TEST

START_TEST(test_attribute_errors)
{
	EXPECT("AttributeError: 'str' object has no attribute 'uper'. Did you "
	       "mean: 'upper'?",
	    attr(str_getattr, value_cstr("abc"), "uper"));
	EXPECT("AttributeError: 'bytes' object has no attribute 'decod'. Did "
	       "you mean: 'decode'?",
	    attr(bytes_getattr, value_bytes("", 0), "decod"));
	EXPECT("AttributeError: 'list' object has no attribute 'apend'. Did "
	       "you mean: 'append'?",
	    attr(list_getattr, value_list_new(0), "apend"));
	EXPECT("AttributeError: 'tuple' object has no attribute 'cont'. Did "
	       "you mean: 'count'?",
	    attr(tuple_getattr, value_tuple_new(0), "cont"));
	EXPECT("AttributeError: 'int' object has no attribute 'to_byte'. Did "
	       "you mean: 'to_bytes'?",
	    attr(int_getattr, value_int(1), "to_byte"));
	EXPECT("AttributeError: 'str' object has no attribute 'zzzzzz'",
	    attr(str_getattr, value_cstr("x"), "zzzzzz"));
	/* bytes has no encode: the suggestion comes from bytes' own table */
	EXPECT("AttributeError: 'bytes' object has no attribute 'encode'. Did "
	       "you mean: 'decode'?",
	    attr(bytes_getattr, value_bytes("", 0), "encode"));
}
END_TEST

START_TEST(test_codecs)
{
	struct value *s = value_cstr("\xc3\xa9");

	EXPECT("UnicodeEncodeError: 'ascii' codec can't encode character "
	       "'\\xe9' in position 0: ordinal not in range(128)",
	    str_encode(s, "ascii"));
	EXPECT("b'\\xe9'", str_encode(s, "latin-1"));
	EXPECT("UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in "
	       "position 0: invalid start byte",
	    bytes_decode("\xff", 1, "utf-8"));
	EXPECT("'\xc3\xa9'", bytes_decode("\xe9", 1, "latin-1"));
	value_decref(s);
	EXPECT("LookupError: unknown encoding: rot13x",
	    call(attr(str_getattr, value_cstr("x"), "encode"), 1,
	        value_cstr("rot13x"), NULL));
}
END_TEST

/* fmt % args, both consumed. */
static struct value *
percent(const char *fmt, struct value *args)
{
	struct value *f = value_cstr(fmt), *r = format_percent(f, args);

	value_decref(f);
	value_decref(args);
	return (r);
}

START_TEST(test_percent)
{
	EXPECT("\" 3.14|7   |ff|'a'|b'x'|%|10\"",
	    percent("%5.2f|%-4d|%x|%r|%s|%%|%o",
	        value_tuple(6, value_float(3.14159), value_int(7),
	            value_int(255), value_cstr("a"), value_bytes("x", 1),
	            value_int(8))));
	EXPECT("'ab    |+5|002.2|FE'",
	    percent("%-6s|%+d|%05.1f|%X",
	        value_tuple(4, value_cstr("ab"), value_int(5),
	            value_float(2.25), value_int(254))));
	EXPECT("'3'", percent("%d", value_float(3.9)));
	EXPECT("'1'", percent("%d", value_bool(1)));
	EXPECT("'2.000000'", percent("%f", value_int(2)));
	EXPECT("'(1, 2)'",
	    percent("%s",
	        value_tuple(1, value_tuple(2, value_int(1), value_int(2)))));
	EXPECT("TypeError: %d format: a real number is required, not str",
	    percent("%d", value_cstr("x")));
	EXPECT("TypeError: must be real number, not str",
	    percent("%f", value_cstr("a")));
	EXPECT("ValueError: unsupported format character 'q' (0x71) at index 1",
	    percent("%q", value_int(1)));
	EXPECT("TypeError: not enough arguments for format string",
	    percent("%d %d", value_tuple(1, value_int(1))));
	EXPECT("TypeError: not all arguments converted during string "
	       "formatting",
	    percent("%d", value_tuple(2, value_int(1), value_int(2))));
	EXPECT("ValueError: incomplete format", percent("a%", value_tuple(0)));
}
END_TEST

Suite *
suite(void)
{
	Suite *su = suite_create("methods");
	TCase *m = tcase_create("methods");
	TCase *p = tcase_create("percent");

	tcase_add_checked_fixture(m, NULL, teardown);
	tcase_add_checked_fixture(p, NULL, teardown);
	tcase_add_test(m, test_bound_methods);
	tcase_add_test(m, test_enum_members);
	tcase_add_test(m, test_attribute_errors);
	tcase_add_test(m, test_codecs);
	suite_add_tcase(su, m);
	tcase_add_test(p, test_percent);
	suite_add_tcase(su, p);
	return (su);
}
