/* shell.c -- one session: reading, running and reporting lines */
#include <config.h>

#include "shell.h"

#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "dotcmd.h"
#include "eval.h"
#include "exc.h"
#include "parser.h"
#include "repl.h"
#include "report.h"
#include "syscall.h"
#include "tutor.h"
#include "value.h"
#include "xmalloc.h"

void
shell_init(struct shell *sh)
{
	memset(sh, 0, sizeof(*sh));
	sh->in = interp_new();
}

void
shell_free(struct shell *sh)
{
	tutor_free(sh->tutor); /* may clear its call hook: observer last */
	sh->tutor = NULL;
	sys_set_observer(NULL, NULL);
	interp_free(sh->in);
	sh->in = NULL;
	repl_close(sh->repl);
	sh->repl = NULL;
}

/*
 * The one observer: the trace (every system call a line makes, as strace
 * prints it) and the lesson hook share it.
 */
static void
observe(const struct callrec *rec, void *ctx)
{
	struct shell *sh = ctx;

	if (sh->trace) {
		fflush(stdout);
		if (sh->tty)
			fprintf(stderr, "%s  | %s%s\n",
			    sh->color ? "\033[2m" : "", rec->line,
			    sh->color ? "\033[0m" : "");
		else
			fprintf(stderr, "%s\n", rec->line);
	}
	if (sh->on_call != NULL)
		sh->on_call(rec, sh->call_ctx);
}

static void
update_observer(struct shell *sh)
{
	int want = sh->trace || sh->on_call != NULL;

	sys_set_observer(want ? observe : NULL, want ? sh : NULL);
}

void
shell_set_color(struct shell *sh, int on)
{
	sh->color = on;
	report_color = on;
}

void
shell_set_trace(struct shell *sh, int on)
{
	sh->trace = on;
	update_observer(sh);
}

void
shell_set_call_hook(struct shell *sh,
    void (*fn)(const struct callrec *, void *), void *ctx)
{
	sh->on_call = fn;
	sh->call_ctx = fn != NULL ? ctx : NULL;
	update_observer(sh);
}

/* SystemExit's code as Python's exit status; prints a message argument. */
static int
exit_status(const struct value *e)
{
	const struct value *args = e->u.exc->args, *code;
	char *s;

	if (args->u.seq.len == 0)
		return (0);
	code = args->u.seq.items[0];
	if (code->kind == KIND_NONE)
		return (0);
	if (value_is_int(code))
		return ((int)(code->kind == KIND_ENUM ? code->u.en.i :
		                                        code->u.i) & 0xff);
	s = value_str_of(code);
	fflush(stdout);
	fprintf(stderr, "%s\n", s);
	free(s);
	return (1);
}

int
shell_run_program(struct shell *sh, const char *src, size_t len,
    const char *filename)
{
	struct program *p = NULL;
	struct parse_error pe;
	struct value *e = NULL;
	int status = 0;

	if (parse_source(src, len, 1, &p, &pe) != PARSE_OK) {
		report_syntax_error(stderr, &pe, src, len, filename, 0);
		return (1);
	}
	if (interp_run(sh->in, p, 0, &e) < 0) {
		if (value_isinstance(e, &cls_SystemExit))
			status = exit_status(e);
		else {
			report_exception(stderr, e, NULL, 0);
			/* Python dies of SIGINT's default: status 130. */
			status = value_isinstance(e, &cls_KeyboardInterrupt) ?
			    130 : 1;
		}
		value_decref(e);
	}
	program_free(p);
	return (status);
}

int
shell_run_entry(struct shell *sh, const char *src, size_t len)
{
	struct program *p = NULL;
	struct parse_error pe;
	struct value *e = NULL;
	int failed = 0;

	if (parse_source(src, len, 1, &p, &pe) != PARSE_OK) {
		report_syntax_error(stderr, &pe, src, len, "<stdin>",
		    sh->explain);
		failed = 1;
	} else if (interp_run(sh->in, p, sh->echo, &e) < 0) {
		if (value_isinstance(e, &cls_SystemExit)) {
			sh->status = exit_status(e);
			sh->quit = 1;
		} else
			report_exception(stderr, e, src, sh->explain);
		value_decref(e);
		failed = 1;
	}
	program_free(p);
	fflush(stdout);
	if (sh->after_line != NULL && !sh->quit)
		sh->after_line(sh, src, failed);
	return (failed);
}

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

int
shell_interact(struct shell *sh)
{
	struct buf entry;
	char *line;
	size_t len;
	enum repl_status st;

	buf_init(&entry);
	while (!sh->quit) {
		st = repl_getline(sh->repl, entry.len ? "... " : ">>> ", &line,
		    &len);
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
		repl_add_history(sh->repl, line);
		if (entry.len == 0 && is_dot_command(line)) {
			while (*line == ' ' || *line == '\t')
				memmove(line, line + 1, strlen(line));
			if (dotcmd_run(sh, line) == 2)
				sh->quit = 1;
			free(line);
			continue;
		}
		if (entry.len > 0)
			buf_add(&entry, "\n", 1);
		buf_add(&entry, line, len);
		free(line);
		if (needs_more(entry.data, entry.len))
			continue;
		sh->source = entry.data;
		shell_run_entry(sh, entry.data, entry.len);
		sh->source = NULL;
		buf_free(&entry);
	}
	buf_free(&entry);
	return (sh->status);
}
