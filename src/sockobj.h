/* sockobj.h -- socket objects: the methods of socket.socket */
#ifndef SOCKSHELL_SOCKOBJ_H
#define SOCKSHELL_SOCKOBJ_H

#include "value.h"

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
/* The method table, NULL-terminated by name, for help and completion. */
extern const struct builtin sockobj_methods[];
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
