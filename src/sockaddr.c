/* sockaddr.c -- Python socket names <-> struct sockaddr, per family */
#include <config.h>

#include "sockaddr.h"

#include <sys/socket.h>

#include "exc.h"
#include "family.h"
#include "value.h"
#include "xmalloc.h"

/*
 * Each family's row (family.h) does the converting, with CPython 3.11's
 * getsockaddrarg() and makesockaddr() behaviour; here are the answers for
 * a family without a row.
 */

int
sockaddr_resolve(const char *name, int af, struct sockaddr_storage *ss)
{
	return (family_resolve(name, af, ss));
}

int
sockaddr_from_value(int family, struct value *addr, const char *caller,
    struct sockaddr_storage *ss, socklen_t *len)
{
	const struct family *f = family_find(family);

	if (f == NULL || f->from_value == NULL) {
		err_set(&cls_OSError, "getsockaddrarg: bad family");
		return (-1);
	}
	return (f->from_value(addr, caller, ss, len));
}

struct value *
sockaddr_to_value(const struct sockaddr *sa, socklen_t len)
{
	const struct family *f;

	/* No name at all: the sender of a datagram on an unnamed unix socket.
	 */
	if (len == 0)
		return (value_none());
	f = family_find(sa->sa_family);
	if (f != NULL && f->to_value != NULL)
		return (f->to_value(sa, len));
	/* CPython's answer for a family it does not know. */
	return (value_tuple(2, value_int(sa->sa_family),
	    value_bytes(sa->sa_data, sizeof(sa->sa_data))));
}

char *
sockaddr_repr(const struct sockaddr *sa, socklen_t len)
{
	struct value *v = sockaddr_to_value(sa, len);
	char *text;

	if (v == NULL)
		return (xstrdup("?"));
	text = value_repr(v);
	value_decref(v);
	return (text);
}
