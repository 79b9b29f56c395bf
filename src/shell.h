/* shell.h -- one session: running and reporting entries, and its hooks */
#ifndef SOCKSHELL_SHELL_H
#define SOCKSHELL_SHELL_H

#include <stddef.h>
#include <stdio.h>

struct interp;
struct callrec;
struct dict;
struct tutor;
struct value;

/*
 * Everything about one session, passed as `sh` (as SQLite's ShellState).
 * The read loop is the console's (console.h); the shell runs what it is
 * given and calls the hooks below.
 */
struct shell {
	struct interp *in;  /* the learner's variables: owned */
	int tty;            /* a person at a terminal: prompts, colour */
	int echo;           /* echo expression values (interactive, piped) */
	int explain;        /* explanations after errors */
	int trace;          /* show each system call */
	int color;          /* ANSI colour on the terminal */
	int quit;           /* .quit, exit() or end of input was asked for */
	int status;         /* exit status when quitting */
	const char *source; /* the line being run, for explanations */
	/* Called after each line the learner runs (lessons hook in here). */
	void (*after_line)(struct shell *, const char *line, int failed);
	void *after_ctx;
	/* Each system call the learner's lines make (lesson checks). */
	void (*on_call)(const struct callrec *, void *ctx);
	void *call_ctx;
	/* Lessons: NULL until first used; shell_free calls free_tutor first. */
	struct tutor *tutor;
	void (*free_tutor)(struct tutor *);
};

void shell_init(struct shell *);
void shell_free(struct shell *);

/*
 * Run a whole program as `python3 FILE` or `-c` would: parsed first, no
 * echo, the first uncaught error ends it.  Returns the exit status.
 */
int shell_run_program(struct shell *, const char *src, size_t len,
    const char *filename);

/*
 * Run one complete entry with interactive semantics (with echo: values
 * printed and kept in `_`, errors in sys.last_value; explanation), then
 * the after_line hook.  Returns 0, or 1 after an error.
 */
int shell_run_entry(struct shell *, const char *src, size_t len);
/*
 * The same for an entry that is one statement as Python's prompt takes
 * it (parse_entry): a compound statement, its block ended by a blank
 * line or the end of input; a second statement after it is an error.
 */
int shell_run_block(struct shell *, const char *src, size_t len);

/* Turn colour on or off: errors, explanations, the trace and help. */
void shell_set_color(struct shell *, int on);

/* Turn the trace on or off. */
void shell_set_trace(struct shell *, int on);

/*
 * Hand each system call record to fn (NULL: stop).  The syscall layer's
 * observer stays unset while neither the trace nor a hook wants calls,
 * so the default path renders nothing.
 */
void shell_set_call_hook(struct shell *,
    void (*fn)(const struct callrec *, void *), void *ctx);

/*
 * Evaluate one expression for a tool (lesson checks): names are looked up
 * first (may be NULL), and the system calls it makes are the shell's own,
 * neither traced nor handed to the call hook.  New reference, or NULL
 * with an exception pending.
 */
struct value *shell_eval(struct shell *, const char *expr,
    const struct dict *names);

#endif
