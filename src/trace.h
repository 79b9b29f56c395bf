/* trace.h -- render socket system calls the way strace 6.1 prints them */
#ifndef SOCKSHELL_TRACE_H
#define SOCKSHELL_TRACE_H

#include <sys/socket.h>
#include <sys/types.h>

#include <poll.h>
#include <stddef.h>

#include "buf.h"

/*
 * Everything here is pure formatting: no function makes a system call, so
 * the syscall layer may render a line without adding a line of its own to
 * what strace sees.  Output is appended to a struct buf; every renderer
 * appends, none resets.
 *
 * The per-call renderers (trace_socket ... trace_poll) take the arguments
 * as they were passed and, for output arguments, the values the kernel
 * wrote back, and produce the whole line, `= result` included, byte for
 * byte as `strace -e trace=%network,close,poll,ioctl -o FILE` writes it
 * (no pid prefix, no newline).  Pointers appear as strace shows them
 * where it cannot decode a buffer (failed calls): `0x7ffc...` or `NULL`.
 */

/* A growable, always NUL-terminated byte string. */

/* strace's own string limit: longer buffers print 32 bytes, then "...". */
#define TRACE_STRLEN 32

/* Column where strace puts the "=" of the result (0-based). */
#define TRACE_RESULT_COLUMN 40

/*
 * Symbol tables.  The *_name functions return strace's name or NULL; the
 * trace_* renderers append the name or strace's fallback for unknown
 * values: the number in hex and a comment such as AF_???.
 */
const char *trace_family_name(int);   /* "AF_INET", "AF_UNIX" */
const char *trace_socktype_name(int); /* "SOCK_STREAM", no flags */
const char *trace_errno_name(int);    /* "EADDRINUSE" */
const char *trace_errno_message(int); /* strerror's text, fixed */
const char *trace_level_name(int);    /* "SOL_SOCKET", "SOL_IPV6" */
const char *trace_optname_name(int level, int name); /* "SO_REUSEADDR" */
void trace_family(struct buf *, int);
void trace_socktype(struct buf *, int); /* SOCK_STREAM|SOCK_CLOEXEC */
void trace_protocol(struct buf *, int family, int protocol);
void trace_msg_flags(struct buf *, int);    /* MSG_PEEK|MSG_DONTWAIT or 0 */
void trace_poll_events(struct buf *, int);  /* POLLIN|POLLOUT or 0 */
void trace_shutdown_how(struct buf *, int); /* SHUT_WR */
void trace_level(struct buf *, int);
void trace_optname(struct buf *, int level, int name);
void trace_errno(struct buf *, int); /* EPIPE (Broken pipe) */

/* NULL or 0x7ffc... (strace's printaddr). */
void trace_pointer(struct buf *, const void *);

/*
 * A buffer as strace quotes it: printable ASCII as is, \t \n \v \f \r \"
 * \\ escaped, other bytes in octal (as short as the next byte allows).
 * At most max bytes are shown; if len > max, "..." follows the quote.
 * max == 0 means no limit (sockaddr paths are printed whole).
 */
void trace_quote(struct buf *, const void *, size_t len, size_t max);
/* Every byte as \xNN (strace's QUOTE_FORCE_HEX). */
void trace_quote_hex(struct buf *, const void *, size_t len);

/*
 * A socket address as strace prints it:
 * {sa_family=AF_INET, sin_port=htons(8080), sin_addr=inet_addr("127.0.0.1")}.
 * Reads at most min(len, the family's structure size) bytes (up to
 * sizeof(struct sockaddr_storage) for other families).  Lengths
 * too short for the family's structure print raw sa_data; len < 2 prints
 * the pointer; NULL prints NULL.  For a link-local IPv6 scope_id strace
 * asks the kernel for the interface name; we may not make system calls,
 * so only index 1 (always "lo" in a network namespace) is named.
 */
void trace_sockaddr(struct buf *, const struct sockaddr *, socklen_t);

/*
 * The body of a sockaddr without the braces, for a higher layer that lays
 * an address out on its own (.sockaddr): sa_family=AF_INET, sin_port=...
 * Same rules as trace_sockaddr for a non-NULL address with len >= 2.
 */
void trace_sockaddr_fields(struct buf *, const struct sockaddr *, socklen_t);

/* An in/out length: "[16]" if unchanged, "[110 => 2]" if not. */
void trace_addrlen(struct buf *, socklen_t in, socklen_t out);

/*
 * End a call: ") ", spaces up to TRACE_RESULT_COLUMN, then "= 0",
 * "= 5" or "= -1 EADDRINUSE (Address already in use)".  err is used only
 * when result is -1.  extra (may be NULL) follows after a space, as in
 * poll's "(Timeout)".
 *
 * EINTR: where strace, watching from outside, prints
 * "= ? ERESTARTSYS (To be restarted if SA_RESTART is set)" (the kernel's
 * internal restart code), the process itself only ever sees -1 EINTR,
 * so that is what we render: "= -1 EINTR (Interrupted system call)".
 */
void trace_finish(struct buf *, long result, int err, const char *extra);

/*
 * Whole lines.  rc and err are the call's result and saved errno.
 * *_in lengths are what the caller passed, *_out what the kernel wrote
 * back (ignored when the call failed).
 */
void trace_socket(struct buf *, int domain, int type, int protocol, int rc,
    int err);
void trace_socketpair(struct buf *, int domain, int type, int protocol,
    const int sv[2], int rc, int err);
void trace_bind(struct buf *, int fd, const struct sockaddr *, socklen_t,
    int rc, int err);
void trace_connect(struct buf *, int fd, const struct sockaddr *, socklen_t,
    int rc, int err);
void trace_listen(struct buf *, int fd, int backlog, int rc, int err);
/*
 * lenp is the length pointer the caller passed (printed, or NULL, where
 * strace shows a pointer); len_in and len_out are its value before and
 * after the call.
 */
void trace_accept4(struct buf *, int fd, const struct sockaddr *,
    const socklen_t *lenp, socklen_t len_in, socklen_t len_out, int flags,
    int rc, int err);
/* name is "getsockname" or "getpeername" */
void trace_getname(struct buf *, const char *name, int fd,
    const struct sockaddr *, const socklen_t *lenp, socklen_t len_in,
    socklen_t len_out, int rc, int err);
void trace_sendto(struct buf *, int fd, const void *, size_t, int flags,
    const struct sockaddr *, socklen_t, ssize_t rc, int err);
void trace_recvfrom(struct buf *, int fd, const void *, size_t, int flags,
    const struct sockaddr *, const socklen_t *lenp, socklen_t len_in,
    socklen_t len_out, ssize_t rc, int err);
void trace_shutdown(struct buf *, int fd, int how, int rc, int err);
void trace_close(struct buf *, int fd, int rc, int err);
void trace_setsockopt(struct buf *, int fd, int level, int name, const void *,
    socklen_t, int rc, int err);
void trace_getsockopt(struct buf *, int fd, int level, int name, const void *,
    const socklen_t *lenp, socklen_t len_in, socklen_t len_out, int rc,
    int err);
/* Integer-argument ioctls: FIONBIO, FIONREAD (SIOCINQ), TIOCOUTQ. */
void trace_ioctl_int(struct buf *, int fd, unsigned long req, const int *arg,
    int rc, int err);
/* fds as after the call: events as passed, revents as the kernel set. */
void trace_poll(struct buf *, const struct pollfd *, nfds_t, int timeout,
    int rc, int err);

#endif
