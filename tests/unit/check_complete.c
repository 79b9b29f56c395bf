/* check_complete.c -- unit suite for src/complete.c: candidate lists */
#include <config.h>

#include <sys/socket.h>
#include <sys/stat.h>

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "builtins.h"
#include "check_main.h"
#include "complete.h"
#include "eval.h"
#include "sockobj.h"
#include "value.h"
#include "xmalloc.h"

static struct interp *in;
static char tmp[64]; /* a private directory for file-name tests */

static void
setup(void)
{
	struct dict *g;

	in = interp_new();
	g = interp_globals(in);
	dict_set(g, "socket", builtins_import("socket"));
	dict_set(g, "os", builtins_import("os"));
	dict_set(g, "errno", builtins_import("errno"));
	dict_set(g, "sys", builtins_import("sys"));
	dict_set(g, "s",
	    sockobj_new(socket(AF_INET, SOCK_DGRAM, 0), AF_INET, SOCK_DGRAM,
	        0));
	dict_set(g, "srv",
	    sockobj_new(socket(AF_INET, SOCK_STREAM, 0), AF_INET, SOCK_STREAM,
	        0));
	dict_set(g, "t", value_cstr("text"));
	dict_set(g, "b", value_bytes("data", 4));
	dict_set(g, "port", value_int(8080));
	strcpy(tmp, "/tmp/sockshell-complete.XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(tmp));
}

static void
teardown(void)
{
	char *cmd = xasprintf("rm -rf '%s'", tmp);

	interp_free(in);
	builtins_cleanup();
	ck_assert_int_eq(system(cmd), 0);
	free(cmd);
}

/*
 * Complete at the end of line as Readline would: the word starts after
 * the last of repl.c's break characters.  The candidates, joined by
 * spaces ("" for none).
 */
static char *
cands(const char *line)
{
	static const char breaks[] = " \t\n\"\\'`@$><=;|&{(,[";
	size_t start = strlen(line);
	struct buf b;
	char **list;
	size_t i;

	while (start > 0 && strchr(breaks, line[start - 1]) == NULL)
		start--;
	list = complete_words(in, line, start, line + start);
	buf_init(&b);
	buf_puts(&b, "");
	for (i = 0; list != NULL && list[i] != NULL; i++) {
		if (i > 0)
			buf_puts(&b, " ");
		buf_puts(&b, list[i]);
	}
	complete_free(list);
	return (buf_steal(&b));
}

#define CANDS(line, want)                                                      \
	do {                                                                   \
		char *got_ = cands(line);                                      \
		ck_assert_msg(strcmp(got_, (want)) == 0,                       \
		    "completing \"%s\": got \"%s\", want \"%s\"", (line),      \
		    got_, (want));                                             \
		free(got_);                                                    \
	} while (0)

/* The list contains want as one of its words. */
#define HAS(line, want)                                                        \
	do {                                                                   \
		char *got_ = cands(line), *pad_ = xasprintf(" %s ", got_);     \
		char *w_ = xasprintf(" %s ", (want));                          \
		ck_assert_msg(strstr(pad_, w_) != NULL,                        \
		    "completing \"%s\": \"%s\" lacks %s", (line), got_,        \
		    (want));                                                   \
		free(got_);                                                    \
		free(pad_);                                                    \
		free(w_);                                                      \
	} while (0)

START_TEST(test_dot_commands)
{
	CANDS(".q", ".quit");
	CANDS(".tr", ".trace "); /* takes an argument: a space follows */
	CANDS("  .he", ".help ");
	HAS(".", ".help");
	HAS(".", ".color");
	CANDS(".zz", "");
	CANDS(".trace o", "off on");
	CANDS(".trace of", "off");
	CANDS(".t o", "off on"); /* by alias */
	CANDS(".color ", "off on");
	CANDS(".help bin", "bin bind");
	HAS(".help get", "getaddrinfo");
	HAS(".help ", "trace");
	CANDS(".quit x", "");
}
END_TEST

START_TEST(test_lesson_names)
{
	char *p;
	int fd;
	static const char *const files[] = { "01-meet-a-socket.lesson",
		"02-naming-ipv4.lesson", "README", "notes.lesson", NULL };
	size_t i;

	for (i = 0; files[i] != NULL; i++) {
		p = xasprintf("%s/%s", tmp, files[i]);
		fd = open(p, O_WRONLY | O_CREAT, 0600);
		ck_assert_int_ge(fd, 0);
		close(fd);
		free(p);
	}
	setenv("SOCKSHELL_LESSONS", tmp, 1);
	CANDS(".lesson ", "meet-a-socket naming-ipv4 notes stop");
	CANDS(".lesson na", "naming-ipv4");
	CANDS(".lesson st", "stop");
	CANDS("  .lesson me", "meet-a-socket");
	unsetenv("SOCKSHELL_LESSONS");
}
END_TEST

START_TEST(test_names)
{
	CANDS("so", "socket");
	CANDS("pri", "print(");
	CANDS("imp", "import");
	CANDS("x = le", "len(");
	HAS("s", "srv");
	HAS("s", "sys");
	HAS("", "print");
	CANDS("po", "port");
	CANDS("__na", "__name__");
	/* _private names only when "_" is typed. */
	{
		char *got = cands("");

		ck_assert_ptr_null(strstr(got, "__name__"));
		free(got);
	}
	CANDS("nosuch", "");
	CANDS("12", "");
}
END_TEST

START_TEST(test_socket_members)
{
	CANDS("socket.AF_INET", "socket.AF_INET socket.AF_INET6");
	CANDS("socket.getaddr", "socket.getaddrinfo(");
	CANDS("socket.SOCK_DG", "socket.SOCK_DGRAM");
	CANDS("socket.SO_REUSEA", "socket.SO_REUSEADDR");
	CANDS("socket.IPV6_V6", "socket.IPV6_V6ONLY");
	CANDS("socket.socketp", "socket.socketpair(");
	CANDS("x = socket.socket(socket.AF_INET6, socket.SOCK_ST",
	    "socket.SOCK_STREAM");
	CANDS("socket.socket.bi", "socket.socket.bind(");
	CANDS("socket.socke", "socket.socket socket.socketpair");
	CANDS("socket.gaie", "socket.gaierror(");
}
END_TEST

START_TEST(test_methods)
{
	CANDS("s.bi", "s.bind(");
	CANDS("s.fam", "s.family");
	CANDS("s.send", "s.send s.sendall s.sendmsg s.sendto");
	CANDS("s.getsock", "s.getsockname s.getsockopt");
	CANDS("conn, addr = srv.acc", "srv.accept(");
	CANDS("print(s.getsockn", "s.getsockname(");
	HAS("s.", "s.timeout");
	HAS("s.", "s.recvfrom");
	CANDS("t.enc", "t.encode(");
	CANDS("b.dec", "b.decode(");
	CANDS("b.he", "b.hex(");
	CANDS("port.to_", "port.to_bytes(");
	/* Nothing is called to find out what a result would be. */
	CANDS("s.getsockname().fo", "");
	CANDS("nosuch.x", "");
	CANDS("s..b", "");
}
END_TEST

START_TEST(test_other_modules)
{
	CANDS("os.path.ex", "os.path.exists(");
	CANDS("os.un", "os.unlink(");
	CANDS("os.pa", "os.path");
	CANDS("errno.EADDRIN", "errno.EADDRINUSE");
	CANDS("errno.ECONNRE", "errno.ECONNREFUSED errno.ECONNRESET");
	CANDS("sys.ex", "sys.exit(");
}
END_TEST

START_TEST(test_file_names_in_strings)
{
	char *p, *line, *want;
	int fd;

	p = xasprintf("%s/demo.sock", tmp);
	fd = open(p, O_WRONLY | O_CREAT, 0600);
	close(fd);
	free(p);
	p = xasprintf("%s/demo-dir", tmp);
	ck_assert_int_eq(mkdir(p, 0700), 0);
	free(p);
	p = xasprintf("%s/.hidden", tmp);
	fd = open(p, O_WRONLY | O_CREAT, 0600);
	close(fd);
	free(p);

	line = xasprintf("s.bind('%s/demo.", tmp);
	want = xasprintf("%s/demo.sock", tmp);
	CANDS(line, want);
	free(line);
	free(want);
	line = xasprintf("s.connect(\"%s/de", tmp);
	want = xasprintf("%s/demo-dir/ %s/demo.sock", tmp, tmp);
	CANDS(line, want);
	free(line);
	free(want);
	line = xasprintf("path = '%s/", tmp);
	want = xasprintf("%s/demo-dir/ %s/demo.sock", tmp, tmp);
	CANDS(line, want); /* no hidden files unless a dot is typed */
	free(line);
	free(want);
	line = xasprintf("path = '%s/.h", tmp);
	want = xasprintf("%s/.hidden", tmp);
	CANDS(line, want);
	free(line);
	free(want);
	/* A closed string is Python again; a comment is nothing. */
	CANDS("s.bind('x'); s.bi", "s.bind(");
	CANDS("'it\\'s' + so", "socket");
	CANDS("# s.bi", "");
	line = xasprintf("'%s/nonexistent-dir/x", tmp);
	CANDS(line, "");
	free(line);
}
END_TEST

Suite *
suite(void)
{
	Suite *su = suite_create("complete");
	TCase *c = tcase_create("lines");

	tcase_add_checked_fixture(c, setup, teardown);
	tcase_add_test(c, test_dot_commands);
	tcase_add_test(c, test_lesson_names);
	tcase_add_test(c, test_names);
	tcase_add_test(c, test_socket_members);
	tcase_add_test(c, test_methods);
	tcase_add_test(c, test_other_modules);
	tcase_add_test(c, test_file_names_in_strings);
	suite_add_tcase(su, c);
	return (su);
}
