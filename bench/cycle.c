/* cycle.c -- the C baseline for bench/cycle.py: N cycles of socket, bind, getsockname, close */

/*
 * Each cycle makes exactly the system calls that CPython 3 (and so
 * sockshell) makes for
 *
 *	s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
 *	s.bind(('127.0.0.1', 0))
 *	s.getsockname()
 *	s.close()
 *
 * CPython opens every socket with SOCK_CLOEXEC, so this does too.  The
 * port read back is folded into a checksum so the compiler cannot drop
 * the getsockname(), and is printed only with -v: scripts run by
 * `python3 SCRIPT` print nothing either.
 *
 * Usage: cycle [-v] [N]   (N defaults to 2000; 0 measures start-up alone)
 */

#include <sys/socket.h>

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int
fail(const char *step, long i)
{
	fprintf(stderr, "cycle: %s failed in cycle %ld: %s\n", step, i,
	    strerror(errno));
	return (1);
}

int
main(int argc, char **argv)
{
	struct sockaddr_in sin, got;
	socklen_t len;
	unsigned long sum = 0;
	long i, n = 2000;
	int fd, verbose = 0;
	char *end;

	if (argc > 1 && strcmp(argv[1], "-v") == 0) {
		verbose = 1;
		argc--;
		argv++;
	}
	if (argc > 2) {
		fprintf(stderr, "Usage: cycle [-v] [N]\n");
		return (2);
	}
	if (argc == 2) {
		errno = 0;
		n = strtol(argv[1], &end, 10);
		if (errno != 0 || *end != '\0' || end == argv[1] || n < 0) {
			fprintf(stderr, "cycle: bad count '%s'\n", argv[1]);
			return (2);
		}
	}

	memset(&sin, 0, sizeof sin);
	sin.sin_family = AF_INET;
	sin.sin_port = htons(0); /* the kernel picks a port, as in the script */
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);

	for (i = 0; i < n; i++) {
		fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
		if (fd == -1)
			return (fail("socket", i));
		if (bind(fd, (struct sockaddr *)&sin, sizeof sin) == -1)
			return (fail("bind", i));
		len = sizeof got;
		if (getsockname(fd, (struct sockaddr *)&got, &len) == -1)
			return (fail("getsockname", i));
		sum += ntohs(got.sin_port);
		if (close(fd) == -1)
			return (fail("close", i));
	}
	if (verbose)
		printf("%ld cycles, port checksum %lu\n", n, sum);
	return (0);
}
