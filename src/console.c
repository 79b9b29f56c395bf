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
#include "lexer.h"
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

/*
 * Does the entry start a compound statement?  Then, as at python3's
 * prompt, it goes on until a blank line (or the end of input).
 */
static int
starts_block(const char *src)
{
	/* with, try, class: not understood yet, but a pasted block of one
	 * gets one SyntaxError that names it, not one per line. */
	static const char *const heads[] = { "if", "while", "for", "def",
		"with", "try", "class", "async" };
	size_t i, n;

	for (i = 0; i < sizeof(heads) / sizeof(heads[0]); i++) {
		n = strlen(heads[i]);
		if (strncmp(src, heads[i], n) == 0 &&
		    (src[n] == ' ' || src[n] == '\t' || src[n] == '(' ||
		        src[n] == '[' || src[n] == '\'' || src[n] == '"' ||
		        src[n] == ':'))
			return (1);
	}
	return (0);
}

/* A bracket or a triple-quoted string still open: a blank line is text. */
static int
inside_brackets(const char *src, size_t len)
{
	struct lex_result lx;
	int open;

	open = lex_source(src, len, 0, &lx) == LEX_INCOMPLETE || lx.depth > 0;
	lex_free(&lx);
	return (open);
}

/*
 * A line of a block entry: is the entry done?  It is at a blank line
 * outside brackets, or as soon as it cannot be right whatever follows
 * (python3 reports that at once).
 */
static int
block_done(const char *src, size_t len, size_t linelen)
{
	struct program *p = NULL;
	struct parse_error pe;
	enum parse_status st;

	if (linelen == 0 && !inside_brackets(src, len))
		return (1);
	st = parse_entry(src, len, 0, &p, &pe);
	program_free(p);
	/* Outside the subset: the rest of the block is read, then said once. */
	return (st == PARSE_ERROR && !pe.is_subset);
}

/* Does the line go on a compound statement (except:, else:, ...)? */
static int
is_clause(const char *line)
{
	static const char *const clauses[] = { "elif", "else", "except",
		"finally" };
	size_t i, n;

	for (i = 0; i < sizeof(clauses) / sizeof(clauses[0]); i++) {
		n = strlen(clauses[i]);
		if (strncmp(line, clauses[i], n) == 0 &&
		    (line[n] == ':' || line[n] == ' ' || line[n] == '\t' ||
		        line[n] == '('))
			return (1);
	}
	return (0);
}

/* Is the entry a statement sockshell does not understand (with, try)? */
static int
outside_subset(const char *src, size_t len)
{
	struct program *p = NULL;
	struct parse_error pe;
	enum parse_status st = parse_entry(src, len, 0, &p, &pe);

	program_free(p);
	return (st == PARSE_ERROR && pe.is_subset);
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
	if (starts_block(entry->data))
		shell_run_block(sh, entry->data, entry->len);
	else
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
	int block = 0; /* the entry is a compound statement */

	buf_init(&entry);
	while (!sh->quit) {
		st = repl_getline(r, entry.len ? "... " : ">>> ", &line, &len);
		if (st == REPL_INTERRUPT) {
			buf_free(&entry);
			block = 0;
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
			if (block)
				repl_add_history(r, entry.data);
			run_entry(sh, &entry);
			block = 0;
			if (sh->tty)
				continue;
			break;
		}
		if (block && len > 0 && line[0] != ' ' && line[0] != '\t' &&
		    !is_clause(line) && outside_subset(entry.data, entry.len)) {
			/* Its block ended: say so, then this line is new. */
			repl_add_history(r, entry.data);
			run_entry(sh, &entry);
			block = 0;
			if (sh->quit) {
				free(line);
				break;
			}
		}
		if (entry.len == 0)
			block = starts_block(line);
		if (!block) /* a block goes into the history whole */
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
		if (block ? block_done(entry.data, entry.len, len) :
		            !needs_more(entry.data, entry.len)) {
			if (block)
				repl_add_history(r, entry.data);
			run_entry(sh, &entry);
			block = 0;
		}
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
