/* pstmt.h -- statements and lines, for the parser's door (not for callers) */
#ifndef SOCKSHELL_PSTMT_H
#define SOCKSHELL_PSTMT_H

struct parser;
struct program;

/*
 * line: stmt (';' stmt)* [';'] NEWLINE -- the statements appended to
 * prog.  1, or 0 after an error.
 */
int parse_line(struct parser *, struct program *);

#endif
