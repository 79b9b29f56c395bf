/* complete.h -- tab completion: the candidates for the word at the cursor */
#ifndef SOCKSHELL_COMPLETE_H
#define SOCKSHELL_COMPLETE_H

#include <stddef.h>

struct interp;

/*
 * The candidates for `word`, which starts at byte `start` of `line` (the
 * text before it decides what is completed): dot commands at the start of
 * a line, lesson names after ".lesson ", on|off after ".trace " and the
 * like, help topics after ".help ", file names inside an unclosed string,
 * and otherwise Python names: variables, builtins and keywords, members
 * of socket., os., os.path., errno. and sys., methods and attributes
 * after a socket, str or bytes variable.
 *
 * Each candidate is the whole word to put in place of `word`.  A lone
 * candidate that is callable gets "(" appended (as Python's rlcompleter
 * does); a lone dot command that takes arguments gets " "; directories
 * always end in "/".  Returns a malloc'd NULL-terminated array of
 * malloc'd strings, sorted and without duplicates, or NULL for none.
 * Nothing is evaluated: names are only looked up.
 */
char **complete_words(struct interp *, const char *line, size_t start,
    const char *word);

/* complete_words for the session: the repl_completer; ctx is the shell. */
char **complete_line(const char *line, size_t start, const char *word,
    void *ctx);

/* Free a list complete_words returned (NULL is fine). */
void complete_free(char **);

#endif
