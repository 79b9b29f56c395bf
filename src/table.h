/* table.h -- .sockets: every socket object, its names and its state */
#ifndef SOCKSHELL_TABLE_H
#define SOCKSHELL_TABLE_H

#include <sys/socket.h>

#include <stddef.h>
#include <stdio.h>

struct interp;
struct sockobj;

/*
 * One row of the table, as the kernel answered at display time.  Every
 * string is owned by the row (table_rows_free frees them).
 */
struct table_row {
	const struct sockobj *so; /* borrowed: the object this row is about */
	char *names;   /* "conn, pair[0], _" or "" when no variable holds it */
	int fd;        /* -1 once closed */
	int family;    /* AF_INET, AF_INET6, AF_UNIX */
	int type;      /* SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET */
	char *local;   /* Python notation, "('0.0.0.0', 0) (unbound)"; or "-" */
	char *remote;  /* Python notation, or "-" when there is no peer */
	char *state;   /* "LISTEN 2 queued", "ESTABLISHED", "bound", "closed" */
	int inq;       /* bytes waiting to be read (SIOCINQ), -1 unknown */
	int outq;      /* bytes not yet sent/acknowledged (SIOCOUTQ), -1 */
	char *mode;    /* "blocking", "non-blocking", "timeout 2.0s" */
	int tcp_state; /* tcpi_state (TCP_LISTEN ...), 0 if not TCP */
	int time_wait; /* CLOSE, but the kernel keeps the name in TIME_WAIT */
	struct sockaddr_storage la; /* local name, for the footer */
	socklen_t llen;             /* 0: none */
	struct sockaddr_storage ra; /* remote name */
	socklen_t rlen;             /* 0: no peer */
};

/*
 * Build the rows for every live socket object, ordered by fd (closed
 * ones last), asking the kernel through the syscall layer with tracing
 * suspended.  Names come from the session's variables (`in` may be NULL:
 * no names).  Returns the row count; *rows is malloc'd (NULL when 0).
 */
size_t table_collect(struct interp *in, struct table_row **rows);
void table_rows_free(struct table_row *, size_t n);

/*
 * Print the table.  width 0: plain aligned columns, nothing shortened
 * (output that is not a terminal).  width > 0: fit that many columns,
 * shortening long cells with a visible '~'.  Then one footer line per
 * connected pair and per connection that shares a listener's name.
 */
void table_print(FILE *, const struct table_row *, size_t n, size_t width);

/* .sockets for the session: collect, print, free. */
void table_show(FILE *, struct interp *in, int tty);

/* The kernel's name of a TCP state (tcpi_state): "ESTABLISHED", "LISTEN". */
const char *table_tcp_state_name(int tcpi_state);

/*
 * Copy s into out (size cap) cut to at most width bytes: a cut keeps the
 * start, ends with '~' (or, with keep_tail, starts with '~' and keeps the
 * end, for paths).  Returns out.
 */
char *table_shorten(const char *s, size_t width, int keep_tail, char *out,
    size_t cap);

/*
 * Footer lines, one per line in *text (malloc'd, "" if none): for rows
 * i, j whose remote names are each other's local names, "a <-> b: one TCP
 * connection (127.0.0.1:4000 <-> 127.0.0.1:51234)"; for a connection
 * whose local name is a listener's, "conn shares srv's port 4000 ...".
 * Returns the number of lines.
 */
size_t table_footer(const struct table_row *, size_t n, char **text);

#endif
