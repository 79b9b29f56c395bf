/* check_trace.c -- unit suite for src/trace.c and src/syscall.c */
#include <config.h>

#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <sys/un.h>

#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check_main.h"
#include "syscall.h"
#include "trace.h"

/*
 * Every expected string below was printed by strace 6.1 for the same call
 * made by a small C program (strace -e trace=%network,close,poll,ioctl
 * -o FILE); only ports and pointers were chosen to match.  They are facts
 * about strace, not about this code.
 */

static struct buf b;

static void
setup(void)
{
	buf_init(&b);
}

static void
teardown(void)
{
	buf_free(&b);
}

/* Pointers strace printed for failed calls; any value renders alike. */
#define P1 ((void *)0x7fffc1b24030UL)
#define P2 ((void *)0x7ffddd5a22b0UL)

static struct sockaddr_in
in4(const char *addr, unsigned port)
{
	struct sockaddr_in sin;

	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_port = htons(port);
	inet_pton(AF_INET, addr, &sin.sin_addr);
	return (sin);
}

static struct sockaddr_in6
in6(const char *addr, unsigned port, unsigned flow, unsigned scope)
{
	struct sockaddr_in6 sin6;

	memset(&sin6, 0, sizeof(sin6));
	sin6.sin6_family = AF_INET6;
	sin6.sin6_port = htons(port);
	sin6.sin6_flowinfo = htonl(flow);
	sin6.sin6_scope_id = scope;
	inet_pton(AF_INET6, addr, &sin6.sin6_addr);
	return (sin6);
}

static struct sockaddr_un
un(const char *path, size_t n)
{
	struct sockaddr_un sun;

	memset(&sun, 0, sizeof(sun));
	sun.sun_family = AF_UNIX;
	memcpy(sun.sun_path, path, n);
	return (sun);
}

#define SA(x) ((const struct sockaddr *)&(x))

/* --- socket() ---------------------------------------------------------- */

START_TEST(test_socket_forms)
{
	static const struct {
		int d, t, p, rc, err;
		const char *want;
	} c[] = {
		{ AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0, 3, 0,
		    "socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_IP) = 3" },
		{ AF_INET, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK,
		    IPPROTO_UDP, 4, 0,
		    "socket(AF_INET, SOCK_DGRAM|SOCK_CLOEXEC|SOCK_NONBLOCK, "
		    "IPPROTO_UDP) = 4" },
		{ AF_INET, SOCK_STREAM, IPPROTO_TCP, 5, 0,
		    "socket(AF_INET, SOCK_STREAM, IPPROTO_TCP) = 5" },
		{ AF_INET6, SOCK_DGRAM, 0, 6, 0,
		    "socket(AF_INET6, SOCK_DGRAM, IPPROTO_IP) = 6" },
		{ AF_UNIX, SOCK_SEQPACKET | SOCK_NONBLOCK, 0, 7, 0,
		    "socket(AF_UNIX, SOCK_SEQPACKET|SOCK_NONBLOCK, 0) = 7" },
		{ AF_UNIX, SOCK_DGRAM, 5, -1, EPROTONOSUPPORT,
		    "socket(AF_UNIX, SOCK_DGRAM, 5)          = -1 "
		    "EPROTONOSUPPORT (Protocol not supported)" },
		{ AF_INET, SOCK_RAW, IPPROTO_ICMP, 8, 0,
		    "socket(AF_INET, SOCK_RAW, IPPROTO_ICMP) = 8" },
		{ AF_UNSPEC, SOCK_STREAM, 0, -1, EAFNOSUPPORT,
		    "socket(AF_UNSPEC, SOCK_STREAM, 0)       = -1 EAFNOSUPPORT "
		    "(Address family not supported by protocol)" },
		{ 77, 99, 0, -1, EINVAL,
		    "socket(0x4d /* AF_??? */, SOCK_RAW|0x60 /* SOCK_??? */, 0) "
		    "= -1 EINVAL (Invalid argument)" },
		{ AF_INET, SOCK_STREAM, 250, -1, EPROTONOSUPPORT,
		    "socket(AF_INET, SOCK_STREAM, 0xfa /* IPPROTO_??? */) = -1 "
		    "EPROTONOSUPPORT (Protocol not supported)" },
		{ AF_INET, 0, 0, -1, ESOCKTNOSUPPORT,
		    "socket(AF_INET, 0, IPPROTO_IP)          = -1 "
		    "ESOCKTNOSUPPORT (Socket type not supported)" },
		{ AF_INET, SOCK_STREAM | SOCK_CLOEXEC | 0x100, 0, -1, EINVAL,
		    "socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC|0x100, IPPROTO_IP) "
		    "= -1 EINVAL (Invalid argument)" },
		{ AF_INET, 0x100, 0, -1, EINVAL,
		    "socket(AF_INET, 0x100 /* SOCK_??? */, IPPROTO_IP) = -1 "
		    "EINVAL (Invalid argument)" },
		{ AF_INET, 0x7 | SOCK_CLOEXEC, 0, -1, ESOCKTNOSUPPORT,
		    "socket(AF_INET, SOCK_CLOEXEC|0x7, IPPROTO_IP) = -1 "
		    "ESOCKTNOSUPPORT (Socket type not supported)" },
		{ AF_INET, -1, 0, -1, EINVAL,
		    "socket(AF_INET, SOCK_CLOEXEC|SOCK_NONBLOCK|0xfff7f7ff, "
		    "IPPROTO_IP) = -1 EINVAL (Invalid argument)" },
	};
	size_t i;

	for (i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
		buf_reset(&b);
		trace_socket(&b, c[i].d, c[i].t, c[i].p, c[i].rc, c[i].err);
		ck_assert_str_eq(b.data, c[i].want);
	}
}
END_TEST

/* --- sockaddr forms, through bind() and connect() ----------------------- */

START_TEST(test_sockaddr_inet)
{
	struct sockaddr_in sin = in4("127.0.0.1", 0);

	trace_bind(&b, 3, SA(sin), sizeof(sin), 0, 0);
	ck_assert_str_eq(b.data,
	    "bind(3, {sa_family=AF_INET, sin_port=htons(0), "
	    "sin_addr=inet_addr(\"127.0.0.1\")}, 16) = 0");
	buf_reset(&b);
	sin = in4("127.0.0.1", 50110);
	trace_bind(&b, 4, SA(sin), sizeof(sin), -1, EADDRINUSE);
	ck_assert_str_eq(b.data,
	    "bind(4, {sa_family=AF_INET, "
	    "sin_port=htons(50110), sin_addr=inet_addr(\"127.0.0.1\")}, 16) = "
	    "-1 EADDRINUSE (Address already in use)");
	buf_reset(&b);
	sin = in4("127.0.0.1", 0);
	trace_bind(&b, -1, SA(sin), 200, -1, EBADF);
	ck_assert_str_eq(b.data,
	    "bind(-1, {sa_family=AF_INET, sin_port=htons(0), "
	    "sin_addr=inet_addr(\"127.0.0.1\")}, 200) = -1 EBADF "
	    "(Bad file descriptor)");
}
END_TEST

START_TEST(test_sockaddr_short)
{
	struct sockaddr_in sin = in4("127.0.0.1", 0);
	struct sockaddr_storage big;

	trace_bind(&b, 3, SA(sin), 8, -1, EINVAL);
	ck_assert_str_eq(b.data,
	    "bind(3, {sa_family=AF_INET, "
	    "sa_data=\"\\0\\0\\177\\0\\0\\1\"}, 8) = -1 EINVAL (Invalid argument)");
	buf_reset(&b);
	trace_bind(&b, 3, SA(sin), 15, -1, EINVAL);
	ck_assert_str_eq(b.data,
	    "bind(3, {sa_family=AF_INET, "
	    "sa_data=\"\\0\\0\\177\\0\\0\\1\\0\\0\\0\\0\\0\\0\\0\"}, 15) = -1 "
	    "EINVAL (Invalid argument)");
	buf_reset(&b);
	trace_bind(&b, 3, SA(sin), 2, -1, EINVAL);
	ck_assert_str_eq(b.data, "bind(3, {sa_family=AF_INET}, 2)         = -1 "
	                         "EINVAL (Invalid argument)");
	buf_reset(&b);
	trace_bind(&b, 3, (const struct sockaddr *)0x7fff14cb9100UL, 1, -1,
	    EINVAL);
	ck_assert_str_eq(b.data, "bind(3, 0x7fff14cb9100, 1)              = -1 "
	                         "EINVAL (Invalid argument)");
	buf_reset(&b);
	trace_bind(&b, 3, NULL, 16, -1, EFAULT);
	ck_assert_str_eq(b.data, "bind(3, NULL, 16)                       = -1 "
	                         "EFAULT (Bad address)");
	buf_reset(&b);
	/* A length past sockaddr_storage must not read past it. */
	memset(&big, 0, sizeof(big));
	big.ss_family = AF_UNSPEC;
	trace_connect(&b, 3, SA(big), 16, 0, 0);
	ck_assert_str_eq(b.data,
	    "connect(3, {sa_family=AF_UNSPEC, "
	    "sa_data=\"\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\"}, 16) = 0");
	buf_reset(&b);
	trace_connect(&b, 3, SA(big), 2, 0, 0);
	ck_assert_str_eq(b.data, "connect(3, {sa_family=AF_UNSPEC}, 2)    = 0");
	buf_reset(&b);
	big.ss_family = 200;
	memcpy(((struct sockaddr *)&big)->sa_data, "ab\0\377", 4);
	trace_connect(&b, 3, SA(big), 16, -1, EAFNOSUPPORT);
	ck_assert_str_eq(b.data,
	    "connect(3, {sa_family=0xc8 /* AF_??? */, "
	    "sa_data=\"ab\\0\\377\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\"}, 16) = -1 "
	    "EAFNOSUPPORT (Address family not supported by protocol)");
}
END_TEST

START_TEST(test_sockaddr_inet6)
{
	struct sockaddr_in6 s = in6("::1", 8080, 0, 0);
	static const char *const eaf = " = -1 EAFNOSUPPORT (Address family not "
	                               "supported by protocol)";
	char want[512];

	trace_bind(&b, 7, SA(s), sizeof(s), 0, 0);
	ck_assert_str_eq(b.data,
	    "bind(7, {sa_family=AF_INET6, "
	    "sin6_port=htons(8080), sin6_flowinfo=htonl(0), "
	    "inet_pton(AF_INET6, \"::1\", &sin6_addr), sin6_scope_id=0}, 28) = 0");

	s = in6("::1", 8080, 5, 1); /* scope 1 on ::1: a plain number */
	buf_reset(&b);
	trace_bind(&b, 3, SA(s), sizeof(s), -1, EAFNOSUPPORT);
	snprintf(want, sizeof(want),
	    "bind(3, {sa_family=AF_INET6, "
	    "sin6_port=htons(8080), sin6_flowinfo=htonl(5), inet_pton(AF_INET6, "
	    "\"::1\", &sin6_addr), sin6_scope_id=1}, 28)%s",
	    eaf);
	ck_assert_str_eq(b.data, want);

	s = in6("fe80::1", 8080, 5, 1); /* link-local: the interface name */
	buf_reset(&b);
	trace_bind(&b, 3, SA(s), sizeof(s), -1, EAFNOSUPPORT);
	snprintf(want, sizeof(want),
	    "bind(3, {sa_family=AF_INET6, "
	    "sin6_port=htons(8080), sin6_flowinfo=htonl(5), inet_pton(AF_INET6, "
	    "\"fe80::1\", &sin6_addr), sin6_scope_id=if_nametoindex(\"lo\")}, "
	    "28)%s",
	    eaf);
	ck_assert_str_eq(b.data, want);

	s.sin6_scope_id = 99; /* no such interface: the number */
	buf_reset(&b);
	trace_bind(&b, 3, SA(s), sizeof(s), -1, EAFNOSUPPORT);
	snprintf(want, sizeof(want),
	    "bind(3, {sa_family=AF_INET6, "
	    "sin6_port=htons(8080), sin6_flowinfo=htonl(5), inet_pton(AF_INET6, "
	    "\"fe80::1\", &sin6_addr), sin6_scope_id=99}, 28)%s",
	    eaf);
	ck_assert_str_eq(b.data, want);

	buf_reset(&b); /* 24 bytes: no scope_id */
	trace_bind(&b, 3, SA(s), 24, -1, EAFNOSUPPORT);
	snprintf(want, sizeof(want),
	    "bind(3, {sa_family=AF_INET6, "
	    "sin6_port=htons(8080), sin6_flowinfo=htonl(5), inet_pton(AF_INET6, "
	    "\"fe80::1\", &sin6_addr)}, 24)%s",
	    eaf);
	ck_assert_str_eq(b.data, want);

	buf_reset(&b); /* shorter: raw bytes */
	trace_bind(&b, 3, SA(s), 20, -1, EAFNOSUPPORT);
	snprintf(want, sizeof(want),
	    "bind(3, {sa_family=AF_INET6, "
	    "sa_data=\"\\37\\220\\0\\0\\0\\5\\376\\200\\0\\0\\0\\0\\0\\0\\0\\0"
	    "\\0\\0\"}, 20)%s",
	    eaf);
	ck_assert_str_eq(b.data, want);

	s = in6("::ffff:127.0.0.1", 8080, 5, 0);
	buf_reset(&b);
	trace_bind(&b, 3, SA(s), sizeof(s), -1, EAFNOSUPPORT);
	snprintf(want, sizeof(want),
	    "bind(3, {sa_family=AF_INET6, "
	    "sin6_port=htons(8080), sin6_flowinfo=htonl(5), inet_pton(AF_INET6, "
	    "\"::ffff:127.0.0.1\", &sin6_addr), sin6_scope_id=0}, 28)%s",
	    eaf);
	ck_assert_str_eq(b.data, want);
}
END_TEST

START_TEST(test_sockaddr_unix)
{
	struct sockaddr_un s = un("/tmp/demo.sock", 14);
	char want[512];

	trace_bind(&b, 8, SA(s), 17, 0, 0);
	ck_assert_str_eq(b.data,
	    "bind(8, {sa_family=AF_UNIX, sun_path=\"/tmp/demo.sock\"}, 17) = 0");
	buf_reset(&b); /* SUN_LEN, without the NUL */
	trace_connect(&b, 9, SA(s), 16, 0, 0);
	ck_assert_str_eq(b.data,
	    "connect(9, {sa_family=AF_UNIX, sun_path=\"/tmp/demo.sock\"}, 16) = 0");
	buf_reset(&b);
	trace_bind(&b, 3, SA(s), 5, -1, EINVAL);
	ck_assert_str_eq(b.data,
	    "bind(3, {sa_family=AF_UNIX, sun_path=\"/tm\"}, 5) "
	    "= -1 EINVAL (Invalid argument)");
	buf_reset(&b); /* unnamed: autobind */
	trace_bind(&b, 7, SA(s), 2, 0, 0);
	ck_assert_str_eq(b.data, "bind(7, {sa_family=AF_UNIX}, 2)         = 0");

	s = un("\0demo", 5);
	buf_reset(&b);
	trace_bind(&b, 12, SA(s), 7, 0, 0);
	ck_assert_str_eq(b.data,
	    "bind(12, {sa_family=AF_UNIX, sun_path=@\"demo\"}, 7) = 0");
	buf_reset(&b); /* the trailing NUL is part of an abstract name */
	trace_bind(&b, 3, SA(s), 8, -1, EINVAL);
	ck_assert_str_eq(b.data,
	    "bind(3, {sa_family=AF_UNIX, sun_path=@\"demo\\0\"}, "
	    "8) = -1 EINVAL (Invalid argument)");
	buf_reset(&b);
	trace_bind(&b, 3, SA(s), 3, -1, EINVAL);
	ck_assert_str_eq(b.data,
	    "bind(3, {sa_family=AF_UNIX, sun_path=@\"\"}, 3) = "
	    "-1 EINVAL (Invalid argument)");

	s = un("\0de\0mo", 6);
	buf_reset(&b);
	trace_bind(&b, 3, SA(s), 8, -1, EINVAL);
	ck_assert_str_eq(b.data,
	    "bind(3, {sa_family=AF_UNIX, "
	    "sun_path=@\"de\\0mo\"}, 8) = -1 EINVAL (Invalid argument)");

	s = un("/tm\np\"x\\y\377\0011", 12);
	buf_reset(&b);
	trace_bind(&b, 3, SA(s), 14, -1, EINVAL);
	ck_assert_str_eq(b.data,
	    "bind(3, {sa_family=AF_UNIX, "
	    "sun_path=\"/tm\\np\\\"x\\\\y\\377\\0011\"}, 14) = -1 EINVAL "
	    "(Invalid argument)");

	/* Paths are not cut at 32 bytes; a full sun_path has no NUL. */
	memset(s.sun_path, 'a', sizeof(s.sun_path));
	buf_reset(&b);
	trace_bind(&b, 3, SA(s), sizeof(s), -1, EAFNOSUPPORT);
	snprintf(want, sizeof(want),
	    "bind(3, {sa_family=AF_UNIX, "
	    "sun_path=\"%.108s\"}, 110) = -1 EAFNOSUPPORT (Address family not "
	    "supported by protocol)",
	    s.sun_path);
	ck_assert_str_eq(b.data, want);
}
END_TEST

/* --- output addresses: accept4, getsockname, getpeername ---------------- */

START_TEST(test_accept4)
{
	struct sockaddr_in sin = in4("127.0.0.1", 58920);
	struct sockaddr_un sun = un("", 0);
	socklen_t len = 16;

	trace_accept4(&b, 3, SA(sin), &len, 128, 16, SOCK_CLOEXEC, 5, 0);
	ck_assert_str_eq(b.data,
	    "accept4(3, {sa_family=AF_INET, "
	    "sin_port=htons(58920), sin_addr=inet_addr(\"127.0.0.1\")}, "
	    "[128 => 16], SOCK_CLOEXEC) = 5");
	buf_reset(&b);
	trace_accept4(&b, 3, SA(sin), &len, 16, 16, SOCK_CLOEXEC, 5, 0);
	ck_assert_str_eq(b.data,
	    "accept4(3, {sa_family=AF_INET, "
	    "sin_port=htons(58920), sin_addr=inet_addr(\"127.0.0.1\")}, [16], "
	    "SOCK_CLOEXEC) = 5");
	buf_reset(&b);
	trace_accept4(&b, 8, SA(sun), &len, 110, 2, SOCK_CLOEXEC, 11, 0);
	ck_assert_str_eq(b.data, "accept4(8, {sa_family=AF_UNIX}, [110 => 2], "
	                         "SOCK_CLOEXEC) = 11");
	buf_reset(&b);
	trace_accept4(&b, 4, (const struct sockaddr *)0x7fffdbb0e5f0UL, &len,
	    16, 16, SOCK_CLOEXEC, -1, EINVAL);
	ck_assert_str_eq(b.data,
	    "accept4(4, 0x7fffdbb0e5f0, [16], SOCK_CLOEXEC) = "
	    "-1 EINVAL (Invalid argument)");
	buf_reset(&b);
	trace_accept4(&b, 3, NULL, NULL, 0, 0, SOCK_CLOEXEC | SOCK_NONBLOCK, -1,
	    EAGAIN);
	ck_assert_str_eq(b.data,
	    "accept4(3, NULL, NULL, SOCK_CLOEXEC|SOCK_NONBLOCK) "
	    "= -1 EAGAIN (Resource temporarily unavailable)");
	buf_reset(&b);
	trace_accept4(&b, 3, NULL, NULL, 0, 0, 0, -1, EAGAIN);
	ck_assert_str_eq(b.data, "accept4(3, NULL, NULL, 0)               = -1 "
	                         "EAGAIN (Resource temporarily unavailable)");
}
END_TEST

START_TEST(test_getname)
{
	struct sockaddr_in sin = in4("127.0.0.1", 57408);
	struct sockaddr_un sun = un("/tmp/demo.sock", 14);
	socklen_t len = 16;

	trace_getname(&b, "getpeername", 5, SA(sin), &len, 8, 16, 0, 0);
	ck_assert_str_eq(b.data,
	    "getpeername(5, {sa_family=AF_INET, "
	    "sa_data=\"\\340@\\177\\0\\0\\1\"}, [8 => 16]) = 0");
	buf_reset(&b);
	trace_getname(&b, "getpeername", 5,
	    (const struct sockaddr *)0x7ffddd5a22c0UL, &len, 0, 16, 0, 0);
	ck_assert_str_eq(b.data,
	    "getpeername(5, 0x7ffddd5a22c0, [0 => 16]) = 0");
	buf_reset(&b);
	trace_getname(&b, "getpeername", 5, NULL, (socklen_t *)0x7ffddd5a22bcUL,
	    0, 16, 0, 0);
	ck_assert_str_eq(b.data, "getpeername(5, NULL, 0x7ffddd5a22bc)    = 0");
	buf_reset(&b);
	trace_getname(&b, "getpeername", 4, P1, &len, 16, 16, -1, ENOTCONN);
	ck_assert_str_eq(b.data,
	    "getpeername(4, 0x7fffc1b24030, [16])    = -1 "
	    "ENOTCONN (Transport endpoint is not connected)");
	buf_reset(&b);
	trace_getname(&b, "getsockname", -1, P1, &len, 16, 16, -1, EBADF);
	ck_assert_str_eq(b.data, "getsockname(-1, 0x7fffc1b24030, [16])   = -1 "
	                         "EBADF (Bad file descriptor)");
	buf_reset(&b);
	trace_getname(&b, "getpeername", 3, P1, NULL, 0, 0, -1, ENOTCONN);
	ck_assert_str_eq(b.data,
	    "getpeername(3, 0x7fffc1b24030, NULL)    = -1 "
	    "ENOTCONN (Transport endpoint is not connected)");
	buf_reset(&b);
	trace_getname(&b, "getpeername", 9, SA(sun), &len, 110, 17, 0, 0);
	ck_assert_str_eq(b.data,
	    "getpeername(9, {sa_family=AF_UNIX, "
	    "sun_path=\"/tmp/demo.sock\"}, [110 => 17]) = 0");
	sun = un("\0a0cd8", 6);
	buf_reset(&b);
	trace_getname(&b, "getsockname", 7, SA(sun), &len, 110, 8, 0, 0);
	ck_assert_str_eq(b.data, "getsockname(7, {sa_family=AF_UNIX, "
	                         "sun_path=@\"a0cd8\"}, [110 => 8]) = 0");
}
END_TEST

/* --- data: sendto, recvfrom, quoting, padding ---------------------------- */

START_TEST(test_sendto)
{
	struct sockaddr_in sin = in4("127.0.0.1", 33224);
	struct sockaddr_un sun = un("\0demo", 5);

	trace_sendto(&b, 4, "hello\n", 6, 0, NULL, 0, 6, 0);
	ck_assert_str_eq(b.data,
	    "sendto(4, \"hello\\n\", 6, 0, NULL, 0)     = 6");
	buf_reset(&b);
	trace_sendto(&b, 12, "ping", 4, 0, SA(sin), 16, 4, 0);
	ck_assert_str_eq(b.data,
	    "sendto(12, \"ping\", 4, 0, {sa_family=AF_INET, "
	    "sin_port=htons(33224), sin_addr=inet_addr(\"127.0.0.1\")}, 16) = 4");
	buf_reset(&b);
	trace_sendto(&b, 13, "yo", 2, 0, SA(sun), 7, 2, 0);
	ck_assert_str_eq(b.data, "sendto(13, \"yo\", 2, 0, {sa_family=AF_UNIX, "
	                         "sun_path=@\"demo\"}, 7) = 2");
	buf_reset(&b);
	trace_sendto(&b, 6, "x", 1, 0, NULL, 0, -1, EDESTADDRREQ);
	ck_assert_str_eq(b.data,
	    "sendto(6, \"x\", 1, 0, NULL, 0)           = -1 "
	    "EDESTADDRREQ (Destination address required)");
	buf_reset(&b);
	trace_sendto(&b, 4, "", 0,
	    MSG_DONTWAIT | MSG_MORE | MSG_CONFIRM | MSG_EOR, NULL, 0, 0, 0);
	ck_assert_str_eq(b.data, "sendto(4, \"\", 0, MSG_DONTWAIT|MSG_EOR|"
	                         "MSG_CONFIRM|MSG_MORE, NULL, 0) = 0");
	buf_reset(&b);
	trace_sendto(&b, 4, "x", 1, 0x40000000, NULL, 16, 1, 0);
	ck_assert_str_eq(b.data,
	    "sendto(4, \"x\", 1, MSG_CMSG_CLOEXEC, NULL, 16) = 1");
	buf_reset(&b);
	trace_sendto(&b, -1, "", 0, MSG_PEEK | 0x100000, NULL, 0, -1, EBADF);
	ck_assert_str_eq(b.data,
	    "sendto(-1, \"\", 0, MSG_PEEK|0x100000, NULL, 0) = "
	    "-1 EBADF (Bad file descriptor)");
	buf_reset(&b);
	trace_sendto(&b, -1, "", 0, 0x300000, NULL, 0, -1, EBADF);
	ck_assert_str_eq(b.data,
	    "sendto(-1, \"\", 0, 0x300000 /* MSG_??? */, NULL, "
	    "0) = -1 EBADF (Bad file descriptor)");
}
END_TEST

START_TEST(test_quoting)
{
	static const char odd[] = "\0\377\0011\t\r\v\f\a\b\x1b\"\\ ~\x7f";

	trace_sendto(&b, 4, odd, 16, MSG_NOSIGNAL, NULL, 0, 16, 0);
	ck_assert_str_eq(b.data,
	    "sendto(4, \"\\0\\377\\0011\\t\\r\\v\\f\\7\\10\\33"
	    "\\\"\\\\ ~\\177\", 16, MSG_NOSIGNAL, NULL, 0) = 16");
	buf_reset(&b); /* exactly 32 bytes: no ellipsis */
	trace_sendto(&b, 4, "0123456789abcdef0123456789abcdef", 32, 0, NULL, 0,
	    32, 0);
	ck_assert_str_eq(b.data,
	    "sendto(4, \"0123456789abcdef0123456789abcdef\", "
	    "32, 0, NULL, 0) = 32");
	buf_reset(&b); /* 33: 32 and "..." */
	trace_sendto(&b, 4, "0123456789abcdef0123456789abcdefX", 33, 0, NULL, 0,
	    33, 0);
	ck_assert_str_eq(b.data,
	    "sendto(4, \"0123456789abcdef0123456789abcdef\"..., "
	    "33, 0, NULL, 0) = 33");
	buf_reset(&b);
	trace_quote(&b,
	    "\0"
	    "0\0"
	    "a\377"
	    "9",
	    6, 0);
	ck_assert_str_eq(b.data, "\"\\0000\\0a\\3779\"");
	buf_reset(&b);
	trace_quote_hex(&b, "\0@", 2);
	ck_assert_str_eq(b.data, "\"\\x00\\x40\"");
}
END_TEST

START_TEST(test_recvfrom)
{
	static const char odd[] = "\0\377\0011\t\r\v\f\a\b\x1b\"\\ ~\x7f"
	                          "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0";
	struct sockaddr_in sin = in4("127.0.0.1", 33224);
	struct sockaddr_in6 s6 = in6("::1", 38359, 0, 0);
	struct sockaddr_un sun = un("\0"
	                            "92d99",
	    6);
	socklen_t len = 16;

	trace_recvfrom(&b, 5, "hello\n", 256, 0, NULL, NULL, 0, 0, 6, 0);
	ck_assert_str_eq(b.data,
	    "recvfrom(5, \"hello\\n\", 256, 0, NULL, NULL) = 6");
	buf_reset(&b);
	trace_recvfrom(&b, 5, "", 1024, 0, NULL, NULL, 0, 0, 0, 0);
	ck_assert_str_eq(b.data,
	    "recvfrom(5, \"\", 1024, 0, NULL, NULL)    = 0");
	buf_reset(&b); /* MSG_TRUNC: result larger than what is shown */
	trace_recvfrom(&b, 5, odd, 100, MSG_PEEK | MSG_TRUNC, NULL, NULL, 0, 0,
	    65, 0);
	ck_assert_str_eq(b.data,
	    "recvfrom(5, \"\\0\\377\\0011\\t\\r\\v\\f\\7\\10\\33"
	    "\\\"\\\\ ~\\177\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\"..., "
	    "100, MSG_PEEK|MSG_TRUNC, NULL, NULL) = 65");
	buf_reset(&b);
	trace_recvfrom(&b, 5, (void *)0x7ffddd5a21b0UL, 40,
	    MSG_OOB | (int)0x80000000U, NULL, NULL, 0, 0, -1, EINVAL);
	ck_assert_str_eq(b.data,
	    "recvfrom(5, 0x7ffddd5a21b0, 40, "
	    "MSG_OOB|MSG_CMSG_COMPAT, NULL, NULL) = -1 EINVAL (Invalid argument)");
	buf_reset(&b);
	trace_recvfrom(&b, 5, NULL, 40, MSG_DONTWAIT, NULL, NULL, 0, 0, -1,
	    EAGAIN);
	ck_assert_str_eq(b.data,
	    "recvfrom(5, NULL, 40, MSG_DONTWAIT, NULL, NULL) = "
	    "-1 EAGAIN (Resource temporarily unavailable)");
	buf_reset(&b);
	trace_recvfrom(&b, 12, "ping", 1024, 0, SA(sin), &len, 16, 16, 4, 0);
	ck_assert_str_eq(b.data,
	    "recvfrom(12, \"ping\", 1024, 0, {sa_family=AF_INET, "
	    "sin_port=htons(33224), sin_addr=inet_addr(\"127.0.0.1\")}, [16]) = 4");
	buf_reset(&b);
	trace_recvfrom(&b, 12, "ping", 1024, 0, SA(sin), &len, 4, 16, 4, 0);
	ck_assert_str_eq(b.data,
	    "recvfrom(12, \"ping\", 1024, 0, {sa_family=AF_INET, "
	    "sa_data=\"\\201\\310\"}, [4 => 16]) = 4");
	buf_reset(&b);
	trace_recvfrom(&b, 12, (void *)0x7ffddd5a21b0UL, 1024, MSG_DONTWAIT,
	    (struct sockaddr *)0x7ffddd5a2160UL, &len, 4, 4, -1, EAGAIN);
	ck_assert_str_eq(b.data,
	    "recvfrom(12, 0x7ffddd5a21b0, 1024, MSG_DONTWAIT, "
	    "0x7ffddd5a2160, [4]) = -1 EAGAIN (Resource temporarily unavailable)");
	buf_reset(&b);
	trace_recvfrom(&b, 5, "hi6", 100, 0, SA(s6), &len, 128, 28, 3, 0);
	ck_assert_str_eq(b.data,
	    "recvfrom(5, \"hi6\", 100, 0, {sa_family=AF_INET6, "
	    "sin6_port=htons(38359), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "
	    "\"::1\", &sin6_addr), sin6_scope_id=0}, [128 => 28]) = 3");
	buf_reset(&b); /* IPv6 sender, 16-byte buffer */
	trace_recvfrom(&b, 5, "hi6", 100, 0, SA(s6), &len, 16, 28, 3, 0);
	ck_assert_str_eq(b.data,
	    "recvfrom(5, \"hi6\", 100, 0, {sa_family=AF_INET6, "
	    "sa_data=\"\\225\\327\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\\0\"}, "
	    "[16 => 28]) = 3");
	buf_reset(&b); /* unnamed unix sender: length 0, the pointer */
	trace_recvfrom(&b, 6, "yo", 100, 0, (struct sockaddr *)0x7ffe445cb410UL,
	    &len, 128, 0, 2, 0);
	ck_assert_str_eq(b.data, "recvfrom(6, \"yo\", 100, 0, 0x7ffe445cb410, "
	                         "[128 => 0]) = 2");
	buf_reset(&b);
	trace_recvfrom(&b, 6, "yo", 100, 0, SA(sun), &len, 128, 8, 2, 0);
	ck_assert_str_eq(b.data,
	    "recvfrom(6, \"yo\", 100, 0, {sa_family=AF_UNIX, "
	    "sun_path=@\"92d99\"}, [128 => 8]) = 2");
}
END_TEST

START_TEST(test_padding)
{
	/* Call text of 37, 38, 39, 40 and 41 characters. */
	trace_sendto(&b, 9, "aaaaaaaaa", 9, 0, NULL, 0, -1, EBADF);
	ck_assert_str_eq(b.data,
	    "sendto(9, \"aaaaaaaaa\", 9, 0, NULL, 0)   = -1 "
	    "EBADF (Bad file descriptor)");
	buf_reset(&b);
	trace_sendto(&b, -1, "aaaaaaaaa", 9, 0, NULL, 0, -1, EBADF);
	ck_assert_str_eq(b.data,
	    "sendto(-1, \"aaaaaaaaa\", 9, 0, NULL, 0)  = -1 "
	    "EBADF (Bad file descriptor)");
	buf_reset(&b);
	trace_sendto(&b, 9, "aaaaaaaaaa", 10, 0, NULL, 0, -1, EBADF);
	ck_assert_str_eq(b.data,
	    "sendto(9, \"aaaaaaaaaa\", 10, 0, NULL, 0) = -1 "
	    "EBADF (Bad file descriptor)");
	buf_reset(&b);
	trace_sendto(&b, -1, "aaaaaaaaaa", 10, 0, NULL, 0, -1, EBADF);
	ck_assert_str_eq(b.data,
	    "sendto(-1, \"aaaaaaaaaa\", 10, 0, NULL, 0) = -1 "
	    "EBADF (Bad file descriptor)");
	buf_reset(&b);
	trace_sendto(&b, -1, "aaaaaaaaaaa", 11, 0, NULL, 0, -1, EBADF);
	ck_assert_str_eq(b.data,
	    "sendto(-1, \"aaaaaaaaaaa\", 11, 0, NULL, 0) = -1 "
	    "EBADF (Bad file descriptor)");
	buf_reset(&b);
	trace_listen(&b, 3, 128, 0, 0);
	ck_assert_str_eq(b.data, "listen(3, 128)                          = 0");
	ck_assert_uint_eq(strchr(b.data, '=') - b.data, 40);
	buf_reset(&b); /* EINTR: what the process saw, not strace's view */
	trace_listen(&b, -1, 1234567890, -1, EINTR);
	ck_assert_str_eq(b.data, "listen(-1, 1234567890)                  = -1 "
	                         "EINTR (Interrupted system call)");
}
END_TEST

/* --- the rest of the calls ----------------------------------------------- */

START_TEST(test_small_calls)
{
	int sv[2] = { 14, 15 };

	trace_close(&b, 4, 0, 0);
	ck_assert_str_eq(b.data, "close(4)                                = 0");
	buf_reset(&b);
	trace_close(&b, -1, -1, EBADF);
	ck_assert_str_eq(b.data, "close(-1)                               = -1 "
	                         "EBADF (Bad file descriptor)");
	buf_reset(&b);
	trace_shutdown(&b, 4, SHUT_WR, 0, 0);
	ck_assert_str_eq(b.data, "shutdown(4, SHUT_WR)                    = 0");
	buf_reset(&b);
	trace_shutdown(&b, 4, SHUT_RDWR, 0, 0);
	ck_assert_str_eq(b.data, "shutdown(4, SHUT_RDWR)                  = 0");
	buf_reset(&b);
	trace_shutdown(&b, 4, 7, -1, EINVAL);
	ck_assert_str_eq(b.data, "shutdown(4, 0x7 /* SHUT_??? */)         = -1 "
	                         "EINVAL (Invalid argument)");
	buf_reset(&b);
	trace_listen(&b, 6, 128, -1, EOPNOTSUPP);
	ck_assert_str_eq(b.data, "listen(6, 128)                          = -1 "
	                         "EOPNOTSUPP (Operation not supported)");
	buf_reset(&b);
	trace_socketpair(&b, AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv, 0, 0);
	ck_assert_str_eq(b.data,
	    "socketpair(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC, 0, "
	    "[14, 15]) = 0");
	buf_reset(&b);
	trace_socketpair(&b, AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0,
	    (int *)0x7ffc90807b98UL, -1, EOPNOTSUPP);
	ck_assert_str_eq(b.data,
	    "socketpair(AF_INET, SOCK_STREAM|SOCK_CLOEXEC, 0, "
	    "0x7ffc90807b98) = -1 EOPNOTSUPP (Operation not supported)");
}
END_TEST

START_TEST(test_ioctl)
{
	int one = 1, zero = 0, two = 2;

	trace_ioctl_int(&b, 5, FIONBIO, &one, 0, 0);
	ck_assert_str_eq(b.data, "ioctl(5, FIONBIO, [1])                  = 0");
	buf_reset(&b);
	trace_ioctl_int(&b, 5, FIONBIO, &zero, 0, 0);
	ck_assert_str_eq(b.data, "ioctl(5, FIONBIO, [0])                  = 0");
	buf_reset(&b);
	trace_ioctl_int(&b, -1, FIONBIO, &one, -1, EBADF);
	ck_assert_str_eq(b.data, "ioctl(-1, FIONBIO, [1])                 = -1 "
	                         "EBADF (Bad file descriptor)");
	buf_reset(&b);
	trace_ioctl_int(&b, 5, FIONREAD, &two, 0, 0);
	ck_assert_str_eq(b.data, "ioctl(5, FIONREAD, [2])                 = 0");
	buf_reset(&b);
	trace_ioctl_int(&b, -1, FIONREAD, P2, -1, EBADF);
	ck_assert_str_eq(b.data, "ioctl(-1, FIONREAD, 0x7ffddd5a22b0)     = -1 "
	                         "EBADF (Bad file descriptor)");
	buf_reset(&b);
	trace_ioctl_int(&b, 5, TIOCOUTQ, &zero, 0, 0);
	ck_assert_str_eq(b.data, "ioctl(5, TIOCOUTQ, [0])                 = 0");
}
END_TEST

START_TEST(test_poll)
{
	struct pollfd p[2] = { { 5, POLLIN, 0 }, { 4, POLLIN | POLLOUT, 0 } };

	trace_poll(&b, p, 1, 2000, 0, 0);
	ck_assert_str_eq(b.data,
	    "poll([{fd=5, events=POLLIN}], 1, 2000)  = 0 (Timeout)");
	buf_reset(&b);
	p[0].revents = POLLIN;
	trace_poll(&b, p, 1, 0, 1, 0);
	ck_assert_str_eq(b.data, "poll([{fd=5, events=POLLIN}], 1, 0)     = 1 "
	                         "([{fd=5, revents=POLLIN}])");
	buf_reset(&b);
	p[1].revents = POLLOUT;
	trace_poll(&b, p, 2, 10, 2, 0);
	ck_assert_str_eq(b.data,
	    "poll([{fd=5, events=POLLIN}, {fd=4, "
	    "events=POLLIN|POLLOUT}], 2, 10) = 2 ([{fd=5, revents=POLLIN}, "
	    "{fd=4, revents=POLLOUT}])");
	buf_reset(&b);
	p[1].fd = -1;
	p[1].revents = 0;
	trace_poll(&b, p, 2, 10, 1, 0);
	ck_assert_str_eq(b.data,
	    "poll([{fd=5, events=POLLIN}, {fd=-1}], 2, 10) = 1 "
	    "([{fd=5, revents=POLLIN}])");
	buf_reset(&b);
	trace_poll(&b, NULL, 0, 5, 0, 0);
	ck_assert_str_eq(b.data, "poll(NULL, 0, 5)                        = 0 "
	                         "(Timeout)");
	buf_reset(&b);
	trace_poll(&b, p, 0, 5000, -1, EINTR);
	ck_assert_str_eq(b.data, "poll([], 0, 5000)                       = -1 "
	                         "EINTR (Interrupted system call)");
	buf_reset(&b);
	p[0].fd = 4;
	p[0].events = POLLOUT;
	p[0].revents = POLLOUT | POLLERR | POLLHUP;
	trace_poll(&b, p, 1, 1000, 1, 0);
	ck_assert_str_eq(b.data, "poll([{fd=4, events=POLLOUT}], 1, 1000) = 1 "
	                         "([{fd=4, revents=POLLOUT|POLLERR|POLLHUP}])");
	buf_reset(&b);
	p[0].events = 0x800;
	trace_poll(&b, p, 1, 0, 0, 0);
	ck_assert_str_eq(b.data,
	    "poll([{fd=4, events=0x800 /* POLL??? */}], 1, 0) "
	    "= 0 (Timeout)");
}
END_TEST

START_TEST(test_setsockopt)
{
	int one = 1, zero = 0;
	struct linger lg = { 1, 0 };
	char tv[16] = { 1, 0, 0, 0, 0, 0, 0, 0, (char)0364, 1 };
	socklen_t four = 4;

	trace_setsockopt(&b, 3, SOL_SOCKET, SO_REUSEADDR, &one, 4, 0, 0);
	ck_assert_str_eq(b.data,
	    "setsockopt(3, SOL_SOCKET, SO_REUSEADDR, [1], 4) = 0");
	buf_reset(&b);
	trace_setsockopt(&b, 3, SOL_SOCKET, SO_REUSEADDR, P2, 1, -1, EINVAL);
	ck_assert_str_eq(b.data,
	    "setsockopt(3, SOL_SOCKET, SO_REUSEADDR, "
	    "0x7ffddd5a22b0, 1) = -1 EINVAL (Invalid argument)");
	buf_reset(&b);
	trace_setsockopt(&b, 3, SOL_SOCKET, SO_REUSEADDR, &one, 8, 0, 0);
	ck_assert_str_eq(b.data,
	    "setsockopt(3, SOL_SOCKET, SO_REUSEADDR, [1], 8) = 0");
	buf_reset(&b);
	trace_setsockopt(&b, 3, SOL_SOCKET, SO_REUSEADDR, NULL, 4, -1, EFAULT);
	ck_assert_str_eq(b.data,
	    "setsockopt(3, SOL_SOCKET, SO_REUSEADDR, NULL, 4) = "
	    "-1 EFAULT (Bad address)");
	buf_reset(&b);
	trace_setsockopt(&b, 6, IPPROTO_IPV6, IPV6_V6ONLY, &zero, 4, 0, 0);
	ck_assert_str_eq(b.data,
	    "setsockopt(6, SOL_IPV6, IPV6_V6ONLY, [0], 4) = 0");
	buf_reset(&b);
	trace_setsockopt(&b, 4, IPPROTO_TCP, TCP_NODELAY, &one, 4, 0, 0);
	ck_assert_str_eq(b.data,
	    "setsockopt(4, SOL_TCP, TCP_NODELAY, [1], 4) = 0");
	buf_reset(&b);
	trace_setsockopt(&b, 4, SOL_SOCKET, SO_LINGER, &lg, 8, 0, 0);
	ck_assert_str_eq(b.data, "setsockopt(4, SOL_SOCKET, SO_LINGER, "
	                         "{l_onoff=1, l_linger=0}, 8) = 0");
	buf_reset(&b);
	trace_setsockopt(&b, 4, SOL_SOCKET, SO_LINGER, (void *)0x7ffddd5a2198UL,
	    4, -1, EINVAL);
	ck_assert_str_eq(b.data,
	    "setsockopt(4, SOL_SOCKET, SO_LINGER, "
	    "0x7ffddd5a2198, 4) = -1 EINVAL (Invalid argument)");
	buf_reset(&b);
	trace_setsockopt(&b, 4, SOL_SOCKET, 20 /* SO_RCVTIMEO_OLD */, tv, 16, 0,
	    0);
	ck_assert_str_eq(b.data,
	    "setsockopt(4, SOL_SOCKET, SO_RCVTIMEO_OLD, "
	    "\"\\1\\0\\0\\0\\0\\0\\0\\0\\364\\1\\0\\0\\0\\0\\0\\0\", 16) = 0");
	buf_reset(&b);
	trace_setsockopt(&b, 4, SOL_SOCKET, SO_BINDTODEVICE, "lo", 3, 0, 0);
	ck_assert_str_eq(b.data, "setsockopt(4, SOL_SOCKET, SO_BINDTODEVICE, "
	                         "\"lo\\0\", 3) = 0");
	buf_reset(&b);
	trace_setsockopt(&b, 4, SOL_SOCKET, 9999, &one, 4, -1, ENOPROTOOPT);
	ck_assert_str_eq(b.data,
	    "setsockopt(4, SOL_SOCKET, 0x270f /* SO_??? */, "
	    "[1], 4) = -1 ENOPROTOOPT (Protocol not available)");
	buf_reset(&b);
	trace_setsockopt(&b, 4, 999, 1, &one, 4, -1, ENOPROTOOPT);
	ck_assert_str_eq(b.data,
	    "setsockopt(4, 0x3e7 /* SOL_?? */, 1, [1], 4) = -1 "
	    "ENOPROTOOPT (Protocol not available)");
	buf_reset(&b);
	trace_setsockopt(&b, 4, IPPROTO_IP, IP_TOS, &one, 4, 0, 0);
	ck_assert_str_eq(b.data, "setsockopt(4, SOL_IP, IP_TOS, [1], 4)   = 0");
	buf_reset(&b);
	trace_setsockopt(&b, 4, IPPROTO_UDP, 1, &one, 4, -1, ENOPROTOOPT);
	ck_assert_str_eq(b.data,
	    "setsockopt(4, SOL_UDP, UDP_CORK, [1], 4) = -1 "
	    "ENOPROTOOPT (Protocol not available)");
	(void)four;
}
END_TEST

START_TEST(test_getsockopt)
{
	int v = 1, refused = ECONNREFUSED, zero = 0, sndbuf = 16384;
	struct linger lg = { 0, 0 };
	socklen_t len = 4;

	trace_getsockopt(&b, 3, SOL_SOCKET, SO_ACCEPTCONN, &v, &len, 4, 4, 0,
	    0);
	ck_assert_str_eq(b.data,
	    "getsockopt(3, SOL_SOCKET, SO_ACCEPTCONN, [1], [4]) "
	    "= 0");
	buf_reset(&b);
	trace_getsockopt(&b, 4, SOL_SOCKET, SO_ERROR, &refused, &len, 4, 4, 0,
	    0);
	ck_assert_str_eq(b.data,
	    "getsockopt(4, SOL_SOCKET, SO_ERROR, [ECONNREFUSED], "
	    "[4]) = 0");
	buf_reset(&b);
	trace_getsockopt(&b, 4, SOL_SOCKET, SO_ERROR, &zero, &len, 8, 4, 0, 0);
	ck_assert_str_eq(b.data,
	    "getsockopt(4, SOL_SOCKET, SO_ERROR, [0], [8 => 4]) "
	    "= 0");
	buf_reset(&b);
	trace_getsockopt(&b, -1, SOL_SOCKET, SO_SNDBUF, P2, &len, 4, 4, -1,
	    EBADF);
	ck_assert_str_eq(b.data,
	    "getsockopt(-1, SOL_SOCKET, SO_SNDBUF, "
	    "0x7ffddd5a22b0, [4]) = -1 EBADF (Bad file descriptor)");
	buf_reset(&b);
	trace_getsockopt(&b, 3, SOL_SOCKET, SO_SNDBUF, &sndbuf, &len, 2, 2, 0,
	    0);
	ck_assert_str_eq(b.data,
	    "getsockopt(3, SOL_SOCKET, SO_SNDBUF, \"\\x00\\x40\", "
	    "[2]) = 0");
	buf_reset(&b);
	trace_getsockopt(&b, 3, SOL_SOCKET, SO_SNDBUF, P2, &len, 0, 0, 0, 0);
	ck_assert_str_eq(b.data, "getsockopt(3, SOL_SOCKET, SO_SNDBUF, "
	                         "0x7ffddd5a22b0, [0]) = 0");
	buf_reset(&b);
	trace_getsockopt(&b, 3, SOL_SOCKET, SO_SNDBUF, P2, NULL, 0, 0, -1,
	    EFAULT);
	ck_assert_str_eq(b.data,
	    "getsockopt(3, SOL_SOCKET, SO_SNDBUF, "
	    "0x7ffddd5a22b0, NULL) = -1 EFAULT (Bad address)");
	buf_reset(&b);
	trace_getsockopt(&b, 3, SOL_SOCKET, SO_LINGER, &lg, &len, 8, 8, 0, 0);
	ck_assert_str_eq(b.data, "getsockopt(3, SOL_SOCKET, SO_LINGER, "
	                         "{l_onoff=0, l_linger=0}, [8]) = 0");
	buf_reset(&b);
	trace_getsockopt(&b, 3, SOL_SOCKET, SO_LINGER, &lg, &len, 4, 4, 0, 0);
	ck_assert_str_eq(b.data,
	    "getsockopt(3, SOL_SOCKET, SO_LINGER, {l_onoff=0}, "
	    "[4]) = 0");
	buf_reset(&b);
	trace_getsockopt(&b, 3, IPPROTO_TCP, TCP_NODELAY, &zero, &len, 1, 1, 0,
	    0);
	ck_assert_str_eq(b.data,
	    "getsockopt(3, SOL_TCP, TCP_NODELAY, \"\\0\", [1]) "
	    "= 0");
	buf_reset(&b);
	v = 64;
	trace_getsockopt(&b, 3, IPPROTO_IP, IP_TTL, &v, &len, 4, 4, 0, 0);
	ck_assert_str_eq(b.data,
	    "getsockopt(3, SOL_IP, IP_TTL, [64], [4]) = 0");
}
END_TEST

/* --- end to end: real calls on loopback, through the observer ------------ */

#define MAXREC 64

struct seen {
	int n;
	char *line[MAXREC];
	struct callrec rec[MAXREC];
};

static struct seen seen;

static void
remember(const struct callrec *r, void *ctx)
{
	struct seen *s = ctx;

	if (s->n < MAXREC) {
		s->rec[s->n] = *r;
		s->line[s->n] = strdup(r->line);
		s->rec[s->n].line = s->line[s->n];
		s->n++;
	}
	errno = 0; /* an observer may clobber errno; callers must not see it */
}

static void
e2e_setup(void)
{
	memset(&seen, 0, sizeof(seen));
	sys_set_observer(remember, &seen);
}

static void
e2e_teardown(void)
{
	int i;

	sys_set_observer(NULL, NULL);
	for (i = 0; i < seen.n; i++)
		free(seen.line[i]);
}

/* The padding rule, restated independently of trace.c. */
static char *
want(const char *call, const char *result)
{
	static char buf[1024];
	int n = snprintf(buf, sizeof(buf), "%s ", call);

	while (n < 40)
		buf[n++] = ' ';
	snprintf(buf + n, sizeof(buf) - n, "= %s", result);
	return (buf);
}

START_TEST(test_e2e_inet)
{
	struct sockaddr_in sin = in4("127.0.0.1", 0), got, peer;
	socklen_t len;
	char call[512], res[64], data[16];
	int srv, cli, conn, port, cport, i = 0;

	srv = sys_socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	ck_assert_int_ge(srv, 0);
	ck_assert_int_eq(sys_bind(srv, SA(sin), sizeof(sin)), 0);
	ck_assert_int_eq(sys_listen(srv, 128), 0);
	len = sizeof(got);
	ck_assert_int_eq(sys_getsockname(srv, (struct sockaddr *)&got, &len),
	    0);
	port = ntohs(got.sin_port);
	cli = sys_socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	ck_assert_int_eq(sys_connect(cli, SA(got), len), 0);
	len = sizeof(peer);
	conn = sys_accept4(srv, (struct sockaddr *)&peer, &len, SOCK_CLOEXEC);
	ck_assert_int_ge(conn, 0);
	cport = ntohs(peer.sin_port);
	ck_assert_int_eq(sys_sendto(cli, "hello", 5, 0, NULL, 0), 5);
	ck_assert_int_eq(sys_recvfrom(conn, data, sizeof(data), 0, NULL, NULL),
	    5);
	len = sizeof(got);
	errno = 0;
	ck_assert_int_eq(sys_getpeername(srv, (struct sockaddr *)&got, &len),
	    -1);
	ck_assert_int_eq(errno, ENOTCONN); /* survived the observer */
	ck_assert_int_eq(sys_close(conn), 0);
	ck_assert_int_eq(sys_close(cli), 0);
	ck_assert_int_eq(sys_close(srv), 0);
	ck_assert_int_eq(sys_close(srv), -1);
	ck_assert_int_eq(errno, EBADF);

	ck_assert_int_eq(seen.n, 14);
	snprintf(res, sizeof(res), "%d", srv);
	ck_assert_str_eq(seen.line[i++],
	    want("socket(AF_INET, "
	         "SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_IP)",
	        res));
	snprintf(call, sizeof(call),
	    "bind(%d, {sa_family=AF_INET, "
	    "sin_port=htons(0), sin_addr=inet_addr(\"127.0.0.1\")}, 16)",
	    srv);
	ck_assert_str_eq(seen.line[i++], want(call, "0"));
	snprintf(call, sizeof(call), "listen(%d, 128)", srv);
	ck_assert_str_eq(seen.line[i++], want(call, "0"));
	ck_assert_int_eq(seen.rec[i - 1].family, AF_INET); /* from the table */
	snprintf(call, sizeof(call),
	    "getsockname(%d, {sa_family=AF_INET, "
	    "sin_port=htons(%d), sin_addr=inet_addr(\"127.0.0.1\")}, [16])",
	    srv, port);
	ck_assert_str_eq(seen.line[i++], want(call, "0"));
	i++; /* the client's socket() */
	snprintf(call, sizeof(call),
	    "connect(%d, {sa_family=AF_INET, "
	    "sin_port=htons(%d), sin_addr=inet_addr(\"127.0.0.1\")}, 16)",
	    cli, port);
	ck_assert_str_eq(seen.line[i++], want(call, "0"));
	snprintf(call, sizeof(call),
	    "accept4(%d, {sa_family=AF_INET, "
	    "sin_port=htons(%d), sin_addr=inet_addr(\"127.0.0.1\")}, [16], "
	    "SOCK_CLOEXEC)",
	    srv, cport);
	snprintf(res, sizeof(res), "%d", conn);
	ck_assert_str_eq(seen.line[i], want(call, res));
	ck_assert_str_eq(seen.rec[i].name, "accept4");
	ck_assert_int_eq(seen.rec[i].result, conn);
	ck_assert_int_eq(seen.rec[i++].family, AF_INET);
	snprintf(call, sizeof(call), "sendto(%d, \"hello\", 5, 0, NULL, 0)",
	    cli);
	ck_assert_str_eq(seen.line[i++], want(call, "5"));
	snprintf(call, sizeof(call),
	    "recvfrom(%d, \"hello\", 16, 0, NULL, NULL)", conn);
	ck_assert_str_eq(seen.line[i++], want(call, "5"));
	snprintf(call, sizeof(call), "getpeername(%d, %p, [16])", srv,
	    (void *)&got);
	ck_assert_str_eq(seen.line[i],
	    want(call, "-1 ENOTCONN (Transport "
	               "endpoint is not connected)"));
	ck_assert_int_eq(seen.rec[i].err, ENOTCONN);
	ck_assert_int_eq(seen.rec[i++].result, -1);
	i += 2; /* close(conn), close(cli) */
	snprintf(call, sizeof(call), "close(%d)", srv);
	ck_assert_str_eq(seen.line[i], want(call, "0"));
	ck_assert_int_eq(seen.rec[i++].family, AF_INET);
	ck_assert_str_eq(seen.line[i], want(call, "-1 EBADF (Bad file "
	                                          "descriptor)"));
	ck_assert_int_eq(seen.rec[i].family, AF_UNSPEC); /* forgotten */
}
END_TEST

START_TEST(test_e2e_inet6_udp)
{
	struct sockaddr_in6 s6 = in6("::1", 0, 0, 0), got, from;
	socklen_t len;
	char call[512];
	int u, port, rc;
	char data[16];
	struct pollfd p;

	u = sys_socket(AF_INET6, SOCK_DGRAM, 0);
	ck_assert_int_ge(u, 0);
	ck_assert_int_eq(sys_bind(u, SA(s6), sizeof(s6)), 0);
	len = sizeof(got);
	sys_quiet_push(); /* the shell's own look: not reported */
	ck_assert_int_eq(getsockname(u, (struct sockaddr *)&got, &len), 0);
	ck_assert_int_eq(sys_getsockname(u, (struct sockaddr *)&got, &len), 0);
	sys_quiet_pop();
	port = ntohs(got.sin6_port);
	ck_assert_int_eq(sys_sendto(u, "hi6", 3, 0, SA(got), len), 3);
	p.fd = u;
	p.events = POLLIN;
	p.revents = 0;
	ck_assert_int_eq(sys_poll(&p, 1, 2000), 1);
	len = sizeof(from);
	ck_assert_int_eq(sys_recvfrom(u, data, sizeof(data), 0,
	                     (struct sockaddr *)&from, &len),
	    3);
	ck_assert_int_eq(sys_poll(&p, 1, 0), 0);
	len = sizeof(from);
	errno = 0;
	rc = (int)sys_recvfrom(u, data, sizeof(data), MSG_DONTWAIT,
	    (struct sockaddr *)&from, &len);
	ck_assert_int_eq(rc, -1);
	ck_assert_int_eq(errno, EAGAIN);
	sys_close(u);

	ck_assert_int_eq(seen.n, 8);
	snprintf(call, sizeof(call),
	    "socket(AF_INET6, SOCK_DGRAM, IPPROTO_IP)");
	ck_assert_str_ne(seen.line[0], ""); /* fd varies; checked by prefix */
	ck_assert_int_eq(strncmp(seen.line[0], call, strlen(call) - 1), 0);
	snprintf(call, sizeof(call),
	    "bind(%d, {sa_family=AF_INET6, "
	    "sin6_port=htons(0), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "
	    "\"::1\", &sin6_addr), sin6_scope_id=0}, 28)",
	    u);
	ck_assert_str_eq(seen.line[1], want(call, "0"));
	snprintf(call, sizeof(call),
	    "sendto(%d, \"hi6\", 3, 0, "
	    "{sa_family=AF_INET6, sin6_port=htons(%d), sin6_flowinfo=htonl(0), "
	    "inet_pton(AF_INET6, \"::1\", &sin6_addr), sin6_scope_id=0}, 28)",
	    u, port);
	ck_assert_str_eq(seen.line[2], want(call, "3"));
	ck_assert_int_eq(seen.rec[2].family, AF_INET6);
	snprintf(call, sizeof(call), "poll([{fd=%d, events=POLLIN}], 1, 2000)",
	    u);
	snprintf(data, sizeof(data), "%d", u);
	{
		char res[64];

		snprintf(res, sizeof(res), "1 ([{fd=%d, revents=POLLIN}])", u);
		ck_assert_str_eq(seen.line[3], want(call, res));
	}
	snprintf(call, sizeof(call),
	    "recvfrom(%d, \"hi6\", 16, 0, "
	    "{sa_family=AF_INET6, sin6_port=htons(%d), sin6_flowinfo=htonl(0), "
	    "inet_pton(AF_INET6, \"::1\", &sin6_addr), sin6_scope_id=0}, "
	    "[28])",
	    u, port);
	ck_assert_str_eq(seen.line[4], want(call, "3"));
	snprintf(call, sizeof(call), "poll([{fd=%d, events=POLLIN}], 1, 0)", u);
	ck_assert_str_eq(seen.line[5], want(call, "0 (Timeout)"));
	snprintf(call, sizeof(call),
	    "recvfrom(%d, %p, 16, MSG_DONTWAIT, %p, "
	    "[28])",
	    u, (void *)data, (void *)&from);
	ck_assert_str_eq(seen.line[6], want(call, "-1 EAGAIN (Resource "
	                                          "temporarily unavailable)"));
}
END_TEST

START_TEST(test_e2e_unix)
{
	char dir[] = "/tmp/check_trace.XXXXXX", path[128], call[512];
	struct sockaddr_un sun, got;
	socklen_t len, sunlen;
	int s, sv[2], v = 1, n = -1;

	ck_assert_ptr_nonnull(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/demo.sock", dir);
	sun = un(path, strlen(path));
	sunlen = (socklen_t)(offsetof(struct sockaddr_un, sun_path) +
	                     strlen(path) + 1);
	s = sys_socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	ck_assert_int_eq(sys_bind(s, SA(sun), sunlen), 0);
	len = sizeof(got);
	ck_assert_int_eq(sys_getsockname(s, (struct sockaddr *)&got, &len), 0);
	ck_assert_int_eq(
	    sys_socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv), 0);
	ck_assert_int_eq(sys_ioctl_int(sv[0], FIONBIO, &v), 0);
	ck_assert_int_eq(sys_sendto(sv[1], "x\n", 2, 0, NULL, 0), 2);
	ck_assert_int_eq(sys_ioctl_int(sv[0], FIONREAD, &n), 0);
	ck_assert_int_eq(n, 2);
	ck_assert_int_eq(sys_shutdown(sv[1], SHUT_WR), 0);
	sys_close(sv[0]);
	sys_close(sv[1]);
	sys_close(s);
	unlink(path);
	rmdir(dir);

	ck_assert_int_eq(seen.n, 11);
	snprintf(call, sizeof(call),
	    "bind(%d, {sa_family=AF_UNIX, "
	    "sun_path=\"%s\"}, %d)",
	    s, path, (int)sunlen);
	ck_assert_str_eq(seen.line[1], want(call, "0"));
	ck_assert_int_eq(seen.rec[1].family, AF_UNIX);
	snprintf(call, sizeof(call),
	    "getsockname(%d, {sa_family=AF_UNIX, "
	    "sun_path=\"%s\"}, [110 => %d])",
	    s, path, (int)sunlen);
	ck_assert_str_eq(seen.line[2], want(call, "0"));
	snprintf(call, sizeof(call),
	    "socketpair(AF_UNIX, "
	    "SOCK_STREAM|SOCK_CLOEXEC, 0, [%d, %d])",
	    sv[0], sv[1]);
	ck_assert_str_eq(seen.line[3], want(call, "0"));
	snprintf(call, sizeof(call), "ioctl(%d, FIONBIO, [1])", sv[0]);
	ck_assert_str_eq(seen.line[4], want(call, "0"));
	ck_assert_int_eq(seen.rec[4].family, AF_UNIX);
	snprintf(call, sizeof(call), "sendto(%d, \"x\\n\", 2, 0, NULL, 0)",
	    sv[1]);
	ck_assert_str_eq(seen.line[5], want(call, "2"));
	snprintf(call, sizeof(call), "ioctl(%d, FIONREAD, [2])", sv[0]);
	ck_assert_str_eq(seen.line[6], want(call, "0"));
	snprintf(call, sizeof(call), "shutdown(%d, SHUT_WR)", sv[1]);
	ck_assert_str_eq(seen.line[7], want(call, "0"));
}
END_TEST

START_TEST(test_no_observer)
{
	int s;

	sys_set_observer(NULL, NULL);
	errno = 0;
	ck_assert_int_eq(sys_close(-1), -1);
	ck_assert_int_eq(errno, EBADF);
	s = sys_socket(AF_INET, SOCK_DGRAM, 0);
	ck_assert_int_ge(s, 0);
	ck_assert_int_eq(sys_close(s), 0);
	ck_assert_int_eq(seen.n, 0);
}
END_TEST

Suite *
suite(void)
{
	Suite *s = suite_create("trace");
	TCase *tc;

	tc = tcase_create("Render");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_socket_forms);
	tcase_add_test(tc, test_sockaddr_inet);
	tcase_add_test(tc, test_sockaddr_short);
	tcase_add_test(tc, test_sockaddr_inet6);
	tcase_add_test(tc, test_sockaddr_unix);
	tcase_add_test(tc, test_accept4);
	tcase_add_test(tc, test_getname);
	tcase_add_test(tc, test_sendto);
	tcase_add_test(tc, test_quoting);
	tcase_add_test(tc, test_recvfrom);
	tcase_add_test(tc, test_padding);
	tcase_add_test(tc, test_small_calls);
	tcase_add_test(tc, test_ioctl);
	tcase_add_test(tc, test_poll);
	tcase_add_test(tc, test_setsockopt);
	tcase_add_test(tc, test_getsockopt);
	suite_add_tcase(s, tc);

	tc = tcase_create("Syscall");
	tcase_add_checked_fixture(tc, e2e_setup, e2e_teardown);
	tcase_add_test(tc, test_e2e_inet);
	tcase_add_test(tc, test_e2e_inet6_udp);
	tcase_add_test(tc, test_e2e_unix);
	tcase_add_test(tc, test_no_observer);
	suite_add_tcase(s, tc);
	return (s);
}
