/* dotcmd.h -- the tool commands that are not Python: .help, .trace ... */
#ifndef SOCKSHELL_DOTCMD_H
#define SOCKSHELL_DOTCMD_H

struct shell;

/* A dot command: one row of the table feeds lookup, arity, .help, completion. */
struct dotcmd {
	const char *name;  /* "trace" */
	const char *alias; /* short form ("s" for sockets) or NULL */
	const char *usage; /* "on|off" */
	const char *help;  /* one line for .help */
	int min_args;
	int max_args;
	int (*run)(struct shell *, int argc,
	    char **argv); /* 0 ok, 1 err, 2 quit */
	int raw; /* takes code: run gets the text after the name as argv[0] */
};

extern const struct dotcmd dotcmds[];

/*
 * Run a line that starts with '.'.  Returns 0 ok, 1 error (reported on
 * stderr), 2 quit.  A unique prefix of a name is accepted, as in tmux.
 */
int dotcmd_run(struct shell *, const char *line);

/*
 * Let help() list the dot commands and find their rows (help sits below
 * this module and cannot include this header).  main() calls it first.
 */
void dotcmd_lend_help(void);

#endif
