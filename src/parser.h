/* parser.h -- source text to syntax tree, for the Python subset */
#ifndef SOCKSHELL_PARSER_H
#define SOCKSHELL_PARSER_H

#include <stddef.h>

#include "ast.h"

enum parse_status {
	PARSE_OK,         /* *out holds the program */
	PARSE_INCOMPLETE, /* open bracket, triple quote or trailing backslash */
	PARSE_ERROR,      /* err says what and where */
};

/* Where and why the source is not valid, as Python's SyntaxError says it. */
struct parse_error {
	int line;      /* 1-based */
	int col;       /* 0-based byte offset of the caret within the line */
	char msg[256]; /* "invalid syntax", "'(' was never closed" */
	int is_subset; /* 1: valid Python, but outside sockshell's subset */
	int is_indent; /* 1: Python raises IndentationError, not SyntaxError;
	                   2: TabError (tabs and spaces mixed) */
};

/*
 * Parse src (len bytes; NUL bytes inside are an error, not an end).
 * final != 0 means no more input will come: an open bracket is then an
 * error ("'(' was never closed") rather than PARSE_INCOMPLETE.  On
 * PARSE_OK *out is a new program the caller frees with program_free().
 */
enum parse_status parse_source(const char *src, size_t len, int final,
    struct program **out, struct parse_error *err);
/* The same for a piece of a file that starts on line first_line. */
enum parse_status parse_source_at(const char *src, size_t len, int first_line,
    int final, struct program **out, struct parse_error *err);

/*
 * One interactive entry, as Python's 'single' mode takes it: one
 * statement (a compound one, or simple ones on a line); a second
 * statement after a block is "invalid syntax".  final as above; an
 * unfinished block with final == 0 is PARSE_INCOMPLETE.
 */
enum parse_status parse_entry(const char *src, size_t len, int final,
    struct program **out, struct parse_error *err);

#endif
