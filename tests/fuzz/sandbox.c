/* sandbox.c -- what every fuzz target links: loopback only, no DNS, no files outside its own directory */
#include <config.h>

#include "sandbox.h"

#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/un.h>

#include <arpa/inet.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <netdb.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "exc.h"

/* The real functions, as ld --wrap names them. */
int __real_getaddrinfo(const char *, const char *, const struct addrinfo *,
    struct addrinfo **);
int __real_getnameinfo(const struct sockaddr *, socklen_t, char *, socklen_t,
    char *, socklen_t, int);
int __real_socket(int, int, int);
int __real_connect(int, const struct sockaddr *, socklen_t);
ssize_t __real_sendto(int, const void *, size_t, int, const struct sockaddr *,
    socklen_t);
int __real_bind(int, const struct sockaddr *, socklen_t);
int __real_unlink(const char *);
int __real_unlinkat(int, const char *, int);
int __real_rmdir(const char *);
int __real_rename(const char *, const char *);

int __wrap_getaddrinfo(const char *, const char *, const struct addrinfo *,
    struct addrinfo **);
int __wrap_getnameinfo(const struct sockaddr *, socklen_t, char *, socklen_t,
    char *, socklen_t, int);
int __wrap_gethostbyaddr_r(const void *, socklen_t, int, struct hostent *,
    char *, size_t, struct hostent **, int *);
int __wrap_socket(int, int, int);
int __wrap_connect(int, const struct sockaddr *, socklen_t);
ssize_t __wrap_sendto(int, const void *, size_t, int, const struct sockaddr *,
    socklen_t);
int __wrap_bind(int, const struct sockaddr *, socklen_t);
int __wrap_unlink(const char *);
int __wrap_unlinkat(int, const char *, int);
int __wrap_rmdir(const char *);
int __wrap_rename(const char *, const char *);

static char dir[PATH_MAX];
static size_t dirlen;
static int active;
static int home = -1; /* the directory to go back to after an input */
static timer_t watchdog;
static int have_watchdog;

static void
on_watchdog(int sig)
{
	(void)sig;
	exc_sigint_pending = 1;
}

static void
remove_dir(void)
{
	sandbox_clean();
	rmdir(dir);
}

/*
 * libFuzzer often ends with _Exit (no atexit): remove the directories of
 * earlier processes that are gone, sockshell-fuzz.PID.XXXXXX in parent.
 */
static void
remove_dead(const char *parent)
{
	DIR *d, *sub;
	struct dirent *de, *e;
	char *end, path[PATH_MAX];
	long pid;
	int fd;

	if ((d = opendir(parent)) == NULL)
		return;
	while ((de = readdir(d)) != NULL) {
		if (strncmp(de->d_name, "sockshell-fuzz.", 15) != 0)
			continue;
		pid = strtol(de->d_name + 15, &end, 10);
		if (end == de->d_name + 15 || *end != '.' || pid <= 0 ||
		    kill((pid_t)pid, 0) == 0 || errno != ESRCH)
			continue;
		snprintf(path, sizeof(path), "%s/%s", parent, de->d_name);
		if ((fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW)) ==
		    -1)
			continue;
		if ((sub = fdopendir(fd)) == NULL) {
			close(fd);
			continue;
		}
		while ((e = readdir(sub)) != NULL)
			if (strcmp(e->d_name, ".") != 0 &&
			    strcmp(e->d_name, "..") != 0)
				__real_unlinkat(dirfd(sub), e->d_name, 0);
		closedir(sub);
		__real_rmdir(path);
	}
	closedir(d);
}

const char *
sandbox_init(void)
{
	const char *t = getenv("FUZZ_TMPDIR");
	struct sigaction sa;
	struct sigevent ev;

	if (dirlen > 0)
		return (dir);
	/* Memory first: progress saves fsync, which tmpfs makes free. */
	if (t == NULL || t[0] != '/')
		t = access("/dev/shm", W_OK) == 0 ? "/dev/shm" :
		                                    getenv("TMPDIR");
	if (t == NULL || t[0] != '/')
		t = "/tmp";
	remove_dead(t);
	snprintf(dir, sizeof(dir), "%s/sockshell-fuzz.%ld.XXXXXX", t,
	    (long)getpid());
	if (mkdtemp(dir) == NULL) {
		perror("sandbox: cannot make a private directory");
		abort();
	}
	dirlen = strlen(dir);
	atexit(remove_dir);
	/* Not SA_RESTART: a blocking call must see EINTR. */
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_watchdog;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGRTMIN + 3, &sa, NULL);
	memset(&ev, 0, sizeof(ev));
	ev.sigev_notify = SIGEV_SIGNAL;
	ev.sigev_signo = SIGRTMIN + 3;
	have_watchdog = timer_create(CLOCK_MONOTONIC, &ev, &watchdog) == 0;
	return (dir);
}

void
sandbox_arm(int ms)
{
	struct itimerspec it;

	exc_sigint_pending = 0;
	active = 1;
	/* Inputs run inside the directory; libFuzzer's paths stay relative. */
	if (home == -1)
		home = open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (chdir(dir) == -1)
		abort();
	if (!have_watchdog)
		return;
	memset(&it, 0, sizeof(it));
	it.it_value.tv_sec = ms / 1000;
	it.it_value.tv_nsec = (long)(ms % 1000) * 1000000L;
	/* Again every 50 ms: a signal that came between two checks is lost. */
	it.it_interval.tv_nsec = 50 * 1000000L;
	timer_settime(watchdog, 0, &it, NULL);
}

void
sandbox_disarm(void)
{
	struct itimerspec it;

	if (have_watchdog) {
		memset(&it, 0, sizeof(it));
		timer_settime(watchdog, 0, &it, NULL);
	}
	active = 0;
	exc_sigint_pending = 0;
	if (home != -1 && fchdir(home) == -1)
		abort();
}

void
sandbox_clean(void)
{
	DIR *d;
	struct dirent *de;

	if (dirlen == 0 || (d = opendir(dir)) == NULL)
		return;
	while ((de = readdir(d)) != NULL)
		if (strcmp(de->d_name, ".") != 0 &&
		    strcmp(de->d_name, "..") != 0)
			__real_unlinkat(dirfd(d), de->d_name, 0);
	closedir(d);
}

/* ---- the policy ---------------------------------------------------------- */

/* Relative without "..", or inside the private directory. */
static int
path_ok(const char *p)
{
	const char *s;

	if (p == NULL)
		return (1); /* the real call reports EFAULT */
	for (s = p; (s = strstr(s, "..")) != NULL; s += 2)
		if ((s == p || s[-1] == '/') && (s[2] == '\0' || s[2] == '/'))
			return (0);
	if (p[0] != '/')
		return (1);
	return (strncmp(p, dir, dirlen) == 0 && p[dirlen] == '/');
}

/*
 * May an input name sa?  Binding an abstract unix name makes our own;
 * reaching one (connect, sendto) could talk to a daemon's: refused.
 */
static int
addr_ok(const struct sockaddr *sa, socklen_t len, int binding)
{
	const struct sockaddr_in *in4 = (const struct sockaddr_in *)sa;
	const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)sa;
	const struct sockaddr_un *un = (const struct sockaddr_un *)sa;
	uint32_t a;
	char path[sizeof(un->sun_path) + 1];
	size_t n;

	if (sa == NULL || len < sizeof(sa_family_t))
		return (1); /* no address: the kernel's error, or connected */
	switch (sa->sa_family) {
	case AF_UNSPEC:
		return (1); /* connect(AF_UNSPEC) dissolves an association */
	case AF_INET:
		if (len < sizeof(*in4))
			return (1);
		a = ntohl(in4->sin_addr.s_addr);
		return ((a >> 24) == 127 || a == INADDR_ANY);
	case AF_INET6:
		if (len < sizeof(*in6))
			return (1);
		if (IN6_IS_ADDR_LOOPBACK(&in6->sin6_addr) ||
		    IN6_IS_ADDR_UNSPECIFIED(&in6->sin6_addr))
			return (1);
		if (IN6_IS_ADDR_V4MAPPED(&in6->sin6_addr)) {
			memcpy(&a, in6->sin6_addr.s6_addr + 12, 4);
			a = ntohl(a);
			return ((a >> 24) == 127 || a == INADDR_ANY);
		}
		return (0);
	case AF_UNIX:
		if (len <= offsetof(struct sockaddr_un, sun_path))
			return (1); /* unnamed */
		if (un->sun_path[0] == '\0')
			return (binding); /* abstract: no file */
		n = len - offsetof(struct sockaddr_un, sun_path);
		if (n > sizeof(un->sun_path))
			n = sizeof(un->sun_path);
		memcpy(path, un->sun_path, n);
		path[n] = '\0';
		return (path_ok(path));
	default:
		return (0);
	}
}

int
__wrap_getaddrinfo(const char *node, const char *service,
    const struct addrinfo *hints, struct addrinfo **res)
{
	struct addrinfo h;

	if (!active)
		return (__real_getaddrinfo(node, service, hints, res));
	memset(&h, 0, sizeof(h));
	if (hints != NULL)
		h = *hints;
	else
		h.ai_flags = AI_V4MAPPED | AI_ADDRCONFIG;
	if (node != NULL && strcmp(node, "localhost") == 0)
		node = "127.0.0.1";
	h.ai_flags |= AI_NUMERICHOST;
	return (__real_getaddrinfo(node, service, &h, res));
}

int
__wrap_getnameinfo(const struct sockaddr *sa, socklen_t len, char *host,
    socklen_t hostlen, char *serv, socklen_t servlen, int flags)
{
	if (active) {
		if (host != NULL && (flags & NI_NAMEREQD))
			return (EAI_NONAME);
		flags |= NI_NUMERICHOST;
	}
	return (
	    __real_getnameinfo(sa, len, host, hostlen, serv, servlen, flags));
}

int
__wrap_gethostbyaddr_r(const void *addr, socklen_t len, int type,
    struct hostent *ret, char *buf, size_t buflen, struct hostent **result,
    int *h_errnop)
{
	/* A reverse lookup may ask DNS: never, not even outside inputs. */
	(void)addr, (void)len, (void)type, (void)ret, (void)buf, (void)buflen;
	*result = NULL;
	*h_errnop = HOST_NOT_FOUND;
	return (ENOENT);
}

int
__wrap_socket(int family, int type, int proto)
{
	if (active && family != AF_INET && family != AF_INET6 &&
	    family != AF_UNIX) {
		errno = EAFNOSUPPORT;
		return (-1);
	}
	return (__real_socket(family, type, proto));
}

int
__wrap_connect(int fd, const struct sockaddr *sa, socklen_t len)
{
	if (active && !addr_ok(sa, len, 0)) {
		errno = ENETUNREACH;
		return (-1);
	}
	return (__real_connect(fd, sa, len));
}

ssize_t
__wrap_sendto(int fd, const void *buf, size_t n, int flags,
    const struct sockaddr *sa, socklen_t len)
{
	if (active && !addr_ok(sa, len, 0)) {
		errno = ENETUNREACH;
		return (-1);
	}
	return (__real_sendto(fd, buf, n, flags, sa, len));
}

int
__wrap_bind(int fd, const struct sockaddr *sa, socklen_t len)
{
	if (active && sa != NULL && len > sizeof(sa_family_t) &&
	    sa->sa_family == AF_UNIX && !addr_ok(sa, len, 1)) {
		errno = EACCES;
		return (-1);
	}
	return (__real_bind(fd, sa, len));
}

int
__wrap_unlink(const char *p)
{
	if (active && !path_ok(p)) {
		errno = EACCES;
		return (-1);
	}
	return (__real_unlink(p));
}

int
__wrap_unlinkat(int dfd, const char *p, int flags)
{
	/* progress.c: a name in the directory it opened (which is ours). */
	if (active && (p == NULL || strchr(p, '/') != NULL) && !path_ok(p)) {
		errno = EACCES;
		return (-1);
	}
	return (__real_unlinkat(dfd, p, flags));
}

int
__wrap_rmdir(const char *p)
{
	if (active && !path_ok(p)) {
		errno = EACCES;
		return (-1);
	}
	return (__real_rmdir(p));
}

int
__wrap_rename(const char *from, const char *to)
{
	if (active && (!path_ok(from) || !path_ok(to))) {
		errno = EACCES;
		return (-1);
	}
	return (__real_rename(from, to));
}
