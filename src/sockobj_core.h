/* sockobj_core.h -- the socket object, its method row and its timed call */
#ifndef SOCKSHELL_SOCKOBJ_CORE_H
#define SOCKSHELL_SOCKOBJ_CORE_H

#include <sys/socket.h>

#include "value.h"

/* One socket object.  Owns fd until close(); then fd is -1, as in Python. */
struct sockobj {
	int fd;
	int family; /* AF_INET, AF_INET6, AF_UNIX */
	int type;   /* SOCK_STREAM, SOCK_DGRAM, SOCK_SEQPACKET */
	int proto;
	double timeout;       /* < 0: blocking; 0: non-blocking; > 0: seconds */
	struct sockobj *next; /* the registry of live objects, for .sockets */
	struct sockobj *prev;
};

/* A new socket value owning fd (new reference). */
struct value *sockobj_new(int fd, int family, int type, int proto);
/* Frees the object, closing fd if still open (Python closes on collection). */
void sockobj_free(struct sockobj *);
/* Live socket objects, oldest first: iterate with ->next from here. */
struct sockobj *sockobj_registry(void);
/* The timeout new sockets get (socket.setdefaulttimeout). */
extern double sockobj_default_timeout;

/*
 * A socket method's row: everything about the method, said once, beside
 * its C function (sockobj_names.c, sockobj_io.c, sockobj_opts.c).  Every
 * list of methods (the method table, explanations, help and its list in
 * help(socket.socket), completion, the lessons' coverage table) is read
 * from the rows, so a new method is one row and its function.
 */
enum {                                 /* callinfo flags */
	CALL_SENDS = 1 << 0,           /* puts data on the wire: send, sendto */
	CALL_RECEIVES = 1 << 1,        /* takes data off it: recv, recvfrom */
	CALL_WAITS = 1 << 2,           /* may block until the peer acts */
	CALL_TAKES_ADDRESS = 1 << 3,   /* an address argument: bind, sendto */
	CALL_RETURNS_ADDRESS = 1 << 4, /* gives a peer's address: accept */
	CALL_CONNECTS = 1 << 5,        /* asks a peer for a connection */
};

struct callinfo {
	const char *name; /* as Python spells it: "bind"; NULL ends rows */
	struct value *(*fn)(struct value *self, const struct callargs *a);
	unsigned flags; /* CALL_* above */
	int addr_arg;   /* TAKES_ADDRESS: which argument (-1: the last) */
	const char
	    *syscall; /* the system call underneath: "accept4", or NULL */
	const char *example; /* a call that works, for "try:" lines, or NULL */
	const char *note;    /* what to put into the example, or NULL */
	int lesson; /* row in the lessons' coverage table (1-based), 0 */
	/*
	 * What help() shows, as the fields of help.h's struct help_entry
	 * (whose conventions hold): the row "socket.socket.NAME".
	 */
	const char *sig;     /* how it is called: "s.bind(address)" */
	const char *does;    /* what it does, with socket names */
	const char *returns; /* what it gives back */
	const char *errors;  /* "Exception (ERRNO n): why", one per line */
	const char *ccall;   /* the C call(s) underneath, as strace shows */
	const char *see;     /* related help names, or NULL */
};

/* ---- for the methods' files ------------------------------------------- */

/* The socket behind a method's self. */
static inline struct sockobj *
sockobj_of(struct value *self)
{
	return (self->u.sock);
}

/* A socket name as the kernel takes or fills it. */
struct sockobj_addr {
	struct sockaddr_storage ss;
	socklen_t len;
};

/* One system call on so: its result, or -1 with errno set. */
typedef long (*sockobj_fn)(struct sockobj *so, void *data);
/*
 * Run fn on so.  A socket with a timeout first polls (POLLIN, or POLLOUT
 * when writing) for the time left; a blocking socket calls straight away
 * and is woken by Ctrl-C with EINTR.  Returns fn's result, or -1 with an
 * exception pending; with errp, errors are stored there instead of raised
 * (for connect_ex), except KeyboardInterrupt.
 */
long sockobj_call(struct sockobj *so, int writing, sockobj_fn fn, void *data,
    int connect, int *errp);
/* Blocking mode on the descriptor, as CPython sets it: via ioctl. */
int sockobj_set_blocking(struct sockobj *so, int block);

#endif
