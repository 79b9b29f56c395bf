/* fuzz_sockaddr.c -- libFuzzer target: Python addresses <-> struct sockaddr */
#include <config.h>

#include <sys/socket.h>
#include <sys/un.h>

#include <netinet/in.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "eval.h"
#include "exc.h"
#include "sandbox.h"
#include "sockaddr.h"
#include "value.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const int families[] = { AF_INET, AF_INET6, AF_UNIX, AF_UNSPEC,
	AF_PACKET, AF_NETLINK };
static struct interp *in;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc, (void)argv;
	sandbox_init();
	in = interp_new();
	return (0);
}

/* A kernel-made name back to Python, and that back to a sockaddr. */
static void
round_trip(const struct sockaddr *sa, socklen_t len)
{
	struct sockaddr_storage ss2;
	socklen_t len2 = 0;
	struct value *v;
	char *s;

	s = sockaddr_repr(sa, len);
	free(s);
	if ((v = sockaddr_to_value(sa, len)) == NULL) {
		err_clear();
		return;
	}
	if (len >= sizeof(sa_family_t) &&
	    sockaddr_from_value(sa->sa_family, v, "bind", &ss2, &len2) == -1)
		err_clear();
	value_decref(v);
}

/*
 * First byte even: the rest is raw sockaddr bytes, as recvfrom() or
 * getsockname() could return them.  Odd: the rest is a Python expression
 * (evaluated in a session) converted for the family the byte picks, the
 * way bind() and connect() convert their argument.
 */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct sockaddr_storage ss;
	socklen_t len = 0;
	struct value *v;
	char *expr;
	int family;

	if (size < 1 || size > 1024)
		return (-1);
	sandbox_arm(300);
	if ((data[0] & 1) == 0) {
		memset(&ss, 0, sizeof(ss));
		len =
		    (socklen_t)(size - 1 > sizeof(ss) ? sizeof(ss) : size - 1);
		memcpy(&ss, data + 1, len);
		round_trip((struct sockaddr *)&ss, len);
	} else {
		family = families[(data[0] >> 1) %
		                  (sizeof(families) / sizeof(families[0]))];
		expr = malloc(size);
		memcpy(expr, data + 1, size - 1);
		expr[size - 1] = '\0';
		if ((v = interp_eval(in, expr)) == NULL)
			err_clear();
		else {
			if (sockaddr_from_value(family, v, "connect", &ss,
			        &len) == 0)
				round_trip((struct sockaddr *)&ss, len);
			else
				err_clear();
			value_decref(v);
		}
		free(expr);
	}
	sandbox_disarm();
	return (0);
}
