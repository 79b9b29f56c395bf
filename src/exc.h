/* exc.h -- exception classes, exception objects and the pending exception */
#ifndef SOCKSHELL_EXC_H
#define SOCKSHELL_EXC_H

#include "value.h"

/*
 * An exception instance.  OSError and its subclasses carry errno, strerror
 * and filename as Python's do; other classes have them NULL (None).
 */
struct exc {
	const struct pyclass *cls;
	struct value *args;     /* owned tuple, as e.args */
	struct value *errnum;   /* owned or NULL: e.errno */
	struct value *strerror; /* owned or NULL: e.strerror */
	struct value *filename; /* owned or NULL: e.filename */
	char *suggestion;       /* owned or NULL: "socket" for Did you mean */
	char *where;            /* owned or NULL: the call that failed ("bind") */
};

/* ORDER EXC: keep exc_classes[] in exc.c in step. */
extern const struct pyclass cls_BaseException, cls_Exception,
    cls_KeyboardInterrupt, cls_SystemExit, cls_ArithmeticError,
    cls_OverflowError, cls_ZeroDivisionError, cls_AttributeError,
    cls_LookupError, cls_IndexError, cls_KeyError, cls_NameError,
    cls_UnboundLocalError, cls_TypeError, cls_ValueError,
    cls_UnicodeError, cls_UnicodeDecodeError, cls_UnicodeEncodeError,
    cls_SyntaxError, cls_RuntimeError, cls_NotImplementedError,
    cls_ImportError, cls_ModuleNotFoundError, cls_OSError,
    cls_BlockingIOError, cls_ChildProcessError, cls_ConnectionError,
    cls_BrokenPipeError, cls_ConnectionAbortedError,
    cls_ConnectionRefusedError, cls_ConnectionResetError,
    cls_FileExistsError, cls_FileNotFoundError, cls_InterruptedError,
    cls_IsADirectoryError, cls_NotADirectoryError, cls_PermissionError,
    cls_ProcessLookupError, cls_TimeoutError, cls_gaierror, cls_herror;

/* Every exception class, NULL-terminated: for the builtins namespace. */
extern const struct pyclass *const exc_classes[];

/* The OSError subclass Python picks for an errno (OSError if none). */
const struct pyclass *exc_class_for_errno(int err);

/* New exception values (new references). */
struct value *exc_new(const struct pyclass *, struct value *args); /* steals */
struct value *exc_new_msg(const struct pyclass *, const char *msg);
struct value *exc_new_errno(int err, struct value *filename); /* steals fn */
struct value *exc_new_gai(int eai); /* socket.gaierror(eai, gai_strerror) */

/*
 * The pending exception: one per process, as in CPython.  The err_set*
 * functions return NULL so that `return err_set(...)` reads naturally.
 */
void *err_set(const struct pyclass *, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void *err_set_value(struct value *exc);   /* steals */
void *err_set_errno(int err);             /* OSError subclass from errno */
void *err_set_errno_filename(int err, const char *filename);
void *err_set_gai(int eai);
void *err_set_timeout(void);              /* TimeoutError('timed out') */
int err_occurred(void);                   /* 1 if an exception is pending */
const struct value *err_peek(void);       /* borrowed, or NULL */
struct value *err_fetch(void);            /* new; clears the pending one */
void err_clear(void);
int err_matches(const struct pyclass *);  /* pending isinstance of class */
void err_set_where(const char *call);     /* tag the pending exception */

/*
 * Ctrl-C: the signal handler only sets exc_sigint_pending; blocking calls
 * that fail with EINTR then call err_check_interrupt(), which turns the
 * flag into a pending KeyboardInterrupt and returns -1 (0 if no signal).
 */
#include <signal.h>
extern volatile sig_atomic_t exc_sigint_pending;
int err_check_interrupt(void);

/*
 * The closest of n candidate names to `name`, as Python 3.11's "Did you
 * mean" picks it (Levenshtein with case-cheap substitutions), or NULL.
 */
const char *exc_suggest(const char *name, const char *const *candidates,
    size_t n);

/*
 * Python's last traceback line: "OSError: [Errno 98] Address already in use",
 * "socket.gaierror: [Errno -2] Name or service not known", "KeyboardInterrupt",
 * with 3.11's "Did you mean" suffix where set.  Malloc'd; caller frees.
 */
char *exc_format_line(const struct value *exc);

/* str(e) and repr(e) of an exception (malloc'd). */
char *exc_str(const struct exc *);
char *exc_repr(const struct exc *);
/* e.name for attribute access: borrowed value or NULL if no such name. */
struct value *exc_getattr(const struct value *exc, const char *name); /* new */

void exc_free(struct exc *);

/* The row of KIND_EXC in the kind table (kind.h). */
struct kind_desc;
extern const struct kind_desc exc_kind;

#endif
