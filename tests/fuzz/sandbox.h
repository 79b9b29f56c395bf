/* sandbox.h -- what every fuzz target links: loopback only, no DNS, no files outside its own directory */
#ifndef SOCKSHELL_SANDBOX_H
#define SOCKSHELL_SANDBOX_H

/*
 * The fuzz targets run learner code and lesson files made of random bytes,
 * which may name any host, address or path.  Linked with -Wl,--wrap= for
 * getaddrinfo, getnameinfo, gethostbyaddr_r, socket, connect, sendto,
 * bind, unlink, unlinkat, rmdir and rename (Makefile.am, FUZZ_LDFLAGS),
 * those calls are held to this policy while an input runs (between
 * sandbox_arm and sandbox_disarm; libFuzzer's own files are not touched):
 *
 *   - host names resolve only numerically ('localhost' is 127.0.0.1):
 *     no DNS query ever leaves the machine;
 *   - sockets only of AF_INET, AF_INET6 and AF_UNIX; connect and sendto
 *     only to loopback (or the wildcard, which Linux takes as loopback);
 *   - abstract unix names may be bound but not reached (a daemon's are
 *     there);
 *   - unix socket paths, unlink, rmdir and rename only inside the private
 *     directory sandbox_init made, the working directory while an input
 *     runs (relative paths without "..").
 *
 * Anything else fails as the kernel would refuse it (ENETUNREACH, EACCES,
 * EAFNOSUPPORT, EAI_NONAME).  A watchdog ends any input after ms
 * milliseconds as Ctrl-C would (KeyboardInterrupt at the next statement
 * or blocking call), so accept() and recv() do not hang the fuzzer.
 */

/*
 * Make the private directory (inputs run in it) in $FUZZ_TMPDIR, else
 * /dev/shm, else $TMPDIR or /tmp; its absolute path.
 */
const char *sandbox_init(void);

/* Policy on, watchdog armed / both off (and no interrupt left pending). */
void sandbox_arm(int ms);
void sandbox_disarm(void);

/* Remove every file in the private directory (not the directory). */
void sandbox_clean(void);

#endif
