/* exc.h -- exception classes, exception objects and the pending exception */
#ifndef SOCKSHELL_EXC_H
#define SOCKSHELL_EXC_H

#include "err.h"
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
	struct callsite *call;  /* owned or NULL: the call that failed */
	struct value *cause;    /* owned or NULL: __cause__ (raise ... from) */
	struct value *context;  /* owned or NULL: __context__ */
	int suppress_context;   /* __suppress_context__ (raise ... from) */
	struct dict *attrs;     /* owned or NULL: e.code = 7 and the like */
	struct tbentry *tb; /* owned: the frames it unwound, innermost 1st */
	size_t ntb;
};

/*
 * The call that failed, as the evaluator held it (eval.c fills it in):
 * what explanations quote, so that they need not read the typed line
 * again.  Spans are byte offsets into the source the tree was parsed
 * from (an interactive entry: report.c's `source`); start == end where
 * the text is not known.  Every value is an owned reference or NULL (not
 * known).
 */
enum argform {
	ARG_OTHER, /* a name, a call, an operation, an f-string ... */
	ARG_STR,   /* a str literal: 'x', "x", r'x' */
	ARG_BYTES, /* a bytes literal: b'x' */
	ARG_INT,   /* an int literal, maybe negated: 80, -1, 0x50 */
	ARG_TUPLE, /* a tuple display: ('127.0.0.1', 80) */
	ARG_LIST,  /* a list display: ['127.0.0.1', 80] */
};

struct callarg {
	size_t start, end;     /* its text: source[start, end) */
	enum argform form;     /* what was typed */
	struct value *value;   /* owned or NULL: what it evaluated to */
	char *keyword;         /* owned; NULL for a positional argument */
	size_t nitems;         /* ARG_TUPLE, ARG_LIST: the display's items */
	struct callarg *items; /* owned, nitems (no keywords, no items) */
};

struct callsite {
	char *name;                  /* owned: "bind", "socket", "int" */
	struct value *receiver;      /* owned or NULL: the object of s.bind */
	size_t recv_start, recv_end; /* its text ("s"); equal when none */
	size_t nargs;                /* positional ones first, then keywords */
	struct callarg *args;        /* owned, nargs of them */
};

struct callsite *callsite_new(size_t nargs); /* zeroed args[nargs] */
void callsite_free(struct callsite *);       /* NULL is fine */

/*
 * Name the call that failed on the pending exception, with its record
 * (stolen; NULL: only the name is known).  Only the innermost call that
 * failed is kept: when the exception has a record already, this one is
 * dropped.
 */
void err_set_callsite(const char *name, struct callsite *);

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

/*
 * The pending exception was raised while `handling` (borrowed) was being
 * handled: its __context__, unless it has one or is that exception.
 */
void err_chain_context(struct value *handling);

/* The row of KIND_EXC in the kind table (kind.h). */
struct kind_desc;
extern const struct kind_desc exc_kind;

#endif
