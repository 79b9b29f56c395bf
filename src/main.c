/* main.c -- options and modes: terminal, piped input, SCRIPT, -c CODE */
#include <config.h>

#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "builtins.h"
#include "console.h"
#include "dotcmd.h"
#include "exc.h"
#include "shell.h"
#include "tutor.h"

static void
usage_help(void)
{
	printf("Usage: %s [OPTION]... [SCRIPT [ARG]...]\n", PACKAGE_NAME);
	fputs(
	    "Type Python socket calls; real kernel sockets answer, names and all.\n"
	    "\n"
	    "With no SCRIPT, read lines from the terminal (with editing, history and\n"
	    "tab completion) or from standard input: each line runs as at Python's\n"
	    "prompt, values are echoed and errors explained, and the run goes on.\n"
	    "With SCRIPT, run the file as `python3 SCRIPT` would.\n"
	    "\n"
	    "  -c CODE         run CODE as a program, as `python3 -c CODE`\n"
	    "  -t, --trace     show the C system call under each socket call\n"
	    "  -q, --quiet     no banner at start-up\n"
	    "      --no-color  never colour the output (colour is only for a\n"
	    "                  terminal; NO_COLOR=1 or TERM=dumb also turn it off)\n"
	    "      --lesson=NAME  start (or resume) lesson NAME at the prompt\n"
	    "      --check-lessons [FILE]...  play every lesson (or the FILEs)\n"
	    "                  in a fresh session, check each step, print a\n"
	    "                  coverage table; exit 1 if any lesson fails\n"
	    "      --help      print this help, then exit\n"
	    "      --version   print version and licence, then exit\n"
	    "\n"
	    "Inside the shell, commands that are not Python start with a dot:\n"
	    ".help lists them.  Lessons: .lessons lists them, .lesson NAME starts\n"
	    "one, .hint, .show, .skip and .back move within it, .lesson stop\n"
	    "leaves it.  Progress is kept in $XDG_DATA_HOME/sockshell/progress\n"
	    "(~/.local/share/sockshell/progress); lessons are read from\n"
	    "$SOCKSHELL_LESSONS if set, else from " LESSONDIR ".\n"
	    "See sockshell-lessons(5) for the lesson file format.\n"
	    "History: $SOCKSHELL_HISTORY (empty for none), else\n"
	    "$XDG_STATE_HOME/sockshell/history (~/.local/state/sockshell/history).\n"
	    "\n"
	    "Exit status: 0 at the end of input; 1 when SCRIPT or CODE fails with an\n"
	    "uncaught error; 2 for a command-line or file problem.\n"
	    "\n",
	    stdout);
	printf("Report bugs to: <%s>\n", PACKAGE_BUGREPORT);
	if (PACKAGE_URL[0] != '\0')
		printf("%s home page: <%s>\n", PACKAGE_NAME, PACKAGE_URL);
}

static void
usage_version(void)
{
	printf("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
	fputs(
	    "Copyright (C) 2026 the sockshell authors.\n"
	    "License GPLv3+: GNU GPL version 3 or later "
	    "<https://gnu.org/licenses/gpl.html>.\n"
	    "This is free software: you are free to change and redistribute it.\n"
	    "There is NO WARRANTY, to the extent permitted by law.\n"
	    "\n"
	    "Written by the sockshell team.\n",
	    stdout);
}

static void
usage_error(const char *fmt, const char *arg)
{
	fprintf(stderr, "%s: ", PACKAGE_NAME);
	fprintf(stderr, fmt, arg);
	fprintf(stderr, "\nTry '%s --help' for more information.\n",
	    PACKAGE_NAME);
	exit(2);
}

static void
on_sigint(int sig)
{
	(void)sig;
	exc_sigint_pending = 1;
}

/*
 * Ctrl-C sets a flag and, with no SA_RESTART, wakes a blocking accept()
 * or recv() with EINTR: the call then raises KeyboardInterrupt.
 */
static void
install_signals(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_sigint;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	/* As Python: a peer that hangs up gives BrokenPipeError, not death. */
	signal(SIGPIPE, SIG_IGN);
}

static char *
read_file(const char *path, size_t *len, int *err)
{
	FILE *fp = fopen(path, "rb");
	struct buf b;
	char chunk[65536];
	size_t n;

	if (fp == NULL) {
		*err = errno;
		return (NULL);
	}
	buf_init(&b);
	while ((n = fread(chunk, 1, sizeof(chunk), fp)) > 0)
		buf_add(&b, chunk, n);
	if (ferror(fp)) {
		*err = errno ? errno : EIO;
		fclose(fp);
		buf_free(&b);
		return (NULL);
	}
	fclose(fp);
	*len = b.len;
	return (buf_steal(&b));
}

/*
 * Colour only for a person looking at a terminal: both output streams
 * (errors go to stderr) must be terminals, NO_COLOR (any non-empty value,
 * see no-color.org) and TERM=dumb or unset turn it off.
 */
static int
use_color(void)
{
	const char *term = getenv("TERM"), *nc = getenv("NO_COLOR");

	if (nc != NULL && nc[0] != '\0')
		return (0);
	if (!isatty(STDOUT_FILENO) || !isatty(STDERR_FILENO))
		return (0);
	return (term != NULL && term[0] != '\0' && strcmp(term, "dumb") != 0);
}

/* What the command line asked for. */
struct options {
	const char *code;   /* -c CODE, or NULL */
	const char *lesson; /* --lesson NAME, or NULL */
	int check_lessons;  /* --check-lessons */
	int trace;          /* -t */
	int quiet;          /* -q */
	int nocolor;        /* --no-color */
};

/* An option getopt refused: say which, as GNU programs do, and exit 2. */
static void
bad_option(char **argv)
{
	if (optopt == 'c')
		usage_error("option requires an argument -- '%s'", "c");
	if (optopt == 'L')
		usage_error("option '%s' requires an argument", "--lesson");
	if (optopt != 0) {
		char o[2] = { (char)optopt, '\0' };

		usage_error("invalid option -- '%s'", o);
	}
	usage_error("unrecognized option '%s'", argv[optind - 1]);
}

/*
 * Read the options into *o; optind is left at SCRIPT (or past the end).
 * --help and --version print and exit here.
 */
static void
parse_options(int argc, char **argv, struct options *o)
{
	static const struct option longopts[] = {
		{ "trace", no_argument, NULL, 't' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "no-color", no_argument, NULL, 'C' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, 'V' },
		{ "lesson", required_argument, NULL, 'L' },
		{ "check-lessons", no_argument, NULL, 'K' },
		{ NULL, 0, NULL, 0 },
	};
	int c;

	memset(o, 0, sizeof(*o));
	opterr = 0;
	/* '+': options stop at SCRIPT; its own arguments are its own. */
	while ((c = getopt_long(argc, argv, "+c:tq", longopts, NULL)) != -1) {
		switch (c) {
		case 'c':
			o->code = optarg;
			return; /* as python3: the rest is argv */
		case 't':
			o->trace = 1;
			break;
		case 'q':
			o->quiet = 1;
			break;
		case 'C':
			o->nocolor = 1;
			break;
		case 'L':
			o->lesson = optarg;
			break;
		case 'K':
			o->check_lessons = 1;
			break;
		case 'h':
			usage_help();
			exit(fclose(stdout) == 0 ? 0 : 1);
		case 'V':
			usage_version();
			exit(fclose(stdout) == 0 ? 0 : 1);
		default:
			bad_option(argv);
		}
	}
}

/* sockshell --check-lessons [FILE]...: the lessons' self-test. */
static int
run_check_lessons(int argc, char **argv)
{
	int status;

	install_signals();
	status = tutor_check_lessons(argv + optind, (size_t)(argc - optind));
	builtins_cleanup();
	err_clear();
	if (fclose(stdout) != 0 && status == 0)
		status = 1;
	return (status);
}

/* sockshell -c CODE [ARG]...: sys.argv is ['-c', ARG...]. */
static int
run_code(struct shell *sh, const char *code, int argc, char **argv)
{
	char *args[] = { "-c" };

	builtins_set_argv(1, args);
	builtins_set_argv(argc - optind + 1, argv + optind - 1);
	return (shell_run_program(sh, code, strlen(code), "<string>"));
}

/* sockshell SCRIPT [ARG]...: status 2 if it cannot be read, as python3. */
static int
run_script(struct shell *sh, int argc, char **argv)
{
	const char *path = argv[optind];
	char *src, *cwd;
	size_t len = 0;
	int err = 0, status;

	builtins_set_argv(argc - optind, argv + optind);
	if ((src = read_file(path, &len, &err)) == NULL) {
		cwd = getcwd(NULL, 0);
		fprintf(stderr, "%s: can't open file '%s%s%s': [Errno %d] %s\n",
		    PACKAGE_NAME, path[0] == '/' || !cwd ? "" : cwd,
		    path[0] == '/' || !cwd ? "" : "/", path, err,
		    strerror(err));
		free(cwd);
		return (2);
	}
	status = shell_run_program(sh, src, len, path);
	free(src);
	return (status);
}

/* No SCRIPT: the prompt at a terminal, or lines from a pipe. */
static int
run_console(struct shell *sh, const struct options *o)
{
	char *args[] = { "" };
	struct console_opts co;

	builtins_set_argv(1, args);
	co.quiet = o->quiet;
	co.color = !o->nocolor && use_color();
	co.lesson = o->lesson;
	return (console_run(sh, &co));
}

int
main(int argc, char **argv)
{
	struct options o;
	struct shell sh;
	int status;

	dotcmd_lend_help();
	parse_options(argc, argv, &o);
	if (o.check_lessons) {
		if (o.code != NULL || o.lesson != NULL)
			usage_error("%s goes alone (with lesson FILEs)",
			    "--check-lessons");
		return (run_check_lessons(argc, argv));
	}
	if (o.lesson != NULL && (o.code != NULL || optind < argc))
		usage_error("%s is for the prompt, not with SCRIPT or -c",
		    "--lesson");
	install_signals();
	shell_init(&sh);
	if (o.trace)
		shell_set_trace(&sh, 1);
	if (o.code != NULL)
		status = run_code(&sh, o.code, argc, argv);
	else if (optind < argc)
		status = run_script(&sh, argc, argv);
	else
		status = run_console(&sh, &o);
	shell_free(&sh);
	builtins_cleanup();
	err_clear();
	if (fclose(stdout) != 0 && status == 0)
		status = 1; /* output was lost: say so, as GNU programs do */
	return (status);
}
