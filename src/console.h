/* console.h -- the read loop: prompts, dot commands, lessons, entries */
#ifndef SOCKSHELL_CONSOLE_H
#define SOCKSHELL_CONSOLE_H

struct shell;

/* How main() wants the console (the rest is in struct shell already). */
struct console_opts {
	int quiet;          /* no banner at a terminal */
	int color;          /* colour wanted, if the output is a terminal */
	const char *lesson; /* --lesson NAME to start at the prompt, or NULL */
};

/*
 * The session at a terminal (GNU Readline: editing, history, completion)
 * or on piped input: read lines, run dot commands, collect entries until
 * they parse and hand them to the shell, until end of input or a quit.
 * Returns the exit status (2 when the --lesson cannot start).
 */
int console_run(struct shell *, const struct console_opts *);

#endif
