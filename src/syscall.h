/* syscall.h -- the one layer every socket system call goes through */
#ifndef SOCKSHELL_SYSCALL_H
#define SOCKSHELL_SYSCALL_H

#include <sys/types.h>
#include <sys/socket.h>
#include <poll.h>

/*
 * Each sys_* wrapper makes exactly one system call, saves errno at once,
 * and reports the call to the observer (if one is set) as a record plus
 * the line strace would print for it.  They never print and never raise:
 * callers turn -1 and errno into Python exceptions.  errno is preserved
 * across the observer call, so callers read errno as usual.
 */

/* What one call did: for --trace, the socket table and lesson checks. */
struct callrec {
	const char *name; /* "bind", "sendto", "accept4", "close" ... */
	int fd;           /* first descriptor argument, -1 if none */
	int family;       /* family of the sockaddr involved, or AF_UNSPEC */
	long result;      /* the return value */
	int err;          /* errno when result == -1, else 0 */
	const char *line; /* strace's rendering, without a newline; valid
	                     only during the observer call */
};

typedef void (*sys_observer)(const struct callrec *, void *ctx);

/* Set (or clear, with NULL) the one observer. Rendering is skipped if none. */
void sys_set_observer(sys_observer, void *ctx);

/*
 * Suspend observation (for calls the shell makes for its own displays,
 * such as the socket table): nesting counts.
 */
void sys_quiet_push(void);
void sys_quiet_pop(void);

int sys_socket(int domain, int type, int protocol);
int sys_socketpair(int domain, int type, int protocol, int sv[2]);
int sys_bind(int fd, const struct sockaddr *, socklen_t);
int sys_connect(int fd, const struct sockaddr *, socklen_t);
int sys_listen(int fd, int backlog);
int sys_accept4(int fd, struct sockaddr *, socklen_t *, int flags);
int sys_getsockname(int fd, struct sockaddr *, socklen_t *);
int sys_getpeername(int fd, struct sockaddr *, socklen_t *);
ssize_t sys_sendto(int fd, const void *, size_t, int flags,
    const struct sockaddr *, socklen_t);
ssize_t sys_recvfrom(int fd, void *, size_t, int flags, struct sockaddr *,
    socklen_t *);
ssize_t sys_sendmsg(int fd, const struct msghdr *, int flags);
ssize_t sys_recvmsg(int fd, struct msghdr *, int flags);
int sys_shutdown(int fd, int how);
int sys_close(int fd);
int sys_setsockopt(int fd, int level, int name, const void *, socklen_t);
int sys_getsockopt(int fd, int level, int name, void *, socklen_t *);
int sys_ioctl_int(int fd, unsigned long req, int *arg); /* FIONBIO, SIOCINQ */
int sys_poll(struct pollfd *, nfds_t, int timeout_ms);

#endif
