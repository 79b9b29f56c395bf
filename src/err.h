/* err.h -- raising: the exception classes and the pending exception */
#ifndef SOCKSHELL_ERR_H
#define SOCKSHELL_ERR_H

#include <signal.h>

/*
 * What every layer from the values up needs to raise an exception and to
 * ask whether one is pending, and nothing more: exc.h adds the exception
 * objects themselves.  value.c raises through this header, so it does not
 * depend on exc.h, whose objects are values (exc.c implements both).
 */

struct pyclass;
struct value;

/* ORDER EXC: keep exc_classes[] in exc.c in step. */
extern const struct pyclass cls_BaseException, cls_Exception,
    cls_KeyboardInterrupt, cls_SystemExit, cls_ArithmeticError,
    cls_OverflowError, cls_ZeroDivisionError, cls_AttributeError,
    cls_LookupError, cls_IndexError, cls_KeyError, cls_NameError,
    cls_UnboundLocalError, cls_TypeError, cls_ValueError, cls_UnicodeError,
    cls_UnicodeDecodeError, cls_UnicodeEncodeError, cls_SyntaxError,
    cls_RuntimeError, cls_NotImplementedError, cls_ImportError,
    cls_ModuleNotFoundError, cls_OSError, cls_BlockingIOError,
    cls_ChildProcessError, cls_ConnectionError, cls_BrokenPipeError,
    cls_ConnectionAbortedError, cls_ConnectionRefusedError,
    cls_ConnectionResetError, cls_FileExistsError, cls_FileNotFoundError,
    cls_InterruptedError, cls_IsADirectoryError, cls_NotADirectoryError,
    cls_PermissionError, cls_ProcessLookupError, cls_TimeoutError, cls_gaierror,
    cls_herror;
extern const struct pyclass cls_RecursionError; /* a RuntimeError */
extern const struct pyclass cls_AssertionError;

/*
 * The pending exception: one per process, as in CPython.  The err_set*
 * functions return NULL so that `return err_set(...)` reads naturally.
 */
void *err_set(const struct pyclass *, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void *err_set_value(struct value *exc); /* steals */
void *err_set_errno(int err);           /* OSError subclass from errno */
void *err_set_errno_filename(int err, const char *filename);
void *err_set_gai(int eai);
void *err_set_timeout(void);        /* TimeoutError('timed out') */
int err_occurred(void);             /* 1 if an exception is pending */
const struct value *err_peek(void); /* borrowed, or NULL */
struct value *err_fetch(void);      /* new; clears the pending one */
void err_clear(void);
int err_matches(const struct pyclass *); /* pending isinstance of class */

/*
 * Ctrl-C: the signal handler only sets exc_sigint_pending; blocking calls
 * that fail with EINTR then call err_check_interrupt(), which turns the
 * flag into a pending KeyboardInterrupt and returns -1 (0 if no signal).
 */
extern volatile sig_atomic_t exc_sigint_pending;
int err_check_interrupt(void);

#endif
