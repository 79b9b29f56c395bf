/* dotcmd.c -- the tool commands that are not Python: .help, .trace ... */
#include <config.h>

#include "dotcmd.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "help.h"
#include "layout.h"
#include "shell.h"
#include "table.h"
#include "tutor.h"
#include "xmalloc.h"

static int dot_color(struct shell *, int, char **);
static int dot_help(struct shell *, int, char **);
static int dot_quit(struct shell *, int, char **);
static int dot_trace(struct shell *, int, char **);
static int dot_sockets(struct shell *, int, char **);
static int dot_sockaddr(struct shell *, int, char **);
static int dot_lessons(struct shell *, int, char **);
static int dot_lesson(struct shell *, int, char **);
static int dot_hint(struct shell *, int, char **);
static int dot_show(struct shell *, int, char **);
static int dot_skip(struct shell *, int, char **);
static int dot_back(struct shell *, int, char **);

const struct dotcmd dotcmds[] = {
	{ "color", NULL, "on|off", "colour on a terminal, or plain text", 0, 1,
	    dot_color, 0 },
	{ "help", NULL, "[NAME]", "list the commands, or explain one name", 0,
	    1, dot_help, 0 },
	{ "quit", "q", "", "leave sockshell (Ctrl-D works too)", 0, 0, dot_quit,
	    0 },
	{ "sockaddr", NULL, "[FAMILY] EXPR",
	    "show the C struct sockaddr of a name, byte by byte", 1, 16,
	    dot_sockaddr, 1 },
	{ "sockets", "s", "", "list every socket: names, state, queues", 0, 0,
	    dot_sockets, 0 },
	{ "trace", "t", "on|off", "show the C system call under each line", 0,
	    1, dot_trace, 0 },
	{ "lessons", NULL, "", "list the lessons and how far you got", 0, 0,
	    dot_lessons, 0 },
	{ "lesson", NULL, "NAME|stop",
	    "start or resume a lesson; stop leaves it", 0, 1, dot_lesson, 0 },
	{ "hint", NULL, "", "the next hint for this lesson step", 0, 0,
	    dot_hint, 0 },
	{ "show", NULL, "", "show this lesson step again", 0, 0, dot_show, 0 },
	{ "skip", NULL, "", "run this step's model answer and move on", 0, 0,
	    dot_skip, 0 },
	{ "back", NULL, "", "go back to the lesson step before", 0, 0, dot_back,
	    0 },
	{ NULL, NULL, NULL, NULL, 0, 0, NULL, 0 },
};

static const struct dotcmd *
find(const char *name)
{
	const struct dotcmd *d, *hit = NULL;
	size_t n = strlen(name);
	int count = 0;

	for (d = dotcmds; d->name != NULL; d++) {
		if (strcmp(d->name, name) == 0 ||
		    (d->alias != NULL && strcmp(d->alias, name) == 0))
			return (d);
		if (strncmp(d->name, name, n) == 0) {
			hit = d;
			count++;
		}
	}
	if (count == 1)
		return (hit);
	if (count > 1) {
		fprintf(stderr, "ambiguous command .%s:", name);
		for (d = dotcmds; d->name != NULL; d++)
			if (strncmp(d->name, name, n) == 0)
				fprintf(stderr, " .%s", d->name);
		fputc('\n', stderr);
		return (NULL);
	}
	fprintf(stderr, "unknown command .%s (.help lists the commands)\n",
	    name);
	return (NULL);
}

/* Is name exactly a command's name or alias (no prefixes)? */
static const struct dotcmd *
find_exact(const char *name)
{
	const struct dotcmd *d;

	for (d = dotcmds; d->name != NULL; d++)
		if (strcmp(d->name, name) == 0 ||
		    (d->alias != NULL && strcmp(d->alias, name) == 0))
			return (d);
	return (NULL);
}

/* A dot command's help: its row in the help table, else its one line. */
static void
show_dotcmd(struct shell *sh, const struct dotcmd *d)
{
	const struct help_entry *e;
	char *name = xasprintf(".%s", d->name), *text;

	if ((e = help_lookup(name)) != NULL) {
		text = help_format(e, sh->color);
		fputs(text, stdout);
		free(text);
	} else
		printf(".%s %s\n    %s\n", d->name, d->usage, d->help);
	free(name);
}

/*
 * .help NAME: a dot command (".trace", "trace", "t"); else anything
 * help() knows ("bind", "getaddrinfo", "AF_INET6"); else a unique
 * prefix of a dot command.
 */
static int
dot_help(struct shell *sh, int argc, char **argv)
{
	const struct help_entry *e;
	const struct dotcmd *d;
	char *u, *text;

	if (argc == 1) {
		if (argv[0][0] == '.') {
			if ((d = find(argv[0] + 1)) == NULL)
				return (1);
			show_dotcmd(sh, d);
			return (0);
		}
		if ((d = find_exact(argv[0])) != NULL) {
			show_dotcmd(sh, d);
			return (0);
		}
		if ((e = help_lookup(argv[0])) != NULL) {
			text = help_format(e, sh->color);
			fputs(text, stdout);
			free(text);
			return (0);
		}
		/* A prefix of a command, as everywhere else. */
		for (d = dotcmds; d->name != NULL; d++)
			if (strncmp(d->name, argv[0], strlen(argv[0])) == 0)
				break;
		if (d->name != NULL) {
			if ((d = find(argv[0])) == NULL)
				return (1); /* ambiguous: find() named them */
			show_dotcmd(sh, d);
			return (0);
		}
		fprintf(stderr,
		    "no help for '%s' (.help lists the commands; help() "
		    "explains the rest)\n",
		    argv[0]);
		return (1);
	}
	printf("Type Python socket calls, such as:\n"
	       "    import socket\n"
	       "    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"
	       "    s.bind(('127.0.0.1', 0))\n"
	       "    s.getsockname()\n"
	       "Commands that are not Python start with a dot:\n");
	for (d = dotcmds; d->name != NULL; d++) {
		u = xasprintf(".%s %s", d->name, d->usage);
		printf("  %-18s %s\n", u, d->help);
		free(u);
	}
	printf("help() gives an overview; help(s.bind) or .help bind explains "
	       "one name.\n");
	return (0);
}

/* .color on|off: only a terminal gets colour (NO_COLOR is for the start). */
static int
dot_color(struct shell *sh, int argc, char **argv)
{
	if (argc == 0) {
		printf("color is %s\n", sh->color ? "on" : "off");
		return (0);
	}
	if (strcmp(argv[0], "off") == 0) {
		shell_set_color(sh, 0);
		return (0);
	}
	if (strcmp(argv[0], "on") != 0) {
		fprintf(stderr, "usage: .color on|off\n");
		return (1);
	}
	if (!isatty(STDOUT_FILENO) || !isatty(STDERR_FILENO)) {
		fprintf(stderr, "color stays off: output is not a terminal\n");
		return (1);
	}
	shell_set_color(sh, 1);
	return (0);
}

static int
dot_quit(struct shell *sh, int argc, char **argv)
{
	(void)argc;
	(void)argv;
	sh->quit = 1;
	return (2);
}

static int
dot_trace(struct shell *sh, int argc, char **argv)
{
	if (argc == 0) {
		printf("trace is %s\n", sh->trace ? "on" : "off");
		return (0);
	}
	if (strcmp(argv[0], "on") == 0)
		shell_set_trace(sh, 1);
	else if (strcmp(argv[0], "off") == 0)
		shell_set_trace(sh, 0);
	else {
		fprintf(stderr, "usage: .trace on|off\n");
		return (1);
	}
	return (0);
}

static int
dot_sockets(struct shell *sh, int argc, char **argv)
{
	(void)argc;
	(void)argv;
	table_show(stdout, sh->in, sh->tty);
	return (0);
}

/* Takes code: argv[0] is the text after the name, as typed. */
static int
dot_sockaddr(struct shell *sh, int argc, char **argv)
{
	(void)argc;
	return (layout_command(stdout, sh->in, argv[0], sh->explain));
}

static int
dot_lessons(struct shell *sh, int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return (tutor_list(sh));
}

static int
dot_lesson(struct shell *sh, int argc, char **argv)
{
	if (argc == 0) /* where am I? */
		return (tutor_active(sh) ? tutor_show(sh) : tutor_list(sh));
	if (strcmp(argv[0], "stop") == 0)
		return (tutor_stop(sh));
	return (tutor_start(sh, argv[0]));
}

static int
dot_hint(struct shell *sh, int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return (tutor_hint(sh));
}

static int
dot_show(struct shell *sh, int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return (tutor_show(sh));
}

static int
dot_skip(struct shell *sh, int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return (tutor_skip(sh));
}

static int
dot_back(struct shell *sh, int argc, char **argv)
{
	(void)argc;
	(void)argv;
	return (tutor_back(sh));
}

int
dotcmd_run(struct shell *sh, const char *line)
{
	char *copy = xstrdup(line + 1), *argv[16], *tok, *save = NULL;
	const char *rest;
	const struct dotcmd *d;
	int argc = 0, rc;

	/* The raw arguments: after the dot, the name and its blanks. */
	rest = line + 1 + strspn(line + 1, " \t");
	rest += strcspn(rest, " \t");
	rest += strspn(rest, " \t");
	tok = strtok_r(copy, " \t", &save);
	if (tok == NULL) {
		free(copy);
		fprintf(stderr, "a command name goes after the dot "
		                "(.help lists them)\n");
		return (1);
	}
	if ((d = find(tok)) == NULL) {
		free(copy);
		return (1);
	}
	while ((tok = strtok_r(NULL, " \t", &save)) != NULL && argc < 16)
		argv[argc++] = tok;
	if (argc < d->min_args || argc > d->max_args) {
		fprintf(stderr, "usage: .%s %s\n", d->name, d->usage);
		free(copy);
		return (1);
	}
	if (d->raw) { /* the text as typed, as one argument */
		argv[0] = (char *)rest;
		argc = 1;
	}
	fflush(stdout);
	rc = d->run(sh, argc, argv);
	fflush(stdout);
	free(copy);
	return (rc);
}

/*
 * help sits below us and may not include this header: lend it a reader of
 * dotcmds[], so help() lists the commands and finds their rows.
 */
static int
help_dot_row(size_t i, struct help_dot *out)
{
	if (dotcmds[i].name == NULL)
		return (0);
	out->name = dotcmds[i].name;
	out->alias = dotcmds[i].alias;
	out->usage = dotcmds[i].usage;
	out->line = dotcmds[i].help;
	return (1);
}

void
dotcmd_lend_help(void)
{
	help_set_dots(help_dot_row);
}
