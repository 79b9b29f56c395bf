/* check_lesson.c -- unit suite for lesson.c, progress.c and tutor.c's checks */
#include <config.h>

#include <sys/socket.h>
#include <sys/stat.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "builtins.h"
#include "check_main.h"
#include "exc.h"
#include "lesson.h"
#include "progress.h"
#include "shell.h"
#include "syscall.h"
#include "tutor.h"
#include "value.h"
#include "xmalloc.h"

static struct lesson *
parse(const char *src, struct lesson_errors *errs)
{
	lesson_errors_init(errs);
	return (lesson_parse(src, strlen(src), "t/03-test-me.lesson", errs));
}

/* The one error a source gives, or "" (static buffer). */
static const char *
first_error(const char *src)
{
	static char msg[512];
	struct lesson_errors errs;
	struct lesson *l = parse(src, &errs);

	msg[0] = '\0';
	if (errs.n > 0)
		snprintf(msg, sizeof(msg), "%s", errs.msgs[0]);
	lesson_free(l);
	lesson_errors_free(&errs);
	return (msg);
}

#define HDR "title: T\nsummary: S\n"

/* ---- Parse -------------------------------------------------------------- */

START_TEST(test_every_key)
{
	const char *src = "# a comment\n"
	                  "title: Naming an IPv4 socket\n"
	                  "summary: bind() sets the name;\n"
	                  "  port 0 asks the kernel.\n"
	                  "order: 2\n"
	                  "requires: meet-a-socket, other\n"
	                  "\n"
	                  "Intro line one.\n"
	                  "Note: a capital word and a colon is prose.\n"
	                  "\n"
	                  "== step: Make a UDP socket\n"
	                  "Text to read with `code`.\n"
	                  "\n"
	                  "    s = socket.socket()\n"
	                  "answer: s = socket.socket(socket.AF_INET,\n"
	                  "# comments do not end a continuation\n"
	                  "    socket.SOCK_DGRAM)\n"
	                  "answer: s\n"
	                  "check: s.type == socket.SOCK_DGRAM\n"
	                  "check: _ is s\n"
	                  "hint: first\n"
	                  "hint: second\n"
	                  "on-error EADDRINUSE: taken\n"
	                  "on-error TimeoutError: slow\n"
	                  "notice: look at the fd\n"
	                  "before: any\n"
	                  "== step: Bind twice\r\n"
	                  "answer: s.bind(('127.0.0.1', 0))\r\n"
	                  "check: sys.last_value.errno == errno.EINVAL\r\n";
	struct lesson_errors errs;
	struct lesson *l = parse(src, &errs);
	struct step *st;

	ck_assert_msg(l != NULL, "%s", errs.n ? errs.msgs[0] : "?");
	ck_assert_str_eq(l->name, "test-me");
	ck_assert_str_eq(l->title, "Naming an IPv4 socket");
	ck_assert_str_eq(l->summary, "bind() sets the name; port 0 asks the "
	                             "kernel.");
	ck_assert_int_eq(l->order, 2);
	ck_assert_uint_eq(l->nrequires, 2);
	ck_assert_str_eq(l->requires[0], "meet-a-socket");
	ck_assert_str_eq(l->requires[1], "other");
	ck_assert_str_eq(l->intro, "Intro line one.\nNote: a capital word and "
	                           "a colon is prose.");
	ck_assert_uint_eq(l->nsteps, 2);
	st = &l->steps[0];
	ck_assert_str_eq(st->title, "Make a UDP socket");
	ck_assert_int_eq(st->line, 11);
	ck_assert_str_eq(st->text, "Text to read with `code`.\n\n"
	                           "    s = socket.socket()");
	ck_assert_uint_eq(st->nanswers, 2);
	ck_assert_str_eq(st->answers[0].text,
	    "s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)");
	ck_assert_int_eq(st->answers[0].line, 15);
	ck_assert_uint_eq(st->nchecks, 2);
	ck_assert_int_eq(st->checks[1].line, 20);
	ck_assert_uint_eq(st->nhints, 2);
	ck_assert_str_eq(st->hints[1].text, "second");
	ck_assert_uint_eq(st->nonerrs, 2);
	ck_assert_str_eq(st->onerrs[0].name, "EADDRINUSE");
	ck_assert_str_eq(st->onerrs[1].name, "TimeoutError");
	ck_assert_str_eq(st->onerrs[1].text, "slow");
	ck_assert_str_eq(st->notice, "look at the fd");
	ck_assert_int_eq(st->before_any, 1);
	ck_assert_int_eq(st->expects_error, 0);
	st = &l->steps[1];
	ck_assert_str_eq(st->title, "Bind twice");
	ck_assert_str_eq(st->checks[0].text,
	    "sys.last_value.errno == errno.EINVAL");
	ck_assert_int_eq(st->expects_error, 1);
	ck_assert_int_eq(st->before_any, 0);
	lesson_free(l);
	lesson_errors_free(&errs);
}
END_TEST

START_TEST(test_names_and_order)
{
	char *n;
	struct lesson_errors errs;
	struct lesson *l;

	n = lesson_name_of("/x/02-naming-ipv4.lesson");
	ck_assert_str_eq(n, "naming-ipv4");
	free(n);
	n = lesson_name_of("hello.lesson");
	ck_assert_str_eq(n, "hello");
	free(n);
	n = lesson_name_of("12-.lesson"); /* nothing after the dash */
	ck_assert_str_eq(n, "12-");
	free(n);
	lesson_errors_init(&errs);
	l = lesson_parse(HDR "== step: a\nanswer: x = 1\ncheck: x == 1\n",
	    strlen(HDR "== step: a\nanswer: x = 1\ncheck: x == 1\n"),
	    "d/07-seven.lesson", &errs);
	ck_assert_ptr_nonnull(l);
	ck_assert_int_eq(l->order, 7); /* from the file name */
	lesson_free(l);
	lesson_errors_free(&errs);
}
END_TEST

static const struct {
	const char *src;
	const char *msg;
} bad[] = {
	{ HDR "== step: a\nanswer: x = 1\ncheck: x == 1\nhnt: h\n",
	    "t/03-test-me.lesson:6: unknown key 'hnt' (did you mean 'hint'?)" },
	{ HDR "== step: a\ncheck: x == 1\n",
	    "t/03-test-me.lesson:3: step 1 has no answer: line" },
	{ HDR "== step: a\nanswer: x = 1\n",
	    "t/03-test-me.lesson:3: step 1 has no check: line" },
	{ HDR "== step: a\nanswer: x = 1\ncheck: x ==\n",
	    "t/03-test-me.lesson:5: check does not parse: invalid syntax" },
	{ HDR "== step: a\nanswer: x = 1\ncheck: x = 1\n",
	    "t/03-test-me.lesson:5: check is not one expression" },
	{ HDR "== step: a\nanswer: x = (1\ncheck: x == 1\n",
	    "t/03-test-me.lesson:4: answer does not parse: '(' was never "
	    "closed" },
	{ "summary: S\n== step: a\nanswer: x = 1\ncheck: x == 1\n",
	    "t/03-test-me.lesson:1: missing 'title:'" },
	{ "title: T\n== step: a\nanswer: x = 1\ncheck: x == 1\n",
	    "t/03-test-me.lesson:1: missing 'summary:'" },
	{ HDR "order: 0\n== step: a\nanswer: x = 1\ncheck: x == 1\n",
	    "t/03-test-me.lesson:3: bad order '0'" },
	{ HDR "order: 2x\n== step: a\nanswer: x = 1\ncheck: x == 1\n",
	    "t/03-test-me.lesson:3: bad order '2x'" },
	{ HDR "order: 1\norder: 2\n== step: a\nanswer: x = 1\ncheck: x == 1\n",
	    "t/03-test-me.lesson:4: order given twice (first on line 3)" },
	{ HDR "\ntext\n", "t/03-test-me.lesson:4: no steps" },
	{ HDR "check: x\n== step: a\nanswer: x = 1\ncheck: x == 1\n",
	    "t/03-test-me.lesson:3: 'check' outside a step" },
	{ HDR "== step: a\nanswer: x = 1\ncheck: x == 1\nsummary: again\n",
	    "t/03-test-me.lesson:6: 'summary' belongs in the header" },
	{ HDR "== stop: a\nanswer: x = 1\ncheck: x == 1\n",
	    "t/03-test-me.lesson:3: unknown section line" },
	{ HDR "== step: a\nanswer: x = 1\ncheck: x == 1\non-error EFOO: h\n",
	    "t/03-test-me.lesson:6: on-error EFOO: not an errno name" },
	{ HDR "== step: a\nanswer: x = 1\ncheck: x == 1\non-error: h\n",
	    "t/03-test-me.lesson:6: on-error needs an error name" },
	{ HDR "== step: a\nanswer: x = 1\ncheck: x == 1\nbefore: no\n",
	    "t/03-test-me.lesson:6: before: is 'fail' (the default) or 'any'" },
	{ HDR "== step: a\nanswer: x = 1\ncheck: x == 1\nnotice: a\n"
	      "notice: b\n",
	    "t/03-test-me.lesson:7: notice given twice in this step" },
	{ HDR "== step: a\nanswer:\ncheck: x == 1\n",
	    "t/03-test-me.lesson:4: empty answer" },
	{ HDR "== step:   \nanswer: x = 1\ncheck: x == 1\n",
	    "t/03-test-me.lesson:3: step without a title" },
	{ HDR "== step: a\nanswer: x = '\xc3('\ncheck: x == 1\n",
	    "t/03-test-me.lesson:4: not UTF-8 text" },
	{ HDR "== step: a\nanswer: x = '\xed\xa0\x80'\ncheck: x == 1\n",
	    "t/03-test-me.lesson:4: not UTF-8 text" },
	{ "", "t/03-test-me.lesson:1: missing 'title:'" },
};

START_TEST(test_errors_name_file_and_line)
{
	const char *got = first_error(bad[_i].src);

	ck_assert_msg(strncmp(got, bad[_i].msg, strlen(bad[_i].msg)) == 0,
	    "case %d: got '%s', want '%s...'", _i, got, bad[_i].msg);
}
END_TEST

START_TEST(test_nul_byte)
{
	const char src[] = HDR "== step: a\nanswer: x\0 = 1\ncheck: x == 1\n";
	struct lesson_errors errs;
	struct lesson *l;

	lesson_errors_init(&errs);
	l = lesson_parse(src, sizeof(src) - 1, "n.lesson", &errs);
	ck_assert_ptr_null(l);
	ck_assert_uint_ge(errs.n, 1);
	ck_assert_str_eq(errs.msgs[0],
	    "n.lesson:4: NUL byte in the file (lesson files are text)");
	lesson_errors_free(&errs);
}
END_TEST

/* Random bytes and random lesson-shaped lines never crash the parser. */
START_TEST(test_garbage_never_crashes)
{
	static const char *const pieces[] = { "title: ", "summary: ", "order: ",
		"requires: ", "== step: ", "answer: ", "check: ", "hint: ",
		"on-error ", "notice: ", "before: ", "  ", "    ", "#",
		"==", ":", "(", ")", "'", "\"", "\\", "`", "x", "1", "\n",
		"\r\n", "\t", "\xff", "\xc3", "{tmp}", "on-error E:", "a: b" };
	struct lesson_errors errs;
	struct lesson *l;
	unsigned seed = 1;
	char buf[2048];
	size_t len, k;
	int round;

	for (round = 0; round < 3000; round++) {
		len = 0;
		if (round % 3 == 0) { /* raw bytes */
			len = (size_t)(rand_r(&seed) % sizeof(buf));
			for (k = 0; k < len; k++)
				buf[k] = (char)rand_r(&seed);
		} else {
			while (len < sizeof(buf) - 32 &&
			       rand_r(&seed) % 200 != 0) {
				const char *p =
				    pieces[(size_t)rand_r(&seed) %
				           (sizeof(pieces) / sizeof(*pieces))];

				memcpy(buf + len, p, strlen(p));
				len += strlen(p);
			}
		}
		lesson_errors_init(&errs);
		l = lesson_parse(buf, len, "g.lesson", &errs);
		ck_assert(l != NULL || errs.n > 0);
		lesson_free(l);
		lesson_errors_free(&errs);
	}
}
END_TEST

START_TEST(test_subst)
{
	char *s = lesson_subst("'{tmp}/a.sock' {id} {tmp", "/tmp/x", "42");

	ck_assert_str_eq(s, "'/tmp/x/a.sock' 42 {tmp");
	free(s);
	s = lesson_subst("{tmp}", NULL, NULL);
	ck_assert_str_eq(s, "{tmp}");
	free(s);
	s = lesson_subst("", "a", "b");
	ck_assert_str_eq(s, "");
	free(s);
}
END_TEST

static char *
render(const char *text, int width, int indent, int color)
{
	char *out = NULL;
	size_t len = 0;
	FILE *fp = open_memstream(&out, &len);

	lesson_render(fp, text, width, indent, color);
	fclose(fp);
	return (out);
}

START_TEST(test_render)
{
	char *s;
	const char *p;

	s = render("one two three four five six", 14, 2, 0);
	ck_assert_str_eq(s, "  one two\n  three four\n  five six\n");
	free(s);
	/* Code blocks keep their lines; spans keep backticks in pipes. */
	s = render("Try `s.bind(('', 0))` now.\n\n    s.bind(('', 0))\n"
	           "    s.getsockname()\nAfter.",
	    78, 0, 0);
	ck_assert_str_eq(s,
	    "Try `s.bind(('', 0))` now.\n\n    s.bind(('', 0))\n"
	    "    s.getsockname()\nAfter.\n");
	free(s);
	/* On a terminal the span is cyan and the backticks go. */
	s = render("a `b c` d", 78, 0, 1);
	ck_assert_str_eq(s, "a \033[36mb c\033[0m d\n");
	free(s);
	/* No line is wider than the width (words shorter than it). */
	s = render("the kernel picks a port from ip_local_port_range when "
	           "you bind to port 0, and getsockname() shows which one "
	           "it picked; try it twice and compare the two ports.",
	    40, 2, 0);
	for (p = s; *p != '\0';) {
		const char *nl = strchr(p, '\n');

		ck_assert_int_le(nl - p, 40);
		p = nl + 1;
	}
	free(s);
	/* List items start their own lines. */
	s = render("Two ways:\n- one\n- two", 78, 0, 0);
	ck_assert_str_eq(s, "Two ways:\n- one\n- two\n");
	free(s);
}
END_TEST

START_TEST(test_set_find)
{
	struct lesson_set set = { NULL, 0 };
	struct lesson_errors errs;
	char dir[] = "/tmp/check_lesson.XXXXXX", *paths[3];
	const char *names[] = { "02-naming-ipv4", "01-meet", "03-naming-ipv6" };
	int amb, i;
	FILE *fp;

	ck_assert_ptr_nonnull(mkdtemp(dir));
	for (i = 0; i < 3; i++) {
		paths[i] = xasprintf("%s/%s.lesson", dir, names[i]);
		fp = fopen(paths[i], "w");
		fprintf(fp, HDR "== step: a\nanswer: x = 1\ncheck: x == 1\n");
		fclose(fp);
	}
	lesson_errors_init(&errs);
	ck_assert_int_eq(lesson_set_load_dir(&set, dir, &errs), 0);
	ck_assert_uint_eq(set.n, 3);
	ck_assert_str_eq(set.v[0]->name, "meet"); /* in order */
	ck_assert_str_eq(lesson_set_find(&set, "2", &amb)->name, "naming-ipv4");
	ck_assert_str_eq(lesson_set_find(&set, "me", &amb)->name, "meet");
	ck_assert_str_eq(lesson_set_find(&set, "naming-ipv6", &amb)->name,
	    "naming-ipv6");
	ck_assert_ptr_null(lesson_set_find(&set, "naming", &amb));
	ck_assert_int_eq(amb, 1);
	ck_assert_ptr_null(lesson_set_find(&set, "9", &amb));
	ck_assert_ptr_null(lesson_set_find(&set, "zzz", &amb));
	ck_assert_int_eq(amb, 0);
	lesson_set_free(&set);
	lesson_errors_free(&errs);
	for (i = 0; i < 3; i++) {
		unlink(paths[i]);
		free(paths[i]);
	}
	rmdir(dir);
}
END_TEST

/* ---- Progress ----------------------------------------------------------- */

static char xdg[] = "/tmp/check_progress.XXXXXX";
static char *ppath;

static void
progress_setup(void)
{
	strcpy(xdg, "/tmp/check_progress.XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(xdg));
	setenv("XDG_DATA_HOME", xdg, 1);
	ppath = progress_default_path();
}

static void
progress_teardown(void)
{
	char *cmd = xasprintf("rm -rf '%s'", xdg);

	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", xdg);
	free(cmd);
	free(ppath);
}

static void
write_file(const char *path, const char *text)
{
	FILE *fp = fopen(path, "w");

	ck_assert_ptr_nonnull(fp);
	fputs(text, fp);
	fclose(fp);
}

static int
count_entries(const char *dir, const char *prefix)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	int n = 0;

	if (d == NULL)
		return (-1);
	while ((de = readdir(d)) != NULL)
		if (strncmp(de->d_name, prefix, strlen(prefix)) == 0)
			n++;
	closedir(d);
	return (n);
}

START_TEST(test_default_path)
{
	char *p;

	ck_assert_str_eq(strrchr(ppath, '/'), "/progress");
	ck_assert(strncmp(ppath, xdg, strlen(xdg)) == 0);
	setenv("XDG_DATA_HOME", "relative/is/ignored", 1);
	setenv("HOME", "/home/learner", 1);
	p = progress_default_path();
	ck_assert_str_eq(p, "/home/learner/.local/share/sockshell/progress");
	free(p);
}
END_TEST

START_TEST(test_round_trip)
{
	struct progress p = { NULL, 0 }, q = { NULL, 0 };
	char *err = NULL, *note = NULL, *dir;
	struct stat st1, st2;

	ck_assert_int_eq(progress_load(&p, ppath, &note), 0); /* no file yet */
	ck_assert_ptr_null(note);
	ck_assert_uint_eq(p.n, 0);
	progress_set(&p, "naming-ipv4", 3);
	progress_set(&p, "meet", 7);
	progress_set(&p, "naming-ipv4", 4);
	ck_assert_int_eq(progress_save(&p, ppath, &err), 0);
	ck_assert_int_eq(stat(ppath, &st1), 0);
	ck_assert_int_eq(st1.st_mode & 0777, 0600); /* mkstemp's mode */
	ck_assert_int_eq(progress_load(&q, ppath, &note), 0);
	ck_assert_int_eq(progress_get(&q, "naming-ipv4"), 4);
	ck_assert_int_eq(progress_get(&q, "meet"), 7);
	ck_assert_int_eq(progress_get(&q, "absent"), 0);
	/* Saving again replaces the file by rename: a new inode, no litter. */
	progress_set(&p, "meet", 8);
	ck_assert_int_eq(progress_save(&p, ppath, &err), 0);
	ck_assert_int_eq(stat(ppath, &st2), 0);
	ck_assert(st1.st_ino != st2.st_ino);
	dir = xstrdup(ppath);
	*strrchr(dir, '/') = '\0';
	ck_assert_int_eq(count_entries(dir, "progress"), 1);
	free(dir);
	progress_free(&p);
	progress_free(&q);
}
END_TEST

START_TEST(test_save_failure_keeps_old)
{
	struct progress p = { NULL, 0 }, q = { NULL, 0 };
	char *err = NULL, *note = NULL, *dir;

	progress_set(&p, "meet", 2);
	ck_assert_int_eq(progress_save(&p, ppath, &err), 0);
	if (geteuid() == 0) { /* root writes anywhere: nothing to see */
		progress_free(&p);
		return;
	}
	dir = xstrdup(ppath);
	*strrchr(dir, '/') = '\0';
	chmod(dir, 0500);
	progress_set(&p, "meet", 5);
	ck_assert_int_eq(progress_save(&p, ppath, &err), -1);
	ck_assert_ptr_nonnull(err);
	free(err);
	chmod(dir, 0700);
	ck_assert_int_eq(progress_load(&q, ppath, &note), 0);
	ck_assert_int_eq(progress_get(&q, "meet"), 2);
	free(dir);
	progress_free(&p);
	progress_free(&q);
}
END_TEST

static const char *const damaged[] = {
	"garbage\n",
	"sockshell-progress 2\nmeet 1\n",  /* a newer version */
	"sockshell-progress 1\nmeet\n",    /* no number */
	"sockshell-progress 1\nmeet -1\n", /* negative */
	"sockshell-progress 1\nmeet 1x\n", /* not a number */
	"sockshell-progress 1\nme/et 1\n", /* not a lesson name */
	"sockshell-progress 1\nmeet 99999999999\n",
	"", /* we never write this */
	"sockshell-progress 1\nmeet 1\n\0\n",
};

START_TEST(test_damaged_file_kept_aside)
{
	struct progress p = { NULL, 0 };
	char *err = NULL, *note = NULL, *dir;
	FILE *fp;
	size_t len = strlen(damaged[_i]);

	/* The directory first, through a good save. */
	progress_set(&p, "x", 1);
	ck_assert_int_eq(progress_save(&p, ppath, &err), 0);
	progress_free(&p);
	fp = fopen(ppath, "w");
	if (_i == 8)
		len = sizeof("sockshell-progress 1\nmeet 1\n\0\n") - 1;
	fwrite(damaged[_i], 1, len, fp);
	fclose(fp);
	ck_assert_int_eq(progress_load(&p, ppath, &note), 1);
	ck_assert_ptr_nonnull(note);
	ck_assert_ptr_nonnull(strstr(note, "damaged"));
	ck_assert_ptr_nonnull(strstr(note, ".bad-"));
	free(note);
	ck_assert_uint_eq(p.n, 0);
	ck_assert_int_eq(access(ppath, F_OK), -1); /* moved aside */
	dir = xstrdup(ppath);
	*strrchr(dir, '/') = '\0';
	ck_assert_int_eq(count_entries(dir, "progress.bad-"), 1);
	/* A fresh save works after that. */
	progress_set(&p, "meet", 1);
	ck_assert_int_eq(progress_save(&p, ppath, &err), 0);
	progress_free(&p);
	free(dir);
}
END_TEST

START_TEST(test_comments_and_blank_lines)
{
	struct progress p = { NULL, 0 };
	char *note = NULL, *err = NULL;

	progress_set(&p, "x", 1);
	ck_assert_int_eq(progress_save(&p, ppath, &err), 0);
	progress_free(&p);
	write_file(ppath, "sockshell-progress 1\n# note\n\nmeet 3\n");
	ck_assert_int_eq(progress_load(&p, ppath, &note), 0);
	ck_assert_int_eq(progress_get(&p, "meet"), 3);
	progress_free(&p);
}
END_TEST

/* ---- Checks ------------------------------------------------------------- */

static struct shell sh;

static void
shell_setup(void)
{
	shell_init(&sh);
	sh.echo = 1;
	/* Echoed values and error lines are not what these tests read. */
	if (freopen("/dev/null", "w", stdout) == NULL ||
	    freopen("/dev/null", "w", stderr) == NULL)
		ck_abort_msg("cannot open /dev/null");
}

static void
shell_teardown(void)
{
	shell_free(&sh);
}

static void
run(const char *src)
{
	shell_run_entry(&sh, src, strlen(src));
}

static int
check(const char *expr)
{
	return (tutor_eval_check(&sh, expr, NULL));
}

START_TEST(test_check_names)
{
	/* socket, errno, sys and os without an import of the learner's. */
	ck_assert_int_eq(check("socket.AF_INET == 2"), 1);
	ck_assert_int_eq(check("errno.EINVAL == 22"), 1);
	ck_assert_int_eq(check("os.path.exists('/')"), 1);
	ck_assert_int_eq(check("defined('socket')"), 0);
	run("import socket");
	ck_assert_int_eq(check("defined('socket')"), 1);
	/* A learner's name that shadows a module does not blind checks. */
	run("socket = 5");
	ck_assert_int_eq(check("socket.AF_INET == 2"), 1);
	/* Errors in a check are false, and say why. */
	{
		char *why = NULL;

		ck_assert_int_eq(tutor_eval_check(&sh, "nosuch == 1", &why),
		    -1);
		ck_assert_str_eq(why,
		    "NameError: name 'nosuch' is not defined");
		free(why);
	}
	ck_assert_int_eq(err_occurred(), 0);
}
END_TEST

START_TEST(test_checks_leave_underscore_and_last_value)
{
	run("import socket");
	run("1 + 1");
	run("socket.socket().bind(1)");
	ck_assert_int_eq(check("_ == 2"), 1);
	ck_assert_int_eq(check("isinstance(sys.last_value, TypeError)"), 1);
	ck_assert_int_eq(check("3"), 1);
	ck_assert_int_eq(check("nosuch"), -1);
	ck_assert_int_eq(check("1 / 0"), -1);
	ck_assert_int_eq(check("_ == 2"), 1);
	ck_assert_int_eq(check("isinstance(sys.last_value, TypeError)"), 1);
}
END_TEST

START_TEST(test_is_socket_and_tcp_state)
{
	run("import socket");
	run("u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)");
	run("srv = socket.socket(); srv.bind(('127.0.0.1', 0)); srv.listen()");
	run("cli = socket.socket(); cli.connect(srv.getsockname())");
	run("conn, addr = srv.accept()");
	run("x = 3");
	ck_assert_int_eq(check("is_socket(u)"), 1);
	ck_assert_int_eq(check("is_socket(u, socket.AF_INET)"), 1);
	ck_assert_int_eq(check("is_socket(u, socket.AF_INET6)"), 0);
	ck_assert_int_eq(check("is_socket(u, type=socket.SOCK_DGRAM)"), 1);
	ck_assert_int_eq(check("is_socket(u, None, socket.SOCK_STREAM)"), 0);
	ck_assert_int_eq(check("is_socket(x)"), 0);
	ck_assert_int_eq(check("is_socket(u, colour=1)"), -1);
	ck_assert_int_eq(check("tcp_state(srv) == 'LISTEN'"), 1);
	ck_assert_int_eq(check("tcp_state(conn) == 'ESTABLISHED'"), 1);
	ck_assert_int_eq(check("tcp_state(u) is None"), 1);
	ck_assert_int_eq(check("tcp_state(x)"), -1);
	run("cli.close()");
	ck_assert_int_eq(check("tcp_state(cli) is None"), 1);
	ck_assert_int_eq(check("tcp_state(conn) == 'CLOSE_WAIT'"), 1);
}
END_TEST

/* A record as the syscall layer gives it: has_addr, an address passed. */
static void
note(const char *name, int family, int has_addr, const char *line)
{
	struct callrec r;

	memset(&r, 0, sizeof(r));
	r.name = name;
	r.family = family;
	r.has_addr = has_addr;
	r.line = line;
	tutor_note_call(&sh, &r);
}

START_TEST(test_called_and_failed)
{
	ck_assert_int_eq(check("called('bind')"), 0);
	note("bind", AF_INET, 1, "bind(3, {...}, 16) = 0");
	note("sendto", AF_INET, 0,
	    "sendto(3, \"x\", 1, 0, NULL, 0)           = 1");
	note("recvfrom", AF_UNIX, 1,
	    "recvfrom(4, \"NULL, NULL) = 1\", 3, 0, {sa_family=AF_UNIX}, "
	    "[110 => 2]) = 16");
	note("accept4", AF_INET, 1, "accept4(3, ...) = 4");
	ck_assert_int_eq(check("called('bind')"), 1);
	ck_assert_int_eq(check("called('sendto') and called('send')"), 1);
	ck_assert_int_eq(check("called('recvfrom')"), 1);
	ck_assert_int_eq(check("called('recv')"), 0); /* it had an address */
	ck_assert_int_eq(check("called('accept') and called('accept4')"), 1);
	ck_assert_int_eq(check("called('listen')"), 0);
	ck_assert_int_eq(check("called(1)"), -1);
	ck_assert_int_eq(check("failed()"), 0);
	tutor_note_line(&sh, 1);
	ck_assert_int_eq(check("failed()"), 1);
}
END_TEST

/* Helpers ask sockets through the evaluator: the check keeps its names. */
START_TEST(test_helpers_nest_and_stay_quiet)
{
	run("import socket");
	run("srv = socket.socket(); srv.bind(('127.0.0.1', 0)); srv.listen()");
	run("u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)");
	ck_assert_int_eq(check("tcp_state(srv) == 'LISTEN' and defined('srv') "
	                       "and is_socket(u, socket.AF_INET) and "
	                       "not failed() and socket.AF_INET == 2"),
	    1);
	/* The getsockopt under tcp_state() is the check's, not the line's. */
	ck_assert_int_eq(check("called('getsockopt')"), 0);
	ck_assert_int_eq(check("is_socket(srv, socket.AF_INET, "
	                       "socket.SOCK_STREAM) and not defined('nope')"),
	    1);
}
END_TEST

Suite *
suite(void)
{
	Suite *s = suite_create("lesson");
	TCase *tc;

	tc = tcase_create("Parse");
	tcase_add_test(tc, test_every_key);
	tcase_add_test(tc, test_names_and_order);
	tcase_add_loop_test(tc, test_errors_name_file_and_line, 0,
	    (int)(sizeof(bad) / sizeof(bad[0])));
	tcase_add_test(tc, test_nul_byte);
	tcase_add_test(tc, test_garbage_never_crashes);
	tcase_add_test(tc, test_subst);
	tcase_add_test(tc, test_render);
	tcase_add_test(tc, test_set_find);
	suite_add_tcase(s, tc);

	tc = tcase_create("Progress");
	tcase_add_checked_fixture(tc, progress_setup, progress_teardown);
	tcase_add_test(tc, test_default_path);
	tcase_add_test(tc, test_round_trip);
	tcase_add_test(tc, test_save_failure_keeps_old);
	tcase_add_loop_test(tc, test_damaged_file_kept_aside, 0,
	    (int)(sizeof(damaged) / sizeof(damaged[0])));
	tcase_add_test(tc, test_comments_and_blank_lines);
	suite_add_tcase(s, tc);

	tc = tcase_create("Checks");
	tcase_add_checked_fixture(tc, shell_setup, shell_teardown);
	tcase_add_test(tc, test_check_names);
	tcase_add_test(tc, test_checks_leave_underscore_and_last_value);
	tcase_add_test(tc, test_is_socket_and_tcp_state);
	tcase_add_test(tc, test_called_and_failed);
	tcase_add_test(tc, test_helpers_nest_and_stay_quiet);
	suite_add_tcase(s, tc);
	return (s);
}
