/* console.c -- the read loop: prompts, dot commands, lessons, entries */
#include <config.h>

#include "console.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "complete.h"
#include "dotcmd.h"
#include "parser.h"
#include "repl.h"
#include "shell.h"
#include "tutor.h"

/* Does the buffer so far need more lines?  Only an open bracket says so. */
static int
needs_more(const char *src, size_t len)
{
	struct program *p = NULL;
	struct parse_error pe;
	enum parse_status st = parse_source(src, len, 0, &p, &pe);

	program_free(p);
	return (st == PARSE_INCOMPLETE);
}

static int
is_dot_command(const char *line)
{
	while (*line == ' ' || *line == '\t')
		line++;
	return (line[0] == '.' && ((line[1] >= 'a' && line[1] <= 'z') ||
	                              line[1] == '\0' || line[1] == ' '));
}

/* A dot command line (leading blanks dropped); .quit ends the session. */
static void
run_dot_command(struct shell *sh, char *line)
{
	while (*line == ' ' || *line == '\t')
		memmove(line, line + 1, strlen(line));
	if (dotcmd_run(sh, line) == 2)
		sh->quit = 1;
}

/* Run the entry collected so far and start a new one. */
static void
run_entry(struct shell *sh, struct buf *entry)
{
	sh->source = entry->data;
	shell_run_entry(sh, entry->data, entry->len);
	sh->source = NULL;
	buf_free(entry);
}

static int
interact(struct shell *sh, struct repl *r)
{
	struct buf entry;
	char *line;
	size_t len;
	enum repl_status st;

	buf_init(&entry);
	while (!sh->quit) {
		st = repl_getline(r, entry.len ? "... " : ">>> ", &line, &len);
		if (st == REPL_INTERRUPT) {
			buf_free(&entry);
			continue;
		}
		if (st == REPL_EOF) {
			if (entry.len == 0)
				break;
			/*
			 * Input ended inside brackets: the SyntaxError python3
			 * gives.  At a terminal that was Ctrl-D at "... ", and
			 * as in python3 the session goes on.
			 */
			shell_run_entry(sh, entry.data, entry.len);
			buf_free(&entry);
			if (sh->tty)
				continue;
			break;
		}
		repl_add_history(r, line);
		if (entry.len == 0 && is_dot_command(line)) {
			run_dot_command(sh, line);
			free(line);
			continue;
		}
		if (entry.len > 0)
			buf_add(&entry, "\n", 1);
		buf_add(&entry, line, len);
		free(line);
		if (!needs_more(entry.data, entry.len))
			run_entry(sh, &entry);
	}
	buf_free(&entry);
	return (sh->status);
}

/* The line reader: Readline with history and completion at a terminal. */
static struct repl *
open_reader(struct shell *sh)
{
	char *hist = sh->tty ? repl_default_history_path() : NULL;
	struct repl *r = repl_open(stdin, sh->tty, hist);

	free(hist);
	repl_set_completer(r, complete_line, sh);
	return (r);
}

int
console_run(struct shell *sh, const struct console_opts *o)
{
	struct repl *r;
	int status;

	sh->tty = isatty(STDIN_FILENO) && isatty(STDOUT_FILENO);
	sh->echo = 1;
	sh->explain = 1;
	shell_set_color(sh, o->color);
	r = open_reader(sh);
	if (sh->tty && !o->quiet)
		printf("%s %s: type Python socket calls. .help for help, "
		       "Ctrl-D to leave.\n",
		    PACKAGE_NAME, PACKAGE_VERSION);
	if (o->lesson != NULL && tutor_start(sh, o->lesson) != 0)
		status = 2;
	else
		status = interact(sh, r);
	repl_close(r);
	return (status);
}
