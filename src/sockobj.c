/* sockobj.c -- socket objects as values: the method table, getattr, repr */
#include <config.h>

#include "sockobj.h"

#include <sys/socket.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "consts.h"
#include "exc.h"
#include "kind.h"
#include "sockaddr.h"
#include "sockobj_io.h"
#include "sockobj_names.h"
#include "sockobj_opts.h"
#include "syscall.h"
#include "value.h"
#include "xmalloc.h"

/* The class socket.socket: what type(s) is. */
const struct pyclass cls_socket = { "socket", "socket", &cls_object, 0, 0 };

/* ---- the method table, gathered from the rows ------------------------- */

/* Each methods file's rows; a new file of methods adds its table here. */
static const struct callinfo *const row_files[] = {
	sockobj_io_rows,
	sockobj_names_rows,
	sockobj_opts_rows,
};

static struct builtin table[SOCKOBJ_MAX_METHODS + 1];    /* NULL-ended */
static const struct callinfo *rows[SOCKOBJ_MAX_METHODS]; /* table's rows */
static char qualnames[SOCKOBJ_MAX_METHODS][32];          /* "socket.bind" */
static size_t nrows;

static int
cmp_row(const void *a, const void *b)
{
	const struct callinfo *const *x = a, *const *y = b;

	return (strcmp((*x)->name, (*y)->name));
}

/* Every file's rows, alphabetical, as struct builtin; once. */
static void
gather(void)
{
	const struct callinfo *r;
	size_t f, i;

	for (f = 0; f < sizeof(row_files) / sizeof(row_files[0]); f++)
		for (r = row_files[f]; r->name != NULL; r++) {
			if (nrows == SOCKOBJ_MAX_METHODS ||
			    strlen(r->name) + 8 > sizeof(qualnames[0]))
				abort(); /* raise SOCKOBJ_MAX_METHODS */
			rows[nrows++] = r;
		}
	qsort(rows, nrows, sizeof(rows[0]), cmp_row);
	for (i = 0; i < nrows; i++) {
		snprintf(qualnames[i], sizeof(qualnames[i]), "socket.%s",
		    rows[i]->name);
		table[i].name = rows[i]->name;
		table[i].fn = rows[i]->fn;
		table[i].qualname = qualnames[i];
	}
}

const struct builtin *
sockobj_method_table(void)
{
	if (nrows == 0)
		gather();
	return (table);
}

const struct builtin *
sockobj_method(const char *name)
{
	const struct builtin *m;

	for (m = sockobj_methods; name != NULL && m->name != NULL; m++)
		if (strcmp(m->name, name) == 0)
			return (m);
	return (NULL);
}

const struct callinfo *
sockobj_method_info(const char *name)
{
	const struct builtin *m = sockobj_method(name);

	return (m != NULL ? rows[m - table] : NULL);
}

int
sockobj_is_method(const struct builtin *fn)
{
	const struct builtin *m;

	for (m = sockobj_methods; m->name != NULL; m++)
		if (m == fn)
			return (1);
	return (0);
}

const char *const sockobj_attrs[] = { "family", "proto", "timeout", "type",
	NULL };

struct value *
sockobj_getattr(struct value *self, const char *name)
{
	struct sockobj *so = sockobj_of(self);
	const char *cands[64];
	const struct builtin *m;
	size_t n = 0;
	int i;

	for (m = sockobj_methods; m->name != NULL; m++)
		if (strcmp(m->name, name) == 0)
			return (value_func(m, self));
	if (strcmp(name, "family") == 0)
		return (consts_family(so->family));
	if (strcmp(name, "type") == 0)
		return (consts_socktype(so->type));
	if (strcmp(name, "proto") == 0)
		return (value_int(so->proto));
	if (strcmp(name, "timeout") == 0)
		return (
		    so->timeout < 0 ? value_none() : value_float(so->timeout));
	for (m = sockobj_methods; m->name != NULL; m++)
		cands[n++] = m->name;
	for (i = 0; sockobj_attrs[i] != NULL; i++)
		cands[n++] = sockobj_attrs[i];
	err_set(&cls_AttributeError, "'socket' object has no attribute '%s'",
	    name);
	{
		struct value *e = err_fetch();
		const char *s = exc_suggest(name, cands, n);

		if (s != NULL)
			e->u.exc->suggestion = xstrdup(s);
		err_set_value(e);
	}
	return (NULL);
}

/* str() of a name, as socket.py's __repr__ formats laddr and raddr. */
static void
add_name(struct buf *b, const char *label, struct value *name)
{
	char *s;

	if (name == NULL) {
		err_clear();
		return;
	}
	if (value_truth(name)) {
		s = value_str_of(name);
		buf_printf(b, ", %s=%s", label, s);
		free(s);
	}
	value_decref(name);
}

char *
sockobj_repr(const struct sockobj *so)
{
	struct sockaddr_storage ss;
	socklen_t len;
	struct buf b;
	struct value *saved = err_fetch(); /* repr never disturbs an error */

	buf_init(&b);
	buf_printf(&b, "<socket.socket%s fd=%d, family=%d, type=%d, proto=%d",
	    so->fd < 0 ? " [closed]" : "", so->fd, so->family, so->type,
	    so->proto);
	if (so->fd >= 0) {
		len = sizeof(ss);
		memset(&ss, 0, sizeof(ss));
		if (sys_getsockname(so->fd, (struct sockaddr *)&ss, &len) == 0)
			add_name(&b, "laddr",
			    sockaddr_to_value((struct sockaddr *)&ss, len));
		len = sizeof(ss);
		memset(&ss, 0, sizeof(ss));
		if (sys_getpeername(so->fd, (struct sockaddr *)&ss, &len) == 0)
			add_name(&b, "raddr",
			    sockaddr_to_value((struct sockaddr *)&ss, len));
	}
	buf_puts(&b, ">");
	if (saved != NULL)
		err_set_value(saved);
	return (buf_steal(&b));
}

/* ---- the kind row ----------------------------------------------------- */

static void
kind_repr(struct buf *b, const struct value *v)
{
	char *s = sockobj_repr(v->u.sock);

	buf_puts(b, s);
	free(s);
}

static void
kind_free(struct value *v)
{
	sockobj_free(v->u.sock);
	free(v);
}

static long long
kind_hash(const struct value *v)
{
	return (kind_hash_pointer(v)); /* sockets hash by identity */
}

const struct kind_desc sockobj_kind = {
	.name = "socket",
	.cls = &cls_socket,
	.repr = kind_repr,
	.free = kind_free,
	.getattr = sockobj_getattr,
	.hash = kind_hash,
};
