/* lesson.c -- lesson files: parsing, the lesson directory, text rendering */
#include <config.h>

#include "lesson.h"

#include <sys/types.h>

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "builtins.h"
#include "exc.h"
#include "parser.h"
#include "value.h"
#include "xmalloc.h"

#ifndef LESSONDIR
#define LESSONDIR "lessons"
#endif

/* A file with more errors than this is reported in part. */
#define MAX_ERRORS 50

/* ---- errors ------------------------------------------------------------- */

void
lesson_errors_init(struct lesson_errors *e)
{
	e->msgs = NULL;
	e->n = 0;
}

void
lesson_errors_free(struct lesson_errors *e)
{
	size_t i;

	for (i = 0; i < e->n; i++)
		free(e->msgs[i]);
	free(e->msgs);
	lesson_errors_init(e);
}

void
lesson_errors_print(const struct lesson_errors *e, FILE *fp)
{
	size_t i;

	for (i = 0; i < e->n; i++)
		fprintf(fp, "%s\n", e->msgs[i]);
}

static void add_error(struct lesson_errors *, const char *path, int line,
    const char *fmt, ...) __attribute__((format(printf, 4, 5)));

static void
add_error(struct lesson_errors *e, const char *path, int line, const char *fmt,
    ...)
{
	struct buf b;
	va_list ap;
	char *msg;

	buf_init(&b);
	va_start(ap, fmt);
	if (vasprintf(&msg, fmt, ap) < 0)
		msg = NULL;
	va_end(ap);
	if (line > 0)
		buf_printf(&b, "%s:%d: %s", path, line, msg ? msg : fmt);
	else
		buf_printf(&b, "%s: %s", path, msg ? msg : fmt);
	free(msg);
	e->msgs = xrealloc(e->msgs, (e->n + 1) * sizeof(*e->msgs));
	e->msgs[e->n++] = buf_steal(&b);
}

/* ---- small string helpers ----------------------------------------------- */

static char *
trim_dup(const char *s, size_t len)
{
	while (len > 0 && (*s == ' ' || *s == '\t')) {
		s++;
		len--;
	}
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
		len--;
	return (xstrndup(s, len));
}

/* Is s (len bytes) valid UTF-8?  Overlong forms and surrogates are not. */
static int
utf8_valid(const unsigned char *s, size_t len)
{
	size_t i = 0, n, k;
	unsigned long c;

	while (i < len) {
		if (s[i] < 0x80) {
			i++;
			continue;
		}
		if ((s[i] & 0xe0) == 0xc0) {
			n = 1;
			c = s[i] & 0x1f;
		} else if ((s[i] & 0xf0) == 0xe0) {
			n = 2;
			c = s[i] & 0x0f;
		} else if ((s[i] & 0xf8) == 0xf0) {
			n = 3;
			c = s[i] & 0x07;
		} else
			return (0);
		if (i + n >= len)
			return (0);
		for (k = 1; k <= n; k++) {
			if ((s[i + k] & 0xc0) != 0x80)
				return (0);
			c = (c << 6) | (s[i + k] & 0x3f);
		}
		if ((n == 1 && c < 0x80) || (n == 2 && c < 0x800) ||
		    (n == 3 && (c < 0x10000 || c > 0x10ffff)) ||
		    (c >= 0xd800 && c <= 0xdfff))
			return (0);
		i += n + 1;
	}
	return (1);
}

char *
lesson_name_of(const char *path)
{
	const char *base = strrchr(path, '/'), *p;
	size_t len;

	base = base != NULL ? base + 1 : path;
	len = strlen(base);
	if (len > 7 && strcmp(base + len - 7, ".lesson") == 0)
		len -= 7;
	/* "02-naming-ipv4": the digits and the dash are the order. */
	for (p = base; p < base + len && isdigit((unsigned char)*p); p++)
		;
	if (p > base && p < base + len && *p == '-' && p + 1 < base + len) {
		len -= (size_t)(p + 1 - base);
		base = p + 1;
	}
	return (xstrndup(base, len));
}

static int
order_of_path(const char *path)
{
	const char *base = strrchr(path, '/');
	long n = 0;

	base = base != NULL ? base + 1 : path;
	if (!isdigit((unsigned char)*base))
		return (1000);
	while (isdigit((unsigned char)*base) && n < 100000)
		n = n * 10 + (*base++ - '0');
	return (*base == '-' ? (int)n : 1000);
}

char *
lesson_subst(const char *s, const char *tmp, const char *id)
{
	struct buf b;

	buf_init(&b);
	while (*s != '\0') {
		if (tmp != NULL && strncmp(s, "{tmp}", 5) == 0) {
			buf_puts(&b, tmp);
			s += 5;
		} else if (id != NULL && strncmp(s, "{id}", 4) == 0) {
			buf_puts(&b, id);
			s += 4;
		} else
			buf_add(&b, s++, 1);
	}
	buf_puts(&b, ""); /* an empty string is still a string */
	return (buf_steal(&b));
}

/* ---- the parser --------------------------------------------------------- */

/* ORDER KEYS: the keys a lesson file knows, for messages and suggestions. */
static const char *const header_keys[] = { "title", "summary", "order",
	"requires" };
static const char *const all_keys[] = { "title", "summary", "order", "requires",
	"answer", "check", "hint", "on-error", "notice", "before" };

static int
in_list(const char *const *list, size_t n, const char *s)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(list[i], s) == 0)
			return (1);
	return (0);
}

/*
 * Does this line start with a key?  Keys are lower-case words and dashes
 * at column 0 followed by a colon and a space or the end of the line, or
 * "on-error NAME:".  Fills key (and arg for on-error) and returns the
 * offset of the value, or -1 for a prose line.
 */
static int
match_key(const char *s, char *key, size_t keysz, char *arg, size_t argsz)
{
	const char *p = s, *a;
	size_t n;

	arg[0] = '\0';
	if (!(*p >= 'a' && *p <= 'z'))
		return (-1);
	while ((*p >= 'a' && *p <= 'z') || *p == '-')
		p++;
	n = (size_t)(p - s);
	if (n >= keysz)
		return (-1);
	if (n == 8 && strncmp(s, "on-error", 8) == 0 && *p == ' ') {
		while (*p == ' ')
			p++;
		a = p;
		while (isalnum((unsigned char)*p) || *p == '_' || *p == '.')
			p++;
		if (p == a || (size_t)(p - a) >= argsz)
			return (-1);
		memcpy(arg, a, (size_t)(p - a));
		arg[p - a] = '\0';
		while (*p == ' ')
			p++;
	}
	if (*p != ':' || (p[1] != ' ' && p[1] != '\t' && p[1] != '\0'))
		return (-1);
	memcpy(key, s, n);
	key[n] = '\0';
	return ((int)(p + 1 - s));
}

/* An error name for on-error: an errno name or an exception class. */
static int
known_error_name(const char *name)
{
	const struct pyclass *const *c;
	struct value *m, *v;
	int ok = 0;

	for (c = exc_classes; *c != NULL; c++)
		if (strcmp((*c)->name, name) == 0)
			return (1);
	if (strcmp(name, "socket.gaierror") == 0 ||
	    strcmp(name, "socket.timeout") == 0)
		return (1);
	if (name[0] != 'E')
		return (0);
	m = builtins_import(strncmp(name, "EAI_", 4) == 0 ? "socket" : "errno");
	if (m == NULL) {
		err_clear();
		return (0);
	}
	v = dict_get(m->u.mod->dict, name);
	ok = v != NULL && value_is_int(v);
	value_decref(m);
	return (ok);
}

static void
add_lline(struct lline **v, size_t *n, const char *text, int line)
{
	*v = xrealloc(*v, (*n + 1) * sizeof(**v));
	(*v)[*n].text = xstrdup(text);
	(*v)[*n].line = line;
	(*n)++;
}

/* Append a line of text to a text buffer, as is. */
static void
add_text(char **text, const char *line)
{
	size_t old = *text != NULL ? strlen(*text) : 0, n = strlen(line);

	*text = xrealloc(*text, old + n + 2);
	memcpy(*text + old, line, n);
	(*text)[old + n] = '\n';
	(*text)[old + n + 1] = '\0';
}

/* Leading and trailing blank lines do not belong to a text. */
static void
tidy_text(char **text)
{
	char *s = *text, *start, *end;

	if (s == NULL)
		return;
	start = s;
	for (;;) {
		char *p = start;

		while (*p == ' ' || *p == '\t')
			p++;
		if (*p != '\n')
			break;
		start = p + 1;
	}
	end = start + strlen(start);
	while (end > start &&
	       (end[-1] == '\n' || end[-1] == ' ' || end[-1] == '\t'))
		end--;
	if (end == start) {
		free(s);
		*text = NULL;
		return;
	}
	memmove(s, start, (size_t)(end - start));
	s[end - start] = '\0';
}

static void
step_free(struct step *st)
{
	size_t i;

	free(st->title);
	free(st->text);
	for (i = 0; i < st->nanswers; i++)
		free(st->answers[i].text);
	free(st->answers);
	for (i = 0; i < st->nchecks; i++)
		free(st->checks[i].text);
	free(st->checks);
	for (i = 0; i < st->nhints; i++)
		free(st->hints[i].text);
	free(st->hints);
	for (i = 0; i < st->nonerrs; i++) {
		free(st->onerrs[i].name);
		free(st->onerrs[i].text);
	}
	free(st->onerrs);
	free(st->notice);
}

void
lesson_free(struct lesson *l)
{
	size_t i;

	if (l == NULL)
		return;
	free(l->name);
	free(l->path);
	free(l->title);
	free(l->summary);
	for (i = 0; i < l->nrequires; i++)
		free(l->requires[i]);
	free(l->requires);
	free(l->intro);
	for (i = 0; i < l->nsteps; i++)
		step_free(&l->steps[i]);
	free(l->steps);
	free(l);
}

/* Check that code parses; kind 1: one expression (checks), 0: any entry. */
static void
check_code(struct lesson_errors *errs, const char *path, const struct lline *l,
    int expression)
{
	char *src = lesson_subst(l->text, "/tmp/sockshell", "0");
	struct program *p = NULL;
	struct parse_error pe;
	enum parse_status st;

	st = parse_source(src, strlen(src), 1, &p, &pe);
	if (st != PARSE_OK)
		add_error(errs, path, l->line, "%s does not parse: %s",
		    expression ? "check" : "answer",
		    st == PARSE_INCOMPLETE ? "incomplete input" : pe.msg);
	else if (expression && (p->nstmts != 1 || p->stmts[0]->kind != S_EXPR))
		add_error(errs, path, l->line,
		    "check is not one expression (a check is a test such "
		    "as `s.type == socket.SOCK_DGRAM`)");
	program_free(p);
	free(src);
}

/* A lesson file being read, line by line. */
struct reader {
	struct lesson *l;           /* what is read so far */
	struct step *st;            /* the step being read; NULL: the header */
	struct lesson_errors *errs; /* where messages go */
	const char *path;           /* for messages */
	int lineno;                 /* of the line being read, 1-based */
	int title_line, summary_line, order_line; /* 0: not given yet */
	char **cont; /* the value a continuation line extends, or NULL */
};

/* A long value goes on, indented: join with a space. */
static void
read_continuation(struct reader *r, const char *line)
{
	char *more = trim_dup(line, strlen(line)), *v;

	v = xasprintf("%s %s", *r->cont, more);
	free(*r->cont);
	*r->cont = v;
	free(more);
}

/* A line starting "==": "== step: TITLE" starts a step. */
static void
read_step_title(struct reader *r, const char *line)
{
	struct lesson *l = r->l;
	struct step *st;

	if (strncmp(line, "== step:", 8) != 0) {
		add_error(r->errs, r->path, r->lineno,
		    "unknown section line (a step starts with "
		    "'== step: TITLE')");
		return;
	}
	l->steps = xrealloc(l->steps, (l->nsteps + 1) * sizeof(*l->steps));
	st = &l->steps[l->nsteps++];
	memset(st, 0, sizeof(*st));
	st->title = trim_dup(line + 8, strlen(line + 8));
	st->line = r->lineno;
	if (st->title[0] == '\0')
		add_error(r->errs, r->path, r->lineno,
		    "step without a title ('== step: TITLE')");
	r->st = st;
}

static void
unknown_key(struct reader *r, const char *key)
{
	const char *s =
	    exc_suggest(key, all_keys, sizeof(all_keys) / sizeof(*all_keys));

	if (s != NULL)
		add_error(r->errs, r->path, r->lineno,
		    "unknown key '%s' (did you mean '%s'?)", key, s);
	else
		add_error(r->errs, r->path, r->lineno,
		    "unknown key '%s' (keys: title, summary, "
		    "order, requires; in a step: answer, check, "
		    "hint, on-error, notice, before)",
		    key);
}

/* title: and summary:, each given once; keeps v. */
static void
read_once(struct reader *r, const char *key, char **field, int *first_line,
    char *v)
{
	if (*field != NULL) {
		add_error(r->errs, r->path, r->lineno,
		    "%s given twice (first on line %d)", key, *first_line);
		free(v);
		return;
	}
	*field = v;
	*first_line = r->lineno;
	r->cont = field;
}

static void
read_order(struct reader *r, const char *v)
{
	char *e;
	long n;

	errno = 0;
	n = strtol(v, &e, 10);
	if (r->order_line != 0)
		add_error(r->errs, r->path, r->lineno,
		    "order given twice (first on line %d)", r->order_line);
	else if (v[0] == '\0' || *e != '\0' || errno != 0 || n < 1 || n > 9999)
		add_error(r->errs, r->path, r->lineno,
		    "bad order '%s' (a whole number from 1 to 9999)", v);
	else
		r->l->order = (int)n;
	r->order_line = r->lineno;
}

/* requires: names, by spaces or commas (v is cut up). */
static void
read_requires(struct reader *r, char *v)
{
	struct lesson *l = r->l;
	char *save = NULL, *tok;

	for (tok = strtok_r(v, " ,\t", &save); tok != NULL;
	     tok = strtok_r(NULL, " ,\t", &save)) {
		l->requires = xrealloc(l->requires,
		    (l->nrequires + 1) * sizeof(*l->requires));
		l->requires[l->nrequires++] = xstrdup(tok);
	}
	if (l->requires_line == 0)
		l->requires_line = r->lineno;
}

/* A header key with its value v (taken). */
static void
read_header_key(struct reader *r, const char *key, char *v)
{
	if (r->st != NULL) {
		add_error(r->errs, r->path, r->lineno,
		    "'%s' belongs in the header, before the first step", key);
		free(v);
		return;
	}
	if (strcmp(key, "title") == 0)
		read_once(r, key, &r->l->title, &r->title_line, v);
	else if (strcmp(key, "summary") == 0)
		read_once(r, key, &r->l->summary, &r->summary_line, v);
	else if (strcmp(key, "order") == 0) {
		read_order(r, v);
		free(v);
	} else {
		read_requires(r, v);
		free(v);
	}
}

/* on-error NAME: TEXT (v taken). */
static void
read_on_error(struct reader *r, const char *arg, char *v)
{
	struct step *st = r->st;

	if (arg[0] == '\0')
		add_error(r->errs, r->path, r->lineno,
		    "on-error needs an error name, as in "
		    "'on-error EADDRINUSE: ...'");
	else if (!known_error_name(arg))
		add_error(r->errs, r->path, r->lineno,
		    "on-error %s: not an errno name (EADDRINUSE) "
		    "or an exception class (TimeoutError)",
		    arg);
	st->onerrs =
	    xrealloc(st->onerrs, (st->nonerrs + 1) * sizeof(*st->onerrs));
	st->onerrs[st->nonerrs].name = xstrdup(arg);
	st->onerrs[st->nonerrs].text = v;
	st->onerrs[st->nonerrs].line = r->lineno;
	r->cont = &st->onerrs[st->nonerrs++].text;
}

/* A step key with its value v (taken). */
static void
read_step_key(struct reader *r, const char *key, const char *arg, char *v)
{
	struct step *st = r->st;

	if (st == NULL) {
		add_error(r->errs, r->path, r->lineno,
		    "'%s' outside a step (a step starts with "
		    "'== step: TITLE')",
		    key);
		free(v);
		return;
	}
	if (v[0] == '\0' && strcmp(key, "notice") != 0) {
		add_error(r->errs, r->path, r->lineno, "empty %s", key);
		free(v);
		return;
	}
	if (strcmp(key, "answer") == 0) {
		add_lline(&st->answers, &st->nanswers, v, r->lineno);
		r->cont = &st->answers[st->nanswers - 1].text;
	} else if (strcmp(key, "check") == 0) {
		add_lline(&st->checks, &st->nchecks, v, r->lineno);
		r->cont = &st->checks[st->nchecks - 1].text;
	} else if (strcmp(key, "hint") == 0) {
		add_lline(&st->hints, &st->nhints, v, r->lineno);
		r->cont = &st->hints[st->nhints - 1].text;
	} else if (strcmp(key, "on-error") == 0) {
		read_on_error(r, arg, v);
		v = NULL;
	} else if (strcmp(key, "notice") == 0) {
		if (st->notice != NULL)
			add_error(r->errs, r->path, r->lineno,
			    "notice given twice in this step");
		else {
			st->notice = v;
			r->cont = &st->notice;
			v = NULL;
		}
	} else { /* before */
		if (strcmp(v, "any") == 0)
			st->before_any = 1;
		else if (strcmp(v, "fail") == 0)
			st->before_any = 0;
		else
			add_error(r->errs, r->path, r->lineno,
			    "before: is 'fail' (the default) or 'any', "
			    "not '%s'",
			    v);
	}
	free(v); /* add_lline copied it; NULL if the step kept it */
}

/* One line of text (valid UTF-8, no NUL, no '\r' at its end). */
static void
read_line(struct reader *r, const char *line)
{
	char key[32], arg[64], *v;
	int off;

	if (line[0] == '#')
		return; /* a comment keeps a continuation going */
	if (r->cont != NULL && (line[0] == ' ' || line[0] == '\t') &&
	    (line[1] == ' ' || line[0] == '\t') &&
	    line[strspn(line, " \t")] != '\0') {
		read_continuation(r, line);
		return;
	}
	r->cont = NULL;
	if (strncmp(line, "==", 2) == 0) {
		read_step_title(r, line);
		return;
	}
	if ((off = match_key(line, key, sizeof(key), arg, sizeof(arg))) < 0) {
		if (strncmp(line, "on-error:", 9) == 0)
			add_error(r->errs, r->path, r->lineno,
			    "on-error needs an error name, as in "
			    "'on-error EADDRINUSE: ...'");
		else
			add_text(r->st != NULL ? &r->st->text : &r->l->intro,
			    line);
		return;
	}
	if (!in_list(all_keys, sizeof(all_keys) / sizeof(*all_keys), key)) {
		unknown_key(r, key);
		return;
	}
	v = trim_dup(line + off, strlen(line + off));
	if (in_list(header_keys, 4, key))
		read_header_key(r, key, v);
	else
		read_step_key(r, key, arg, v);
}

/* After the last line: what a lesson must have, and its code parses. */
static void
check_lesson(struct reader *r)
{
	struct lesson *l = r->l;
	struct step *st;
	size_t i, j;

	if (l->title == NULL)
		add_error(r->errs, r->path, 1,
		    "missing 'title:' (the lesson's name as learners see it)");
	else if (l->title[0] == '\0')
		add_error(r->errs, r->path, r->title_line, "empty title");
	if (l->summary == NULL)
		add_error(r->errs, r->path, 1,
		    "missing 'summary:' (one line: what the lesson shows)");
	if (l->nsteps == 0)
		add_error(r->errs, r->path, r->lineno > 0 ? r->lineno : 1,
		    "no steps (a step starts with '== step: TITLE')");
	for (i = 0; i < l->nsteps; i++) {
		st = &l->steps[i];
		if (st->nanswers == 0)
			add_error(r->errs, r->path, st->line,
			    "step %zu has no answer: line (the model answer)",
			    i + 1);
		if (st->nchecks == 0)
			add_error(r->errs, r->path, st->line,
			    "step %zu has no check: line (how the shell sees "
			    "the step is done)",
			    i + 1);
		for (j = 0; j < st->nanswers; j++)
			check_code(r->errs, r->path, &st->answers[j], 0);
		for (j = 0; j < st->nchecks; j++) {
			check_code(r->errs, r->path, &st->checks[j], 1);
			if (strstr(st->checks[j].text, "last_value") != NULL ||
			    strstr(st->checks[j].text, "failed(") != NULL)
				st->expects_error = 1;
		}
		tidy_text(&st->text);
	}
	tidy_text(&l->intro);
}

struct lesson *
lesson_parse(const char *src, size_t len, const char *path,
    struct lesson_errors *errs)
{
	struct reader r;
	size_t nerr0 = errs->n, start = 0, end;
	char *line;

	memset(&r, 0, sizeof(r));
	r.l = xcalloc(1, sizeof(*r.l));
	r.errs = errs;
	r.path = path;
	r.l->path = xstrdup(path);
	r.l->name = lesson_name_of(path);
	r.l->order = order_of_path(path);
	while (start < len && errs->n - nerr0 < MAX_ERRORS) {
		for (end = start; end < len && src[end] != '\n'; end++)
			;
		r.lineno++;
		line = xstrndup(src + start, end - start);
		/* Neither error ends a continuation. */
		if (memchr(src + start, '\0', end - start) != NULL)
			add_error(errs, path, r.lineno,
			    "NUL byte in the file (lesson files are text)");
		else {
			if (end > start && line[end - start - 1] == '\r')
				line[end - start - 1] = '\0';
			if (!utf8_valid((const unsigned char *)line,
			        strlen(line)))
				add_error(errs, path, r.lineno,
				    "not UTF-8 text (save the file as UTF-8)");
			else
				read_line(&r, line);
		}
		free(line);
		start = end + 1;
	}
	check_lesson(&r);
	if (errs->n > nerr0) {
		lesson_free(r.l);
		return (NULL);
	}
	return (r.l);
}

struct lesson *
lesson_load(const char *path, struct lesson_errors *errs)
{
	FILE *fp = fopen(path, "rb");
	struct buf b;
	char chunk[8192];
	size_t n;
	struct lesson *l;

	if (fp == NULL) {
		add_error(errs, path, 0, "cannot read: %s", strerror(errno));
		return (NULL);
	}
	buf_init(&b);
	while ((n = fread(chunk, 1, sizeof(chunk), fp)) > 0)
		buf_add(&b, chunk, n);
	if (ferror(fp)) {
		add_error(errs, path, 0, "cannot read: %s", strerror(errno));
		fclose(fp);
		buf_free(&b);
		return (NULL);
	}
	fclose(fp);
	l = lesson_parse(b.data != NULL ? b.data : "", b.len, path, errs);
	buf_free(&b);
	return (l);
}

/* ---- sets of lessons ---------------------------------------------------- */

void
lesson_set_free(struct lesson_set *set)
{
	size_t i;

	for (i = 0; i < set->n; i++)
		lesson_free(set->v[i]);
	free(set->v);
	set->v = NULL;
	set->n = 0;
}

const char *
lesson_dir(void)
{
	const char *d = getenv("SOCKSHELL_LESSONS");

	/* Uninstalled runs (./quickstart, make check) set it to lessons/. */
	return (d != NULL && d[0] != '\0' ? d : LESSONDIR);
}

static int
cmp_str(const void *a, const void *b)
{
	return (strcmp(*(char *const *)a, *(char *const *)b));
}

static int
cmp_lesson(const void *a, const void *b)
{
	const struct lesson *x = *(struct lesson *const *)a;
	const struct lesson *y = *(struct lesson *const *)b;

	if (x->order != y->order)
		return (x->order < y->order ? -1 : 1);
	return (strcmp(x->name, y->name));
}

int
lesson_set_load_files(struct lesson_set *set, char *const *paths, size_t n,
    struct lesson_errors *errs)
{
	size_t i, j, k;
	int failed = 0;

	for (i = 0; i < n; i++) {
		struct lesson *l = lesson_load(paths[i], errs);

		if (l == NULL) {
			failed++;
			continue;
		}
		for (j = 0; j < set->n; j++)
			if (strcmp(set->v[j]->name, l->name) == 0)
				break;
		if (j < set->n) {
			add_error(errs, l->path, 1,
			    "duplicate lesson name '%s' (also %s)", l->name,
			    set->v[j]->path);
			lesson_free(l);
			failed++;
			continue;
		}
		set->v = xrealloc(set->v, (set->n + 1) * sizeof(*set->v));
		set->v[set->n++] = l;
	}
	/* requires: only names that are there (checked when all are in). */
	for (i = 0; i < set->n; i++) {
		struct lesson *l = set->v[i];

		for (k = 0; k < l->nrequires; k++) {
			for (j = 0; j < set->n; j++)
				if (strcmp(set->v[j]->name, l->requires[k]) ==
				    0)
					break;
			if (j == set->n && n > 1) {
				add_error(errs, l->path, l->requires_line,
				    "requires unknown lesson '%s'",
				    l->requires[k]);
				failed++;
			}
		}
	}
	if (set->n > 1)
		qsort(set->v, set->n, sizeof(*set->v), cmp_lesson);
	return (failed);
}

int
lesson_set_load_dir(struct lesson_set *set, const char *dir,
    struct lesson_errors *errs)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	char **paths = NULL;
	size_t n = 0, i;
	int failed;

	if (d == NULL) {
		add_error(errs, dir, 0, "cannot open the lesson directory: %s",
		    strerror(errno));
		return (1);
	}
	while ((de = readdir(d)) != NULL) {
		size_t len = strlen(de->d_name);

		if (de->d_name[0] == '.' || len <= 7 ||
		    strcmp(de->d_name + len - 7, ".lesson") != 0)
			continue;
		paths = xrealloc(paths, (n + 1) * sizeof(*paths));
		paths[n++] = xasprintf("%s/%s", dir, de->d_name);
	}
	closedir(d);
	if (n > 1)
		qsort(paths, n, sizeof(*paths), cmp_str);
	failed = lesson_set_load_files(set, paths, n, errs);
	for (i = 0; i < n; i++)
		free(paths[i]);
	free(paths);
	return (failed);
}

struct lesson *
lesson_set_find(const struct lesson_set *set, const char *key, int *ambiguous)
{
	struct lesson *hit = NULL;
	size_t i, n = strlen(key), count = 0;
	const char *p;

	*ambiguous = 0;
	for (p = key; isdigit((unsigned char)*p); p++)
		;
	if (n > 0 && *p == '\0') {
		unsigned long k = strtoul(key, NULL, 10);

		return (k >= 1 && k <= set->n ? set->v[k - 1] : NULL);
	}
	for (i = 0; i < set->n; i++) {
		if (strcmp(set->v[i]->name, key) == 0)
			return (set->v[i]);
		if (n > 0 && strncmp(set->v[i]->name, key, n) == 0) {
			hit = set->v[i];
			count++;
		}
	}
	if (count > 1) {
		*ambiguous = 1;
		return (NULL);
	}
	return (hit);
}

/* ---- rendering ---------------------------------------------------------- */

/* Columns a UTF-8 string takes (one per character: lesson text is prose). */
static size_t
cols(const char *s, size_t len)
{
	size_t i, n = 0;

	for (i = 0; i < len; i++)
		if (((unsigned char)s[i] & 0xc0) != 0x80)
			n++;
	return (n);
}

/* Print one word, code spans styled; returns nothing, width is known. */
static void
put_word(FILE *fp, const char *w, size_t len, int color, int *in_code)
{
	size_t i;

	for (i = 0; i < len; i++) {
		if (w[i] == '`' && color) {
			*in_code = !*in_code;
			fputs(*in_code ? "\033[36m" : "\033[0m", fp);
			continue;
		}
		if (w[i] == '`')
			*in_code = !*in_code;
		fputc(w[i], fp);
	}
}

/* Width of a word as shown: backticks vanish when styled. */
static size_t
word_cols(const char *w, size_t len, int color)
{
	size_t n = cols(w, len), i;

	if (color)
		for (i = 0; i < len; i++)
			if (w[i] == '`')
				n--;
	return (n);
}

static void
render_para(FILE *fp, const char *p, size_t len, int width, int indent,
    int hang, int color)
{
	size_t i = 0, col = 0, wstart, wlen, wc;
	int in_code = 0, first = 1, margin = indent;

	while (i < len) {
		while (i < len && (p[i] == ' ' || p[i] == '\n' || p[i] == '\t'))
			i++;
		if (i >= len)
			break;
		wstart = i;
		/* A word runs to a space; a code span keeps its spaces. */
		{
			int code = in_code;

			while (i < len) {
				if (p[i] == '`')
					code = !code;
				else if (!code &&
				         (p[i] == ' ' || p[i] == '\n' ||
				             p[i] == '\t'))
					break;
				i++;
			}
		}
		wlen = i - wstart;
		wc = word_cols(p + wstart, wlen, color);
		if (!first && col + 1 + wc > (size_t)width) {
			if (in_code && color)
				fputs("\033[0m", fp);
			fputc('\n', fp);
			col = 0;
			margin = indent + hang;
			first = 1;
			if (in_code && color)
				fputs("\033[36m", fp);
		}
		if (first) {
			fprintf(fp, "%*s", margin, "");
			col = (size_t)margin;
		} else {
			fputc(' ', fp);
			col++;
		}
		put_word(fp, p + wstart, wlen, color, &in_code);
		col += wc;
		first = 0;
	}
	if (in_code && color)
		fputs("\033[0m", fp);
	if (!first)
		fputc('\n', fp);
}

void
lesson_render(FILE *fp, const char *text, int width, int indent, int color)
{
	const char *s = text, *nl;
	struct buf para;
	int hang = 0, blank_pending = 0, printed = 0;

	if (text == NULL)
		return;
	buf_init(&para);
	while (*s != '\0') {
		size_t len, sp;

		nl = strchr(s, '\n');
		len = nl != NULL ? (size_t)(nl - s) : strlen(s);
		sp = 0;
		while (sp < len && s[sp] == ' ')
			sp++;
		if (sp == len) { /* blank: a paragraph ends */
			if (para.len > 0) {
				render_para(fp, para.data, para.len, width,
				    indent, hang, color);
				buf_free(&para);
				printed = 1;
			}
			blank_pending = printed;
		} else if (sp >= 4 || s[0] == '\t') { /* a code block line */
			if (para.len > 0) {
				render_para(fp, para.data, para.len, width,
				    indent, hang, color);
				buf_free(&para);
			}
			if (blank_pending)
				fputc('\n', fp);
			blank_pending = 0;
			fprintf(fp, "%*s%s%.*s%s\n", indent, "",
			    color ? "\033[36m" : "", (int)len, s,
			    color ? "\033[0m" : "");
			printed = 1;
		} else {
			int item =
			    (len - sp > 2 && (s[sp] == '-' || s[sp] == '*') &&
			        s[sp + 1] == ' ');

			if (item && para.len > 0) { /* a list item: new line */
				render_para(fp, para.data, para.len, width,
				    indent, hang, color);
				buf_free(&para);
			}
			if (para.len == 0) {
				if (blank_pending)
					fputc('\n', fp);
				blank_pending = 0;
				hang = item ? 2 : 0;
			} else
				buf_add(&para, " ", 1);
			buf_add(&para, s + sp, len - sp);
		}
		s += len;
		if (*s == '\n')
			s++;
	}
	if (para.len > 0)
		render_para(fp, para.data, para.len, width, indent, hang,
		    color);
	buf_free(&para);
}
