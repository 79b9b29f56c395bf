/* traceback.c -- the traceback an exception gathers as it unwinds, printed */
#include <config.h>

#include "traceback.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ast.h"
#include "err.h"
#include "exc.h"
#include "xmalloc.h"

#define CHAIN_MAX 64  /* chained exceptions printed at most (cycles stop) */
#define TB_LIMIT 1000 /* frames printed at most: python3's default */
#define TB_CUTOFF 3   /* times a repeated frame is printed */

/* The frames running, by depth: 0 is the module level. */
static struct running {
	const char *func; /* borrowed: NULL at the module level */
	int line;         /* the statement running in it */
} * running;
static size_t nrunning;

/* The pending exception, or NULL. */
static struct exc *
pending_exc(void)
{
	struct value *v = (struct value *)err_peek();

	return (v != NULL && v->kind == KIND_EXC ? v->u.exc : NULL);
}

/* A new last entry of e's traceback: line 0 (a span waiting for its frame). */
static struct tbentry *
new_entry(struct exc *e, int depth)
{
	struct tbentry *t;

	e->tb = xrealloc(e->tb, (e->ntb + 1) * sizeof(*e->tb));
	t = &e->tb[e->ntb++];
	memset(t, 0, sizeof(*t));
	t->depth = depth;
	t->col = -1;
	return (t);
}

void
traceback_span(int depth, int col, int endcol, int anchor, int x, int y)
{
	struct exc *e = pending_exc();
	struct tbentry *t;

	if (e == NULL || (e->ntb > 0 && e->tb[e->ntb - 1].depth == depth))
		return; /* an inner expression of this frame failed first */
	t = new_entry(e, depth);
	t->col = col;
	t->endcol = endcol;
	t->anchor = anchor;
	t->x = x;
	t->y = y;
}

/*
 * Where n's line starts, as an offset like n->start: from the token that
 * n begins with (n->col is its column; n->start may be a parenthesis).
 */
static long
line_base(const struct node *n)
{
	while (n->a != NULL && (n->kind == N_BINARY || n->kind == N_INDEX ||
	                           n->kind == N_CALL || n->kind == N_ATTR))
		n = n->a;
	if (n->kind == N_COMPARE && n->nitems > 0)
		return (line_base(n->items[0]));
	if (n->end <= n->start)
		return (-1);
	return ((long)n->start - n->col);
}

/* m's column, or its end's (end), from base; -1 if not known. */
static int
span_col(const struct node *m, long base, int end)
{
	if (m == NULL || m->end <= m->start)
		return (-1);
	return ((int)((end ? (long)m->end : (long)m->start) - base));
}

void *
traceback_note_expr(int depth, const struct node *n)
{
	long base;
	int x = -1, y = -1, anchor = TB_PLAIN;

	if (n->end <= n->start || (base = line_base(n)) < 0 ||
	    span_col(n, base, 0) < 0)
		return (NULL);
	if (n->kind == N_BINARY) {
		anchor = TB_BINARY;
		x = span_col(n->a, base, 1);
		y = span_col(n->b, base, 0);
	} else if (n->kind == N_INDEX) {
		anchor = TB_INDEX;
		x = span_col(n->a, base, 1);
		y = span_col(n->b, base, 1);
	}
	if (x < 0 || y < 0)
		anchor = TB_PLAIN;
	traceback_span(depth, span_col(n, base, 0), span_col(n, base, 1),
	    anchor, x, y);
	return (NULL);
}

/* The frame `depth` calls deep, made to exist. */
static struct running *
running_at(int depth)
{
	size_t n;

	if ((size_t)depth >= nrunning) {
		n = (size_t)depth + 64;
		running = xrealloc(running, n * sizeof(*running));
		memset(running + nrunning, 0,
		    (n - nrunning) * sizeof(*running));
		nrunning = n;
	}
	return (&running[depth]);
}

void
traceback_enter(int depth, const char *func)
{
	if (depth >= 0)
		running_at(depth)->func = func;
}

void
traceback_at(int depth, int line)
{
	if (depth >= 0)
		running_at(depth)->line = line;
}

/*
 * func, kept for good: a traceback outlives the function (a lambda, a
 * function replaced).  The names are few: the ones that failed.
 */
static const char *
keep_name(const char *func)
{
	static char **names;
	static size_t n;
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(names[i], func) == 0)
			return (names[i]);
	names = xrealloc(names, (n + 1) * sizeof(*names));
	return (names[n++] = xstrdup(func));
}

int
traceback_record(int rc, int depth)
{
	struct exc *e = pending_exc();
	struct tbentry *t;

	if (rc >= 0 || e == NULL || depth < 0 || (size_t)depth >= nrunning)
		return (rc);
	if (e->ntb > 0 && e->tb[e->ntb - 1].depth == depth) {
		t = &e->tb[e->ntb - 1];
		if (t->line != 0)
			return (rc); /* noted already */
	} else
		t = new_entry(e, depth);
	t->line = running[depth].line;
	t->func = keep_name(depth > 0 && running[depth].func != NULL ?
	                        running[depth].func :
	                        "<module>");
	return (rc);
}

/* Line n (1-based) of src, as it is but for its newline. */
static const char *
source_line(const char *src, size_t len, int n, size_t *outlen)
{
	const char *p = src, *end = src + len, *nl;

	while (--n > 0) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			return (NULL);
		p = nl + 1;
	}
	if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
		nl = end;
	*outlen = (size_t)(nl - p);
	if (*outlen > 0 && p[*outlen - 1] == '\r')
		(*outlen)--;
	return (p);
}

static int
is_space(char c)
{
	return (c == ' ' || c == '\t' || c == '\f' || c == '\v');
}

/* Characters in the first `col` bytes of line (len bytes). */
static int
chars(const char *line, size_t len, int col)
{
	return ((int)utf8_strlen(line, (size_t)col < len ? (size_t)col : len));
}

/*
 * 3.11's anchors in segment seg (n bytes; x, y relative to it): where the
 * '~' before the '^' ends and where the '^' ends.  0: none.
 */
static int
anchors(const struct tbentry *t, const char *seg, int n, int *left, int *right)
{
	int x = t->x - t->col, y = t->y - t->col, off = 0;

	if (x < 0 || y < x || y > n)
		return (0);
	if (t->anchor == TB_BINARY) {
		while (x + off < y && is_space(seg[x + off]))
			off++;
		*left = x + off;
		*right = *left + 1;
		if (x + off + 1 < y && !is_space(seg[x + off + 1]))
			(*right)++;
		while (
		    *left < n && (is_space(seg[*left]) || seg[*left] == ')' ||
		                     seg[*left] == '#')) {
			(*left)++;
			(*right)++;
		}
	} else if (t->anchor == TB_INDEX) {
		*left = x;
		*right = y + 1;
		while (*left < n && seg[*left] != '[')
			(*left)++;
		while (*right < n && seg[*right] != ']')
			(*right)++;
		if (*right < n)
			(*right)++;
	} else
		return (0);
	/* To characters. */
	*left = chars(seg, (size_t)n, *left);
	*right = chars(seg, (size_t)n, *right);
	return (1);
}

/* The source line of frame t, and 3.11's carets under what failed. */
static void
print_source(FILE *fp, const struct tbentry *t, const char *line, size_t len)
{
	size_t ind = 0, end = len;
	int start, stop, single, left = 0, right = 0, has, i;

	while (ind < len && is_space(line[ind]))
		ind++;
	while (end > ind && is_space(line[end - 1]))
		end--;
	if (end == ind || memchr(line, '\0', len) != NULL)
		return;
	fprintf(fp, "    %.*s\n", (int)(end - ind), line + ind);
	if (t->col < 0 || t->endcol <= t->col || (size_t)t->col >= len)
		return;
	single = (size_t)t->endcol <= len;
	start = chars(line, len, t->col);
	stop =
	    single ? chars(line, len, t->endcol) : chars(line, len, (int)end);
	has = single &&
	      anchors(t, line + t->col, t->endcol - t->col, &left, &right);
	if (!(stop - start < (int)utf8_strlen(line + ind, end - ind) ||
	        (has && right - left > 0)))
		return; /* the whole line failed: 3.11 underlines nothing */
	fputs("    ", fp);
	for (i = chars(line, len, (int)ind); i < start; i++)
		fputc(' ', fp);
	if (has) {
		for (i = 0; i < left; i++)
			fputc('~', fp);
		for (; i < right; i++)
			fputc('^', fp);
		for (; i < stop - start; i++)
			fputc('~', fp);
	} else
		for (i = start; i < stop; i++)
			fputc('^', fp);
	fputc('\n', fp);
}

/* python3's "[Previous line repeated N more times]" (n > CUTOFF). */
static void
print_repeated(FILE *fp, size_t n)
{
	if (n <= TB_CUTOFF)
		return;
	n -= TB_CUTOFF;
	fprintf(fp, "  [Previous line repeated %zu more time%s]\n", n,
	    n > 1 ? "s" : "");
}

/*
 * The frames of one exception, outermost first, as python3 lists them:
 * the last TB_LIMIT only, and a frame repeated (recursion) TB_CUTOFF
 * times at most.
 */
static void
print_frames(FILE *fp, const struct exc *e, const char *filename,
    const char *src, size_t len)
{
	const struct tbentry *t, *last = NULL;
	const char *text;
	size_t i, n, shown = 0, same = 0;

	for (i = 0; i < e->ntb; i++)
		shown += e->tb[i].line != 0;
	if (shown == 0)
		return;
	fputs("Traceback (most recent call last):\n", fp);
	for (i = e->ntb; i-- > 0;) {
		t = &e->tb[i];
		if (t->line == 0 || shown-- > TB_LIMIT)
			continue; /* a span no frame took up; too many */
		if (last == NULL || t->line != last->line ||
		    strcmp(t->func, last->func) != 0) {
			print_repeated(fp, same);
			last = t;
			same = 0;
		}
		if (++same > TB_CUTOFF)
			continue;
		fprintf(fp, "  File \"%s\", line %d, in %s\n", filename,
		    t->line, t->func);
		if (src != NULL &&
		    (text = source_line(src, len, t->line, &n)) != NULL)
			print_source(fp, t, text, n);
	}
	print_repeated(fp, same);
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
