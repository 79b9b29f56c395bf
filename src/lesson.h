/* lesson.h -- lesson files: parsing, the lesson directory, text rendering */
#ifndef SOCKSHELL_LESSON_H
#define SOCKSHELL_LESSON_H

#include <stddef.h>
#include <stdio.h>

/* A line of the file with where it came from, for messages. */
struct lline {
	char *text; /* owned; continuation lines already joined */
	int line;   /* 1-based line number of its key */
};

/* on-error NAME: extra words when the learner's line fails that way. */
struct onerror {
	char *name; /* "EADDRINUSE" or an exception class, "TimeoutError" */
	char *text; /* owned */
	int line;
};

struct step {
	char *title;           /* from "== step: TITLE" (owned) */
	int line;              /* line of the "== step:" header */
	char *text;            /* prose and code blocks to read (owned) */
	struct lline *answers; /* the model answer, one entry a line */
	size_t nanswers;
	struct lline *checks; /* each a boolean expression; all must hold */
	size_t nchecks;
	struct lline *hints; /* progressive: .hint shows the next */
	size_t nhints;
	struct onerror *onerrs; /* on-error NAME: text */
	size_t nonerrs;
	char *notice;      /* shown when the step passes, or NULL */
	int before_any;    /* before: any -- checks may hold already */
	int expects_error; /* a check reads sys.last_value or failed() */
};

struct lesson {
	char *name;      /* file name without NN- and .lesson (owned) */
	char *path;      /* the file it came from (owned) */
	char *title;     /* owned */
	char *summary;   /* owned */
	int order;       /* order: N, else the NN- prefix, else 1000 */
	char **requires; /* lesson names (owned), nrequires of them */
	size_t nrequires;
	int requires_line;  /* for messages about an unknown name */
	char *intro;        /* text before the first step (owned) */
	struct step *steps; /* owned */
	size_t nsteps;
};

/* What went wrong in a file: "FILE:LINE: message" lines. */
struct lesson_errors {
	char **msgs; /* owned */
	size_t n;
};

void lesson_errors_init(struct lesson_errors *);
void lesson_errors_free(struct lesson_errors *);
/* Print each message on its own line. */
void lesson_errors_print(const struct lesson_errors *, FILE *);

/*
 * Parse a lesson from memory (len bytes; NUL bytes are reported, not an
 * end).  path names it in messages and gives the lesson its name.
 * Returns a new lesson, or NULL with at least one message added to errs.
 * Never aborts on bad input.
 */
struct lesson *lesson_parse(const char *src, size_t len, const char *path,
    struct lesson_errors *errs);

/* Read and parse a file; a file that cannot be read is one more error. */
struct lesson *lesson_load(const char *path, struct lesson_errors *errs);

void lesson_free(struct lesson *);

/* The lesson name for a path: "dir/02-naming-ipv4.lesson" -> "naming-ipv4". */
char *lesson_name_of(const char *path);

/* A set of lessons in order (order, then name). */
struct lesson_set {
	struct lesson **v; /* owned */
	size_t n;
};

void lesson_set_free(struct lesson_set *);

/*
 * Load every *.lesson file in dir, or the given files, into set, sorted.
 * Files that do not parse are left out, their messages added to errs;
 * duplicate names and unknown `requires:` names are errors too (the later
 * file is left out).  Returns the number of files that failed.
 */
int lesson_set_load_dir(struct lesson_set *, const char *dir,
    struct lesson_errors *errs);
int lesson_set_load_files(struct lesson_set *, char *const *paths, size_t n,
    struct lesson_errors *errs);

/* The lesson directory: $SOCKSHELL_LESSONS, else LESSONDIR. Borrowed. */
const char *lesson_dir(void);

/*
 * Find a lesson by name, unique prefix of a name, or its 1-based number
 * in the set.  NULL if none; *ambiguous set when a prefix fits several.
 */
struct lesson *lesson_set_find(const struct lesson_set *, const char *key,
    int *ambiguous);

/*
 * Replace {tmp} with tmp and {id} with id in s (malloc'd result).  Either
 * may be NULL, leaving that placeholder as it is.
 */
char *lesson_subst(const char *s, const char *tmp, const char *id);

/*
 * Print lesson prose: paragraphs wrapped at width columns, lines indented
 * by 4 spaces kept as code blocks, `code spans` in cyan without the
 * backticks when color is set (kept verbatim otherwise).  indent is the
 * margin for every line.
 */
void lesson_render(FILE *, const char *text, int width, int indent, int color);

#endif
