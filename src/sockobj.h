/* sockobj.h -- socket objects: the methods of socket.socket */
#ifndef SOCKSHELL_SOCKOBJ_H
#define SOCKSHELL_SOCKOBJ_H

#include "value.h"

/* socket.socket, the class (its instances are KIND_SOCKET values). */
extern const struct pyclass cls_socket;

/* One socket object.  Owns fd until close(); then fd is -1, as in Python. */
struct sockobj {
	int fd;
	int family;       /* AF_INET, AF_INET6, AF_UNIX */
	int type;         /* SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET */
	int proto;
	double timeout;   /* < 0: blocking; 0: non-blocking; > 0: seconds */
	struct sockobj *next; /* the registry of live objects, for .sockets */
	struct sockobj *prev;
};

/* A new socket value owning fd (new reference). */
struct value *sockobj_new(int fd, int family, int type, int proto);
/* Frees the object, closing fd if still open (Python closes on collection). */
void sockobj_free(struct sockobj *);
/* repr(s), asking the kernel for laddr and raddr (malloc'd). */
char *sockobj_repr(const struct sockobj *);
/* s.name: a bound method or an attribute (new), or NULL + AttributeError. */
struct value *sockobj_getattr(struct value *self, const char *name);
/*
 * What a socket method's row says besides its name and C function: every
 * list of methods (explanations, help, completion, the lessons' coverage
 * table) is read from the rows, so a new method is one row (and its
 * help text, under "socket.socket.NAME" in help_table.c).
 */
enum {                              /* callinfo flags */
	CALL_SENDS = 1 << 0,        /* puts data on the wire: send, sendto */
	CALL_RECEIVES = 1 << 1,     /* takes data off it: recv, recvfrom */
	CALL_WAITS = 1 << 2,        /* may block until the peer acts */
	CALL_TAKES_ADDRESS = 1 << 3, /* an address argument: bind, sendto */
	CALL_RETURNS_ADDRESS = 1 << 4, /* gives a peer's address: accept */
	CALL_CONNECTS = 1 << 5,     /* asks a peer for a connection */
};

struct callinfo {
	unsigned flags;      /* CALL_* above */
	int addr_arg;        /* TAKES_ADDRESS: which argument (-1: the last) */
	const char *syscall; /* the system call underneath: "accept4", or NULL */
	const char *example; /* a call that works, for "try:" lines, or NULL */
	const char *note;    /* what to put into the example, or NULL */
	int lesson;          /* row in the lessons' coverage table (1-based), 0 */
};

/*
 * The method table, NULL-terminated by name, for lookup, help and
 * completion; each row's info is its struct callinfo.
 */
extern const struct builtin sockobj_methods[];
/* The row of method `name` ("bind"), or NULL. */
const struct builtin *sockobj_method(const char *name);
/* Its facts: flags, syscall ..., or NULL if no such method. */
const struct callinfo *sockobj_method_info(const char *name);
/* Is fn one of the methods above (for calls through socket.socket.bind)? */
int sockobj_is_method(const struct builtin *fn);
/* Attribute names that are not methods ("family", "type", "proto"). */
extern const char *const sockobj_attrs[];
/* Live socket objects, oldest first: iterate with ->next from here. */
struct sockobj *sockobj_registry(void);
/* The timeout new sockets get (socket.setdefaulttimeout). */
extern double sockobj_default_timeout;
/* The row of KIND_SOCKET in the kind table (kind.h). */
struct kind_desc;
extern const struct kind_desc sockobj_kind;

#endif
