/* main.c -- options and modes: terminal, piped input, SCRIPT, -c CODE */
#include <config.h>

#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "builtins.h"
#include "complete.h"
#include "exc.h"
#include "repl.h"
#include "shell.h"
#include "tutor.h"
#include "value.h"
#include "xmalloc.h"

static void
usage_help(void)
{
	printf("Usage: %s [OPTION]... [SCRIPT [ARG]...]\n", PACKAGE_NAME);
	fputs("Type Python socket calls; real kernel sockets answer, names and all.\n"
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
	fputs("Copyright (C) 2026 the sockshell authors.\n"
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

int
main(int argc, char **argv)
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
	struct shell sh;
	const char *code = NULL, *lesson = NULL;
	int check_lessons = 0;
	int c, trace = 0, quiet = 0, nocolor = 0, status, err = 0;
	char *src, *hist;
	size_t len = 0;

	opterr = 0;
	/* '+': options stop at SCRIPT; its own arguments are its own. */
	while ((c = getopt_long(argc, argv, "+c:tq", longopts, NULL)) != -1) {
		switch (c) {
		case 'c':
			code = optarg;
			goto options_done; /* as python3: the rest is argv */
		case 't':
			trace = 1;
			break;
		case 'q':
			quiet = 1;
			break;
		case 'C':
			nocolor = 1;
			break;
		case 'L':
			lesson = optarg;
			break;
		case 'K':
			check_lessons = 1;
			break;
		case 'h':
			usage_help();
			return (fclose(stdout) == 0 ? 0 : 1);
		case 'V':
			usage_version();
			return (fclose(stdout) == 0 ? 0 : 1);
		default:
			if (optopt == 'c')
				usage_error("option requires an argument -- '%s'",
				    "c");
			if (optopt == 'L')
				usage_error("option '%s' requires an argument",
				    "--lesson");
			if (optopt != 0) {
				char o[2] = { (char)optopt, '\0' };

				usage_error("invalid option -- '%s'", o);
			}
			usage_error("unrecognized option '%s'", argv[optind - 1]);
		}
	}
options_done:
	if (check_lessons) {
		if (code != NULL || lesson != NULL)
			usage_error("%s goes alone (with lesson FILEs)",
			    "--check-lessons");
		install_signals();
		status = tutor_check_lessons(argv + optind,
		    (size_t)(argc - optind));
		builtins_cleanup();
		err_clear();
		if (fclose(stdout) != 0 && status == 0)
			status = 1;
		return (status);
	}
	if (lesson != NULL && (code != NULL || optind < argc))
		usage_error("%s is for the prompt, not with SCRIPT or -c",
		    "--lesson");
	install_signals();
	shell_init(&sh);
	if (trace)
		shell_set_trace(&sh, 1);

	if (code != NULL) {
		char *args[] = { "-c" };

		builtins_set_argv(1, args);
		builtins_set_argv(argc - optind + 1, argv + optind - 1);
		status = shell_run_program(&sh, code, strlen(code), "<string>");
	} else if (optind < argc) {
		builtins_set_argv(argc - optind, argv + optind);
		src = read_file(argv[optind], &len, &err);
		if (src == NULL) {
			char *cwd = getcwd(NULL, 0);

			fprintf(stderr,
			    "%s: can't open file '%s%s%s': [Errno %d] %s\n",
			    PACKAGE_NAME, argv[optind][0] == '/' || !cwd ? "" : cwd,
			    argv[optind][0] == '/' || !cwd ? "" : "/",
			    argv[optind], err, strerror(err));
			free(cwd);
			status = 2;
		} else {
			status = shell_run_program(&sh, src, len, argv[optind]);
			free(src);
		}
	} else {
		char *args[] = { "" };

		builtins_set_argv(1, args);
		sh.tty = isatty(STDIN_FILENO) && isatty(STDOUT_FILENO);
		sh.echo = 1;
		sh.explain = 1;
		shell_set_color(&sh, !nocolor && use_color());
		hist = sh.tty ? repl_default_history_path() : NULL;
		sh.repl = repl_open(stdin, sh.tty, hist);
		free(hist);
		repl_set_completer(sh.repl, complete_line, &sh);
		if (sh.tty && !quiet)
			printf("%s %s: type Python socket calls. .help for help, "
			       "Ctrl-D to leave.\n",
			    PACKAGE_NAME, PACKAGE_VERSION);
		if (lesson != NULL && tutor_start(&sh, lesson) != 0) {
			shell_free(&sh);
			builtins_cleanup();
			return (2);
		}
		status = shell_interact(&sh);
	}
	shell_free(&sh);
	builtins_cleanup();
	err_clear();
	if (fclose(stdout) != 0 && status == 0)
		status = 1; /* output was lost: say so, as GNU programs do */
	return (status);
}
