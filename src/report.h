/* report.h -- the error printer: Python's exception line, then our words */
#ifndef SOCKSHELL_REPORT_H
#define SOCKSHELL_REPORT_H

#include <stdio.h>

struct value;
struct parse_error;

/* Colour for the error line and the explanation (set by the shell). */
extern int report_color;

/*
 * An uncaught exception: Python's last traceback line, and with explain
 * the plain-language lines (why / try) for this case.  stdout is flushed
 * first so that echoed values and errors stay in order.
 */
void report_exception(FILE *, const struct value *exc, const char *source,
    int explain);

/*
 * A syntax error as Python shows it: the file and line, the source line,
 * a caret, then "SyntaxError: message"; with explain, a hint for the
 * learner.  filename is "<stdin>" for typed input.
 */
void report_syntax_error(FILE *, const struct parse_error *, const char *source,
    size_t len, const char *filename, int explain);

#endif
