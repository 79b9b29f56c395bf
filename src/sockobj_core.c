/* sockobj_core.c -- the socket object: its life, registry and timed call */
#include <config.h>

#include "sockobj_core.h"

#include <sys/ioctl.h>
#include <sys/socket.h>

#include <errno.h>
#include <math.h>
#include <poll.h>
#include <stdlib.h>
#include <time.h>

#include "exc.h"
#include "syscall.h"
#include "value.h"
#include "xmalloc.h"

double sockobj_default_timeout = -1;

static struct sockobj *registry_head; /* oldest first */
static struct sockobj *registry_tail;

struct value *
sockobj_new(int fd, int family, int type, int proto)
{
	struct value *v = xcalloc(1, sizeof(*v));
	struct sockobj *so = xcalloc(1, sizeof(*so));

	so->fd = fd;
	so->family = family;
	so->type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
	so->proto = proto;
	so->timeout = (type & SOCK_NONBLOCK) ? 0.0 : -1;
	so->prev = registry_tail;
	if (registry_tail != NULL)
		registry_tail->next = so;
	else
		registry_head = so;
	registry_tail = so;
	v->kind = KIND_SOCKET;
	v->refs = 1;
	v->u.sock = so;
	return (v);
}

void
sockobj_free(struct sockobj *so)
{
	/* As CPython's sock_finalize: an unreferenced socket is closed. */
	if (so->fd >= 0)
		sys_close(so->fd);
	if (so->prev != NULL)
		so->prev->next = so->next;
	else
		registry_head = so->next;
	if (so->next != NULL)
		so->next->prev = so->prev;
	else
		registry_tail = so->prev;
	free(so);
}

struct sockobj *
sockobj_registry(void)
{
	return (registry_head);
}

/* Set blocking mode on the descriptor as CPython does: always via ioctl. */
int
sockobj_set_blocking(struct sockobj *so, int block)
{
	int nb = !block;

	if (sys_ioctl_int(so->fd, FIONBIO, &nb) == -1) {
		err_set_errno(errno);
		return (-1);
	}
	return (0);
}

static double
monotonic(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ((double)ts.tv_sec + (double)ts.tv_nsec / 1e9);
}

/* As CPython's sock_call_ex(): retried on EINTR, waited for by poll. */
long
sockobj_call(struct sockobj *so, int writing, sockobj_fn fn, void *data,
    int connect, int *errp)
{
	int has_timeout = so->timeout > 0, started = 0, ms, r, e;
	double deadline = 0, interval;
	struct pollfd pfd;
	long res;

	for (;;) {
		/* As internal_select: a closed socket is "ready" (EBADF next). */
		if ((has_timeout || connect) && so->fd >= 0) {
			ms = -1;
			if (has_timeout) {
				if (!started) {
					deadline = monotonic() + so->timeout;
					started = 1;
					interval = so->timeout;
				} else
					interval = deadline - monotonic();
				if (interval < 0)
					interval = 0;
				ms = (int)ceil(interval * 1000);
			}
			pfd.fd = so->fd;
			pfd.events = writing ? POLLOUT : POLLIN;
			if (connect)
				pfd.events |= POLLERR;
			pfd.revents = 0;
			r = sys_poll(&pfd, 1, ms);
			if (r == -1) {
				e = errno;
				if (e == EINTR) {
					if (err_check_interrupt())
						return (-1);
					continue;
				}
				goto fail;
			}
			if (r == 0) {
				if (errp != NULL) {
					*errp = EWOULDBLOCK;
					return (-1);
				}
				err_set_timeout();
				return (-1);
			}
		}
		for (;;) {
			res = fn(so, data);
			if (res >= 0)
				return (res);
			e = errno;
			if (e != EINTR)
				break;
			if (err_check_interrupt())
				return (-1);
		}
		if (has_timeout && (e == EWOULDBLOCK || e == EAGAIN))
			continue; /* a false positive from poll: wait again */
		goto fail;
	}
fail:
	if (errp != NULL) {
		*errp = e;
		return (-1);
	}
	err_set_errno(e);
	return (-1);
}
