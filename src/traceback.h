/* traceback.h -- the traceback an exception gathers as it unwinds, printed */
#ifndef SOCKSHELL_TRACEBACK_H
#define SOCKSHELL_TRACEBACK_H

#include <stdio.h>

#include "value.h"

/* One frame the exception passed through (struct exc's tb). */
struct tbentry {
	int line;         /* the statement running in it */
	int depth;        /* how many calls deep: 0 at the module level */
	const char *func; /* borrowed: the function's name, "<module>" */
};

/*
 * The statement on `line` of the frame `func` (borrowed: the function
 * lives as long as its tree, which outlives the report), `depth` calls
 * deep, failed with the pending exception: note the frame, once a frame.
 */
void traceback_record(int line, const char *func, int depth);

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
