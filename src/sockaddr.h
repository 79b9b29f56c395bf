/* sockaddr.h -- Python socket names <-> struct sockaddr, per family */
#ifndef SOCKSHELL_SOCKADDR_H
#define SOCKSHELL_SOCKADDR_H

#include <sys/socket.h>

struct value;

/*
 * Convert a Python address for a socket of `family` into a sockaddr, with
 * exactly Python's checks and messages: `caller` is the method name used
 * in them ("bind" gives "bind(): AF_INET address must be tuple, not str").
 * Host names inside tuples are resolved as Python resolves them ('' is the
 * wildcard, '<broadcast>' the broadcast address, others via getaddrinfo).
 * Returns 0, or -1 with an exception pending (TypeError, OverflowError,
 * OSError("AF_UNIX path too long"), socket.gaierror ...).
 */
int sockaddr_from_value(int family, struct value *addr, const char *caller,
    struct sockaddr_storage *ss, socklen_t *len);

/*
 * Resolve a host as CPython's setipaddr() does for a socket of family af
 * (AF_INET, AF_INET6, or AF_UNSPEC for either): '' is the wildcard,
 * '<broadcast>' and '255.255.255.255' the IPv4 broadcast address, numeric
 * forms need no lookup, the rest goes to getaddrinfo.  Fills family and
 * address of *ss (port 0).  Returns 0, or -1 with socket.gaierror or
 * OSError("address family mismatched") pending.  For gethostbyname().
 */
int sockaddr_resolve(const char *host, int af, struct sockaddr_storage *ss);

/*
 * The Python name for a sockaddr the kernel returned: ('127.0.0.1', 80),
 * ('::1', 80, 0, 0), '/tmp/x', b'\x00abstract', '' for unnamed unix.
 * len 0 gives None (an unnamed datagram sender).  A family Python does not
 * decode gives (family, sa_data bytes), as CPython's makesockaddr does.
 * Returns a new reference.  A path's undecodable bytes become U+DC80+byte
 * (surrogateescape, stored UTF-8 encoded); sockaddr_from_value turns them
 * back into the same bytes, so bind(s.getsockname()) always round-trips.
 */
struct value *sockaddr_to_value(const struct sockaddr *, socklen_t len);

/* Python-notation text of a sockaddr (repr of sockaddr_to_value), malloc'd. */
char *sockaddr_repr(const struct sockaddr *, socklen_t len);

#endif
