/* complete.c -- tab completion: the candidates for the word at the cursor */
#include <config.h>

#include "complete.h"

#include <sys/stat.h>

#include <dirent.h>
#include <stdlib.h>
#include <string.h>

#include "builtins.h"
#include "dotcmd.h"
#include "eval.h"
#include "help.h"
#include "lesson.h"
#include "shell.h"
#include "sockobj.h"
#include "value.h"
#include "xmalloc.h"

#define MAX_CANDIDATES 4096 /* a directory of more is cut short */

enum suffix {
	SUF_NONE,
	SUF_PAREN, /* a callable: "(" when it is the only candidate */
	SUF_SPACE, /* a dot command that takes arguments */
};

/* The candidates found so far: each a whole word. */
struct cands {
	char **v;         /* owned strings */
	enum suffix *suf; /* parallel to v */
	size_t n, cap;
	const char *word; /* what the learner typed: the prefix to match */
	size_t skip;      /* bytes of word before the part being matched */
	const char *head; /* put before each name ("s." for "s.bi") */
	int files;        /* file names: no Python rule for '_' */
};

static void
add(struct cands *c, const char *name, enum suffix suf)
{
	const char *tail = c->word + c->skip;

	if (strncmp(name, tail, strlen(tail)) != 0 || c->n >= MAX_CANDIDATES)
		return;
	/* As rlcompleter: _private names only when "_" was typed. */
	if (!c->files && name[0] == '_' && tail[0] != '_')
		return;
	if (c->n == c->cap) {
		c->cap = c->cap ? 2 * c->cap : 32;
		c->v = xrealloc(c->v, c->cap * sizeof(*c->v));
		c->suf = xrealloc(c->suf, c->cap * sizeof(*c->suf));
	}
	c->v[c->n] = xasprintf("%s%s", c->head, name);
	c->suf[c->n++] = suf;
}

static int
cmp_str(const void *a, const void *b)
{
	return (strcmp(*(char *const *)a, *(char *const *)b));
}

/* Sort, drop duplicates, add the lone candidate's suffix, NULL-end. */
static char **
finish(struct cands *c)
{
	size_t i, j;
	enum suffix suf;
	char *s;

	if (c->n == 0) {
		free(c->v);
		free(c->suf);
		return (NULL);
	}
	suf = c->suf[0];
	free(c->suf);
	qsort(c->v, c->n, sizeof(*c->v), cmp_str);
	for (i = j = 1; i < c->n; i++) {
		if (strcmp(c->v[i], c->v[j - 1]) == 0)
			free(c->v[i]);
		else
			c->v[j++] = c->v[i];
	}
	c->n = j;
	if (c->n == 1 && suf != SUF_NONE) {
		s = xasprintf("%s%s", c->v[0], suf == SUF_PAREN ? "(" : " ");
		free(c->v[0]);
		c->v[0] = s;
	}
	c->v = xrealloc(c->v, (c->n + 1) * sizeof(*c->v));
	c->v[c->n] = NULL;
	return (c->v);
}

void
complete_free(char **list)
{
	size_t i;

	for (i = 0; list != NULL && list[i] != NULL; i++)
		free(list[i]);
	free(list);
}

/* ---- dot commands ----------------------------------------------------- */

/* A command by exact name, alias or unique prefix, silently. */
static const struct dotcmd *
dot_find(const char *name, size_t len)
{
	const struct dotcmd *d, *hit = NULL;
	int count = 0;

	for (d = dotcmds; d->name != NULL; d++) {
		if ((strlen(d->name) == len &&
		        strncmp(d->name, name, len) == 0) ||
		    (d->alias != NULL && strlen(d->alias) == len &&
		        strncmp(d->alias, name, len) == 0))
			return (d);
		if (strncmp(d->name, name, len) == 0) {
			hit = d;
			count++;
		}
	}
	return (count == 1 ? hit : NULL);
}

/* After ".lesson ": every *.lesson file's name (as lesson.c names it), stop. */
static void
add_lessons(struct cands *c)
{
	struct dirent *de;
	size_t len;
	char *name;
	DIR *dp;

	add(c, "stop", SUF_NONE);
	if ((dp = opendir(lesson_dir())) == NULL)
		return;
	while ((de = readdir(dp)) != NULL) {
		len = strlen(de->d_name);
		if (len <= 7 || strcmp(de->d_name + len - 7, ".lesson") != 0 ||
		    de->d_name[0] == '.')
			continue;
		name = lesson_name_of(de->d_name);
		add(c, name, SUF_NONE);
		free(name);
	}
	closedir(dp);
}

/* After ".help ": commands and the short names help() knows. */
static void
add_help_topics(struct cands *c)
{
	const struct help_entry *e;
	const struct builtin *m;
	const struct dotcmd *d;
	const char *n;

	for (d = dotcmds; d->name != NULL; d++)
		add(c, d->name, SUF_NONE);
	for (m = sockobj_methods; m->name != NULL; m++)
		add(c, m->name, SUF_NONE); /* their help rows are their rows */
	for (e = help_entries; e->name != NULL; e++) {
		n = e->name;
		if (n[0] == '.' || strchr(n, '*') != NULL || strchr(n, ' '))
			continue;
		if (strncmp(n, "socket.socket.", 14) == 0)
			n += 14;
		else if (strncmp(n, "socket.", 7) == 0)
			n += 7;
		add(c, n, SUF_NONE);
	}
}

/* "on|off" in a usage string: offer each word. */
static void
add_usage_words(struct cands *c, const char *usage)
{
	const char *p = usage, *end;
	char *w;

	if (strchr(usage, '|') == NULL || strpbrk(usage, " [<") != NULL)
		return;
	for (; *p != '\0'; p = *end ? end + 1 : end) {
		end = p + strcspn(p, "|");
		w = xstrndup(p, (size_t)(end - p));
		add(c, w, SUF_NONE);
		free(w);
	}
}

/* ---- file names inside strings ---------------------------------------- */

static void
add_files(struct cands *c)
{
	const char *word = c->word, *slash = strrchr(word, '/');
	char *dir =
	    slash ? xstrndup(word, (size_t)(slash - word + 1)) : xstrdup("");
	struct dirent *de;
	struct stat st;
	char *path;
	DIR *dp;

	c->skip = strlen(dir);
	c->head = dir;
	c->files = 1;
	if ((dp = opendir(dir[0] ? dir : ".")) == NULL) {
		free(dir);
		return;
	}
	while ((de = readdir(dp)) != NULL) {
		if (strcmp(de->d_name, ".") == 0 ||
		    strcmp(de->d_name, "..") == 0)
			continue;
		/* Hidden files only when a dot was typed (add() skips '_'). */
		if (de->d_name[0] == '.' && word[c->skip] != '.')
			continue;
		path = xasprintf("%s%s", dir, de->d_name);
		if (stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
			char *d = xasprintf("%s/", de->d_name);

			add(c, d, SUF_NONE);
			free(d);
		} else
			add(c, de->d_name, SUF_NONE);
		free(path);
	}
	closedir(dp);
	c->head = "";
	free(dir);
}

/*
 * Is `start` inside a string literal?  A quote opens one until the same
 * quote closes it; backslash escapes; '#' outside strings starts a
 * comment (no completion there: returns -1).
 */
static int
in_string(const char *line, size_t start)
{
	char q = 0;
	size_t i;

	for (i = 0; i < start; i++) {
		if (q != 0) {
			if (line[i] == '\\' && i + 1 < start)
				i++;
			else if (line[i] == q)
				q = 0;
		} else if (line[i] == '\'' || line[i] == '"')
			q = line[i];
		else if (line[i] == '#')
			return (-1);
	}
	return (q != 0);
}

/* ---- Python names ------------------------------------------------------ */

static int
is_callable(const struct value *v)
{
	return (v != NULL && (v->kind == KIND_FUNC || v->kind == KIND_CLASS));
}

static void
add_dict(struct cands *c, const struct dict *d)
{
	const char *key;
	struct value *val;
	size_t i;

	for (i = 0; dict_entry(d, i, &key, &val); i++)
		add(c, key, is_callable(val) ? SUF_PAREN : SUF_NONE);
}

static void
add_table(struct cands *c, const struct builtin *t)
{
	for (; t != NULL && t->name != NULL; t++)
		add(c, t->name, SUF_PAREN);
}

/* What follows "obj." */
static void
add_members(struct cands *c, const struct value *obj)
{
	size_t i;

	switch (obj->kind) {
	case KIND_MODULE:
		add_dict(c, obj->u.mod->dict);
		break;
	case KIND_SOCKET:
		add_table(c, sockobj_methods);
		for (i = 0; sockobj_attrs[i] != NULL; i++)
			add(c, sockobj_attrs[i], SUF_NONE);
		break;
	case KIND_CLASS:
		if (obj->u.cls == &cls_socket)
			add_table(c, sockobj_methods);
		else if (obj->u.cls == &cls_int)
			add(c, "from_bytes", SUF_PAREN);
		break;
	case KIND_ENUM:
		add(c, "name", SUF_NONE);
		add(c, "value", SUF_NONE);
		add_table(c, builtins_methods(obj));
		break;
	case KIND_EXC:
		add(c, "args", SUF_NONE);
		add(c, "errno", SUF_NONE);
		add(c, "strerror", SUF_NONE);
		add(c, "filename", SUF_NONE);
		break;
	default:
		add_table(c, builtins_methods(obj));
		break;
	}
}

static int
is_ident_char(char ch)
{
	return ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
	        (ch >= '0' && ch <= '9') || ch == '_' ||
	        (unsigned char)ch >= 0x80);
}

/* "a.b.c" made only of names? (Nothing else is looked up.) */
static int
is_dotted_name(const char *s, size_t len)
{
	size_t i;

	if (len == 0 || (s[0] >= '0' && s[0] <= '9'))
		return (0);
	for (i = 0; i < len; i++) {
		if (s[i] == '.') {
			if (i + 1 == len || s[i + 1] == '.' ||
			    (s[i + 1] >= '0' && s[i + 1] <= '9'))
				return (0);
		} else if (!is_ident_char(s[i]))
			return (0);
	}
	return (1);
}

/* Python's keywords in sockshell's subset that start a word. */
static const char *const keywords[] = { "False", "None", "True", "and", "from",
	"import", "in", "is", "not", "or", NULL };

static void
complete_python(struct cands *c, struct interp *in)
{
	const char *word = c->word, *dot = strrchr(word, '.'), *p, *q;
	struct dict *builtins = dict_new();
	struct value *obj;
	char *name;
	size_t i;

	builtins_install(builtins);
	if (dot == NULL) {
		if (word[0] != '\0' && !is_dotted_name(word, strlen(word)))
			goto done;
		add_dict(c, interp_globals(in));
		add_dict(c, builtins);
		for (i = 0; keywords[i] != NULL; i++)
			add(c, keywords[i], SUF_NONE);
		goto done;
	}
	if (!is_dotted_name(word, (size_t)(dot - word)) ||
	    (dot[1] != '\0' && !is_dotted_name(dot + 1, strlen(dot + 1))))
		goto done;
	/* Walk a.b.c through variables and module attributes only. */
	p = word;
	q = p + strcspn(p, ".");
	name = xstrndup(p, (size_t)(q - p));
	obj = dict_get(interp_globals(in), name);
	if (obj == NULL)
		obj = dict_get(builtins, name);
	free(name);
	while (obj != NULL && q < dot) {
		p = q + 1;
		q = p + strcspn(p, ".");
		if (obj->kind != KIND_MODULE) {
			obj = NULL;
			break;
		}
		name = xstrndup(p, (size_t)(q - p));
		obj = dict_get(obj->u.mod->dict, name);
		free(name);
	}
	if (obj == NULL)
		goto done;
	name = xstrndup(word, (size_t)(dot - word + 1));
	c->head = name;
	c->skip = (size_t)(dot - word + 1);
	add_members(c, obj);
	c->head = "";
	free(name);
done:
	dict_free(builtins);
}

char **
complete_words(struct interp *in, const char *line, size_t start,
    const char *word)
{
	struct cands c;
	const struct dotcmd *d;
	const char *p = line, *cmd;
	size_t len;
	int s;

	memset(&c, 0, sizeof(c));
	c.word = word;
	c.head = "";
	while (p < line + start && (*p == ' ' || *p == '\t'))
		p++;
	/* A dot command at the start of the line. */
	if (p == line + start && word[0] == '.') {
		c.skip = 1;
		c.head = ".";
		for (d = dotcmds; d->name != NULL; d++)
			add(&c, d->name,
			    d->max_args > 0 ? SUF_SPACE : SUF_NONE);
		return (finish(&c));
	}
	if (*p == '.' && p + 1 < line + start && p[1] >= 'a' && p[1] <= 'z') {
		cmd = p + 1;
		len = strcspn(cmd, " \t");
		if (cmd + len >= line + start)
			return (NULL);
		if ((d = dot_find(cmd, len)) == NULL)
			return (NULL);
		if (strcmp(d->name, "lesson") == 0)
			add_lessons(&c);
		else if (strcmp(d->name, "help") == 0)
			add_help_topics(&c);
		else if (strchr(d->usage, '|') != NULL)
			add_usage_words(&c, d->usage);
		else if (d->max_args > 0) {
			/* .sockaddr s.getsockname(): a Python expression. */
			complete_python(&c, in);
		}
		return (finish(&c));
	}
	s = in_string(line, start);
	if (s < 0)
		return (NULL);
	if (s > 0)
		add_files(&c);
	else
		complete_python(&c, in);
	return (finish(&c));
}

char **
complete_line(const char *line, size_t start, const char *word, void *ctx)
{
	struct shell *sh = ctx;

	return (complete_words(sh->in, line, start, word));
}
