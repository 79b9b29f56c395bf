/* lexchunk.h -- where a script can be cut between top-level statements */
#ifndef SOCKSHELL_LEXCHUNK_H
#define SOCKSHELL_LEXCHUNK_H

#include <stddef.h>

/*
 * Where a chunk of src (len bytes, starting at a statement) of at least
 * want bytes could end: after the first newline past want that a quick
 * scan of brackets, strings, comments and continuations takes for the
 * end of a top-level statement (not before an indented, blank or
 * comment line, nor before an elif/else/except/finally clause: a block
 * stays whole); len if there is none.  *nlines gets the lines in the
 * chunk.  Only a guess: a chunk cut inside a statement
 * fails to lex or parse on its own (an open bracket, an unterminated
 * string, a trailing backslash), so callers check chunks by parsing
 * them and never depend on the guess being right.
 */
size_t lex_chunk_end(const char *src, size_t len, size_t want, int *nlines);

#endif
