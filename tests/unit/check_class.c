/* check_class.c -- unit suite for src/class.c: user classes and instances */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "check_main.h"
#include "class.h"
#include "exc.h"
#include "func.h"
#include "kind.h"
#include "parser.h"
#include "value.h"
#include "xmalloc.h"

static const struct callargs noargs = { NULL, 0, NULL, NULL, 0 };

/* The message of the pending exception of class cls, cleared. */
static void
expect_error(const struct pyclass *cls, const char *msg)
{
	struct value *e = err_fetch();
	char *s;

	ck_assert_ptr_nonnull(e);
	ck_assert_ptr_eq(e->u.exc->cls, cls);
	s = exc_str(e->u.exc);
	ck_assert_str_eq(s, msg);
	free(s);
	value_decref(e);
}

START_TEST(test_class_and_instance)
{
	struct dict *d = dict_new();
	struct value *c, *sub, *o, *v, *one = value_int(1);
	char *s;

	dict_set(d, "port", value_int(80));
	c = class_new("Conn", NULL, d);
	ck_assert_int_eq(c->kind, KIND_CLASS);
	ck_assert_ptr_nonnull(class_user(c->u.cls));
	ck_assert_ptr_null(class_user(&cls_int));
	s = value_repr(c);
	ck_assert_str_eq(s, "<class '__main__.Conn'>");
	free(s);
	sub = class_new("Sub", c, dict_new());
	ck_assert(class_is_subclass(sub->u.cls, c->u.cls));
	ck_assert(class_is_subclass(sub->u.cls, &cls_object));
	ck_assert(!class_is_subclass(c->u.cls, sub->u.cls));

	o = value_call(sub, &noargs);
	ck_assert_int_eq(o->kind, KIND_INSTANCE);
	ck_assert_str_eq(value_type_name(o), "Sub");
	ck_assert(value_isinstance(o, c->u.cls));
	s = value_repr(o);
	ck_assert(strncmp(s, "<__main__.Sub object at 0x", 26) == 0);
	free(s);
	/* Class attributes through the base; instance ones shadow them. */
	v = value_getattr(o, "port");
	ck_assert_int_eq(v->u.i, 80);
	value_decref(v);
	ck_assert_int_eq(kind_of(o)->setattr(o, "port", one), 0);
	v = value_getattr(o, "port");
	ck_assert_int_eq(v->u.i, 1);
	value_decref(v);
	ck_assert_int_eq(kind_of(o)->setattr(o, "port", NULL), 0);
	ck_assert_int_eq(kind_of(o)->setattr(o, "port", NULL), -1);
	expect_error(&cls_AttributeError,
	    "'Sub' object has no attribute 'port'");
	ck_assert_ptr_null(value_getattr(o, "peer"));
	expect_error(&cls_AttributeError,
	    "'Sub' object has no attribute 'peer'");
	ck_assert_ptr_null(value_getattr(sub, "peer"));
	expect_error(&cls_AttributeError,
	    "type object 'Sub' has no attribute 'peer'");
	/* Setting on the class is seen by its instances. */
	ck_assert_int_eq(kind_of(c)->setattr(c, "peer", one), 0);
	v = value_getattr(o, "peer");
	ck_assert_ptr_eq(v, one);
	value_decref(v);
	ck_assert_int_eq(class_setattr(c, "peer", NULL), 0);
	ck_assert_int_eq(class_setattr(c, "peer", NULL), -1);
	expect_error(&cls_AttributeError,
	    "type object 'Conn' has no attribute 'peer'");
	v = value_class(&cls_int);
	ck_assert_int_eq(class_setattr(v, "size", one), -1);
	expect_error(&cls_TypeError,
	    "cannot set 'size' attribute of immutable type 'int'");
	value_decref(v);
	/* No __init__: no arguments. */
	{
		struct value *pos[1] = { one };
		struct callargs a = { pos, 1, NULL, NULL, 0 };

		ck_assert_ptr_null(value_call(c, &a));
		expect_error(&cls_TypeError, "Conn() takes no arguments");
	}
	value_decref(o);
	value_decref(sub);
	value_decref(c);
	value_decref(one);
}
END_TEST

START_TEST(test_exception_subclass)
{
	struct value *base = value_class(&cls_Exception);
	struct value *c = class_new("ProtocolError", base, dict_new());
	struct value *msg = value_cstr("bad header");
	struct value *pos[1] = { msg };
	struct callargs a = { pos, 1, NULL, NULL, 0 };
	struct value *e = value_call(c, &a);
	char *s;

	ck_assert_int_eq(e->kind, KIND_EXC);
	ck_assert(value_isinstance(e, &cls_Exception));
	ck_assert(value_isinstance(e, c->u.cls));
	s = value_repr(e);
	ck_assert_str_eq(s, "ProtocolError('bad header')");
	free(s);
	s = exc_format_line(e); /* no __main__. prefix, as python3 */
	ck_assert_str_eq(s, "ProtocolError: bad header");
	free(s);
	value_decref(e);
	value_decref(msg);
	value_decref(c);
	value_decref(base);
}
END_TEST

START_TEST(test_bound_method)
{
	struct program *prog = NULL;
	struct dict *d = dict_new();
	struct value *f, *c, *o, *m, *v;
	char *s;

	ck_assert_int_eq(parse_source("def f(self): pass", 17, 1, &prog, NULL),
	    PARSE_OK);
	f = func_new(prog->stmts[0], prog, xcalloc(2, sizeof(struct value *)));
	program_free(prog);
	dict_set(d, "f", value_incref(f));
	c = class_new("C", NULL, d);
	o = value_call(c, &noargs);
	m = value_getattr(o, "f");
	ck_assert_int_eq(m->kind, KIND_METHOD);
	ck_assert_str_eq(value_type_name(m), "method");
	v = value_getattr(m, "__self__");
	ck_assert_ptr_eq(v, o);
	value_decref(v);
	v = value_getattr(m, "__func__");
	ck_assert_ptr_eq(v, f);
	value_decref(v);
	s = value_repr(m);
	ck_assert(strncmp(s, "<bound method C.f of <__main__.C object at 0x",
	              45) == 0);
	free(s);
	/* On the class, a function stays a function. */
	v = value_getattr(c, "f");
	ck_assert_ptr_eq(v, f);
	value_decref(v);
	value_decref(m);
	value_decref(o);
	value_decref(c);
	value_decref(f);
}
END_TEST

Suite *
suite(void)
{
	Suite *s = suite_create("class");
	TCase *tc = tcase_create("Core");

	tcase_add_test(tc, test_class_and_instance);
	tcase_add_test(tc, test_exception_subclass);
	tcase_add_test(tc, test_bound_method);
	suite_add_tcase(s, tc);
	return (s);
}
