/* exc.c -- exception classes, exception objects and the pending exception */
#include <config.h>

#include "exc.h"

#include <errno.h>
#include <netdb.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kind.h"
#include "xmalloc.h"

/* The hierarchy is Python's own, cut down to what sockets can raise. */
#define EXC(name, base)                                                        \
	const struct pyclass cls_##name = { #name, NULL, base, 0, 0 }
EXC(BaseException, &cls_object);
EXC(Exception, &cls_BaseException);
EXC(KeyboardInterrupt, &cls_BaseException);
EXC(SystemExit, &cls_BaseException);
EXC(ArithmeticError, &cls_Exception);
EXC(OverflowError, &cls_ArithmeticError);
EXC(ZeroDivisionError, &cls_ArithmeticError);
EXC(AttributeError, &cls_Exception);
EXC(LookupError, &cls_Exception);
EXC(IndexError, &cls_LookupError);
EXC(KeyError, &cls_LookupError);
EXC(NameError, &cls_Exception);
EXC(UnboundLocalError, &cls_NameError);
EXC(TypeError, &cls_Exception);
EXC(ValueError, &cls_Exception);
EXC(UnicodeError, &cls_ValueError);
EXC(UnicodeDecodeError, &cls_UnicodeError);
EXC(UnicodeEncodeError, &cls_UnicodeError);
EXC(SyntaxError, &cls_Exception);
EXC(RuntimeError, &cls_Exception);
EXC(NotImplementedError, &cls_RuntimeError);
EXC(RecursionError, &cls_RuntimeError);
EXC(AssertionError, &cls_Exception);
EXC(ImportError, &cls_Exception);
EXC(ModuleNotFoundError, &cls_ImportError);
EXC(OSError, &cls_Exception);
EXC(BlockingIOError, &cls_OSError);
EXC(ChildProcessError, &cls_OSError);
EXC(ConnectionError, &cls_OSError);
EXC(BrokenPipeError, &cls_ConnectionError);
EXC(ConnectionAbortedError, &cls_ConnectionError);
EXC(ConnectionRefusedError, &cls_ConnectionError);
EXC(ConnectionResetError, &cls_ConnectionError);
EXC(FileExistsError, &cls_OSError);
EXC(FileNotFoundError, &cls_OSError);
EXC(InterruptedError, &cls_OSError);
EXC(IsADirectoryError, &cls_OSError);
EXC(NotADirectoryError, &cls_OSError);
EXC(PermissionError, &cls_OSError);
EXC(ProcessLookupError, &cls_OSError);
EXC(TimeoutError, &cls_OSError);
const struct pyclass cls_gaierror = { "gaierror", "socket", &cls_OSError, 0,
	0 };
const struct pyclass cls_herror = { "herror", "socket", &cls_OSError, 0, 0 };

/* ORDER EXC; the socket module's own classes are not builtins. */
const struct pyclass *const exc_classes[] = {
	&cls_BaseException,
	&cls_Exception,
	&cls_KeyboardInterrupt,
	&cls_SystemExit,
	&cls_ArithmeticError,
	&cls_OverflowError,
	&cls_ZeroDivisionError,
	&cls_AttributeError,
	&cls_LookupError,
	&cls_IndexError,
	&cls_KeyError,
	&cls_NameError,
	&cls_UnboundLocalError,
	&cls_TypeError,
	&cls_ValueError,
	&cls_UnicodeError,
	&cls_UnicodeDecodeError,
	&cls_UnicodeEncodeError,
	&cls_SyntaxError,
	&cls_RuntimeError,
	&cls_NotImplementedError,
	&cls_ImportError,
	&cls_ModuleNotFoundError,
	&cls_OSError,
	&cls_BlockingIOError,
	&cls_ChildProcessError,
	&cls_ConnectionError,
	&cls_BrokenPipeError,
	&cls_ConnectionAbortedError,
	&cls_ConnectionRefusedError,
	&cls_ConnectionResetError,
	&cls_FileExistsError,
	&cls_FileNotFoundError,
	&cls_InterruptedError,
	&cls_IsADirectoryError,
	&cls_NotADirectoryError,
	&cls_PermissionError,
	&cls_ProcessLookupError,
	&cls_TimeoutError,
	&cls_RecursionError,
	&cls_AssertionError,
	NULL,
};

/* CPython's errno -> subclass map (Objects/exceptions.c, _PyExc_InitState). */
const struct pyclass *
exc_class_for_errno(int err)
{
	switch (err) {
	case EAGAIN:
	case EALREADY:
	case EINPROGRESS:
		return (&cls_BlockingIOError);
	case ECHILD:
		return (&cls_ChildProcessError);
	case EPIPE:
	case ESHUTDOWN:
		return (&cls_BrokenPipeError);
	case ECONNABORTED:
		return (&cls_ConnectionAbortedError);
	case ECONNREFUSED:
		return (&cls_ConnectionRefusedError);
	case ECONNRESET:
		return (&cls_ConnectionResetError);
	case EEXIST:
		return (&cls_FileExistsError);
	case ENOENT:
		return (&cls_FileNotFoundError);
	case EISDIR:
		return (&cls_IsADirectoryError);
	case ENOTDIR:
		return (&cls_NotADirectoryError);
	case EINTR:
		return (&cls_InterruptedError);
	case EACCES:
	case EPERM:
		return (&cls_PermissionError);
	case ESRCH:
		return (&cls_ProcessLookupError);
	case ETIMEDOUT:
		return (&cls_TimeoutError);
	default:
		return (&cls_OSError);
	}
}

struct value *
exc_new(const struct pyclass *cls, struct value *args)
{
	struct value *v = xcalloc(1, sizeof(*v));
	struct exc *e = xcalloc(1, sizeof(*e));

	v->kind = KIND_EXC;
	v->refs = 1;
	v->u.exc = e;
	e->cls = cls;
	e->args = args != NULL ? args : value_tuple_new(0);
	/*
	 * OSError(errno, strerror[, filename]) fills the attributes, and
	 * OSError itself becomes the subclass of the errno, as CPython's
	 * OSError.__new__ does; the filename leaves args.
	 */
	if (class_is_subclass(cls, &cls_OSError) && e->args->u.seq.len >= 2 &&
	    e->args->u.seq.len <= 3 && value_is_int(e->args->u.seq.items[0])) {
		if (cls == &cls_OSError)
			e->cls = exc_class_for_errno(
			    (int)e->args->u.seq.items[0]->u.i);
		e->errnum = value_incref(e->args->u.seq.items[0]);
		e->strerror = value_incref(e->args->u.seq.items[1]);
		if (e->args->u.seq.len == 3 &&
		    e->args->u.seq.items[2]->kind != KIND_NONE) {
			struct value *two = value_tuple(2,
			    value_incref(e->args->u.seq.items[0]),
			    value_incref(e->args->u.seq.items[1]));

			e->filename = value_incref(e->args->u.seq.items[2]);
			value_decref(e->args);
			e->args = two;
		}
	}
	return (v);
}

struct value *
exc_new_msg(const struct pyclass *cls, const char *msg)
{
	return (exc_new(cls, value_tuple(1, value_cstr(msg))));
}

struct value *
exc_new_errno(int err, struct value *filename)
{
	struct value *v = exc_new(exc_class_for_errno(err),
	    value_tuple(2, value_int(err), value_cstr(strerror(err))));

	v->u.exc->filename = filename;
	return (v);
}

struct value *
exc_new_gai(int eai)
{
	return (exc_new(&cls_gaierror,
	    value_tuple(2, value_int(eai), value_cstr(gai_strerror(eai)))));
}

void
exc_free(struct exc *e)
{
	value_decref(e->args);
	value_decref(e->errnum);
	value_decref(e->strerror);
	value_decref(e->filename);
	free(e->suggestion);
	callsite_free(e->call);
	value_decref(e->cause);
	value_decref(e->context);
	if (e->attrs != NULL)
		dict_free(e->attrs);
	free(e->tb);
	free(e);
}

struct callsite *
callsite_new(size_t nargs)
{
	struct callsite *cs = xcalloc(1, sizeof(*cs));

	cs->nargs = nargs;
	cs->args = xcalloc(nargs + 1, sizeof(*cs->args));
	return (cs);
}

static void
callarg_clear(struct callarg *a)
{
	size_t i;

	for (i = 0; i < a->nitems; i++)
		callarg_clear(&a->items[i]);
	free(a->items);
	value_decref(a->value);
	free(a->keyword);
}

void
callsite_free(struct callsite *cs)
{
	size_t i;

	if (cs == NULL)
		return;
	for (i = 0; i < cs->nargs; i++)
		callarg_clear(&cs->args[i]);
	free(cs->args);
	free(cs->name);
	value_decref(cs->receiver);
	free(cs);
}

/* ---- the pending exception ----------------------------------------------- */

static struct value *pending; /* owned, or NULL */

void *
err_set_value(struct value *exc)
{
	value_decref(pending);
	pending = exc;
	return (NULL);
}

void *
err_set(const struct pyclass *cls, const char *fmt, ...)
{
	va_list ap;
	char *msg;
	int n;

	va_start(ap, fmt);
	n = vasprintf(&msg, fmt, ap);
	va_end(ap);
	if (n < 0)
		return (err_set_value(exc_new(cls, NULL)));
	err_set_value(exc_new_msg(cls, msg));
	free(msg);
	return (NULL);
}

void *
err_set_errno(int err)
{
	return (err_set_value(exc_new_errno(err, NULL)));
}

void *
err_set_errno_filename(int err, const char *filename)
{
	return (err_set_value(exc_new_errno(err, value_cstr(filename))));
}

void *
err_set_gai(int eai)
{
	return (err_set_value(exc_new_gai(eai)));
}

void *
err_set_timeout(void)
{
	return (err_set_value(exc_new_msg(&cls_TimeoutError, "timed out")));
}

int
err_occurred(void)
{
	return (pending != NULL);
}

const struct value *
err_peek(void)
{
	return (pending);
}

struct value *
err_fetch(void)
{
	struct value *v = pending;

	pending = NULL;
	return (v);
}

void
err_clear(void)
{
	value_decref(pending);
	pending = NULL;
}

int
err_matches(const struct pyclass *cls)
{
	return (pending != NULL && value_isinstance(pending, cls));
}

void
err_chain_context(struct value *handling)
{
	struct exc *e;

	if (pending == NULL || handling == NULL || pending == handling ||
	    pending->kind != KIND_EXC)
		return;
	e = pending->u.exc;
	if (e->context == NULL)
		e->context = value_incref(handling);
}

void
err_set_callsite(const char *name, struct callsite *cs)
{
	if (pending == NULL || pending->u.exc->call != NULL) {
		callsite_free(cs);
		return; /* the innermost call that failed says it best */
	}
	if (cs == NULL)
		cs = callsite_new(0);
	cs->name = xstrdup(name);
	pending->u.exc->call = cs;
}

/* ---- printing --------------------------------------------------------- */

char *
exc_str(const struct exc *e)
{
	struct value *a = e->args;
	struct buf b;
	char *s, *t;

	if (e->errnum != NULL && e->strerror != NULL) {
		buf_init(&b);
		s = value_str_of(e->errnum);
		t = value_str_of(e->strerror);
		buf_printf(&b, "[Errno %s] %s", s, t);
		free(s);
		free(t);
		if (e->filename != NULL) {
			s = value_repr(e->filename);
			buf_printf(&b, ": %s", s);
			free(s);
		}
		return (buf_steal(&b));
	}
	if (a->u.seq.len == 0)
		return (xstrdup(""));
	if (a->u.seq.len == 1 && e->cls == &cls_KeyError)
		return (value_repr(a->u.seq.items[0])); /* KeyError_str */
	if (a->u.seq.len == 1)
		return (value_str_of(a->u.seq.items[0]));
	return (value_repr(a));
}

char *
exc_repr(const struct exc *e)
{
	struct buf b;
	char *s;
	size_t i;

	buf_init(&b);
	buf_printf(&b, "%s(", e->cls->name);
	for (i = 0; i < e->args->u.seq.len; i++) {
		s = value_repr(e->args->u.seq.items[i]);
		buf_printf(&b, "%s%s", i ? ", " : "", s);
		free(s);
	}
	buf_puts(&b, ")");
	return (buf_steal(&b));
}

char *
exc_format_line(const struct value *v)
{
	const struct exc *e = v->u.exc;
	struct buf b;
	char *s;

	buf_init(&b);
	if (e->cls->module != NULL && strcmp(e->cls->module, "__main__") != 0)
		buf_printf(&b, "%s.", e->cls->module);
	buf_puts(&b, e->cls->name);
	s = exc_str(e);
	if (*s != '\0')
		buf_printf(&b, ": %s", s);
	free(s);
	if (e->suggestion != NULL)
		buf_printf(&b, ". Did you mean: '%s'?", e->suggestion);
	return (buf_steal(&b));
}

struct value *
exc_getattr(const struct value *v, const char *name)
{
	const struct exc *e = v->u.exc;
	int oserr = class_is_subclass(e->cls, &cls_OSError);

	if (strcmp(name, "args") == 0)
		return (value_incref(e->args));
	if (oserr && strcmp(name, "errno") == 0)
		return (e->errnum ? value_incref(e->errnum) : value_none());
	if (oserr && strcmp(name, "strerror") == 0)
		return (e->strerror ? value_incref(e->strerror) : value_none());
	if (oserr && strcmp(name, "filename") == 0)
		return (e->filename ? value_incref(e->filename) : value_none());
	if (oserr && strcmp(name, "filename2") == 0)
		return (value_none());
	if (strcmp(name, "__cause__") == 0 ||
	    strcmp(name, "__context__") == 0) {
		struct value *c =
		    name[2] == 'c' && name[3] == 'a' ? e->cause : e->context;

		return (c != NULL ? value_incref(c) : value_none());
	}
	if (strcmp(name, "__suppress_context__") == 0)
		return (value_bool(e->suppress_context));
	if (class_is_subclass(e->cls, &cls_SystemExit) &&
	    strcmp(name, "code") == 0)
		return (e->args->u.seq.len == 0 ? value_none() :
		        e->args->u.seq.len == 1 ? value_incref(
		                                      e->args->u.seq.items[0]) :
		                                  value_incref(e->args));
	return (NULL);
}

/* ---- Ctrl-C --------------------------------------------------------------- */

volatile sig_atomic_t exc_sigint_pending;

int
err_check_interrupt(void)
{
	if (!exc_sigint_pending)
		return (0);
	exc_sigint_pending = 0;
	err_set_value(exc_new(&cls_KeyboardInterrupt, NULL));
	return (-1);
}

/* ---- "Did you mean": CPython 3.11 Python/suggestions.c, same costs ---- */

#define MOVE_COST 2
#define CASE_COST 1
#define MAX_STRING_SIZE 40
#define MAX_CANDIDATES 750

static size_t
subst_cost(char a, char b)
{
	if (a == b)
		return (0);
	if ((a | 0x20) == (b | 0x20) &&
	    ((a | 0x20) >= 'a' && (a | 0x20) <= 'z'))
		return (CASE_COST);
	return (MOVE_COST);
}

static size_t
levenshtein(const char *a, size_t an, const char *b, size_t bn, size_t max_cost)
{
	size_t buffer[MAX_STRING_SIZE];
	size_t i, bi, tmp, result = 0, distance, minimum, substitute, insdel;
	const char *t;

	while (an && bn && a[0] == b[0]) {
		a++, b++, an--, bn--;
	}
	while (an && bn && a[an - 1] == b[bn - 1]) {
		an--, bn--;
	}
	if (an == 0 || bn == 0)
		return ((an + bn) * MOVE_COST);
	if (an > MAX_STRING_SIZE || bn > MAX_STRING_SIZE)
		return (max_cost + 1);
	if (bn < an) {
		t = a, a = b, b = t;
		tmp = an, an = bn, bn = tmp;
	}
	if ((bn - an) * MOVE_COST > max_cost)
		return (max_cost + 1);
	for (i = 0, tmp = MOVE_COST; i < an; i++, tmp += MOVE_COST)
		buffer[i] = tmp;
	for (bi = 0; bi < bn; bi++) {
		distance = result = bi * MOVE_COST;
		minimum = (size_t)-1;
		for (i = 0; i < an; i++) {
			substitute = distance + subst_cost(b[bi], a[i]);
			distance = buffer[i];
			insdel =
			    (result < distance ? result : distance) + MOVE_COST;
			result = insdel < substitute ? insdel : substitute;
			buffer[i] = result;
			if (result < minimum)
				minimum = result;
		}
		if (minimum > max_cost)
			return (max_cost + 1);
	}
	return (result);
}

const char *
exc_suggest(const char *name, const char *const *cands, size_t n)
{
	const char *best = NULL;
	size_t best_d = (size_t)-1, i, nlen = strlen(name), clen, maxd, d;

	if (n > MAX_CANDIDATES)
		return (NULL);
	for (i = 0; i < n; i++) {
		if (strcmp(cands[i], name) == 0)
			continue;
		clen = strlen(cands[i]);
		maxd = (nlen + clen + 3) * MOVE_COST / 6;
		if (best != NULL && best_d - 1 < maxd)
			maxd = best_d - 1;
		d = levenshtein(name, nlen, cands[i], clen, maxd);
		if (d > maxd)
			continue;
		if (best == NULL || d < best_d) {
			best = cands[i];
			best_d = d;
		}
	}
	return (best);
}

/* ---- the kind row ----------------------------------------------------- */

static const struct pyclass *
kind_class_of(const struct value *v)
{
	return (v->u.exc->cls);
}

static void
kind_repr(struct buf *b, const struct value *v)
{
	char *s = exc_repr(v->u.exc);

	buf_puts(b, s);
	free(s);
}

static char *
kind_str(const struct value *v)
{
	return (exc_str(v->u.exc));
}

static void
kind_free(struct value *v)
{
	exc_free(v->u.exc);
	free(v);
}

/* e.args, e.errno ...; no "Did you mean": dir(e) has no names to offer. */
static struct value *
kind_getattr(struct value *v, const char *name)
{
	struct value *r = exc_getattr(v, name);

	if (r != NULL)
		return (r);
	if (v->u.exc->attrs != NULL &&
	    (r = dict_get(v->u.exc->attrs, name)) != NULL)
		return (value_incref(r));
	return (err_set(&cls_AttributeError,
	    "'%s' object has no attribute '%s'", value_type_name(v), name));
}

static long long
kind_hash(const struct value *v)
{
	return (kind_hash_pointer(v));
}

/* e.name = x, del e.name: attributes of its own (args stays a tuple). */
static int
kind_setattr(struct value *v, const char *name, struct value *x)
{
	struct exc *e = v->u.exc;

	if (x != NULL) {
		if (e->attrs == NULL)
			e->attrs = dict_new();
		dict_set(e->attrs, name, value_incref(x));
		return (0);
	}
	if (e->attrs != NULL && dict_del(e->attrs, name) == 0)
		return (0);
	err_set(&cls_AttributeError, "'%s' object has no attribute '%s'",
	    value_type_name(v), name);
	return (-1);
}

const struct kind_desc exc_kind = {
	.name = "BaseException",
	.class_of = kind_class_of,
	.repr = kind_repr,
	.str = kind_str,
	.free = kind_free,
	.getattr = kind_getattr,
	.hash = kind_hash,
	.setattr = kind_setattr,
};
