/* tutor.h -- running lessons at the prompt, progress, and their self-test */
#ifndef SOCKSHELL_TUTOR_H
#define SOCKSHELL_TUTOR_H

#include <stddef.h>

struct shell;
struct tutor;
struct callrec;

/* The shell's tutor, made on first use (the shell owns and frees it). */
struct tutor *tutor_get(struct shell *);
void tutor_free(struct tutor *);

/*
 * The dot commands.  Each prints what it did (or why it cannot) and
 * returns 0, or 1 after an error, as dot commands do.
 */
int tutor_active(struct shell *);                 /* a lesson is running */
int tutor_list(struct shell *);                   /* .lessons */
int tutor_start(struct shell *, const char *key); /* .lesson NAME */
int tutor_stop(struct shell *);                   /* .lesson stop */
int tutor_hint(struct shell *);                   /* .hint */
int tutor_show(struct shell *);                   /* .show */
int tutor_skip(struct shell *);                   /* .skip */
int tutor_back(struct shell *);                   /* .back */

/*
 * sockshell --check-lessons [FILE...]: play every lesson (the lesson
 * directory's when n == 0) in a fresh session and print one line per
 * lesson, the coverage table and a total.  Returns the exit status.
 */
int tutor_check_lessons(char *const *files, size_t n);

/*
 * For tests: evaluate a check as a step would, with the check-only names
 * and helpers.  Returns 1 true, 0 false, -1 raised (*why, malloc'd, says
 * what; NULL allowed).
 */
int tutor_eval_check(struct shell *, const char *expr, char **why);

/* For tests: the last line ended this way and made this call. */
void tutor_note_line(struct shell *, int failed);
void tutor_note_call(struct shell *, const struct callrec *);

#endif
