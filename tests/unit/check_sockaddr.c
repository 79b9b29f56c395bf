/* check_sockaddr.c -- unit suite for src/sockaddr.c: names both ways */
#include <config.h>

#include <sys/socket.h>
#include <sys/un.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check_main.h"
#include "exc.h"
#include "sockaddr.h"
#include "value.h"

/*
 * Every expected message below was first printed by python3 3.11 for the
 * same address (see CURRICULUM.md section 1); keep them byte for byte.
 */

static struct value *
pair(struct value *a, struct value *b)
{
	return (value_tuple(2, a, b));
}

static struct value *
s(const char *text)
{
	return (value_cstr(text));
}

static struct value *
i(long long n)
{
	return (value_int(n));
}

/* Convert (consuming addr); 0 or -1 as sockaddr_from_value. */
static int
conv(int family, struct value *addr, struct sockaddr_storage *ss,
    socklen_t *len)
{
	int rc = sockaddr_from_value(family, addr, "bind", ss, len);

	value_decref(addr);
	return (rc);
}

/* The pending exception as Python's last traceback line (malloc'd). */
static char *
pending_line(void)
{
	struct value *e = err_fetch();
	char *line;

	ck_assert_ptr_nonnull(e);
	line = exc_format_line(e);
	value_decref(e);
	return (line);
}

/* Conversion must fail with exactly this traceback line. */
static void
fails_with(int family, struct value *addr, const char *want)
{
	struct sockaddr_storage ss;
	socklen_t len;
	char *line;

	ck_assert_int_eq(conv(family, addr, &ss, &len), -1);
	line = pending_line();
	ck_assert_str_eq(line, want);
	free(line);
}

/* Conversion succeeds and reads back (sockaddr_to_value) as want. */
static void
reads_back(int family, struct value *addr, socklen_t wantlen, const char *want)
{
	struct sockaddr_storage ss;
	socklen_t len = 0;
	char *text;

	ck_assert_int_eq(conv(family, addr, &ss, &len), 0);
	ck_assert_int_eq(ss.ss_family, family);
	ck_assert_uint_eq(len, wantlen);
	text = sockaddr_repr((struct sockaddr *)&ss, len);
	ck_assert_str_eq(text, want);
	free(text);
}

/* ---- AF_INET ---------------------------------------------------------- */

START_TEST(test_inet_bytes)
{
	static const unsigned char want[16] = { 0x02, 0x00, 0x1f, 0x90, 0x7f,
		0x00, 0x00, 0x01 };
	struct sockaddr_storage ss;
	socklen_t len;

	ck_assert_int_eq(
	    conv(AF_INET, pair(s("127.0.0.1"), i(8080)), &ss, &len), 0);
	ck_assert_uint_eq(len, 16);
	ck_assert_mem_eq(&ss, want, 16);
}
END_TEST

START_TEST(test_inet_round_trips)
{
	reads_back(AF_INET, pair(s("127.0.0.1"), i(8080)), 16,
	    "('127.0.0.1', 8080)");
	reads_back(AF_INET, pair(s(""), i(0)), 16, "('0.0.0.0', 0)");
	reads_back(AF_INET, pair(s("<broadcast>"), i(9)), 16,
	    "('255.255.255.255', 9)");
	reads_back(AF_INET, pair(s("255.255.255.255"), i(9)), 16,
	    "('255.255.255.255', 9)");
	/* Short forms go through getaddrinfo, which reads them numerically. */
	reads_back(AF_INET, pair(s("127.1"), i(65535)), 16,
	    "('127.0.0.1', 65535)");
	/* In /etc/hosts: no DNS query. */
	reads_back(AF_INET, pair(s("localhost"), i(1)), 16, "('127.0.0.1', 1)");
	reads_back(AF_INET, pair(value_bytes("127.0.0.9", 9), i(0)), 16,
	    "('127.0.0.9', 0)");
	reads_back(AF_INET, pair(s("127.0.0.1"), value_bool(1)), 16,
	    "('127.0.0.1', 1)");
	/* Octets of one, two and three digits, zeros inside included. */
	reads_back(AF_INET, pair(s("1.9.99.100"), i(7)), 16,
	    "('1.9.99.100', 7)");
	reads_back(AF_INET, pair(s("10.200.0.109"), i(7)), 16,
	    "('10.200.0.109', 7)");
	reads_back(AF_INET, pair(s("0.0.0.0"), i(7)), 16, "('0.0.0.0', 7)");
}
END_TEST

START_TEST(test_inet_shape_errors)
{
	fails_with(AF_INET, s("127.0.0.1"),
	    "TypeError: bind(): AF_INET address must be tuple, not str");
	fails_with(AF_INET, value_list_new(0),
	    "TypeError: bind(): AF_INET address must be tuple, not list");
	fails_with(AF_INET, value_tuple(1, s("127.0.0.1")),
	    "TypeError: AF_INET address must be a pair (host, port)");
	fails_with(AF_INET, value_tuple(3, s("127.0.0.1"), i(0), i(0)),
	    "TypeError: AF_INET address must be a pair (host, port)");
	fails_with(AF_INET, pair(i(1), i(0)),
	    "TypeError: str, bytes or bytearray expected, not int");
	fails_with(AF_INET, pair(value_none(), i(0)),
	    "TypeError: str, bytes or bytearray expected, not NoneType");
	fails_with(AF_INET, pair(value_str("127.0.0.1\0", 10), i(0)),
	    "TypeError: host name must not contain null character");
}
END_TEST

START_TEST(test_inet_port_errors)
{
	struct sockaddr_storage ss;
	struct value *addr;
	socklen_t len;
	char *line;

	fails_with(AF_INET, pair(s("127.0.0.1"), i(70000)),
	    "OverflowError: bind(): port must be 0-65535.");
	fails_with(AF_INET, pair(s("127.0.0.1"), i(-1)),
	    "OverflowError: bind(): port must be 0-65535.");
	fails_with(AF_INET, pair(s("127.0.0.1"), i(2147483648LL)),
	    "OverflowError: bind(): port must be 0-65535.");
	fails_with(AF_INET, pair(s("127.0.0.1"), s("80")),
	    "TypeError: 'str' object cannot be interpreted as an integer");
	fails_with(AF_INET, pair(s("127.0.0.1"), value_float(1.5)),
	    "TypeError: 'float' object cannot be interpreted as an integer");
	fails_with(AF_INET, pair(s("127.0.0.1"), value_none()),
	    "TypeError: 'NoneType' object cannot be interpreted as an integer");
	/* The caller's name is in the message. */
	addr = pair(s(""), i(65536));
	ck_assert_int_eq(
	    sockaddr_from_value(AF_INET, addr, "connect", &ss, &len), -1);
	value_decref(addr);
	line = pending_line();
	ck_assert_str_eq(line,
	    "OverflowError: connect(): port must be 0-65535.");
	free(line);
}
END_TEST

START_TEST(test_inet_resolution_errors)
{
	struct value *e;

	/* An IPv6 literal on AF_INET: -9 from glibc, no packet sent. */
	fails_with(AF_INET, pair(s("::1"), i(0)),
	    "socket.gaierror: [Errno -9] Address family for hostname not "
	    "supported");
	/* The host is resolved before the port's range is checked... */
	fails_with(AF_INET, pair(s("::1"), i(70000)),
	    "socket.gaierror: [Errno -9] Address family for hostname not "
	    "supported");
	/* ...but a port beyond a C int fails first, while parsing. */
	fails_with(AF_INET, pair(s("::1"), i(1LL << 40)),
	    "OverflowError: bind(): port must be 0-65535.");
	/* gaierror's errno is the EAI number. */
	{
		struct sockaddr_storage ss;
		socklen_t len;

		ck_assert_int_eq(conv(AF_INET, pair(s("::1"), i(0)), &ss, &len),
		    -1);
		ck_assert(err_matches(&cls_gaierror));
		ck_assert(err_matches(&cls_OSError));
		e = err_fetch();
		ck_assert_ptr_nonnull(e->u.exc->errnum);
		ck_assert_int_eq(e->u.exc->errnum->u.i, -9);
		value_decref(e);
	}
}
END_TEST

/* ---- AF_INET6 --------------------------------------------------------- */

START_TEST(test_inet6_tuples)
{
	struct sockaddr_storage ss;
	struct sockaddr_in6 *sin6 = (struct sockaddr_in6 *)&ss;
	socklen_t len;

	reads_back(AF_INET6, pair(s("::1"), i(8080)), 28,
	    "('::1', 8080, 0, 0)");
	reads_back(AF_INET6, value_tuple(3, s("::1"), i(80), i(5)), 28,
	    "('::1', 80, 5, 0)");
	reads_back(AF_INET6, value_tuple(4, s("::1"), i(80), i(1048575), i(7)),
	    28, "('::1', 80, 1048575, 7)");
	reads_back(AF_INET6, pair(s(""), i(0)), 28, "('::', 0, 0, 0)");
	reads_back(AF_INET6, pair(s("::ffff:127.0.0.1"), i(0)), 28,
	    "('::ffff:127.0.0.1', 0, 0, 0)");
	reads_back(AF_INET6, pair(value_bytes("::1", 3), i(0)), 28,
	    "('::1', 0, 0, 0)");
	/* "I" takes any int modulo 2**32: 2**32+5 is flowinfo 5. */
	ck_assert_int_eq(
	    conv(AF_INET6,
	        value_tuple(4, s("::1"), i(0), i((1LL << 32) + 5), i(-1)), &ss,
	        &len),
	    0);
	ck_assert_uint_eq(ntohl(sin6->sin6_flowinfo), 5);
	ck_assert_uint_eq(sin6->sin6_scope_id, 0xffffffffu);
}
END_TEST

START_TEST(test_inet6_errors)
{
	fails_with(AF_INET6, s("::1"),
	    "TypeError: bind(): AF_INET6 address must be tuple, not str");
	fails_with(AF_INET6, value_tuple(1, s("::1")),
	    "TypeError: AF_INET6 address must be a tuple (host, port[, "
	    "flowinfo[, scopeid]])");
	fails_with(AF_INET6, value_tuple(5, s("::1"), i(0), i(0), i(0), i(0)),
	    "TypeError: AF_INET6 address must be a tuple (host, port[, "
	    "flowinfo[, scopeid]])");
	fails_with(AF_INET6, value_tuple(3, s("::1"), i(0), i(1048576)),
	    "OverflowError: bind(): flowinfo must be 0-1048575.");
	fails_with(AF_INET6, value_tuple(3, s("::1"), i(0), i(-1)),
	    "OverflowError: bind(): flowinfo must be 0-1048575.");
	fails_with(AF_INET6, value_tuple(3, s("::1"), i(0), s("x")),
	    "TypeError: 'str' object cannot be interpreted as an integer");
	fails_with(AF_INET6, value_tuple(4, s("::1"), i(0), i(0), s("x")),
	    "TypeError: 'str' object cannot be interpreted as an integer");
	fails_with(AF_INET6, pair(s("::1"), i(70000)),
	    "OverflowError: bind(): port must be 0-65535.");
	/* Port before flowinfo: the range checks run in CPython's order. */
	fails_with(AF_INET6, value_tuple(3, s("::1"), i(70000), i(1 << 30)),
	    "OverflowError: bind(): port must be 0-65535.");
	fails_with(AF_INET6, pair(s("127.0.0.1"), i(0)),
	    "socket.gaierror: [Errno -9] Address family for hostname not "
	    "supported");
	fails_with(AF_INET6, pair(s("<broadcast>"), i(0)),
	    "OSError: address family mismatched");
	fails_with(AF_INET6, pair(i(5), i(0)),
	    "TypeError: str, bytes or bytearray expected, not int");
}
END_TEST

START_TEST(test_inet6_scope_to_value)
{
	struct sockaddr_in6 sin6;
	char *text;

	/* Python 3.11 keeps the scope in the tuple, not as '%lo'. */
	memset(&sin6, 0, sizeof(sin6));
	sin6.sin6_family = AF_INET6;
	sin6.sin6_port = htons(80);
	inet_pton(AF_INET6, "fe80::1", &sin6.sin6_addr);
	sin6.sin6_scope_id = 1;
	sin6.sin6_flowinfo = htonl(3);
	text = sockaddr_repr((struct sockaddr *)&sin6, sizeof(sin6));
	ck_assert_str_eq(text, "('fe80::1', 80, 3, 1)");
	free(text);
}
END_TEST

/* ---- AF_UNIX ---------------------------------------------------------- */

/* A str (or bytes) of n bytes: prefix then filler; prefix "": abstract. */
static struct value *
sized(const char *prefix, char fill, size_t n, int bytes)
{
	char *p = malloc(n + 1);
	struct value *v;

	memset(p, fill, n);
	memcpy(p, prefix, strlen(prefix) < n ? strlen(prefix) : n);
	if (*prefix == '\0')
		p[0] = '\0'; /* an abstract name */
	v = bytes ? value_bytes(p, n) : value_str(p, n);
	free(p);
	return (v);
}

START_TEST(test_unix_lengths)
{
	struct sockaddr_storage ss;
	struct sockaddr_un *sun = (struct sockaddr_un *)&ss;
	socklen_t len;

	/* A path: 2 + len + 1, so up to 107 bytes. */
	ck_assert_int_eq(conv(AF_UNIX, s("/tmp/demo.sock"), &ss, &len), 0);
	ck_assert_uint_eq(len, 17);
	ck_assert_str_eq(sun->sun_path, "/tmp/demo.sock");
	ck_assert_int_eq(conv(AF_UNIX, sized("/tmp/", 'a', 107, 0), &ss, &len),
	    0);
	ck_assert_uint_eq(len, 110);
	ck_assert_int_eq(sun->sun_path[107], '\0');
	fails_with(AF_UNIX, sized("/tmp/", 'a', 108, 0),
	    "OSError: AF_UNIX path too long");
	fails_with(AF_UNIX, sized("/tmp/", 'a', 108, 1),
	    "OSError: AF_UNIX path too long");
	/* Abstract: 2 + len, up to all 108 bytes. */
	ck_assert_int_eq(conv(AF_UNIX, value_bytes("\0demo", 5), &ss, &len), 0);
	ck_assert_uint_eq(len, 7);
	ck_assert_int_eq(conv(AF_UNIX, sized("", 'z', 108, 1), &ss, &len), 0);
	ck_assert_uint_eq(len, 110);
	fails_with(AF_UNIX, sized("", 'z', 109, 1),
	    "OSError: AF_UNIX path too long");
	/* A str may name an abstract socket too. */
	ck_assert_int_eq(conv(AF_UNIX, value_str("\0abc", 4), &ss, &len), 0);
	ck_assert_uint_eq(len, 6);
	/* '' and b'': autobind, just the family. */
	ck_assert_int_eq(conv(AF_UNIX, s(""), &ss, &len), 0);
	ck_assert_uint_eq(len, 2);
	ck_assert_int_eq(ss.ss_family, AF_UNIX);
	ck_assert_int_eq(conv(AF_UNIX, value_bytes("", 0), &ss, &len), 0);
	ck_assert_uint_eq(len, 2);
}
END_TEST

START_TEST(test_unix_too_long_has_no_errno)
{
	struct sockaddr_storage ss;
	socklen_t len;
	struct value *e;

	ck_assert_int_eq(conv(AF_UNIX, sized("/", 'a', 200, 0), &ss, &len), -1);
	e = err_fetch();
	ck_assert_ptr_eq(e->u.exc->cls, &cls_OSError);
	ck_assert_ptr_null(e->u.exc->errnum); /* e.errno is None */
	value_decref(e);
}
END_TEST

START_TEST(test_unix_type_errors)
{
	fails_with(AF_UNIX, i(5),
	    "TypeError: a bytes-like object is required, not 'int'");
	fails_with(AF_UNIX, pair(s("/tmp/x"), i(0)),
	    "TypeError: a bytes-like object is required, not 'tuple'");
	fails_with(AF_UNIX, value_none(),
	    "TypeError: a bytes-like object is required, not 'NoneType'");
}
END_TEST

static char *
un_repr(const char *path, size_t n, socklen_t len)
{
	struct sockaddr_un sun;

	memset(&sun, 0, sizeof(sun));
	sun.sun_family = AF_UNIX;
	memcpy(sun.sun_path, path, n);
	return (sockaddr_repr((struct sockaddr *)&sun, len));
}

START_TEST(test_unix_to_value)
{
	struct value *v;
	char *t;

	t = un_repr("/tmp/demo.sock", 14, 17);
	ck_assert_str_eq(t, "'/tmp/demo.sock'");
	free(t);
	/* C's SUN_LEN leaves the NUL out: same name. */
	t = un_repr("/tmp/demo.sock", 14, 16);
	ck_assert_str_eq(t, "'/tmp/demo.sock'");
	free(t);
	t = un_repr("\0demo", 5, 7);
	ck_assert_str_eq(t, "b'\\x00demo'");
	free(t);
	/* Unnamed: length 2. */
	t = un_repr("", 0, 2);
	ck_assert_str_eq(t, "''");
	free(t);
	/* Length 0: the unnamed sender of a datagram. */
	v = sockaddr_to_value((const struct sockaddr *)"", 0);
	ck_assert_int_eq(v->kind, KIND_NONE);
	value_decref(v);
	/* An abstract name keeps its NULs, all 108 bytes of them. */
	{
		struct sockaddr_un sun;

		memset(&sun, 0, sizeof(sun));
		sun.sun_family = AF_UNIX;
		v = sockaddr_to_value((struct sockaddr *)&sun, sizeof(sun));
		ck_assert_int_eq(v->kind, KIND_BYTES);
		ck_assert_uint_eq(v->u.s.len, 108);
		value_decref(v);
	}
}
END_TEST

START_TEST(test_unix_undecodable_round_trip)
{
	struct sockaddr_storage ss;
	struct sockaddr_un *sun = (struct sockaddr_un *)&ss;
	struct value *v;
	socklen_t len;
	char *t;

	/* b'/tmp/bad\xff' reads back as '/tmp/bad\udcff', as in Python. */
	t = un_repr("/tmp/bad\xff", 9, 12);
	ck_assert_str_eq(t, "'/tmp/bad\\udcff'");
	free(t);
	memset(&ss, 0, sizeof(ss));
	sun->sun_family = AF_UNIX;
	memcpy(sun->sun_path, "/tmp/bad\xff", 9);
	v = sockaddr_to_value((struct sockaddr *)&ss, 12);
	ck_assert_int_eq(v->kind, KIND_STR);
	/* ...and that str binds to the very same bytes. */
	memset(&ss, 0, sizeof(ss));
	ck_assert_int_eq(conv(AF_UNIX, v, &ss, &len), 0);
	ck_assert_uint_eq(len, 12);
	ck_assert_mem_eq(sun->sun_path, "/tmp/bad\xff", 10);
	/* Valid UTF-8 stays as it is. */
	t = un_repr("/tmp/\xc3\xa9", 7, 10);
	ck_assert_str_eq(t, "'/tmp/\xc3\xa9'");
	free(t);
}
END_TEST

START_TEST(test_unknown_family)
{
	struct sockaddr sa;
	struct sockaddr_storage ss;
	socklen_t len;
	char *t;

	memset(&sa, 0, sizeof(sa));
	sa.sa_family = AF_APPLETALK;
	t = sockaddr_repr(&sa, sizeof(sa));
	ck_assert_str_eq(t,
	    "(5, b'\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00\\x00"
	    "\\x00\\x00\\x00\\x00\\x00')");
	free(t);
	fails_with(AF_APPLETALK, pair(s(""), i(0)),
	    "OSError: getsockaddrarg: bad family");
	(void)ss;
	(void)len;
}
END_TEST

START_TEST(test_resolve)
{
	struct sockaddr_storage ss;
	char *line;

	ck_assert_int_eq(sockaddr_resolve("127.1", AF_INET, &ss), 0);
	ck_assert_uint_eq(((struct sockaddr_in *)&ss)->sin_addr.s_addr,
	    htonl(0x7f000001));
	ck_assert_int_eq(sockaddr_resolve("::1", AF_UNSPEC, &ss), 0);
	ck_assert_int_eq(ss.ss_family, AF_INET6);
	ck_assert_int_eq(sockaddr_resolve("<broadcast>", AF_UNSPEC, &ss), 0);
	ck_assert_int_eq(ss.ss_family, AF_INET);
	ck_assert_int_eq(sockaddr_resolve("::1", AF_INET, &ss), -1);
	line = pending_line();
	ck_assert_str_eq(line, "socket.gaierror: [Errno -9] Address family for "
	                       "hostname not supported");
	free(line);
}
END_TEST

/* ---- through the kernel ------------------------------------------------- */

/* bind(addr) through the conversion, then getsockname back to Python. */
static char *
bind_and_name(int family, int type, struct value *addr, int *fdp)
{
	struct sockaddr_storage ss, got;
	socklen_t len, glen = sizeof(got);
	int fd = socket(family, type | SOCK_CLOEXEC, 0);

	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(conv(family, addr, &ss, &len), 0);
	ck_assert_int_eq(bind(fd, (struct sockaddr *)&ss, len), 0);
	memset(&got, 0, sizeof(got));
	ck_assert_int_eq(getsockname(fd, (struct sockaddr *)&got, &glen), 0);
	if (fdp != NULL)
		*fdp = fd;
	else
		close(fd);
	return (sockaddr_repr((struct sockaddr *)&got, glen));
}

START_TEST(test_kernel_inet)
{
	char *t = bind_and_name(AF_INET, SOCK_DGRAM, pair(s("127.0.0.1"), i(0)),
	    NULL);

	/* The kernel chose a port: ('127.0.0.1', N) with N > 0. */
	ck_assert_msg(strncmp(t, "('127.0.0.1', ", 14) == 0, "%s", t);
	ck_assert_int_gt(atoi(t + 14), 0);
	free(t);
	t = bind_and_name(AF_INET, SOCK_STREAM, pair(s("127.0.0.9"), i(0)),
	    NULL);
	ck_assert_msg(strncmp(t, "('127.0.0.9', ", 14) == 0, "%s", t);
	free(t);
}
END_TEST

START_TEST(test_kernel_inet6)
{
	char *t = bind_and_name(AF_INET6, SOCK_DGRAM,
	    value_tuple(4, s("::1"), i(0), i(5), i(0)), NULL);

	/* flowinfo given to bind is not kept: getsockname says 0. */
	ck_assert_msg(strncmp(t, "('::1', ", 8) == 0, "%s", t);
	ck_assert_msg(strcmp(t + strlen(t) - 7, ", 0, 0)") == 0, "%s", t);
	free(t);
}
END_TEST

START_TEST(test_kernel_unix)
{
	char dir[] = "/tmp/check_sockaddr.XXXXXX", path[128], want[140], *t;
	int fd;

	ck_assert_ptr_nonnull(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/demo.sock", dir);
	t = bind_and_name(AF_UNIX, SOCK_STREAM, s(path), &fd);
	snprintf(want, sizeof(want), "'%s'", path);
	ck_assert_str_eq(t, want);
	free(t);
	close(fd);
	unlink(path);
	rmdir(dir);
	/* Abstract: bytes back, exactly as given (pid makes it unique). */
	snprintf(path, sizeof(path), "%ccheck_sockaddr.%ld", '\0',
	    (long)getpid());
	t = bind_and_name(AF_UNIX, SOCK_DGRAM,
	    value_bytes(path, 1 + strlen(path + 1)), NULL);
	snprintf(want, sizeof(want), "b'\\x00%s'", path + 1);
	ck_assert_str_eq(t, want);
	free(t);
	/* Autobind: '' gives NUL + five hex digits. */
	t = bind_and_name(AF_UNIX, SOCK_DGRAM, s(""), NULL);
	ck_assert_msg(strncmp(t, "b'\\x00", 6) == 0 && strlen(t) == 12, "%s",
	    t);
	free(t);
}
END_TEST

START_TEST(test_kernel_unnamed_unix)
{
	struct sockaddr_storage got;
	socklen_t glen = sizeof(got);
	int sv[2];
	char *t;

	ck_assert_int_eq(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
	ck_assert_int_eq(getsockname(sv[0], (struct sockaddr *)&got, &glen), 0);
	ck_assert_uint_eq(glen, 2);
	t = sockaddr_repr((struct sockaddr *)&got, glen);
	ck_assert_str_eq(t, "''");
	free(t);
	close(sv[0]);
	close(sv[1]);
}
END_TEST

Suite *
suite(void)
{
	Suite *su = suite_create("sockaddr");
	TCase *in = tcase_create("inet");
	TCase *in6 = tcase_create("inet6");
	TCase *un = tcase_create("unix");
	TCase *k = tcase_create("kernel");

	tcase_add_test(in, test_inet_bytes);
	tcase_add_test(in, test_inet_round_trips);
	tcase_add_test(in, test_inet_shape_errors);
	tcase_add_test(in, test_inet_port_errors);
	tcase_add_test(in, test_inet_resolution_errors);
	tcase_add_test(in, test_unknown_family);
	tcase_add_test(in, test_resolve);
	suite_add_tcase(su, in);
	tcase_add_test(in6, test_inet6_tuples);
	tcase_add_test(in6, test_inet6_errors);
	tcase_add_test(in6, test_inet6_scope_to_value);
	suite_add_tcase(su, in6);
	tcase_add_test(un, test_unix_lengths);
	tcase_add_test(un, test_unix_too_long_has_no_errno);
	tcase_add_test(un, test_unix_type_errors);
	tcase_add_test(un, test_unix_to_value);
	tcase_add_test(un, test_unix_undecodable_round_trip);
	suite_add_tcase(su, un);
	tcase_add_test(k, test_kernel_inet);
	tcase_add_test(k, test_kernel_inet6);
	tcase_add_test(k, test_kernel_unix);
	tcase_add_test(k, test_kernel_unnamed_unix);
	suite_add_tcase(su, k);
	return (su);
}
