/* checks.c -- the names a lesson check sees: modules and helper functions */
#include <config.h>

#include "checks.h"

#include <sys/socket.h>

#include <string.h>

#include "builtins.h"
#include "eval.h"
#include "exc.h"
#include "value.h"

/* The helpers are methods bound to the facts (see checks.h). */
static const struct value *
fact(const struct value *self, const char *key)
{
	return (dict_get(self->u.dict, key));
}

/* called('bind'): the learner's last line made that system call. */
static struct value *
fn_called(struct value *self, const struct callargs *a)
{
	const struct value *n, *calls = fact(self, "calls");
	size_t i;

	if (args_one(a, "called") < 0)
		return (NULL);
	n = a->pos[0];
	if (n->kind != KIND_STR)
		return (err_set(&cls_TypeError,
		    "called() wants a system call name, as in called('bind')"));
	for (i = 0; calls != NULL && i < calls->u.seq.len; i++)
		if (strcmp(calls->u.seq.items[i]->u.s.buf, n->u.s.buf) == 0)
			return (value_bool(1));
	return (value_bool(0));
}

/* failed(): the learner's last line raised. */
static struct value *
fn_failed(struct value *self, const struct callargs *a)
{
	const struct value *f = fact(self, "failed");

	if (args_none(a, "failed") < 0)
		return (NULL);
	return (value_bool(f != NULL && value_truth(f)));
}

/* defined('s'): the learner's session has that name. */
static struct value *
fn_defined(struct value *self, const struct callargs *a)
{
	const struct value *names = fact(self, "names");
	size_t i;

	if (args_one(a, "defined") < 0)
		return (NULL);
	if (a->pos[0]->kind != KIND_STR)
		return (err_set(&cls_TypeError,
		    "defined() wants a name, as in defined('s')"));
	for (i = 0; names != NULL && i < names->u.seq.len; i++)
		if (strcmp(names->u.seq.items[i]->u.s.buf,
		        a->pos[0]->u.s.buf) == 0)
			return (value_bool(1));
	return (value_bool(0));
}

/*
 * Ask a socket through the evaluator's door: expr, with x the socket and
 * socket the module, in a scratch interpreter (so that the check being
 * evaluated keeps its names).  New reference, or NULL with an exception.
 */
static struct value *
ask_socket(struct value *sock, const char *expr)
{
	struct interp *in = interp_new();
	struct dict *names = dict_new();
	struct value *m, *v;

	dict_set(names, "x", value_incref(sock));
	if ((m = builtins_import("socket")) != NULL)
		dict_set(names, "socket", m);
	else
		err_clear();
	v = interp_eval_with(in, expr, names);
	dict_free(names);
	interp_free(in);
	return (v);
}

/* An int the socket tells (x.family, x.fileno() ...): 0, or -1 raised. */
static int
socket_number(struct value *sock, const char *expr, long long *out)
{
	struct value *v = ask_socket(sock, expr);
	int rc;

	if (v == NULL)
		return (-1);
	rc = value_as_long(v, out);
	value_decref(v);
	return (rc);
}

/* is_socket(x, family=None, type=None) */
static struct value *
fn_is_socket(struct value *self, const struct callargs *a)
{
	struct value *fam = NULL, *typ = NULL;
	long long want, have;
	size_t i;

	(void)self;
	if (a->npos < 1 || a->npos > 3)
		return (err_set(&cls_TypeError,
		    "is_socket() takes 1 to 3 arguments (%zu given)", a->npos));
	for (i = 0; i < a->nkw; i++) {
		if (strcmp(a->kwnames[i], "family") == 0)
			fam = a->kwvals[i];
		else if (strcmp(a->kwnames[i], "type") == 0)
			typ = a->kwvals[i];
		else
			return (err_set(&cls_TypeError,
			    "is_socket() got an unexpected keyword argument "
			    "'%s'",
			    a->kwnames[i]));
	}
	if (a->npos > 1)
		fam = a->pos[1];
	if (a->npos > 2)
		typ = a->pos[2];
	if (a->pos[0]->kind != KIND_SOCKET)
		return (value_bool(0));
	if (fam != NULL && fam->kind != KIND_NONE) {
		if (value_as_long(fam, &want) < 0 ||
		    socket_number(a->pos[0], "x.family", &have) < 0)
			return (NULL);
		if (want != have)
			return (value_bool(0));
	}
	if (typ != NULL && typ->kind != KIND_NONE) {
		if (value_as_long(typ, &want) < 0 ||
		    socket_number(a->pos[0], "x.type", &have) < 0)
			return (NULL);
		if (want != have)
			return (value_bool(0));
	}
	return (value_bool(1));
}

/* tcp_state(x): 'LISTEN', 'ESTABLISHED' ... or None (not TCP, closed). */
static struct value *
fn_tcp_state(struct value *self, const struct callargs *a)
{
	static const char *const states[] = { NULL, "ESTABLISHED", "SYN_SENT",
		"SYN_RECV", "FIN_WAIT1", "FIN_WAIT2", "TIME_WAIT", "CLOSE",
		"CLOSE_WAIT", "LAST_ACK", "LISTEN", "CLOSING" };
	struct value *x, *info;
	long long fd, type, family;
	unsigned state = 0;

	(void)self;
	if (args_one(a, "tcp_state") < 0)
		return (NULL);
	x = a->pos[0];
	if (x->kind != KIND_SOCKET)
		return (err_set(&cls_TypeError,
		    "tcp_state() wants a socket, not '%s'",
		    value_type_name(x)));
	if (socket_number(x, "x.fileno()", &fd) < 0 ||
	    socket_number(x, "x.type", &type) < 0 ||
	    socket_number(x, "x.family", &family) < 0)
		return (NULL);
	if (fd < 0 || type != SOCK_STREAM ||
	    (family != AF_INET && family != AF_INET6))
		return (value_none());
	/* struct tcp_info starts with tcpi_state: its first byte will do. */
	info = ask_socket(x, "x.getsockopt(socket.IPPROTO_TCP, "
	                     "socket.TCP_INFO, 1)");
	if (info == NULL)
		err_clear();
	else if (info->kind == KIND_BYTES && info->u.s.len == 1)
		state = (unsigned char)info->u.s.buf[0];
	value_decref(info);
	if (state >= sizeof(states) / sizeof(*states) || states[state] == NULL)
		return (value_none());
	return (value_cstr(states[state]));
}

static const struct builtin helpers[] = {
	{ "called", fn_called, NULL },
	{ "failed", fn_failed, NULL },
	{ "defined", fn_defined, NULL },
	{ "is_socket", fn_is_socket, NULL },
	{ "tcp_state", fn_tcp_state, NULL },
	{ NULL, NULL, NULL },
};

struct dict *
checks_names(struct value *facts)
{
	static const char *const mods[] = { "socket", "errno", "sys", "os" };
	struct dict *d = dict_new();
	struct value *m;
	size_t i;

	for (i = 0; i < sizeof(mods) / sizeof(*mods); i++) {
		if ((m = builtins_import(mods[i])) == NULL)
			err_clear();
		else
			dict_set(d, mods[i], m);
	}
	for (i = 0; helpers[i].name != NULL; i++)
		dict_set(d, helpers[i].name, value_func(&helpers[i], facts));
	return (d);
}
