/* trace_msg.c -- strace's rendering of sendmsg and recvmsg */
#include <config.h>

#include "trace_msg.h"

#include <sys/socket.h>
#include <sys/uio.h>

#include "trace.h"

/* strace shows this many iovec entries, then "...". */
#define IOV_SHOWN 32

/*
 * msg_iov=[{iov_base="hi", iov_len=2}, ...]: at most `data` bytes of
 * contents in all (what was sent, or what recvmsg filled in).
 */
static void
put_iov(struct buf *b, const struct msghdr *m, size_t data)
{
	size_t i, n;

	buf_puts(b, "msg_iov=");
	if (m->msg_iov == NULL) {
		buf_puts(b, "NULL");
		return;
	}
	buf_puts(b, "[");
	for (i = 0; i < m->msg_iovlen; i++) {
		if (i > 0)
			buf_puts(b, ", ");
		if (i == IOV_SHOWN) {
			buf_puts(b, "...");
			break;
		}
		n = m->msg_iov[i].iov_len < data ? m->msg_iov[i].iov_len : data;
		data -= n;
		buf_puts(b, "{iov_base=");
		trace_quote(b, m->msg_iov[i].iov_base, n, TRACE_STRLEN);
		buf_printf(b, ", iov_len=%zu}", m->msg_iov[i].iov_len);
	}
	buf_puts(b, "]");
}

/* The fields after the name: msg_iov ... msg_flags, and the flags. */
static void
put_rest(struct buf *b, const struct msghdr *m, size_t data, int flags)
{
	put_iov(b, m, data);
	buf_printf(b, ", msg_iovlen=%zu, ", (size_t)m->msg_iovlen);
	if (m->msg_controllen > 0)
		buf_puts(b, "msg_control=[...], ");
	buf_printf(b,
	    "msg_controllen=%zu, msg_flags=", (size_t)m->msg_controllen);
	trace_msg_flags(b, m->msg_flags);
	buf_puts(b, "}, ");
	trace_msg_flags(b, flags);
}

void
trace_sendmsg(struct buf *b, int fd, const struct msghdr *m, int flags,
    ssize_t rc, int err)
{
	buf_printf(b, "sendmsg(%d, {msg_name=", fd);
	trace_sockaddr(b, m->msg_name, m->msg_namelen);
	buf_printf(b, ", msg_namelen=%u, ", (unsigned)m->msg_namelen);
	put_rest(b, m, (size_t)-1, flags);
	trace_finish(b, (long)rc, err, NULL);
}

void
trace_recvmsg(struct buf *b, int fd, const struct msghdr *m,
    socklen_t namelen_in, int flags, ssize_t rc, int err)
{
	buf_printf(b, "recvmsg(%d, {", fd);
	if (rc < 0) {
		buf_printf(b, "msg_namelen=%u}, ", (unsigned)namelen_in);
		trace_msg_flags(b, flags);
		trace_finish(b, (long)rc, err, NULL);
		return;
	}
	buf_puts(b, "msg_name=");
	if (m->msg_name == NULL || m->msg_namelen == 0)
		trace_pointer(b, m->msg_name);
	else
		trace_sockaddr(b, m->msg_name, m->msg_namelen);
	if (m->msg_namelen == namelen_in)
		buf_printf(b, ", msg_namelen=%u, ", (unsigned)namelen_in);
	else
		buf_printf(b, ", msg_namelen=%u => %u, ", (unsigned)namelen_in,
		    (unsigned)m->msg_namelen);
	put_rest(b, m, (size_t)rc, flags);
	trace_finish(b, (long)rc, err, NULL);
}
