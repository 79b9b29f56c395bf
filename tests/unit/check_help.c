/* check_help.c -- unit suite for src/help.c: every name has words */
#include <config.h>

#include <sys/socket.h>

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "builtins.h"
#include "check_main.h"
#include "consts.h"
#include "dotcmd.h"
#include "exc.h"
#include "help.h"
#include "sockmod.h"
#include "sockobj.h"
#include "value.h"
#include "xmalloc.h"

static int
is_missing(const char *text)
{
	return (strncmp(text, "No sockshell help", 17) == 0);
}

/* Every method of socket.socket has its own row, found by every spelling. */
START_TEST(test_every_socket_method)
{
	const struct help_entry *e;
	char *full, *var;
	size_t i;

	for (i = 0; sockobj_methods[i].name != NULL; i++) {
		full = xasprintf("socket.socket.%s", sockobj_methods[i].name);
		var = xasprintf("s.%s", sockobj_methods[i].name);
		e = help_lookup(full);
		ck_assert_msg(e != NULL && strcmp(e->name, full) == 0,
		    "no help row for %s", full);
		ck_assert_ptr_eq(help_lookup(sockobj_methods[i].name), e);
		ck_assert_ptr_eq(help_lookup(var), e);
		ck_assert_msg(e->sig && e->returns && e->ccall,
		    "%s lacks signature, returns or C call", full);
		free(full);
		free(var);
	}
	for (i = 0; sockobj_attrs[i] != NULL; i++) {
		full = xasprintf("socket.socket.%s", sockobj_attrs[i]);
		ck_assert_msg(help_lookup(full) != NULL, "no help for %s",
		    full);
		free(full);
	}
}
END_TEST

/* Every function of the socket module has a row; every constant a group. */
START_TEST(test_every_module_member)
{
	struct value *mod = sockmod_create(), *v;
	const struct help_entry *e;
	const char *key;
	char *full, *text;
	size_t i;

	for (i = 0; dict_entry(mod->u.mod->dict, i, &key, &v); i++) {
		full = xasprintf("socket.%s", key);
		if (v->kind == KIND_FUNC) {
			e = help_lookup(full);
			ck_assert_msg(e != NULL && strcmp(e->name, full) == 0,
			    "no help row for %s", full);
			ck_assert_msg(e->sig && e->ccall,
			    "%s lacks sig or C call", full);
		} else if (v->kind == KIND_INT || v->kind == KIND_ENUM ||
		           v->kind == KIND_BOOL) {
			ck_assert_msg(help_lookup(key) != NULL,
			    "no constant group for %s", full);
		}
		text = help_for_value(v, 0);
		ck_assert_msg(v->kind == KIND_INT || !is_missing(text),
		    "help(%s) found nothing", full);
		free(text);
		free(full);
	}
	value_decref(mod);
}
END_TEST

START_TEST(test_every_builtin_and_module)
{
	static const char *const mods[] = { "os", "os.path", "errno", "sys",
		NULL };
	struct dict *d = dict_new();
	struct value *v, *m;
	const char *key;
	char *text, *full;
	size_t i, k;

	builtins_install(d);
	for (i = 0; dict_entry(d, i, &key, &v); i++) {
		text = help_for_value(v, 0);
		ck_assert_msg(!is_missing(text), "help(%s) found nothing", key);
		free(text);
	}
	dict_free(d);
	for (k = 0; mods[k] != NULL; k++) {
		m = builtins_import(mods[k]);
		ck_assert_ptr_nonnull(m);
		text = help_for_value(m, 0);
		ck_assert_msg(!is_missing(text), "help(%s)", mods[k]);
		free(text);
		for (i = 0; dict_entry(m->u.mod->dict, i, &key, &v); i++) {
			if (v->kind != KIND_FUNC)
				continue;
			full = xasprintf("%s.%s", mods[k], key);
			ck_assert_msg(help_lookup(full) != NULL,
			    "no help for %s", full);
			free(full);
		}
		value_decref(m);
	}
	builtins_cleanup();
}
END_TEST

START_TEST(test_every_dot_command)
{
	const struct dotcmd *d;
	char *name;

	for (d = dotcmds; d->name != NULL; d++) {
		name = xasprintf(".%s", d->name);
		ck_assert_msg(help_lookup(name) != NULL, "no help row for %s",
		    name);
		/* "help" and "quit" are builtins too: those win unadorned. */
		ck_assert_ptr_nonnull(help_lookup(d->name));
		free(name);
	}
	/* Rows for commands this build lacks stay hidden. */
	ck_assert_ptr_null(help_lookup(".no-such-command"));
}
END_TEST

/*
 * .help python: what the subset's SyntaxError points to; it names the
 * statements the shell runs and what it does not run yet.
 */
START_TEST(test_python_topic)
{
	const struct help_entry *e = help_lookup("python");
	const char *words[] = { "def", "class", "try/except", "with", "while",
		"lambda", "Not yet", "comprehensions", NULL };
	size_t i;

	ck_assert_ptr_nonnull(e);
	for (i = 0; words[i] != NULL; i++)
		ck_assert_msg(strstr(e->does, words[i]) != NULL,
		    ".help python does not mention %s", words[i]);
}
END_TEST

/* help(s.bind), help(socket.socket.bind): the same row. */
START_TEST(test_methods_bound_and_unbound)
{
	int fd = socket(AF_INET, SOCK_DGRAM, 0);
	struct value *s, *m, *u;
	char *a, *b;
	size_t i;

	ck_assert_int_ge(fd, 0);
	s = sockobj_new(fd, AF_INET, SOCK_DGRAM, 0);
	m = sockobj_getattr(s, "bind");
	for (i = 0; strcmp(sockobj_methods[i].name, "bind") != 0; i++)
		;
	u = value_func(&sockobj_methods[i], NULL);
	a = help_for_value(m, 0);
	b = help_for_value(u, 0);
	ck_assert_str_eq(a, b);
	ck_assert_msg(strncmp(a, "s.bind(address)\n", 16) == 0, "%s", a);
	ck_assert_ptr_nonnull(strstr(a, "bind(3, {sa_family=AF_INET, "
	                                "sin_port=htons(8080), sin_addr="
	                                "inet_addr(\"127.0.0.1\")}, 16)"));
	ck_assert_ptr_nonnull(strstr(a, "EADDRINUSE"));
	free(a);
	free(b);
	a = help_for_value(s, 0); /* help(s): the class */
	ck_assert_msg(strncmp(a, "socket.socket(", 14) == 0, "%s", a);
	free(a);
	value_decref(m);
	value_decref(u);
	value_decref(s);
}
END_TEST

START_TEST(test_underneath_calls)
{
	/* send is sendto with a NULL address; accept is accept4. */
	ck_assert_ptr_nonnull(strstr(help_lookup("send")->ccall,
	    "sendto(3, \"hello\", 5, 0, NULL, 0)"));
	ck_assert_ptr_nonnull(strstr(help_lookup("accept")->ccall, "accept4("));
	ck_assert_ptr_nonnull(strstr(help_lookup("recv")->ccall, "recvfrom("));
}
END_TEST

START_TEST(test_constants_name_their_value)
{
	struct value *v = value_enum(&cls_AddressFamily, "AF_INET6", 10);
	char *t = help_for_value(v, 0);

	ck_assert_msg(strncmp(t, "socket.AF_INET6 is 10", 21) == 0, "%s", t);
	ck_assert_ptr_nonnull(strstr(t, "socket.AF_*"));
	free(t);
	value_decref(v);
	ck_assert_str_eq(help_lookup("SO_REUSEADDR")->name, "socket.SO_*");
	ck_assert_str_eq(help_lookup("socket.SOCK_DGRAM")->name,
	    "socket.SOCK_*");
	ck_assert_str_eq(help_lookup("SOL_SOCKET")->name, "socket.SO_*");
	ck_assert_str_eq(help_lookup("IPV6_V6ONLY")->name, "socket.IPV6_*");
	ck_assert_str_eq(help_lookup("IPPROTO_TCP")->name, "socket.IPPROTO_*");
	ck_assert_str_eq(help_lookup("SHUT_WR")->name, "socket.SHUT_*");
	ck_assert_str_eq(help_lookup("MSG_PEEK")->name, "socket.MSG_*");
	ck_assert_str_eq(help_lookup("AI_PASSIVE")->name, "socket.AI_*");
	ck_assert_str_eq(help_lookup("NI_NUMERICHOST")->name, "socket.NI_*");
	ck_assert_str_eq(help_lookup("INADDR_ANY")->name, "socket.INADDR_*");
	/* A plain int cannot say which constant it was: say so. */
	v = value_int(2);
	t = help_for_value(v, 0);
	ck_assert_ptr_nonnull(strstr(t, "help('SO_REUSEADDR')"));
	free(t);
	value_decref(v);
}
END_TEST

START_TEST(test_lookup_spellings)
{
	ck_assert_str_eq(help_lookup("getaddrinfo")->name,
	    "socket.getaddrinfo");
	ck_assert_str_eq(help_lookup("socket.getaddrinfo()")->name,
	    "socket.getaddrinfo");
	ck_assert_str_eq(help_lookup("socket.bind")->name,
	    "socket.socket.bind");
	ck_assert_str_eq(help_lookup(" bind ")->name, "socket.socket.bind");
	ck_assert_str_eq(help_lookup("socket")->name, "socket");
	ck_assert_str_eq(help_lookup("socket.socket")->name, "socket.socket");
	ck_assert_str_eq(help_lookup("print")->name, "print");
	ck_assert_str_eq(help_lookup("str.split")->name, "str");
	ck_assert_str_eq(help_lookup("bytes.decode")->name, "bytes.decode");
	ck_assert_str_eq(help_lookup(".help")->name, ".help");
	ck_assert_ptr_null(help_lookup("no_such_thing"));
	ck_assert_ptr_null(help_lookup(""));
}
END_TEST

/* Prose fits 76 columns; only call forms and C calls may run longer. */
START_TEST(test_text_fits_and_colour)
{
	const struct help_entry *e;
	char *t, *line, *save = NULL;
	int n;

	for (e = help_entries; e->name != NULL; e++) {
		t = help_format(e, 0);
		ck_assert_msg(strchr(t, '\033') == NULL,
		    "%s: ESC without colour", e->name);
		for (n = 0, line = strtok_r(t, "\n", &save); line != NULL;
		     line = strtok_r(NULL, "\n", &save), n++)
			ck_assert_msg(strlen(line) <= 76 || n == 0 ||
			                  (line[0] == ' ' && line[1] == ' ' &&
			                      line[2] >= 'a' &&
			                      line[2] <= 'z' &&
			                      strchr(line, '(') != NULL),
			    "%s: line too long: %s", e->name, line);
		free(t);
		t = help_format(e, 1);
		if (e->sig != NULL)
			ck_assert_msg(strncmp(t, "\033[36m", 5) == 0, "%s",
			    e->name);
		ck_assert_ptr_null(strstr(t, "\033[5")); /* never blink */
		free(t);
	}
	t = help_overview(0);
	ck_assert_ptr_nonnull(strstr(t, "help(socket.socket.bind)"));
	ck_assert_ptr_nonnull(strstr(t, ".help"));
	ck_assert_ptr_null(strchr(t, '\033'));
	free(t);
}
END_TEST

/*
 * The methods' help rows live in their method rows, not in help_entries:
 * hold them to the same width and colour rules, and the table they are
 * gathered into to one row per name, in order.
 */
START_TEST(test_method_rows_fit_and_colour)
{
	const struct help_entry *e;
	char *full, *t, *line, *save = NULL;
	size_t i;
	int n;

	for (i = 0; sockobj_methods[i].name != NULL; i++) {
		if (i > 0)
			ck_assert_msg(strcmp(sockobj_methods[i - 1].name,
			                  sockobj_methods[i].name) < 0,
			    "method table out of order or twice: %s",
			    sockobj_methods[i].name);
		full = xasprintf("socket.socket.%s", sockobj_methods[i].name);
		e = help_lookup(full);
		ck_assert_ptr_nonnull(e);
		ck_assert_ptr_eq(
		    sockobj_method_info(sockobj_methods[i].name)->sig, e->sig);
		t = help_format(e, 0);
		ck_assert_msg(strchr(t, '\033') == NULL,
		    "%s: ESC without colour", full);
		for (n = 0, line = strtok_r(t, "\n", &save); line != NULL;
		     line = strtok_r(NULL, "\n", &save), n++)
			ck_assert_msg(strlen(line) <= 76 || n == 0 ||
			                  (line[0] == ' ' && line[1] == ' ' &&
			                      line[2] >= 'a' &&
			                      line[2] <= 'z' &&
			                      strchr(line, '(') != NULL),
			    "%s: line too long: %s", full, line);
		free(t);
		t = help_format(e, 1);
		ck_assert_msg(strncmp(t, "\033[36m", 5) == 0, "%s", full);
		ck_assert_ptr_null(strstr(t, "\033[5"));
		free(t);
		free(full);
	}
}
END_TEST

/* help(socket.socket) lists the methods the rows have, every one. */
START_TEST(test_class_lists_every_method)
{
	char *t = help_format(help_lookup("socket.socket"), 0), *w, *p;
	size_t i;

	ck_assert_ptr_null(strstr(t, "{methods}"));
	for (p = t; (p = strchr(p, '\n')) != NULL; p++)
		*p = ' '; /* the list is wrapped */
	for (i = 0; sockobj_methods[i].name != NULL; i++) {
		w = xasprintf(" %s", sockobj_methods[i].name);
		ck_assert_msg(strstr(t, w) != NULL,
		    "help(socket.socket) "
		    "does not list %s:\n%s",
		    sockobj_methods[i].name, t);
		free(w);
	}
	free(t);
}
END_TEST

/* As main() does first: help learns the dot commands from dotcmd.c. */
static void
lend_dots(void)
{
	dotcmd_lend_help();
}

Suite *
suite(void)
{
	Suite *su = suite_create("help");
	TCase *c = tcase_create("coverage");
	TCase *l = tcase_create("lookup");

	tcase_add_checked_fixture(c, lend_dots, NULL);
	tcase_add_checked_fixture(l, lend_dots, NULL);

	tcase_add_test(c, test_every_socket_method);
	tcase_add_test(c, test_every_module_member);
	tcase_add_test(c, test_every_builtin_and_module);
	tcase_add_test(c, test_every_dot_command);
	tcase_add_test(c, test_python_topic);
	suite_add_tcase(su, c);
	tcase_add_test(l, test_methods_bound_and_unbound);
	tcase_add_test(l, test_underneath_calls);
	tcase_add_test(l, test_constants_name_their_value);
	tcase_add_test(l, test_lookup_spellings);
	tcase_add_test(l, test_text_fits_and_colour);
	tcase_add_test(l, test_method_rows_fit_and_colour);
	tcase_add_test(l, test_class_lists_every_method);
	suite_add_tcase(su, l);
	return (su);
}
