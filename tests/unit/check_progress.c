/* check_progress.c -- unit suite for progress.c: what survives a bad file */
#include <config.h>

#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "check_main.h"
#include "progress.h"
#include "xmalloc.h"

static char xdg[] = "/tmp/check_progress.XXXXXX";
static char *ppath, *pdir;

static void
setup(void)
{
	strcpy(xdg, "/tmp/check_progress.XXXXXX");
	ck_assert_ptr_nonnull(mkdtemp(xdg));
	setenv("XDG_DATA_HOME", xdg, 1);
	ppath = progress_default_path();
	pdir = xasprintf("%s/sockshell", xdg);
	ck_assert_int_eq(mkdir(pdir, 0700), 0);
}

static void
teardown(void)
{
	char *cmd = xasprintf("chmod -R u+rwx '%s'; rm -rf '%s'", xdg, xdg);

	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", xdg);
	free(cmd);
	free(ppath);
	free(pdir);
}

static void
write_file(const char *path, const char *text, size_t len)
{
	FILE *fp = fopen(path, "w");

	ck_assert_ptr_nonnull(fp);
	ck_assert_uint_eq(fwrite(text, 1, len, fp), len);
	ck_assert_int_eq(fclose(fp), 0);
}

static char *
read_all(const char *path)
{
	FILE *fp = fopen(path, "r");
	char *s = xcalloc(1, 1 << 16);

	ck_assert_ptr_nonnull(fp);
	if (fread(s, 1, (1 << 16) - 1, fp) == 0 && ferror(fp))
		ck_abort_msg("cannot read %s", path);
	fclose(fp);
	return (s);
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

/* The first entry of dir starting with prefix, malloc'd full path. */
static char *
find_entry(const char *dir, const char *prefix)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	char *r = NULL;

	ck_assert_ptr_nonnull(d);
	while (r == NULL && (de = readdir(d)) != NULL)
		if (strncmp(de->d_name, prefix, strlen(prefix)) == 0)
			r = xasprintf("%s/%s", dir, de->d_name);
	closedir(d);
	return (r);
}

/*
 * Root reads files whatever their mode: become nobody for this test (each
 * test runs in its own forked child, so nothing else is affected).
 */
static void
not_root(void)
{
	char *cmd;

	if (geteuid() != 0)
		return;
	cmd = xasprintf("chown -R 65534:65534 '%s'", xdg);
	ck_assert_int_eq(system(cmd), 0);
	free(cmd);
	ck_assert_int_eq(setgid(65534), 0);
	ck_assert_int_eq(setuid(65534), 0);
}

/* Finding 6: a file that cannot be read is never written over. */
START_TEST(test_unreadable_left_alone)
{
	struct progress p = { NULL, 0 }, q = { NULL, 0 };
	char *err = NULL, *note = NULL, *before, *after;

	not_root();
	write_file(ppath, "sockshell-progress 1\nmeet 2\nother 5\n", 36);
	before = read_all(ppath);
	ck_assert_int_eq(chmod(ppath, 0), 0);
	ck_assert_int_eq(progress_load(&p, ppath, &note), 1);
	ck_assert_ptr_nonnull(note);
	ck_assert_ptr_nonnull(strstr(note, ppath));
	ck_assert_ptr_nonnull(strstr(note, "Permission denied"));
	ck_assert_ptr_nonnull(strstr(note, "will not be saved"));
	free(note);
	ck_assert_uint_eq(p.n, 0);
	progress_set(&p, "meet", 3);
	ck_assert_int_eq(progress_save(&p, ppath, &err), -1);
	ck_assert_ptr_nonnull(err);
	ck_assert_ptr_nonnull(strstr(err, ppath));
	free(err);
	/* Said once: the next load of the same file is quiet. */
	ck_assert_int_eq(progress_load(&q, ppath, &note), 0);
	ck_assert_ptr_null(note);
	ck_assert_int_eq(chmod(ppath, 0600), 0);
	after = read_all(ppath);
	ck_assert_str_eq(before, after);
	/* Still not written this session: the message said so. */
	ck_assert_int_eq(progress_save(&p, ppath, &err), -1);
	free(err);
	ck_assert_str_eq(before, (free(after), after = read_all(ppath)));
	ck_assert_int_eq(count_entries(pdir, "progress"), 1);
	free(before);
	free(after);
	progress_free(&p);
	progress_free(&q);
}
END_TEST

/* A FIFO (or any non-regular file) neither blocks nor gets replaced. */
START_TEST(test_not_a_regular_file)
{
	struct progress p = { NULL, 0 };
	char *err = NULL, *note = NULL;
	struct stat st;

	ck_assert_int_eq(mkfifo(ppath, 0600), 0);
	ck_assert_int_eq(progress_load(&p, ppath, &note), 1);
	ck_assert_ptr_nonnull(note);
	ck_assert_ptr_nonnull(strstr(note, "not a regular file"));
	free(note);
	progress_set(&p, "meet", 1);
	ck_assert_int_eq(progress_save(&p, ppath, &err), -1);
	free(err);
	ck_assert_int_eq(lstat(ppath, &st), 0);
	ck_assert(S_ISFIFO(st.st_mode));
	progress_free(&p);
}
END_TEST

/* A directory in its place: the read error is not "no progress". */
START_TEST(test_read_error)
{
	struct progress p = { NULL, 0 };
	char *err = NULL, *note = NULL;
	struct stat st;

	ck_assert_int_eq(mkdir(ppath, 0700), 0);
	ck_assert_int_eq(progress_load(&p, ppath, &note), 1);
	ck_assert_ptr_nonnull(note);
	ck_assert_ptr_nonnull(strstr(note, "will not be saved"));
	free(note);
	progress_set(&p, "meet", 1);
	ck_assert_int_eq(progress_save(&p, ppath, &err), -1);
	free(err);
	ck_assert_int_eq(lstat(ppath, &st), 0);
	ck_assert(S_ISDIR(st.st_mode));
	progress_free(&p);
}
END_TEST

/* One bad line is skipped and reported; the other lessons are kept. */
START_TEST(test_bad_line_skipped)
{
	static const char text[] = "sockshell-progress 1\nmeet 3\nme/et 1\n"
	                           "other 5\n";
	struct progress p = { NULL, 0 };
	char *note = NULL, *aside, *s;

	write_file(ppath, text, sizeof(text) - 1);
	ck_assert_int_eq(progress_load(&p, ppath, &note), 1);
	ck_assert_ptr_nonnull(note);
	ck_assert_ptr_nonnull(strstr(note, "line 3"));
	ck_assert_ptr_nonnull(strstr(note, "skipped"));
	ck_assert_ptr_nonnull(strstr(note, ".bad-"));
	free(note);
	ck_assert_uint_eq(p.n, 2);
	ck_assert_int_eq(progress_get(&p, "meet"), 3);
	ck_assert_int_eq(progress_get(&p, "other"), 5);
	progress_free(&p);
	/* The file now holds the good lines; the old one is kept aside. */
	ck_assert_int_eq(progress_load(&p, ppath, &note), 0);
	ck_assert_ptr_null(note);
	ck_assert_int_eq(progress_get(&p, "meet"), 3);
	ck_assert_int_eq(progress_get(&p, "other"), 5);
	aside = find_entry(pdir, "progress.bad-");
	ck_assert_ptr_nonnull(aside);
	s = read_all(aside);
	ck_assert_str_eq(s, text);
	free(s);
	free(aside);
	progress_free(&p);
}
END_TEST

/* Lesson names with spaces, tabs, newlines, '#', '%', UTF-8 round-trip. */
static const char *const odd_names[] = {
	"my lesson",
	"tab\there",
	"new\nline",
	"#hash",
	"100%",
	"%41",
	"caf\xc3\xa9",
	"a b 3",
	"cr\rret",
	" ",
	"-",
	"x\x01y",
};

START_TEST(test_odd_names_round_trip)
{
	struct progress p = { NULL, 0 }, q = { NULL, 0 };
	char *err = NULL, *note = NULL, *s;
	size_t i, n = sizeof(odd_names) / sizeof(odd_names[0]), lines = 0;

	for (i = 0; i < n; i++)
		progress_set(&p, odd_names[i], (int)i + 1);
	progress_set(&p, "plain", 7);
	ck_assert_int_eq(progress_save(&p, ppath, &err), 0);
	s = read_all(ppath);
	for (i = 0; s[i] != '\0'; i++)
		lines += s[i] == '\n';
	ck_assert_uint_eq(lines, n + 2); /* one line each, plus the header */
	ck_assert_ptr_nonnull(strstr(s, "\nplain 7\n")); /* unchanged form */
	free(s);
	ck_assert_int_eq(progress_load(&q, ppath, &note), 0);
	ck_assert_ptr_null(note);
	ck_assert_uint_eq(q.n, n + 1);
	for (i = 0; i < n; i++)
		ck_assert_int_eq(progress_get(&q, odd_names[i]), (int)i + 1);
	ck_assert_int_eq(progress_get(&q, "plain"), 7);
	progress_free(&p);
	progress_free(&q);
}
END_TEST

/* Every byte but NUL, as a one-character name. */
START_TEST(test_every_byte_round_trips)
{
	struct progress p = { NULL, 0 }, q = { NULL, 0 };
	char *err = NULL, *note = NULL, name[2] = { 0, 0 };
	int c;

	for (c = 1; c < 256; c++) {
		name[0] = (char)c;
		progress_set(&p, name, c);
	}
	ck_assert_int_eq(progress_save(&p, ppath, &err), 0);
	ck_assert_int_eq(progress_load(&q, ppath, &note), 0);
	ck_assert_ptr_null(note);
	for (c = 1; c < 256; c++) {
		name[0] = (char)c;
		ck_assert_int_eq(progress_get(&q, name), c);
	}
	progress_free(&p);
	progress_free(&q);
}
END_TEST

/* What the file cannot hold is left out, never written to poison it. */
START_TEST(test_unwritable_entries_left_out)
{
	struct progress p = { NULL, 0 }, q = { NULL, 0 };
	char *err = NULL, *note = NULL, *huge;

	huge = xmalloc(600);
	memset(huge, ' ', 599); /* 1797 bytes once escaped */
	huge[599] = '\0';
	progress_set(&p, huge, 1);
	progress_set(&p, "negative", -1);
	progress_set(&p, "too-far", 100001);
	progress_set(&p, "", 3);
	progress_set(&p, "meet", 2);
	ck_assert_int_eq(progress_save(&p, ppath, &err), 0);
	ck_assert_int_eq(progress_load(&q, ppath, &note), 0);
	ck_assert_ptr_null(note);
	ck_assert_uint_eq(q.n, 1);
	ck_assert_int_eq(progress_get(&q, "meet"), 2);
	free(huge);
	progress_free(&p);
	progress_free(&q);
}
END_TEST

static void
set_age(const char *path, int seconds)
{
	struct timespec ts[2];

	clock_gettime(CLOCK_REALTIME, &ts[0]);
	ts[0].tv_sec -= seconds;
	ts[1] = ts[0];
	ck_assert_int_eq(utimensat(AT_FDCWD, path, ts, 0), 0);
}

/* Temporary files left by kill -9: stale ones go, live ones stay. */
START_TEST(test_stale_temporaries_cleaned)
{
	struct progress p = { NULL, 0 };
	char *err = NULL, *dead, *old, *live, *fresh, *other;
	pid_t pid;
	int status;

	if ((pid = fork()) == 0)
		_exit(0);
	ck_assert_int_eq(waitpid(pid, &status, 0), pid);
	dead = xasprintf("%s.tmp-%ld-abcdef", ppath, (long)pid);
	old = xasprintf("%s.tmp-Xy12ab", ppath);    /* no pid: by age */
	live = xasprintf("%s.tmp-1-ghijkl", ppath); /* pid 1 lives on */
	fresh = xasprintf("%s.tmp-Qz34cd", ppath);  /* maybe saving now */
	other = xasprintf("%s/unrelated.tmp-1", pdir);
	write_file(dead, "x", 1);
	write_file(old, "x", 1);
	write_file(live, "x", 1);
	write_file(fresh, "x", 1);
	write_file(other, "x", 1);
	set_age(old, 3600);
	set_age(other, 3600);
	progress_set(&p, "meet", 1);
	ck_assert_int_eq(progress_save(&p, ppath, &err), 0);
	ck_assert_int_eq(access(dead, F_OK), -1);
	ck_assert_int_eq(access(old, F_OK), -1);
	ck_assert_int_eq(access(live, F_OK), 0);
	ck_assert_int_eq(access(fresh, F_OK), 0);
	ck_assert_int_eq(access(other, F_OK), 0);
	/* Once old enough, a live pid's file is stale too. */
	set_age(live, 3600);
	ck_assert_int_eq(progress_save(&p, ppath, &err), 0);
	ck_assert_int_eq(access(live, F_OK), -1);
	ck_assert_int_eq(access(fresh, F_OK), 0);
	ck_assert_int_eq(count_entries(pdir, "progress.tmp-"), 1);
	free(dead);
	free(old);
	free(live);
	free(fresh);
	free(other);
	progress_free(&p);
}
END_TEST

/* A symlinked progress file is written through, never replaced. */
START_TEST(test_symlink_followed)
{
	struct progress p = { NULL, 0 }, q = { NULL, 0 };
	char *err = NULL, *note = NULL, *real, *elsewhere, *s;
	struct stat st;

	elsewhere = xasprintf("%s/elsewhere", xdg);
	ck_assert_int_eq(mkdir(elsewhere, 0700), 0);
	real = xasprintf("%s/real", elsewhere);
	write_file(real, "sockshell-progress 1\nother 5\n", 29);
	ck_assert_int_eq(symlink("../elsewhere/real", ppath), 0);
	ck_assert_int_eq(progress_load(&p, ppath, &note), 0);
	ck_assert_int_eq(progress_get(&p, "other"), 5);
	progress_set(&p, "meet", 2);
	ck_assert_int_eq(progress_save(&p, ppath, &err), 0);
	ck_assert_int_eq(lstat(ppath, &st), 0);
	ck_assert(S_ISLNK(st.st_mode));
	s = read_all(real);
	ck_assert_ptr_nonnull(strstr(s, "meet 2\n"));
	ck_assert_ptr_nonnull(strstr(s, "other 5\n"));
	free(s);
	ck_assert_int_eq(count_entries(elsewhere, "real.tmp-"), 0);
	ck_assert_int_eq(count_entries(pdir, "progress.tmp-"), 0);
	/* A damaged target is kept aside next to itself; the link stays. */
	write_file(real, "garbage\n", 8);
	ck_assert_int_eq(progress_load(&q, ppath, &note), 1);
	free(note);
	ck_assert_int_eq(lstat(ppath, &st), 0);
	ck_assert(S_ISLNK(st.st_mode));
	ck_assert_int_eq(count_entries(elsewhere, "real.bad-"), 1);
	/* A dangling link: the target is created, the link kept. */
	ck_assert_int_eq(unlink(ppath), 0);
	ck_assert_int_eq(symlink("../elsewhere/new", ppath), 0);
	ck_assert_int_eq(progress_save(&p, ppath, &err), 0);
	ck_assert_int_eq(lstat(ppath, &st), 0);
	ck_assert(S_ISLNK(st.st_mode));
	free(real);
	real = xasprintf("%s/new", elsewhere);
	s = read_all(real);
	ck_assert_ptr_nonnull(strstr(s, "meet 2\n"));
	free(s);
	free(real);
	free(elsewhere);
	progress_free(&p);
	progress_free(&q);
}
END_TEST

/* A link loop is refused with a message, and left as it is. */
START_TEST(test_symlink_loop_refused)
{
	struct progress p = { NULL, 0 };
	char *err = NULL;
	struct stat st;

	ck_assert_int_eq(symlink("progress", ppath), 0);
	progress_set(&p, "meet", 2);
	ck_assert_int_eq(progress_save(&p, ppath, &err), -1);
	ck_assert_ptr_nonnull(err);
	ck_assert_ptr_nonnull(strstr(err, "symbolic link"));
	free(err);
	ck_assert_int_eq(lstat(ppath, &st), 0);
	ck_assert(S_ISLNK(st.st_mode));
	progress_free(&p);
}
END_TEST

/* A file over 1 MiB: the message says so, not "line 1". */
START_TEST(test_huge_file_message)
{
	struct progress p = { NULL, 0 };
	char *note = NULL, *text;
	size_t len = (3u << 19), i; /* 1.5 MiB of good-looking lines */

	text = xmalloc(len);
	memcpy(text, "sockshell-progress 1\n", 21);
	for (i = 21; i + 7 <= len; i += 7)
		memcpy(text + i, "abc 12\n", 7);
	for (; i < len; i++)
		text[i] = '\n';
	write_file(ppath, text, len);
	free(text);
	ck_assert_int_eq(progress_load(&p, ppath, &note), 1);
	ck_assert_ptr_nonnull(note);
	ck_assert_ptr_null(strstr(note, "line 1"));
	ck_assert_ptr_nonnull(strstr(note, "1572864 bytes"));
	ck_assert_ptr_nonnull(strstr(note, "1 MiB"));
	ck_assert_ptr_nonnull(strstr(note, ".bad-"));
	free(note);
	ck_assert_uint_eq(p.n, 0);
	progress_free(&p);
}
END_TEST

Suite *
suite(void)
{
	Suite *s = suite_create("progress");
	TCase *tc = tcase_create("Hardening");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_unreadable_left_alone);
	tcase_add_test(tc, test_not_a_regular_file);
	tcase_add_test(tc, test_read_error);
	tcase_add_test(tc, test_bad_line_skipped);
	tcase_add_test(tc, test_odd_names_round_trip);
	tcase_add_test(tc, test_every_byte_round_trips);
	tcase_add_test(tc, test_unwritable_entries_left_out);
	tcase_add_test(tc, test_stale_temporaries_cleaned);
	tcase_add_test(tc, test_symlink_followed);
	tcase_add_test(tc, test_symlink_loop_refused);
	tcase_add_test(tc, test_huge_file_message);
	suite_add_tcase(s, tc);
	return (s);
}
