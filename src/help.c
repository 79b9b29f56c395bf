/* help.c -- help(): finding an entry for a name or value, and showing it */
#include <config.h>

#include "help.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "exc.h"
#include "sockobj.h"
#include "value.h"
#include "xmalloc.h"

#define WIDTH 76 /* fits an 80-column terminal and a projector */
#define CYAN "\033[36m"
#define DIM "\033[2m"
#define RESET "\033[0m"

/* The session layer's reader of its dot commands, or NULL: none. */
static int (*dot_row)(size_t, struct help_dot *);

void
help_set_dots(int (*row)(size_t i, struct help_dot *out))
{
	dot_row = row;
}

/* Is there a command called name (no dot), or with that alias? */
static int
dot_exists(const char *name)
{
	struct help_dot d;
	size_t i;

	for (i = 0; dot_row != NULL && dot_row(i, &d); i++)
		if (strcmp(d.name, name) == 0 ||
		    (d.alias != NULL && strcmp(d.alias, name) == 0))
			return (1);
	return (0);
}

/*
 * The socket methods' help rows, "socket.socket.NAME", read from the
 * method rows (sockobj_core.h) once; ended by a row whose name is NULL.
 */
static const struct help_entry *
method_entries(void)
{
	static struct help_entry rows[SOCKOBJ_MAX_METHODS + 1];
	static char names[SOCKOBJ_MAX_METHODS][48];
	static int built;
	const struct callinfo *ci;
	size_t i;

	for (i = 0; !built && sockobj_methods[i].name != NULL; i++) {
		ci = sockobj_method_info(sockobj_methods[i].name);
		snprintf(names[i], sizeof(names[i]), "socket.socket.%s",
		    ci->name);
		rows[i] = (struct help_entry){ .name = names[i],
			.sig = ci->sig,
			.does = ci->does,
			.returns = ci->returns,
			.errors = ci->errors,
			.ccall = ci->ccall,
			.see = ci->see };
	}
	built = 1;
	return (rows);
}

static const struct help_entry *
find_exact(const char *name)
{
	const struct help_entry *e;
	struct help_dot d;
	char *alias = NULL;
	size_t i;

	for (e = method_entries(); e->name != NULL; e++)
		if (strcmp(e->name, name) == 0)
			return (e);

	if (name[0] == '.') {
		if (!dot_exists(name + 1))
			return (NULL);
		/* An alias (".t") finds its command's row. */
		for (i = 0; dot_row(i, &d); i++)
			if (d.alias != NULL && strcmp(d.alias, name + 1) == 0)
				name = alias = xasprintf(".%s", d.name);
	}
	for (e = help_entries; e->name != NULL; e++)
		if (strcmp(e->name, name) == 0)
			break;
	free(alias);
	return (e->name != NULL ? e : NULL);
}

/*
 * The constant group for a name such as "AF_INET6": an exact name in a
 * row's match list wins, else the longest prefix (tokens ending in '_').
 */
static const struct help_entry *
find_const(const char *name)
{
	const struct help_entry *e, *best = NULL;
	size_t bestlen = 0, n;
	const char *t, *end;

	for (e = help_entries; e->name != NULL; e++) {
		for (t = e->match; t != NULL && *t != '\0'; t = end) {
			while (*t == ' ')
				t++;
			end = t + strcspn(t, " ");
			n = (size_t)(end - t);
			if (n == 0)
				break;
			if (t[n - 1] != '_') {
				if (strlen(name) == n &&
				    strncmp(t, name, n) == 0)
					return (e);
			} else if (strncmp(t, name, n) == 0 && n > bestlen) {
				best = e;
				bestlen = n;
			}
		}
	}
	return (best);
}

/* Try prefix + name; NULL if no such row. */
static const struct help_entry *
find_with(const char *prefix, const char *name)
{
	char *s = xasprintf("%s%s", prefix, name);
	const struct help_entry *e = find_exact(s);

	free(s);
	return (e);
}

const struct help_entry *
help_lookup(const char *name)
{
	const struct help_entry *e;
	const char *last;
	char *n, *p;
	size_t len;

	/* Accept "bind()", " bind ", "socket.socket.bind". */
	while (*name == ' ' || *name == '\t')
		name++;
	n = xstrdup(name);
	len = strlen(n);
	while (len > 0 && (n[len - 1] == ' ' || n[len - 1] == '\t'))
		n[--len] = '\0';
	if (len > 2 && strcmp(n + len - 2, "()") == 0)
		n[len -= 2] = '\0';
	e = NULL;
	if (len == 0)
		goto done;
	if (n[0] == '.') {
		e = find_exact(n);
		goto done;
	}
	if ((e = find_exact(n)) != NULL)
		goto done;
	if ((e = find_with("socket.socket.", n)) != NULL ||
	    (e = find_with("socket.", n)) != NULL)
		goto done;
	/* "socket.bind" for the method; "s.bind" for any socket variable. */
	last = strrchr(n, '.');
	if (last != NULL) {
		last++;
		if ((e = find_with("socket.socket.", last)) != NULL)
			goto done;
		if (strncmp(n, "socket.", 7) == 0 &&
		    (e = find_const(n + 7)) != NULL)
			goto done;
		/* 'abc'.split and friends: the type's row. */
		p = xstrndup(n, (size_t)(last - 1 - n));
		e = find_exact(p);
		free(p);
		if (e != NULL)
			goto done;
	}
	if ((e = find_const(last != NULL ? last : n)) != NULL)
		goto done;
	/* A dot command named without its dot: "sockets". */
	if (strchr(n, '.') == NULL && dot_exists(n))
		e = find_with(".", n);
done:
	free(n);
	return (e);
}

/*
 * Append text wrapped at WIDTH: first before the first line, rest before
 * the others.  "\n" in text starts a new paragraph after a blank line.
 */
static void
wrap(struct buf *b, const char *text, const char *first, const char *rest)
{
	const char *p = text, *word;
	size_t col, wl, indent;
	int start = 1;

	while (*p != '\0') {
		const char *lead = start ? first : rest;

		buf_puts(b, lead);
		col = indent = strlen(lead);
		start = 0;
		/* One line: as many words as fit. */
		for (;;) {
			while (*p == ' ')
				p++;
			if (*p == '\0' || *p == '\n')
				break;
			word = p;
			wl = strcspn(p, " \n");
			if (col > indent && col + 1 + wl > WIDTH)
				break;
			if (col > indent) {
				buf_add(b, " ", 1);
				col++;
			}
			buf_add(b, word, wl);
			col += wl;
			p += wl;
		}
		buf_add(b, "\n", 1);
		if (*p == '\n') {
			p++;
			buf_add(b, "\n", 1);
			start = 1;
		}
	}
}

/* Each "\n"-separated item of list as its own wrapped item. */
static void
wrap_items(struct buf *b, const char *list, const char *first, const char *rest)
{
	const char *p = list, *nl;
	char *item;

	while (*p != '\0') {
		nl = strchr(p, '\n');
		item = nl ? xstrndup(p, (size_t)(nl - p)) : xstrdup(p);
		wrap(b, item, first, rest);
		free(item);
		p = nl ? nl + 1 : p + strlen(p);
	}
}

/* text with {methods} replaced by the socket's method names (malloc'd). */
static char *
with_methods(const char *text)
{
	const char *at = strstr(text, "{methods}");
	const struct builtin *m;
	struct buf b;

	if (at == NULL)
		return (xstrdup(text));
	buf_init(&b);
	buf_add(&b, text, (size_t)(at - text));
	for (m = sockobj_methods; m->name != NULL; m++)
		buf_printf(&b, "%s%s", m == sockobj_methods ? "" : " ",
		    m->name);
	buf_puts(&b, at + strlen("{methods}"));
	return (buf_steal(&b));
}

char *
help_format(const struct help_entry *e, int color)
{
	struct buf b;
	const char *p, *nl;
	char *does;

	buf_init(&b);
	if (e->sig != NULL)
		buf_printf(&b, "%s%s%s\n", color ? CYAN : "", e->sig,
		    color ? RESET : "");
	else
		buf_printf(&b, "%s\n", e->name); /* a group: socket.AF_* */
	if (e->name[0] != '.' && strchr(e->name, '*') == NULL &&
	    (e->sig == NULL || strstr(e->sig, e->name) == NULL))
		buf_printf(&b, "  (%s)\n", e->name);
	buf_add(&b, "\n", 1);
	does = with_methods(e->does);
	wrap(&b, does, "", "");
	free(does);
	if (e->returns != NULL) {
		buf_add(&b, "\n", 1);
		wrap(&b, e->returns, "Returns: ", "  ");
	}
	if (e->errors != NULL) {
		buf_puts(&b, "\nCommon errors:\n");
		wrap_items(&b, e->errors, "  - ", "    ");
	}
	if (e->ccall != NULL) {
		/* "(no system call ...)" is prose; real calls stay verbatim. */
		if (e->ccall[0] == '(') {
			buf_add(&b, "\n", 1);
			wrap(&b, e->ccall, "C call underneath: ", "  ");
		} else
			buf_puts(&b, "\nC call underneath:\n");
		for (p = e->ccall; e->ccall[0] != '(' && *p != '\0';
		     p = nl ? nl + 1 : p + strlen(p)) {
			nl = strchr(p, '\n');
			buf_printf(&b, "  %s%.*s%s\n", color ? DIM : "",
			    (int)(nl ? (size_t)(nl - p) : strlen(p)), p,
			    color ? RESET : "");
		}
	}
	if (e->see != NULL) {
		buf_add(&b, "\n", 1);
		wrap(&b, e->see, "See also: ", "  ");
	}
	return (buf_steal(&b));
}

char *
help_overview(int color)
{
	struct buf b;
	struct help_dot d;
	size_t i;
	char *u;

	buf_init(&b);
	wrap(&b,
	    "Type the Python socket calls that networking books use; each "
	    "one makes a real system call, and the kernel's answer comes "
	    "back. To start:",
	    "", "");
	buf_add(&b, "\n", 1);
	buf_printf(&b, "%s", color ? CYAN : "");
	buf_puts(&b,
	    "    import socket\n"
	    "    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"
	    "    s.bind(('127.0.0.1', 0))\n"
	    "    s.getsockname()\n");
	buf_printf(&b, "%s", color ? RESET : "");
	buf_puts(&b,
	    "\nAsk about anything you can name:\n"
	    "    help(s.bind)               a method of your socket s\n"
	    "    help(socket.socket.bind)   the same, before you have a "
	    "socket\n"
	    "    help(socket.getaddrinfo)   a function of the socket module\n"
	    "    help(socket.AF_INET6)      a constant, and its group\n"
	    "    help(socket)               what the module holds\n"
	    "    .help bind                 the same as "
	    "help(socket.socket.bind)\n"
	    "\nCommands that are not Python start with a dot:\n");
	for (i = 0; dot_row != NULL && dot_row(i, &d); i++) {
		u = xasprintf(".%s %s", d.name, d.usage);
		buf_printf(&b, "    %-22s %s\n", u, d.line);
		free(u);
	}
	if (dot_exists("lessons") || dot_exists("lesson"))
		buf_puts(&b, "\nNew here? .lessons lists the lessons; "
		             ".lesson NAME starts one.\n");
	buf_puts(&b, "\nTab completes names, methods after s., members after "
	             "socket., dot commands,\nand file names inside quotes.\n");
	return (buf_steal(&b));
}

/* Where a built-in function lives, by its table row. */
static const struct help_entry *
lookup_func(const struct value *v)
{
	const struct builtin *fn = v->u.func.fn;
	const struct value *self = v->u.func.self;
	const struct help_entry *e;
	const char *tname;
	size_t i;

	for (i = 0; sockobj_methods[i].name != NULL; i++)
		if (fn == &sockobj_methods[i])
			return (find_with("socket.socket.", fn->name));
	if (fn->qualname != NULL && (e = find_exact(fn->qualname)) != NULL)
		return (e);
	if (self != NULL) {
		/* A method of a str, bytes, list ...: its row, or the type's.
		 */
		tname = value_type_name(self);
		{
			char *q = xasprintf("%s.%s", tname, fn->name);

			e = find_exact(q);
			free(q);
		}
		return (e != NULL ? e : find_exact(tname));
	}
	if ((e = find_with("socket.", fn->name)) != NULL ||
	    (e = find_exact(fn->name)) != NULL ||
	    (e = find_with("os.", fn->name)) != NULL ||
	    (e = find_with("os.path.", fn->name)) != NULL ||
	    (e = find_with("sys.", fn->name)) != NULL)
		return (e);
	return (NULL);
}

static const struct help_entry *
lookup_class(const struct pyclass *cls)
{
	const struct help_entry *e;

	if (cls->module != NULL && strcmp(cls->module, "socket") == 0) {
		if (cls->is_enum)
			return (find_const(cls->name));
		if ((e = find_with("socket.", cls->name)) != NULL)
			return (e);
	}
	if ((e = find_exact(cls->name)) != NULL)
		return (e);
	if (class_is_subclass(cls, &cls_BaseException))
		return (find_exact("OSError"));
	return (NULL);
}

static char *
not_found(const char *what)
{
	struct buf b;
	char *s = xasprintf("No sockshell help for %s. help() gives an "
	                    "overview; help(socket) and help(socket.socket) "
	                    "list what there is.",
	    what);

	buf_init(&b);
	wrap(&b, s, "", "");
	free(s);
	return (buf_steal(&b));
}

/* text, with a first line in front of it; frees text. */
static char *
prefixed(char *first, char *text)
{
	char *s = xasprintf("%s\n\n%s", first, text);

	free(first);
	free(text);
	return (s);
}

char *
help_for_value(const struct value *v, int color)
{
	const struct help_entry *e = NULL;
	char *r, *first;

	switch (v->kind) {
	case KIND_FUNC:
		e = lookup_func(v);
		break;
	case KIND_CLASS:
		e = lookup_class(v->u.cls);
		break;
	case KIND_MODULE:
		e = find_exact(v->u.mod->name);
		break;
	case KIND_SOCKET:
		e = find_exact("socket.socket");
		break;
	case KIND_EXC:
		e = lookup_class(v->u.exc->cls);
		break;
	case KIND_ENUM:
		e = v->u.en.name ? find_const(v->u.en.name) : NULL;
		if (e == NULL)
			e = lookup_class(v->u.en.cls);
		if (e == NULL)
			break;
		r = value_repr(v);
		first = v->u.en.name ? xasprintf("socket.%s is %lld: %s",
		                           v->u.en.name, v->u.en.i, r) :
		                       xasprintf("%s is %lld", r, v->u.en.i);
		free(r);
		return (prefixed(first, help_format(e, color)));
	case KIND_STR:
		if ((e = help_lookup(v->u.s.buf)) == NULL) {
			r = xasprintf("'%s'", v->u.s.buf);
			{
				char *t = not_found(r);

				free(r);
				return (t);
			}
		}
		break;
	case KIND_INT:
	case KIND_BOOL:
		/*
		 * SO_REUSEADDR and friends are plain ints in Python: by the
		 * time help() sees 2 nobody knows which constant it was.
		 */
		if (v->kind == KIND_INT) {
			struct buf b;

			buf_init(&b);
			r = xasprintf(
			    "%lld is a plain int. Many socket constants "
			    "(SOL_SOCKET, SO_REUSEADDR, IPPROTO_TCP ...) "
			    "are plain ints, so help cannot tell which "
			    "one this was: ask by name, e.g. "
			    "help('SO_REUSEADDR').",
			    v->u.i);
			wrap(&b, r, "", "");
			free(r);
			return (buf_steal(&b));
		}
		e = find_exact("bool");
		break;
	case KIND_NONE:
		e = find_exact("None");
		break;
	default:
		e = find_exact(value_type_name(v));
		break;
	}
	if (e == NULL) {
		char *what = value_repr(v);

		r = not_found(what);
		free(what);
		return (r);
	}
	return (help_format(e, color));
}
