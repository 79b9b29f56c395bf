/* syscall.h -- the one layer every socket system call goes through */
#ifndef SOCKSHELL_SYSCALL_H
#define SOCKSHELL_SYSCALL_H

#include <sys/socket.h>
#include <sys/types.h>

#include <netdb.h>
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
	                     only during the observer call.  NULL for
	                     getaddrinfo, a library call that makes no
	                     system call of its own: strace shows no line */
	/*
	 * The name the call took or gave, decoded by the caller with
	 * sockaddr_to_value if it wants: copied, so it stays valid after the
	 * call.  has_addr: the call was given an address argument (bind,
	 * connect, sendto's destination; the buffer of accept4, recvfrom,
	 * getsockname, getpeername); 0 for send() and recv() (NULL) and for
	 * calls that take none.  addr/addrlen: the name passed in, or the one
	 * the kernel wrote back (addrlen 0 if the call failed or gave none).
	 */
	int has_addr;
	socklen_t addrlen; /* bytes of addr that hold the name */
	struct sockaddr_storage addr;
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

/*
 * getaddrinfo(3): a library call, not a system call (the lookups it
 * makes of its own, files and DNS, are not socket calls of the
 * learner's), but the observer hears of it so lesson coverage can: once
 * with the family asked for (even when the lookup fails: the call was
 * made), or for AF_UNSPEC once per distinct family in the answer.  Each
 * record is named "getaddrinfo", has fd -1, result the return value
 * (0 or an EAI_* code), err 0 and line NULL (no trace line).
 */
int sys_getaddrinfo(const char *host, const char *port,
    const struct addrinfo *hints, struct addrinfo **res);

#endif
