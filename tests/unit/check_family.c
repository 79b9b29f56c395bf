/* check_family.c -- unit suite for the family table and the call records */
#include <config.h>

#include <sys/socket.h>
#include <sys/un.h>

#include <arpa/inet.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "check_main.h"
#include "exc.h"
#include "family.h"
#include "sockaddr.h"
#include "syscall.h"
#include "trace.h"
#include "value.h"

/* ---- the rows ----------------------------------------------------------- */

#define family_inet (*family_find(AF_INET))
#define family_inet6 (*family_find(AF_INET6))
#define family_unix (*family_find(AF_UNIX))

START_TEST(test_find)
{
	const struct family *const *f;
	size_t n = 0;

	ck_assert_ptr_nonnull(family_find(AF_INET));
	ck_assert_ptr_nonnull(family_find(AF_INET6));
	ck_assert_ptr_nonnull(family_find(AF_UNIX));
	ck_assert_ptr_null(family_find(AF_UNSPEC));
	ck_assert_ptr_null(family_find(AF_PACKET));
	ck_assert_ptr_null(family_find(AF_NETLINK));
	for (f = family_table; *f != NULL; f++, n++) {
		ck_assert_ptr_eq(family_find((*f)->af), *f);
		ck_assert_ptr_nonnull((*f)->from_value);
		ck_assert_ptr_nonnull((*f)->to_value);
		ck_assert_ptr_nonnull((*f)->trace);
		ck_assert_ptr_nonnull((*f)->layout);
		ck_assert_ptr_nonnull((*f)->nameless_word);
		ck_assert_ptr_nonnull((*f)->stream_pair);
		ck_assert_ptr_nonnull((*f)->dgram_pair);
		/* strace spells the family as Python does. */
		ck_assert_str_eq(trace_family_name((*f)->af), (*f)->name);
	}
	ck_assert_uint_eq(n, 3);
	ck_assert_str_eq(family_inet.column, "INET");
	ck_assert_str_eq(family_inet6.column, "INET6");
	ck_assert_str_eq(family_unix.column, "UNIX");
	ck_assert_int_eq(family_inet.ip && family_inet6.ip, 1);
	ck_assert_int_eq(family_unix.ip, 0);
}
END_TEST

/*
 * A Python value through a row and back: from_value's bytes, then
 * to_value's repr, which must be the repr of the value given (expected
 * texts are python3 3.11's).
 */
static void
both_ways(const struct family *f, struct value *v, socklen_t want_len,
    const char *want_repr)
{
	struct sockaddr_storage ss;
	socklen_t len = 0;
	struct value *back;
	char *text;

	ck_assert_int_eq(f->from_value(v, "bind", &ss, &len), 0);
	value_decref(v);
	ck_assert_int_eq(ss.ss_family, f->af);
	ck_assert_uint_eq(len, want_len);
	back = f->to_value((struct sockaddr *)&ss, len);
	text = value_repr(back);
	ck_assert_str_eq(text, want_repr);
	free(text);
	value_decref(back);
	/* sockaddr.c gives the same answers through the table. */
	text = sockaddr_repr((struct sockaddr *)&ss, len);
	ck_assert_str_eq(text, want_repr);
	free(text);
}

START_TEST(test_both_ways)
{
	both_ways(&family_inet,
	    value_tuple(2, value_cstr("127.0.0.1"), value_int(8080)),
	    sizeof(struct sockaddr_in), "('127.0.0.1', 8080)");
	both_ways(&family_inet, value_tuple(2, value_cstr(""), value_int(0)),
	    sizeof(struct sockaddr_in), "('0.0.0.0', 0)");
	both_ways(&family_inet6,
	    value_tuple(2, value_cstr("::1"), value_int(8080)),
	    sizeof(struct sockaddr_in6), "('::1', 8080, 0, 0)");
	both_ways(&family_inet6,
	    value_tuple(4, value_cstr("fe80::1"), value_int(80), value_int(5),
	        value_int(1)),
	    sizeof(struct sockaddr_in6), "('fe80::1', 80, 5, 1)");
	both_ways(&family_unix, value_cstr("/tmp/x.sock"),
	    offsetof(struct sockaddr_un, sun_path) + 12, "'/tmp/x.sock'");
	both_ways(&family_unix, value_bytes("\0abc", 4),
	    offsetof(struct sockaddr_un, sun_path) + 4, "b'\\x00abc'");
}
END_TEST

/* The pending exception as Python's last traceback line. */
static void
fails_with(const struct family *f, struct value *v, const char *want)
{
	struct sockaddr_storage ss;
	socklen_t len;
	struct value *e;
	char *line;

	ck_assert_int_eq(f->from_value(v, "connect", &ss, &len), -1);
	value_decref(v);
	e = err_fetch();
	ck_assert_ptr_nonnull(e);
	line = exc_format_line(e);
	value_decref(e);
	ck_assert_str_eq(line, want);
	free(line);
}

START_TEST(test_python_errors)
{
	fails_with(&family_inet, value_cstr("/tmp/x"),
	    "TypeError: connect(): AF_INET address must be tuple, not str");
	fails_with(&family_inet,
	    value_tuple(2, value_cstr("127.0.0.1"), value_int(65536)),
	    "OverflowError: connect(): port must be 0-65535.");
	fails_with(&family_inet6, value_tuple(1, value_cstr("::1")),
	    "TypeError: AF_INET6 address must be a tuple (host, port[, "
	    "flowinfo[, scopeid]])");
	fails_with(&family_unix, value_int(3),
	    "TypeError: a bytes-like object is required, not 'int'");
	/* A family without a row: CPython's own words. */
	{
		struct sockaddr_storage ss;
		socklen_t len;
		struct value *v = value_cstr("x"), *e;
		char *line;

		ck_assert_int_eq(
		    sockaddr_from_value(AF_PACKET, v, "bind", &ss, &len), -1);
		value_decref(v);
		e = err_fetch();
		line = exc_format_line(e);
		value_decref(e);
		ck_assert_str_eq(line, "OSError: getsockaddrarg: bad family");
		free(line);
	}
}
END_TEST

/* ---- strace's rendering, through the rows -------------------------------- */

static void
traces_as(const void *sa, socklen_t len, const char *want)
{
	struct buf b;

	buf_init(&b);
	trace_sockaddr(&b, sa, len);
	ck_assert_str_eq(b.data, want);
	buf_free(&b);
}

START_TEST(test_strace_fields)
{
	struct sockaddr_in sin;
	struct sockaddr_in6 sin6;
	struct sockaddr_un sun;
	socklen_t off = offsetof(struct sockaddr_un, sun_path);

	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_port = htons(80);
	inet_pton(AF_INET, "127.0.0.1", &sin.sin_addr);
	traces_as(&sin, sizeof(sin),
	    "{sa_family=AF_INET, sin_port=htons(80), "
	    "sin_addr=inet_addr(\"127.0.0.1\")}");
	/* Too short for its family: strace shows sa_data. */
	traces_as(&sin, 4, "{sa_family=AF_INET, sa_data=\"\\0P\"}");

	memset(&sin6, 0, sizeof(sin6));
	sin6.sin6_family = AF_INET6;
	sin6.sin6_port = htons(8080);
	inet_pton(AF_INET6, "::1", &sin6.sin6_addr);
	traces_as(&sin6, sizeof(sin6),
	    "{sa_family=AF_INET6, sin6_port=htons(8080), "
	    "sin6_flowinfo=htonl(0), inet_pton(AF_INET6, \"::1\", "
	    "&sin6_addr), sin6_scope_id=0}");
	inet_pton(AF_INET6, "fe80::1", &sin6.sin6_addr);
	sin6.sin6_scope_id = 1;
	traces_as(&sin6, sizeof(sin6),
	    "{sa_family=AF_INET6, sin6_port=htons(8080), "
	    "sin6_flowinfo=htonl(0), inet_pton(AF_INET6, \"fe80::1\", "
	    "&sin6_addr), sin6_scope_id=if_nametoindex(\"lo\")}");

	memset(&sun, 0, sizeof(sun));
	sun.sun_family = AF_UNIX;
	strcpy(sun.sun_path, "/tmp/demo.sock");
	traces_as(&sun, off + 15,
	    "{sa_family=AF_UNIX, sun_path=\"/tmp/demo.sock\"}");
	memcpy(sun.sun_path, "\0demo", 5);
	traces_as(&sun, off + 5, "{sa_family=AF_UNIX, sun_path=@\"demo\"}");
	traces_as(&sun, off, "{sa_family=AF_UNIX}");

	/* A family without a row keeps strace's fallback. */
	sin.sin_family = AF_PACKET;
	traces_as(&sin, 4, "{sa_family=AF_PACKET, sa_data=\"\\0P\"}");
}
END_TEST

/* ---- .sockaddr's and .sockets' questions ---------------------------------- */

START_TEST(test_layout_and_table_hooks)
{
	struct sockaddr_storage a, b;
	struct family_layout l;
	socklen_t len;
	struct value *v;

	v = value_tuple(2, value_cstr("127.0.0.1"), value_int(8080));
	ck_assert_int_eq(family_inet.from_value(v, "bind", &a, &len), 0);
	value_decref(v);
	ck_assert_int_eq(family_inet.layout((struct sockaddr *)&a, len, &l), 0);
	ck_assert_str_eq(l.c_struct, "struct sockaddr_in");
	ck_assert_uint_eq(l.nfields, 4);
	ck_assert_str_eq(l.field[1].name, "sin_port");
	ck_assert_str_eq(l.field[1].value, "8080 (0x1f90)");
	ck_assert_str_eq(l.field[2].value, "127.0.0.1");
	ck_assert_int_eq(family_inet.layout((struct sockaddr *)&a, 8, &l), -1);
	ck_assert_int_eq(family_inet.port((struct sockaddr *)&a, len), 8080);
	ck_assert_int_eq(family_inet.wildcard((struct sockaddr *)&a), 0);
	ck_assert_int_eq(family_inet.nameless((struct sockaddr *)&a, len), 0);
	b = a;
	ck_assert_int_eq(
	    family_inet.same((struct sockaddr *)&a, (struct sockaddr *)&b), 1);

	v = value_tuple(2, value_cstr(""), value_int(0));
	ck_assert_int_eq(family_inet6.from_value(v, "bind", &a, &len), 0);
	value_decref(v);
	ck_assert_int_eq(family_inet6.wildcard((struct sockaddr *)&a), 1);
	ck_assert_int_eq(family_inet6.nameless((struct sockaddr *)&a, len), 1);
	ck_assert_int_eq(family_inet6.layout((struct sockaddr *)&a, len, &l),
	    0);
	ck_assert_str_eq(l.field[3].name, "sin6_addr");
	ck_assert_str_eq(l.field[3].value, "::");

	v = value_cstr("/tmp/x");
	ck_assert_int_eq(family_unix.from_value(v, "bind", &a, &len), 0);
	value_decref(v);
	ck_assert_int_eq(family_unix.layout((struct sockaddr *)&a, len, &l), 0);
	ck_assert_str_eq(l.passed, "9 = 2 + 6 path bytes + 1 NUL");
	ck_assert_str_eq(l.field[1].value, "'/tmp/x'");
	ck_assert_ptr_null(family_unix.port);
	ck_assert_int_eq(family_unix.nameless((struct sockaddr *)&a, len), 0);
	ck_assert_int_eq(family_unix.nameless((struct sockaddr *)&a, 2), 1);
	ck_assert_str_eq(family_unix.nameless_word, "unnamed");
}
END_TEST

START_TEST(test_looks_like)
{
	struct value *v;

	/* The highest row wins; layout_guess_family asks every row. */
	v = value_cstr("/tmp/x");
	ck_assert_int_gt(family_unix.looks_like(v), 0);
	ck_assert_int_eq(family_inet.looks_like(v), 0);
	ck_assert_int_eq(family_inet6.looks_like(v), 0);
	value_decref(v);
	v = value_tuple(2, value_cstr("::1"), value_int(80));
	ck_assert_int_gt(family_inet6.looks_like(v), family_inet.looks_like(v));
	value_decref(v);
	/* A dotted quad is IPv4 whatever the length. */
	v = value_tuple(4, value_cstr("127.0.0.1"), value_int(80), value_int(0),
	    value_int(0));
	ck_assert_int_gt(family_inet.looks_like(v), family_inet6.looks_like(v));
	value_decref(v);
	v = value_int(3);
	ck_assert_int_eq(family_inet.looks_like(v) +
	                     family_inet6.looks_like(v) +
	                     family_unix.looks_like(v),
	    0);
	value_decref(v);
}
END_TEST

START_TEST(test_from_bytes)
{
	struct sockaddr_storage ss;
	unsigned char lo4[4] = { 127, 0, 0, 1 }, lo6[16] = { 0 };
	char *text;

	family_inet.from_bytes(&ss, lo4, 4000);
	text =
	    sockaddr_repr((struct sockaddr *)&ss, sizeof(struct sockaddr_in));
	ck_assert_str_eq(text, "('127.0.0.1', 4000)");
	free(text);
	lo6[15] = 1;
	family_inet6.from_bytes(&ss, lo6, 4000);
	text =
	    sockaddr_repr((struct sockaddr *)&ss, sizeof(struct sockaddr_in6));
	ck_assert_str_eq(text, "('::1', 4000, 0, 0)");
	free(text);
	ck_assert_str_eq(family_inet6.proc_tcp, "/proc/net/tcp6");
	ck_assert_ptr_null(family_unix.proc_tcp);
}
END_TEST

/* ---- call records carry the address ---------------------------------------- */

#define MAXREC 16
static struct callrec recs[MAXREC];
static int nrec;

static void
remember(const struct callrec *r, void *ctx)
{
	(void)ctx;
	if (nrec < MAXREC)
		recs[nrec++] = *r; /* the address is a copy: keep it whole */
}

static const struct callrec *
last(const char *name)
{
	int i;

	for (i = nrec - 1; i >= 0; i--)
		if (strcmp(recs[i].name, name) == 0)
			return (&recs[i]);
	return (NULL);
}

/* The record's address in Python notation. */
static void
addr_is(const struct callrec *r, const char *want)
{
	char *text;

	ck_assert_ptr_nonnull(r);
	ck_assert_int_eq(r->has_addr, 1);
	text = sockaddr_repr((const struct sockaddr *)&r->addr, r->addrlen);
	ck_assert_str_eq(text, want);
	free(text);
}

START_TEST(test_callrec_addresses)
{
	struct sockaddr_in sin, from;
	socklen_t len = sizeof(sin), flen;
	char buf[16], want[64];
	const struct callrec *r;
	int fd;

	nrec = 0;
	sys_set_observer(remember, NULL);
	fd = sys_socket(AF_INET, SOCK_DGRAM, 0);
	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(last("socket")->has_addr, 0);
	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	inet_pton(AF_INET, "127.0.0.1", &sin.sin_addr);
	ck_assert_int_eq(sys_bind(fd, (struct sockaddr *)&sin, sizeof(sin)), 0);
	addr_is(last("bind"), "('127.0.0.1', 0)");
	/* The record holds a copy, not the caller's buffer. */
	sin.sin_port = htons(1);
	addr_is(last("bind"), "('127.0.0.1', 0)");

	ck_assert_int_eq(sys_getsockname(fd, (struct sockaddr *)&sin, &len), 0);
	snprintf(want, sizeof(want), "('127.0.0.1', %u)", ntohs(sin.sin_port));
	addr_is(last("getsockname"), want);

	ck_assert_int_eq(
	    sys_sendto(fd, "hi", 2, 0, (struct sockaddr *)&sin, sizeof(sin)),
	    2);
	addr_is(last("sendto"), want);
	ck_assert_uint_eq(last("sendto")->addrlen, sizeof(sin));

	flen = sizeof(from);
	ck_assert_int_eq(sys_recvfrom(fd, buf, sizeof(buf), 0,
	                     (struct sockaddr *)&from, &flen),
	    2);
	addr_is(last("recvfrom"), want);

	/* send() and recv(): no address, and the tutor's send/recv. */
	ck_assert_int_eq(sys_sendto(fd, "x", 1, 0, NULL, 0), -1);
	r = last("sendto");
	ck_assert_int_eq(r->has_addr, 0);
	ck_assert_uint_eq(r->addrlen, 0);
	ck_assert_int_eq(
	    sys_sendto(fd, "hi", 2, 0, (struct sockaddr *)&sin, sizeof(sin)),
	    2);
	ck_assert_int_eq(sys_recvfrom(fd, buf, sizeof(buf), 0, NULL, NULL), 2);
	ck_assert_int_eq(last("recvfrom")->has_addr, 0);
	/* A failed recvfrom was given a buffer, but nothing came back. */
	flen = sizeof(from);
	ck_assert_int_eq(sys_recvfrom(fd, buf, sizeof(buf), MSG_DONTWAIT,
	                     (struct sockaddr *)&from, &flen),
	    -1);
	r = last("recvfrom");
	ck_assert_int_eq(r->has_addr, 1);
	ck_assert_uint_eq(r->addrlen, 0);
	ck_assert_int_eq(sys_close(fd), 0);
	ck_assert_int_eq(last("close")->has_addr, 0);

	/* A length beyond the family's struct: only the struct is copied. */
	{
		struct sockaddr_storage big;

		memset(&big, 0, sizeof(big));
		memcpy(&big, &sin, sizeof(sin));
		fd = sys_socket(AF_INET, SOCK_DGRAM, 0);
		ck_assert_int_eq(
		    sys_connect(fd, (struct sockaddr *)&big, sizeof(big)), 0);
		r = last("connect");
		ck_assert_uint_eq(r->addrlen, sizeof(struct sockaddr_in));
		addr_is(r, want);
		sys_close(fd);
	}
	sys_set_observer(NULL, NULL);
}
END_TEST

START_TEST(test_callrec_unix_names)
{
	struct sockaddr_un sun;
	socklen_t off = offsetof(struct sockaddr_un, sun_path), len;
	int sv[2];

	nrec = 0;
	sys_set_observer(remember, NULL);
	ck_assert_int_eq(sys_socketpair(AF_UNIX, SOCK_DGRAM, 0, sv), 0);
	memset(&sun, 0, sizeof(sun));
	sun.sun_family = AF_UNIX;
	snprintf(sun.sun_path + 1, sizeof(sun.sun_path) - 1, "sockshell-%ld",
	    (long)getpid());
	len = (socklen_t)(off + 1 + strlen(sun.sun_path + 1));
	ck_assert_int_eq(sys_bind(sv[0], (struct sockaddr *)&sun, len), 0);
	ck_assert_uint_eq(last("bind")->addrlen, len);
	ck_assert_int_eq(last("bind")->family, AF_UNIX);
	/* An unnamed sender: a buffer was given, the kernel wrote 0 bytes. */
	ck_assert_int_eq(sys_sendto(sv[1], "x", 1, 0, NULL, 0), 1);
	len = sizeof(sun);
	ck_assert_int_eq(
	    sys_recvfrom(sv[0], &sun, 1, 0, (struct sockaddr *)&sun, &len), 1);
	addr_is(last("recvfrom"), "None");
	ck_assert_uint_eq(last("recvfrom")->addrlen, 0);
	sys_close(sv[0]);
	sys_close(sv[1]);
	sys_set_observer(NULL, NULL);
}
END_TEST

/* ---- getaddrinfo reports to the same observer, with no trace line ------- */

static int
gai(const char *host, int family)
{
	struct addrinfo hints, *res = NULL;
	int rc;

	memset(&hints, 0, sizeof(hints));
	hints.ai_family = family;
	hints.ai_socktype = SOCK_STREAM;
	hints.ai_flags = AI_NUMERICHOST; /* never a lookup */
	rc = sys_getaddrinfo(host, "80", &hints, &res);
	if (rc == 0)
		freeaddrinfo(res);
	return (rc);
}

START_TEST(test_getaddrinfo_reports)
{
	nrec = 0;
	sys_set_observer(remember, NULL);
	ck_assert_int_eq(gai("127.0.0.1", AF_INET), 0);
	ck_assert_int_eq(nrec, 1);
	ck_assert_str_eq(recs[0].name, "getaddrinfo");
	ck_assert_ptr_null(recs[0].line);
	ck_assert_int_eq(recs[0].family, AF_INET);
	ck_assert_int_eq(recs[0].fd, -1);
	ck_assert_int_eq(recs[0].err, 0);
	/* A failed lookup was still a call, with the family asked for. */
	ck_assert_int_ne(gai("127.0.0.1", AF_INET6), 0);
	ck_assert_int_eq(nrec, 2);
	ck_assert_int_eq(recs[1].family, AF_INET6);
	ck_assert_int_eq(recs[1].err, 0);
	/* AF_UNSPEC: once per family of the answer; none if it failed. */
	ck_assert_int_eq(gai("::1", AF_UNSPEC), 0);
	ck_assert_int_eq(nrec, 3);
	ck_assert_int_eq(recs[2].family, AF_INET6);
	ck_assert_int_ne(gai("not-a-number", AF_UNSPEC), 0);
	ck_assert_int_eq(nrec, 3);
	/* The shell's own look-ups are not the learner's. */
	sys_quiet_push();
	ck_assert_int_eq(gai("127.0.0.1", AF_INET), 0);
	sys_quiet_pop();
	ck_assert_int_eq(nrec, 3);
	sys_set_observer(NULL, NULL);
}
END_TEST

Suite *
suite(void)
{
	Suite *su = suite_create("family");
	TCase *rows = tcase_create("rows");
	TCase *calls = tcase_create("calls");

	tcase_add_test(rows, test_find);
	tcase_add_test(rows, test_both_ways);
	tcase_add_test(rows, test_python_errors);
	tcase_add_test(rows, test_strace_fields);
	tcase_add_test(rows, test_layout_and_table_hooks);
	tcase_add_test(rows, test_looks_like);
	tcase_add_test(rows, test_from_bytes);
	suite_add_tcase(su, rows);
	tcase_add_test(calls, test_callrec_addresses);
	tcase_add_test(calls, test_callrec_unix_names);
	tcase_add_test(calls, test_getaddrinfo_reports);
	suite_add_tcase(su, calls);
	return (su);
}
