/* report.c -- the error printer: Python's exception line, then our words */
#include <config.h>

#include "report.h"

#include <stdlib.h>
#include <string.h>

#include "exc.h"
#include "explain.h"
#include "parser.h"
#include "value.h"

int report_color;

#define RED "\033[31m"
#define DIM "\033[2m"
#define RESET "\033[0m"
#define SHOW_HALF 60 /* characters shown each side of a caret */

void
report_exception(FILE *fp, const struct value *exc, const char *source,
    int explain)
{
	char *line = exc_format_line(exc), *why;

	fflush(stdout);
	fprintf(fp, "%s%s%s\n", report_color ? RED : "", line,
	    report_color ? RESET : "");
	free(line);
	if (!explain)
		return;
	why = explain_exception(exc, source);
	if (why != NULL) {
		fprintf(fp, "%s%s%s", report_color ? DIM : "", why,
		    report_color ? RESET : "");
		free(why);
	}
}

/* The text of 1-based line n of src (not NUL-terminated: *len says). */
static const char *
nth_line(const char *src, size_t srclen, int n, size_t *len)
{
	const char *p = src, *end = src + srclen, *nl;

	while (--n > 0 && p < end) {
		nl = memchr(p, '\n', (size_t)(end - p));
		if (nl == NULL)
			return (NULL);
		p = nl + 1;
	}
	if (p >= end)
		return (NULL);
	nl = memchr(p, '\n', (size_t)(end - p));
	*len = nl ? (size_t)(nl - p) : (size_t)(end - p);
	return (p);
}

void
report_syntax_error(FILE *fp, const struct parse_error *pe, const char *source,
    size_t srclen, const char *filename, int explain)
{
	const char *text;
	size_t len = 0, skip = 0, i;
	int col;

	fflush(stdout);
	fprintf(fp, "  File \"%s\", line %d\n", filename, pe->line);
	text = source ? nth_line(source, srclen, pe->line, &len) : NULL;
	if (text != NULL && memchr(text, '\0', len) == NULL) {
		/* As Python: the line without its indentation, then a caret. */
		while (skip < len && (text[skip] == ' ' || text[skip] == '\t'))
			skip++;
		while (len > skip &&
		       (text[len - 1] == ' ' || text[len - 1] == '\r'))
			len--;
		col = pe->col - (int)skip;
		if (col < 0)
			col = 0;
		if ((size_t)col > len - skip)
			col = (int)(len - skip);
		/* The caret counts characters, the parser counts bytes. */
		col = (int)utf8_strlen(text + skip, (size_t)col);
		/*
		 * A huge line would flood the screen: show a window of it
		 * around the caret, with "..." where text was left out.
		 */
		if (len - skip > 2 * SHOW_HALF) {
			size_t from = (size_t)col > SHOW_HALF ?
			                  (size_t)col - SHOW_HALF :
			                  0;
			size_t upto = from + 2 * SHOW_HALF < len - skip ?
			                  from + 2 * SHOW_HALF :
			                  len - skip;

			fprintf(fp, "    %s%.*s%s\n", from ? "..." : "",
			    (int)(upto - from), text + skip + from,
			    upto < len - skip ? "..." : "");
			col = col - (int)from + (from ? 3 : 0);
		} else
			fprintf(fp, "    %.*s\n", (int)(len - skip),
			    text + skip);
		fputs("    ", fp);
		for (i = 0; i < (size_t)col; i++)
			fputc(' ', fp);
		fputs("^\n", fp);
	}
	fprintf(fp, "%s%s: %s%s\n", report_color ? RED : "",
	    pe->is_indent == 2 ? "TabError" :
	    pe->is_indent      ? "IndentationError" :
	                         "SyntaxError",
	    pe->msg, report_color ? RESET : "");
	if (explain && !pe->is_subset) {
		struct value *e = exc_new_msg(&cls_SyntaxError, pe->msg);
		char *why = explain_exception(e, source);

		if (why != NULL)
			fprintf(fp, "%s%s%s", report_color ? DIM : "", why,
			    report_color ? RESET : "");
		free(why);
		value_decref(e);
	}
}
