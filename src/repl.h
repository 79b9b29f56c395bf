/* repl.h -- reading lines: GNU Readline on a terminal, plain reads elsewhere */
#ifndef SOCKSHELL_REPL_H
#define SOCKSHELL_REPL_H

#include <stddef.h>
#include <stdio.h>

struct repl;

/*
 * Open a line reader on `in`.  With tty, lines come from GNU Readline with
 * editing, history (loaded from and appended to `history_path`, mode 0600;
 * NULL for none) and Ctrl-C handling; otherwise plain reads, no prompt.
 */
struct repl *repl_open(FILE *in, int tty, const char *history_path);
void repl_close(struct repl *);

enum repl_status {
	REPL_LINE,      /* *line is a malloc'd line (no newline), *len bytes */
	REPL_EOF,       /* end of input (Ctrl-D) */
	REPL_INTERRUPT, /* Ctrl-C at the prompt: the typed line is dropped */
};

enum repl_status repl_getline(struct repl *, const char *prompt, char **line,
    size_t *len);

/* Remember a line the learner typed (terminal only; no-op otherwise). */
void repl_add_history(struct repl *, const char *line);

/*
 * Tab completion: the shell supplies the candidates.  The function gets
 * the line, the offset where the word being completed starts, and the
 * word, and returns the whole words that may replace it (each with any
 * "(" or "/" it wants after it) as a malloc'd NULL-terminated array of
 * malloc'd strings, or NULL for none.  repl.c turns the list into
 * Readline's form (common prefix first) and appends nothing itself.
 */
typedef char **(*repl_completer)(const char *line, size_t point,
    const char *word, void *ctx);
void repl_set_completer(struct repl *, repl_completer, void *ctx);

/* The path of the history file ($XDG_STATE_HOME/sockshell/history), malloc'd. */
char *repl_default_history_path(void);

#endif
