/* shell.h -- one session: reading, running and reporting lines */
#ifndef SOCKSHELL_SHELL_H
#define SOCKSHELL_SHELL_H

#include <stddef.h>
#include <stdio.h>

struct interp;
struct repl;
struct callrec;
struct tutor;

/* Everything about one session, passed as `sh` (as SQLite's ShellState). */
struct shell {
	struct interp *in;  /* the learner's variables: owned */
	struct repl *repl;  /* the line reader, or NULL for scripts: owned */
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
	struct tutor *tutor; /* lessons: owned, NULL until first used */
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
 * Run one complete entry with interactive semantics (echo, `_`,
 * sys.last_value, explanation).  Returns 0, or 1 after an error.
 */
int shell_run_entry(struct shell *, const char *src, size_t len);

/* The read-run loop for a terminal or piped input.  Returns exit status. */
int shell_interact(struct shell *);

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

#endif
