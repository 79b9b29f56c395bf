/* trace_msg.h -- strace's rendering of sendmsg and recvmsg */
#ifndef SOCKSHELL_TRACE_MSG_H
#define SOCKSHELL_TRACE_MSG_H

#include <sys/socket.h>
#include <sys/types.h>

#include "buf.h"

/*
 * Whole lines, as trace.h's renderers make them (pure formatting):
 * sendmsg(3, {msg_name=NULL, msg_namelen=0, msg_iov=[{iov_base="hi",
 * iov_len=2}], msg_iovlen=1, msg_controllen=0, msg_flags=0}, 0) = 2.
 * For recvmsg, namelen_in is msg_namelen before the call (msg holds what
 * the kernel wrote back); a failed recvmsg shows only {msg_namelen=N}, as
 * strace does.  Ancillary data is shown by its length only.
 */
void trace_sendmsg(struct buf *, int fd, const struct msghdr *, int flags,
    ssize_t rc, int err);
void trace_recvmsg(struct buf *, int fd, const struct msghdr *,
    socklen_t namelen_in, int flags, ssize_t rc, int err);

#endif
