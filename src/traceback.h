/* traceback.h -- the traceback an exception gathers as it unwinds, printed */
#ifndef SOCKSHELL_TRACEBACK_H
#define SOCKSHELL_TRACEBACK_H

#include <stdio.h>

#include "value.h"

/* One frame the exception passed through (struct exc's tb). */
struct tbentry {
	int line;         /* the statement running in it */
	int depth;        /* how many calls deep: 0 at the module level */
	const char *func; /* the function's name, "<module>" (kept for good) */
	/*
	 * The expression that failed in it, as 3.11 underlines it: byte
	 * columns of its line, [col, endcol) (col -1: not known); anchor
	 * TB_BINARY: x = the left operand's end, y = the right one's start;
	 * TB_INDEX: x = the object's end, y = the index's end.
	 */
	int col, endcol, anchor, x, y;
};

enum { TB_PLAIN, TB_BINARY, TB_INDEX };

/*
 * The expression at col..endcol (and anchor x, y) failed with the pending
 * exception, `depth` calls deep: the innermost one a frame is noted with.
 */
void traceback_span(int depth, int col, int endcol, int anchor, int x, int y);

/* Expression n (a tree's, ast.h) failed: traceback_span of its columns. */
struct node;
void *traceback_note_expr(int depth, const struct node *n); /* NULL */

/* The frame `depth` calls deep runs function `func` (borrowed), ... */
void traceback_enter(int depth, const char *func);
/* ... and starts on the statement at `line`. */
void traceback_at(int depth, int line);

/*
 * The frame `depth` calls deep stopped with rc (-1: an exception is
 * pending; anything else, nothing is done): the frame joins the pending
 * exception's traceback, at the line traceback_at() last gave for it,
 * once a frame.  Returns rc.
 */
int traceback_record(int rc, int depth);

/*
 * What python3 prints of an uncaught exception before its last line: the
 * exceptions it chained, each with its traceback and last line, then its
 * own traceback.  Every frame is in `filename` (as given: made absolute,
 * as python3 shows a script's path); src, len: its text, for the source
 * lines (NULL: none, as for <stdin>).
 */
void traceback_print(FILE *, const struct value *exc, const char *filename,
    const char *src, size_t len);

#endif
