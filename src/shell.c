/* shell.c -- one session: running and reporting entries, and its hooks */
#include <config.h>

#include "shell.h"

#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "builtins.h"
#include "eval.h"
#include "exc.h"
#include "func.h"
#include "lexer.h"
#include "parser.h"
#include "report.h"
#include "syscall.h"
#include "traceback.h"
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
	if (sh->tutor != NULL && sh->free_tutor != NULL)
		sh->free_tutor(
		    sh->tutor); /* may clear its hooks: observer last */
	sh->tutor = NULL;
	sh->free_tutor = NULL;
	sys_set_observer(NULL, NULL);
	interp_free(sh->in);
	sh->in = NULL;
	cells_clear_all(); /* closures that outlived their calls */
}

/*
 * The one observer: the trace (every system call a line makes, as strace
 * prints it) and the lesson hook share it.
 */
static void
observe(const struct callrec *rec, void *ctx)
{
	struct shell *sh = ctx;

	/* getaddrinfo has no line: it is no system call strace would show. */
	if (sh->trace && rec->line != NULL) {
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
	builtins_set_color(on);
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
		return (
		    (int)(code->kind == KIND_ENUM ? code->u.en.i : code->u.i) &
		    0xff);
	s = value_str_of(code);
	fflush(stdout);
	fprintf(stderr, "%s\n", s);
	free(s);
	return (1);
}

/*
 * Run a parsed program as a script runs: 1 if it stopped on an exception
 * (SystemExit included), with *status set as python3 would exit.
 */
static int
run_script_program(struct shell *sh, const struct program *p, int *status,
    const char *src, size_t len, const char *filename)
{
	struct value *e = NULL;

	if (interp_exec(sh->in, p, NULL, NULL, &e) == 0)
		return (0);
	if (value_isinstance(e, &cls_SystemExit))
		*status = exit_status(e);
	else {
		traceback_print(stderr, e, filename, src, len);
		report_exception(stderr, e, NULL, 0);
		/* Python dies of SIGINT's default: status 130. */
		*status = value_isinstance(e, &cls_KeyboardInterrupt) ? 130 : 1;
	}
	value_decref(e);
	return (1);
}

/* The whole file as one program: for the exact SyntaxError, if any. */
static int
run_whole_file(struct shell *sh, const char *src, size_t len,
    const char *filename)
{
	struct program *p = NULL;
	struct parse_error pe;
	int status = 0;

	if (parse_source(src, len, 1, &p, &pe) != PARSE_OK) {
		report_syntax_error(stderr, &pe, src, len, filename, 0);
		return (1);
	}
	run_script_program(sh, p, &status, src, len, filename);
	program_free(p);
	return (status);
}

/*
 * Scripts are parsed in chunks of about this many bytes: big enough that
 * parsing a chunk costs far more than starting to, small enough that one
 * chunk's tokens and tree stay well under malloc's 128 KB trim and mmap
 * thresholds (bigger ones went back to the kernel after every chunk, to
 * be faulted in again for the next: 4000 page faults for 2000 cycles).
 */
#define SCRIPT_CHUNK 1024
/* Trees kept from the syntax check: more than a typical script needs. */
#define SCRIPT_KEEP (1024 * 1024)

struct chunk {
	size_t off;           /* where in the script it starts */
	size_t end;           /* ... and ends */
	int line;             /* the line it starts on */
	struct program *tree; /* its tree, kept from the check (or NULL) */
};

int
shell_run_program(struct shell *sh, const char *src, size_t len,
    const char *filename)
{
	struct program *p = NULL;
	struct chunk *chunks = NULL;
	struct parse_error pe;
	size_t off, end, n = 0, cap = 0, i, kept = 0;
	int line, nlines, status = 0;

	/*
	 * Python checks the whole file's syntax before it runs a line of it,
	 * but a tree of the whole file takes memory in proportion to it
	 * (70 MB for 8000 socket cycles).  So check it chunk by chunk and
	 * keep the trees while they fit in SCRIPT_KEEP bytes; past that, a
	 * tree is dropped at once and its chunk parsed again when its turn
	 * to run comes.  The chunks are cut by a quick guess
	 * (lex_chunk_end); a chunk that does not parse on its own, because
	 * the guess was wrong or the file has an error, sends the whole file
	 * to the parser at once, for exactly the error python3 reports.
	 */
	for (off = 0, line = 1; off < len; off = end, line += nlines) {
		end = off + lex_chunk_end(src + off, len - off, SCRIPT_CHUNK,
		                &nlines);
		if (parse_source_at(src + off, end - off, line, 1, &p, NULL) !=
		    PARSE_OK) {
			for (i = 0; i < n; i++)
				program_free(chunks[i].tree);
			free(chunks);
			return (run_whole_file(sh, src, len, filename));
		}
		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			chunks = xrealloc(chunks, cap * sizeof(*chunks));
		}
		chunks[n].tree = NULL;
		if (kept + arena_bytes(&p->arena) <= SCRIPT_KEEP) {
			kept += arena_bytes(&p->arena);
			chunks[n].tree = p;
		} else
			program_free(p);
		chunks[n].off = off;
		chunks[n].end = end;
		chunks[n++].line = line;
	}
	for (i = 0; i < n; i++) {
		p = chunks[i].tree;
		chunks[i].tree = NULL;
		/* It parsed a moment ago, and the same text parses the same. */
		if (p == NULL && parse_source_at(src + chunks[i].off,
		                     chunks[i].end - chunks[i].off,
		                     chunks[i].line, 1, &p, &pe) != PARSE_OK) {
			report_syntax_error(stderr, &pe, src, len, filename, 0);
			status = 1;
			break;
		}
		if (run_script_program(sh, p, &status, src, len, filename)) {
			program_free(p);
			break;
		}
		program_free(p);
	}
	for (; i < n; i++)
		program_free(chunks[i].tree);
	free(chunks);
	return (status);
}

/*
 * The session's printer (sys.displayhook): the repr of a value that is
 * not None on stdout, and the value kept in `_`.
 */
static void
display(struct interp *in, struct value *v, void *ctx)
{
	char *s;

	(void)ctx;
	if (v->kind == KIND_NONE)
		return;
	if ((s = value_repr_checked(v)) == NULL)
		return; /* RecursionError: interp_exec reports it */
	fputs(s, stdout);
	fputc('\n', stdout);
	free(s);
	interp_set_result(in, v);
}

static int run_entry(struct shell *, const char *src, size_t len, int single);

int
shell_run_entry(struct shell *sh, const char *src, size_t len)
{
	return (run_entry(sh, src, len, 0));
}

int
shell_run_block(struct shell *sh, const char *src, size_t len)
{
	return (run_entry(sh, src, len, 1));
}

static int
run_entry(struct shell *sh, const char *src, size_t len, int single)
{
	struct program *p = NULL;
	struct parse_error pe;
	struct value *e = NULL;
	int failed = 0;

	if ((single ? parse_entry(src, len, 1, &p, &pe) :
	              parse_source(src, len, 1, &p, &pe)) != PARSE_OK) {
		report_syntax_error(stderr, &pe, src, len, "<stdin>",
		    sh->explain);
		failed = 1;
	} else if (interp_exec(sh->in, p, sh->echo ? display : NULL, sh, &e) <
	           0) {
		if (sh->echo) /* as Python's prompt: for pdb.pm() and checks */
			builtins_set_last_value(e);
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

struct value *
shell_eval(struct shell *sh, const char *expr, const struct dict *names)
{
	struct value *v;

	sys_quiet_push(); /* the tool's calls are not the learner's */
	v = interp_eval_with(sh->in, expr, names);
	sys_quiet_pop();
	return (v);
}
