/* traceback.c -- the traceback an exception gathers as it unwinds, printed */
#include <config.h>

#include "traceback.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "err.h"
#include "exc.h"
#include "xmalloc.h"

#define CHAIN_MAX 64 /* chained exceptions printed at most (cycles stop) */

void
traceback_record(int line, const char *func, int depth)
{
	struct value *v = (struct value *)err_peek();
	struct exc *e;

	if (v == NULL || v->kind != KIND_EXC)
		return;
	e = v->u.exc;
	if (e->ntb > 0 && e->tb[e->ntb - 1].depth == depth)
		return; /* an inner statement of this frame noted it */
	e->tb = xrealloc(e->tb, (e->ntb + 1) * sizeof(*e->tb));
	e->tb[e->ntb].line = line;
	e->tb[e->ntb].depth = depth;
	e->tb[e->ntb++].func = func;
}

/* Line n (1-based) of src, without its indentation and trailing blanks. */
static const char *
source_line(const char *src, size_t len, int n, size_t *outlen)
{
	const char *p = src, *end = src + len, *nl, *q;

	while (--n > 0) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			return (NULL);
		p = nl + 1;
	}
	if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
		nl = end;
	while (p < nl && (*p == ' ' || *p == '\t' || *p == '\f'))
		p++;
	for (q = nl; q > p && (q[-1] == ' ' || q[-1] == '\t' || q[-1] == '\r');)
		q--;
	*outlen = (size_t)(q - p);
	return (p);
}

/* The frames of one exception, outermost first, as python3 lists them. */
static void
print_frames(FILE *fp, const struct exc *e, const char *filename,
    const char *src, size_t len)
{
	const char *text;
	size_t i, n;

	if (e->ntb == 0)
		return;
	fputs("Traceback (most recent call last):\n", fp);
	for (i = e->ntb; i-- > 0;) {
		fprintf(fp, "  File \"%s\", line %d, in %s\n", filename,
		    e->tb[i].line, e->tb[i].func);
		if (src == NULL)
			continue;
		text = source_line(src, len, e->tb[i].line, &n);
		if (text != NULL && n > 0 && memchr(text, '\0', n) == NULL)
			fprintf(fp, "    %.*s\n", (int)n, text);
	}
}

/* exc and what it chained (depth: how many were printed after it). */
static void
print_chain(FILE *fp, const struct value *v, const char *filename,
    const char *src, size_t len, int depth, int last)
{
	const struct exc *e = v->u.exc;
	char *line;

	if (depth < CHAIN_MAX && e->cause != NULL &&
	    e->cause->kind == KIND_EXC) {
		print_chain(fp, e->cause, filename, src, len, depth + 1, 0);
		fputs("\nThe above exception was the direct cause of the "
		      "following exception:\n\n",
		    fp);
	} else if (depth < CHAIN_MAX && e->context != NULL &&
	           !e->suppress_context && e->context->kind == KIND_EXC) {
		print_chain(fp, e->context, filename, src, len, depth + 1, 0);
		fputs("\nDuring handling of the above exception, another "
		      "exception occurred:\n\n",
		    fp);
	}
	print_frames(fp, e, filename, src, len);
	if (last)
		return; /* report.c prints the last line, with our words */
	line = exc_format_line(v);
	fprintf(fp, "%s\n", line);
	free(line);
}

void
traceback_print(FILE *fp, const struct value *exc, const char *filename,
    const char *src, size_t len)
{
	char cwd[4096], *path = NULL;

	if (exc == NULL || exc->kind != KIND_EXC)
		return;
	if (filename[0] != '<' && filename[0] != '/' &&
	    getcwd(cwd, sizeof(cwd)) != NULL) {
		while (strncmp(filename, "./", 2) == 0)
			filename += 2;
		path = xmalloc(strlen(cwd) + strlen(filename) + 2);
		sprintf(path, "%s/%s", cwd, filename);
		filename = path;
	}
	if (filename[0] == '<')
		src = NULL; /* python3 shows no lines of <string>, <stdin> */
	fflush(stdout);
	print_chain(fp, exc, filename, src, len, 0, 1);
	free(path);
}
