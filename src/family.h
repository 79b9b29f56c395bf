/* family.h -- one descriptor per address family, and the table of them */
#ifndef SOCKSHELL_FAMILY_H
#define SOCKSHELL_FAMILY_H

#include <sys/socket.h>

#include <stddef.h>

struct buf;
struct value;

/*
 * Everything the shell knows about one address family, for every layer
 * that shows or converts a name: sockaddr.c (Python values), trace.c
 * (strace's fields), layout.c (.sockaddr) and table.c (.sockets) ask the
 * row and never switch on AF_* themselves.  A new family is one file
 * (family_x.c, defining `const struct family family_x`, and a line in
 * Makefile.am) and one row in family.c; a family without a row keeps the
 * fallbacks of each caller (CPython's (family, sa_data) tuple, strace's
 * sa_data, no layout, "?" in .sockets).  A hook left NULL means the
 * family has no such thing (no ports, no wildcard ...).
 */

/* strace's C-string quoting of name bytes, supplied by trace.c. */
typedef void family_quote_fn(struct buf *, const void *, size_t len);

/* .sockaddr's description of one name: the struct, field by field. */
#define FAMILY_FIELDS_MAX 8
struct family_field {
	const char *name; /* "sin_port" */
	size_t off, size; /* where it is in the struct */
	size_t shown;     /* bytes of it inside the length passed */
	char value[160];  /* "8080 (0x1f90)", "(padding)", "'/tmp/x'" */
};
struct family_layout {
	const char *c_struct; /* "struct sockaddr_in" */
	size_t size;          /* sizeof that struct */
	char passed[96];      /* after "length passed ": "16", "17 = 2 + ..." */
	size_t nfields;
	struct family_field field[FAMILY_FIELDS_MAX];
	char note[512]; /* the byte-order sentence, unwrapped */
};

struct family {
	int af;             /* AF_INET */
	const char *name;   /* "AF_INET": Python's and strace's name */
	const char *column; /* "INET": the FAMILY column of .sockets */
	int ip;             /* an Internet family: names carry a port, the
	                       protocols are IPPROTO_* (TCP_INFO, strace) */
	socklen_t size;     /* sizeof its struct sockaddr_*: the most a
	                       name's bytes are read */

	/*
	 * A Python address into *ss and *len, with CPython's checks and
	 * messages in CPython's order (caller names the method in them).
	 * 0, or -1 with an exception pending.
	 */
	int (*from_value)(struct value *addr, const char *caller,
	    struct sockaddr_storage *ss, socklen_t *len);
	/*
	 * How much a Python value looks like a name of this family, for
	 * .sockaddr without a family: 0 not at all; the highest row wins.
	 */
	int (*looks_like)(const struct value *);
	/* The Python name of len (> 0) bytes the kernel returned: new ref. */
	struct value *(*to_value)(const struct sockaddr *, socklen_t len);
	/*
	 * strace's fields after "sa_family=AF_X" for n (> 2) bytes, each
	 * starting ", ": 0, or -1 (nothing added) when n is too short for
	 * the family, and strace shows sa_data instead.
	 */
	int (*trace)(struct buf *, const struct sockaddr *, size_t n,
	    family_quote_fn *quote);
	/* .sockaddr's fields for len bytes: 0, or -1 if no layout fits. */
	int (*layout)(const struct sockaddr *, socklen_t len,
	    struct family_layout *);

	/* For .sockets: the port of a name, or -1 (NULL: no ports). */
	int (*port)(const struct sockaddr *, socklen_t len);
	/* Two names of this family are the same (NULL: the same bytes). */
	int (*same)(const struct sockaddr *, const struct sockaddr *);
	/* The name is the wildcard, 0.0.0.0 or :: (NULL: never). */
	int (*wildcard)(const struct sockaddr *);
	/* The family's "nothing" name: port 0, an unnamed unix socket. */
	int (*nameless)(const struct sockaddr *, socklen_t len);
	const char *nameless_word; /* "unbound", "unnamed" */
	const char *stream_pair;   /* "one TCP connection" */
	const char *dgram_pair;    /* "UDP sockets connected to each other" */
	/* For .sockets' TIME_WAIT look-up (NULL: the family has none). */
	const char *proc_tcp; /* "/proc/net/tcp": the kernel's TCP table */
	size_t addr_size;     /* bytes of the address: 4, 16 */
	/* A name from addr_size address bytes (as stored) and a port. */
	void (*from_bytes)(struct sockaddr_storage *, const void *addr,
	    unsigned port);
};

/* Every row (family.c), NULL-terminated. */
extern const struct family *const family_table[];

/* The row for af, or NULL for a family the shell does not decode. */
const struct family *family_find(int af);

/* --- shared by the rows ------------------------------------------------ */

/*
 * Resolve a host as CPython's setipaddr() does (sockaddr_resolve's
 * contract, sockaddr.h): defined with the Internet rows.
 */
int family_resolve(const char *host, int af, struct sockaddr_storage *ss);

/*
 * The (host, port) at the start of an AF_INET or AF_INET6 tuple, with
 * PyArg_ParseTuple's checks: *host is borrowed from the tuple.  0, or -1
 * with TypeError or OverflowError pending.  Defined with family_inet.
 */
int family_host_and_port(struct value *addr, const char *caller,
    const char **host, long long *port);

/* "02 00": n bytes of p in hex, space separated, into out; returns out. */
char *family_hex(const void *p, size_t n, char *out, size_t cap);

/* "little" or "big": this machine's byte order, for the layout notes. */
const char *family_endian(void);

#endif
