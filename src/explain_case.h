/* explain_case.h -- the case an explanation speaks about: the failed call */
#ifndef SOCKSHELL_EXPLAIN_CASE_H
#define SOCKSHELL_EXPLAIN_CASE_H

/*
 * For explain.c only.  An explanation gathers the case once (xcase_init):
 * the exception's class, errno and message, and the call that failed as
 * the evaluator recorded it (exc.h's struct callsite) with the text of its
 * receiver and arguments in the typed line.  explain.c's rules then test
 * facts about the case (the xc_ predicates) and may offer a corrected
 * call (the xc_fix_ functions, malloc'd text or NULL).
 */

#include <stddef.h>

#include "exc.h"

#define XC_MAX_ITEMS 8 /* arguments or tuple items we look at */

/*
 * A piece of the typed line: start and length, not NUL-terminated, with
 * what the tree says it is (exc.h's enum argform).  p NULL: not known.
 */
struct span {
	const char *p;
	size_t len;
	enum argform form;
	int keyword; /* a keyword argument, name=value */
};

/* Everything the rules look at, gathered once per exception. */
struct xcase {
	const struct exc *e;
	int has_err;      /* e->errnum is an int */
	long long err;    /* errno, or an EAI_* code for gaierror */
	const char *msg;  /* str(e) for non-errno exceptions; "" if none */
	const char *src;  /* the typed line, or "" */
	size_t srclen;    /* strlen(src), counted once: lines may be huge */
	char *call;       /* "bind": e->call->name; or NULL */
	char *sock;       /* "srv" in srv.bind(...); or NULL */
	struct span recv; /* the receiver as typed; len 0 if none */
	int n;            /* arguments as typed (e->call); -1: not known */
	struct span items[XC_MAX_ITEMS];
	int nsub[XC_MAX_ITEMS]; /* items of a tuple or list argument, or -1 */
	struct span sub[XC_MAX_ITEMS][XC_MAX_ITEMS];
	struct span addr; /* the address argument as typed; p NULL if none */
	struct span host; /* addr's first item, or getaddrinfo's host */
	struct span port; /* addr's second item, or getaddrinfo's port */
	struct span data; /* send's first argument, as typed */
	char *path;       /* e.filename's repr, or a typed path literal */
	char *q1, *q2;    /* first and second 'quoted' words of msg */
};

void xcase_init(struct xcase *c, const struct exc *e, const char *source);
void xcase_free(struct xcase *c);

/*
 * Calls grouped for the `call` column: space-separated names, or an @word
 * naming the socket methods whose rows (sockobj_*.c) have a flag.
 */
#define ADDR_CALLS "@address"
#define CONN_CALLS "@connects"
#define SEND_CALLS "@sends"
#define RECV_CALLS "@receives"
#define IO_CALLS "@sends @receives"
#define WAIT_CALLS "@waits"
#define NAMED_CALLS ADDR_CALLS " unlink remove" /* take an address/path */

/* Does `list` (a rule's call column) name call (wlen bytes)? */
int xc_call_in(const char *list, const char *call, size_t wlen);

/* What was typed: a str or bytes literal, an int literal. */
int xc_is_str_literal(struct span s);
int xc_is_int_literal(struct span s);

/* Facts about the case, for the rules' `when` column. */
int xc_addr_is_inet(const struct xcase *c);
int xc_addr_is_abstract(const struct xcase *c);
int xc_addr_is_unix(const struct xcase *c);
int xc_addr_is_unix_file(const struct xcase *c);
int xc_host_is_v6(const struct xcase *c);
int xc_host_is_v4(const struct xcase *c);
int xc_host_is_empty(const struct xcase *c);
int xc_host_is_link_local(const struct xcase *c);
int xc_uses_numerichost(const struct xcase *c);
int xc_name_is_module(const struct xcase *c);
int xc_name_is_socket_name(const struct xcase *c);
int xc_name_is_method(const struct xcase *c);
int xc_tuple_lacks_method(const struct xcase *c);
int xc_socket_lacks_module_name(const struct xcase *c);
int xc_module_lacks_method(const struct xcase *c);
int xc_addr_looks_like_path(const struct xcase *c);
int xc_address_is_loose(const struct xcase *c);

/* Computed "try" lines: a corrected call, or NULL. */
char *xc_fix_usage(const struct xcase *c);
char *xc_fix_wrap(const struct xcase *c);
char *xc_fix_tuple(const struct xcase *c);
char *xc_fix_pair(const struct xcase *c);
char *xc_fix_port_str(const struct xcase *c);
char *xc_fix_bytes(const struct xcase *c);

#endif
