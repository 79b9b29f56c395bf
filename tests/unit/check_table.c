/* check_table.c -- unit suite for src/table.c: the .sockets table */
#include <config.h>

#include <sys/socket.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "check_main.h"
#include "eval.h"
#include "exc.h"
#include "parser.h"
#include "table.h"
#include "value.h"
#include "xmalloc.h"

/* Run Python lines in the session; every line must succeed. */
static void
run(struct interp *in, const char *src)
{
	struct program *p = NULL;
	struct parse_error pe;

	ck_assert_int_eq(parse_source(src, strlen(src), 1, &p, &pe), PARSE_OK);
	ck_assert_msg(interp_exec(in, p, NULL, NULL, NULL) == 0, "failed: %s",
	    src);
	program_free(p);
}

/* The row whose names are exactly `names`, or fail. */
static const struct table_row *
row(const struct table_row *r, size_t n, const char *names)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(r[i].names, names) == 0)
			return (&r[i]);
	ck_abort_msg("no row named %s", names);
	return (NULL);
}

/* table_print's output, malloc'd. */
static char *
printed(const struct table_row *r, size_t n, size_t width)
{
	char *text = NULL;
	size_t size = 0;
	FILE *fp = open_memstream(&text, &size);

	table_print(fp, r, n, width);
	fclose(fp);
	return (text);
}

#define HAS(text, part)                                                        \
	ck_assert_msg(strstr((text), (part)) != NULL, "missing:\n%s\nin:\n%s", \
	    (part), (text))

START_TEST(test_state_names)
{
	/* ORDER TCP_STATES: the kernel's numbering (tcp_states.h). */
	ck_assert_str_eq(table_tcp_state_name(1), "ESTABLISHED");
	ck_assert_str_eq(table_tcp_state_name(2), "SYN_SENT");
	ck_assert_str_eq(table_tcp_state_name(4), "FIN_WAIT1");
	ck_assert_str_eq(table_tcp_state_name(5), "FIN_WAIT2");
	ck_assert_str_eq(table_tcp_state_name(6), "TIME_WAIT");
	ck_assert_str_eq(table_tcp_state_name(7), "CLOSE");
	ck_assert_str_eq(table_tcp_state_name(8), "CLOSE_WAIT");
	ck_assert_str_eq(table_tcp_state_name(9), "LAST_ACK");
	ck_assert_str_eq(table_tcp_state_name(10), "LISTEN");
	ck_assert_str_eq(table_tcp_state_name(11), "CLOSING");
	ck_assert_str_eq(table_tcp_state_name(0), "UNKNOWN");
	ck_assert_str_eq(table_tcp_state_name(99), "UNKNOWN");
}
END_TEST

START_TEST(test_shorten)
{
	char out[64];

	ck_assert_str_eq(table_shorten("conn", 6, 0, out, sizeof(out)), "conn");
	ck_assert_str_eq(table_shorten("conn, addr", 6, 0, out, sizeof(out)),
	    "conn,~");
	/* Addresses keep their end: the port is what tells them apart. */
	ck_assert_str_eq(
	    table_shorten("('127.0.0.1', 51234)", 12, 1, out, sizeof(out)),
	    "~.1', 51234)");
	ck_assert_uint_eq(strlen(out), 12);
	ck_assert_str_eq(
	    table_shorten("'/tmp/a/very/long/x.sock'", 10, 1, out, sizeof(out)),
	    "~g/x.sock'");
	/* Columns, not bytes: a code point is never cut in half. */
	ck_assert_str_eq(
	    table_shorten("\xc3\xa9\xc3\xa9\xc3\xa9", 2, 0, out, sizeof(out)),
	    "\xc3\xa9~");
	ck_assert_str_eq(table_shorten("abc", 0, 0, out, sizeof(out)), "");
}
END_TEST

START_TEST(test_empty)
{
	char *t = printed(NULL, 0, 0);

	ck_assert_str_eq(t, "(no sockets)\n");
	free(t);
}
END_TEST

/* The L5 sequence: listen, connect, accept. */
START_TEST(test_listen_connect_accept)
{
	struct interp *in = interp_new();
	struct table_row *r;
	const struct table_row *srv, *cli, *conn;
	size_t n;
	char *t, *foot, port[16];

	run(in, "import socket\n"
	        "srv = socket.socket(); srv.bind(('127.0.0.1', 0)); "
	        "srv.listen()\n"
	        "cli = socket.socket(); cli.connect(srv.getsockname())\n"
	        "conn, addr = srv.accept()\n");
	n = table_collect(in, &r);
	ck_assert_uint_eq(n, 3);
	srv = row(r, n, "srv");
	cli = row(r, n, "cli");
	conn = row(r, n, "conn");
	ck_assert_int_lt(srv->fd, cli->fd); /* ordered by fd */
	ck_assert_int_lt(cli->fd, conn->fd);
	ck_assert_str_eq(srv->state, "LISTEN 0 queued");
	ck_assert_str_eq(cli->state, "ESTABLISHED");
	ck_assert_str_eq(conn->state, "ESTABLISHED");
	ck_assert_str_eq(srv->remote, "-");
	/* Each end's remote name is the other's local name. */
	ck_assert_str_eq(cli->remote, conn->local);
	ck_assert_str_eq(conn->remote, cli->local);
	ck_assert_str_eq(conn->local, srv->local);
	ck_assert_str_eq(srv->mode, "blocking");
	ck_assert_int_eq(table_footer(r, n, &foot), 2);
	snprintf(port, sizeof(port), "%d",
	    ntohs(((struct sockaddr_in *)&srv->la)->sin_port));
	HAS(foot, "cli <-> conn: one TCP connection, ('127.0.0.1', ");
	HAS(foot, " <-> ('127.0.0.1', ");
	HAS(foot, "conn shares srv's port, ('127.0.0.1', ");
	HAS(foot, port);
	t = printed(r, n, 0);
	HAS(t, "NAME  FD  FAMILY  TYPE    LOCAL");
	HAS(t, foot);
	ck_assert_ptr_null(strchr(t, '\t'));
	free(t);
	free(foot);
	table_rows_free(r, n);
	interp_free(in);
}
END_TEST

/* tcpi_unacked is a listener's accept queue: two connects, two queued. */
START_TEST(test_accept_queue)
{
	struct interp *in = interp_new();
	struct table_row *r;
	size_t n;

	run(in, "import socket\n"
	        "srv = socket.socket(); srv.bind(('127.0.0.1', 0)); "
	        "srv.listen(5)\n"
	        "a = socket.socket(); a.connect(srv.getsockname())\n"
	        "b = socket.socket(); b.connect(srv.getsockname())\n");
	n = table_collect(in, &r);
	ck_assert_str_eq(row(r, n, "srv")->state, "LISTEN 2 queued");
	ck_assert_int_eq(row(r, n, "srv")->inq, -1); /* no byte queues */
	table_rows_free(r, n);
	run(in, "c = srv.accept()\n");
	n = table_collect(in, &r);
	ck_assert_str_eq(row(r, n, "srv")->state, "LISTEN 1 queued");
	row(r, n, "c[0]"); /* a socket inside a tuple is named by index */
	table_rows_free(r, n);
	interp_free(in);
}
END_TEST

START_TEST(test_udp_unix_closed_and_modes)
{
	struct interp *in = interp_new();
	struct table_row *r;
	size_t n;
	char *t, *foot;

	run(in, "import socket\n"
	        "u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"
	        "b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); "
	        "b.bind(('127.0.0.1', 0)); b.settimeout(2)\n"
	        "c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); "
	        "c.connect(b.getsockname()); c.setblocking(False)\n"
	        "c.send(b'abc')\n"
	        "p = socket.socketpair()\n"
	        "t = socket.socket(); t.close()\n"
	        "fresh = socket.socket()\n");
	n = table_collect(in, &r);
	ck_assert_str_eq(row(r, n, "u")->state, "unbound");
	ck_assert_str_eq(row(r, n, "u")->local, "('0.0.0.0', 0) (unbound)");
	ck_assert_str_eq(row(r, n, "b")->state, "bound");
	ck_assert_str_eq(row(r, n, "b")->mode, "timeout 2.0s");
	ck_assert_int_eq(row(r, n, "b")->inq, 3); /* one datagram waiting */
	ck_assert_str_eq(row(r, n, "c")->state, "connected");
	ck_assert_str_eq(row(r, n, "c")->mode, "non-blocking");
	ck_assert_str_eq(row(r, n, "p[0]")->state, "connected");
	ck_assert_str_eq(row(r, n, "p[0]")->local, "'' (unnamed)");
	ck_assert_str_eq(row(r, n, "t")->state, "closed");
	ck_assert_int_eq(row(r, n, "t")->fd, -1);
	ck_assert_ptr_eq(row(r, n, "t"), &r[n - 1]); /* closed ones last */
	/* A fresh TCP socket is CLOSE in the kernel's own words. */
	ck_assert_str_eq(row(r, n, "fresh")->state, "CLOSE");
	table_footer(r, n, &foot);
	HAS(foot, "p[0] <-> p[1]: a socketpair, neither end has a name");
	/* c is connected to b, but b is not connected to c: no pair. */
	ck_assert_ptr_null(strstr(foot, "UDP"));
	free(foot);
	t = printed(r, n, 0);
	HAS(t, "timeout 2.0s");
	free(t);
	table_rows_free(r, n);
	interp_free(in);
}
END_TEST

/* A row made by hand, for the layout (kernel values need not be real). */
static void
fake(struct table_row *r, const char *names, int fd, const char *local,
    const char *remote, const char *state)
{
	memset(r, 0, sizeof(*r));
	r->names = xstrdup(names);
	r->fd = fd;
	r->family = AF_INET;
	r->type = SOCK_STREAM;
	r->local = xstrdup(local);
	r->remote = xstrdup(remote);
	r->state = xstrdup(state);
	r->inq = 0;
	r->outq = 0;
	r->mode = xstrdup("timeout 2.0s");
}

static void
inet_name(struct sockaddr_storage *ss, socklen_t *len, const char *host,
    int port)
{
	struct sockaddr_in *sin = (struct sockaddr_in *)ss;

	memset(ss, 0, sizeof(*ss));
	sin->sin_family = AF_INET;
	sin->sin_port = htons(port);
	inet_pton(AF_INET, host, &sin->sin_addr);
	*len = sizeof(*sin);
}

START_TEST(test_fits_80_columns)
{
	struct table_row *r = xcalloc(3, sizeof(*r));
	char *t, *line, *save = NULL;

	fake(&r[0], "a_listening_socket_with_a_long_name", 3,
	    "('127.0.0.1', 4000)", "-", "LISTEN 0 queued");
	fake(&r[1], "client, other_name_for_it", 4, "('127.0.0.1', 51234)",
	    "('127.0.0.1', 4000)", "ESTABLISHED");
	fake(&r[2], "conn", 5, "('127.0.0.1', 4000)", "('127.0.0.1', 51234)",
	    "ESTABLISHED");
	t = printed(r, 3, 80);
	for (line = strtok_r(t, "\n", &save); line != NULL;
	     line = strtok_r(NULL, "\n", &save))
		if (strncmp(line, "conn shares", 11) != 0 &&
		    strstr(line, "<->") == NULL)
			ck_assert_msg(strlen(line) <= 80, "%zu columns: %s",
			    strlen(line), line);
	free(t);
	t = printed(r, 3, 80);
	HAS(t, "~");                                /* the cut is visible */
	HAS(t, "recv-q 0  send-q 0  timeout 2.0s"); /* on a second line */
	HAS(t, "51234)"); /* addresses keep their ports */
	free(t);
	/* Plain output cuts nothing and keeps one line per socket. */
	t = printed(r, 3, 0);
	HAS(t, "a_listening_socket_with_a_long_name");
	HAS(t, "client, other_name_for_it");
	ck_assert_ptr_null(strstr(t, "recv-q"));
	free(t);
	table_rows_free(r, 3);
}
END_TEST

START_TEST(test_pairs)
{
	struct table_row *r = xcalloc(4, sizeof(*r));
	char *foot;

	fake(&r[0], "srv", 3, "x", "-", "LISTEN 0 queued");
	inet_name(&r[0].la, &r[0].llen, "0.0.0.0", 4000);
	fake(&r[1], "cli", 4, "x", "x", "ESTABLISHED");
	inet_name(&r[1].la, &r[1].llen, "127.0.0.1", 51234);
	inet_name(&r[1].ra, &r[1].rlen, "127.0.0.1", 4000);
	fake(&r[2], "conn, c", 5, "x", "x", "ESTABLISHED");
	inet_name(&r[2].la, &r[2].llen, "127.0.0.1", 4000);
	inet_name(&r[2].ra, &r[2].rlen, "127.0.0.1", 51234);
	/* Another client of the same server: not cli's pair. */
	fake(&r[3], "", 6, "x", "x", "ESTABLISHED");
	inet_name(&r[3].la, &r[3].llen, "127.0.0.1", 51999);
	inet_name(&r[3].ra, &r[3].rlen, "127.0.0.1", 4000);
	ck_assert_int_eq(table_footer(r, 4, &foot), 2);
	/* Python notation, as in the columns (conn's `local` is "x"). */
	ck_assert_str_eq(foot, "cli <-> conn: one TCP connection, "
	                       "('127.0.0.1', 51234) <-> ('127.0.0.1', 4000)\n"
	                       "conn shares srv's port, x:\n"
	                       "  accept() made conn; srv still listens\n");
	free(foot);
	table_rows_free(r, 4);
}
END_TEST

/* Seconds since t0, on the monotonic clock. */
static double
since(const struct timespec *t0)
{
	struct timespec t1;

	clock_gettime(CLOCK_MONOTONIC, &t1);
	return ((double)(t1.tv_sec - t0->tv_sec) +
	        (double)(t1.tv_nsec - t0->tv_nsec) / 1e9);
}

static void
unnamed_unix(struct sockaddr_storage *ss, socklen_t *len)
{
	memset(ss, 0, sizeof(*ss));
	ss->ss_family = AF_UNIX;
	*len = sizeof(sa_family_t);
}

/*
 * Issue 11: 10,000 TCP connections to one listener (20,001 rows), then
 * 10,000 socketpairs: the footer in well under a second (it was cubic).
 */
START_TEST(test_footer_linear)
{
	size_t n = 20001, i, lines;
	struct table_row *r = xcalloc(n, sizeof(*r));
	struct timespec t0;
	char *foot, name[32], want[256];

	fake(&r[0], "srv", 3, "x", "-", "LISTEN 0 queued");
	inet_name(&r[0].la, &r[0].llen, "127.0.0.1", 4000);
	for (i = 1; i < n; i += 2) {
		snprintf(name, sizeof(name), "c[%zu]", i / 2);
		fake(&r[i], name, (int)i + 3, "x", "x", "ESTABLISHED");
		inet_name(&r[i].la, &r[i].llen, "127.0.0.1",
		    20000 + (int)i / 2);
		inet_name(&r[i].ra, &r[i].rlen, "127.0.0.1", 4000);
		snprintf(name, sizeof(name), "a[%zu]", i / 2);
		fake(&r[i + 1], name, (int)i + 4, "y", "x", "ESTABLISHED");
		inet_name(&r[i + 1].la, &r[i + 1].llen, "127.0.0.1", 4000);
		inet_name(&r[i + 1].ra, &r[i + 1].rlen, "127.0.0.1",
		    20000 + (int)i / 2);
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	lines = table_footer(r, n, &foot);
	ck_assert_msg(since(&t0) < 1.0, "footer of %zu rows: %.2f s", n,
	    since(&t0));
	ck_assert_uint_eq(lines, 20000); /* a pair and an accept each */
	HAS(foot, "c[0] <-> a[0]: one TCP connection, ('127.0.0.1', 20000) "
	          "<-> ('127.0.0.1', 4000)\n");
	snprintf(want, sizeof(want),
	    "c[9999] <-> a[9999]: one TCP "
	    "connection, ('127.0.0.1', 29999) <-> ('127.0.0.1', 4000)\n"
	    "a[0] shares srv's port, y:\n");
	HAS(foot, want);
	HAS(foot, "a[9999] shares srv's port, y:\n"
	          "  accept() made a[9999]; srv still listens\n");
	free(foot);
	/* Unnamed unix ends all look alike: no line at all. */
	for (i = 0; i < n; i++) {
		r[i].family = AF_UNIX;
		r[i].fd = (int)i + 3;
		free(r[i].state);
		r[i].state = xstrdup("connected");
		unnamed_unix(&r[i].la, &r[i].llen);
		unnamed_unix(&r[i].ra, &r[i].rlen);
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	ck_assert_uint_eq(table_footer(r, n, &foot), 0);
	ck_assert_msg(since(&t0) < 1.0, "footer of %zu unnamed ends: %.2f s", n,
	    since(&t0));
	ck_assert_str_eq(foot, "");
	free(foot);
	table_rows_free(r, n);
}
END_TEST

/* Sure pairs only: a third end with the same names, or a socket that is
 * connected to itself, gives no pair line. */
START_TEST(test_footer_ambiguous_and_self)
{
	struct table_row *r = xcalloc(4, sizeof(*r));
	char *foot;

	fake(&r[0], "me", 3, "x", "x", "ESTABLISHED");
	inet_name(&r[0].la, &r[0].llen, "127.0.0.1", 5000);
	inet_name(&r[0].ra, &r[0].rlen, "127.0.0.1", 5000);
	fake(&r[1], "p", 4, "x", "x", "connected");
	r[1].family = AF_UNIX;
	unnamed_unix(&r[1].la, &r[1].llen);
	unnamed_unix(&r[1].ra, &r[1].rlen);
	fake(&r[2], "q", 5, "x", "x", "connected");
	r[2].family = AF_UNIX;
	unnamed_unix(&r[2].la, &r[2].llen);
	unnamed_unix(&r[2].ra, &r[2].rlen);
	ck_assert_uint_eq(table_footer(r, 3, &foot), 1);
	ck_assert_str_eq(foot, "p <-> q: a socketpair, neither end has a "
	                       "name, '' <-> ''\n");
	free(foot);
	fake(&r[3], "o", 6, "x", "x", "connected");
	r[3].family = AF_UNIX;
	unnamed_unix(&r[3].la, &r[3].llen);
	unnamed_unix(&r[3].ra, &r[3].rlen);
	ck_assert_uint_eq(table_footer(r, 4, &foot), 0);
	free(foot);
	table_rows_free(r, 4);
}
END_TEST

/* Ctrl-C during .sockets: no table, KeyboardInterrupt, the flag used. */
START_TEST(test_show_interrupted)
{
	char *text = NULL;
	size_t size = 0;
	FILE *fp = open_memstream(&text, &size);

	exc_sigint_pending = 1;
	table_show(fp, NULL, 0);
	fclose(fp);
	ck_assert_str_eq(text, "");
	ck_assert_int_eq(exc_sigint_pending, 0);
	ck_assert(!err_occurred());
	free(text);
}
END_TEST

Suite *
suite(void)
{
	Suite *su = suite_create("table");
	TCase *core = tcase_create("core");
	TCase *k = tcase_create("kernel");

	tcase_add_test(core, test_state_names);
	tcase_add_test(core, test_shorten);
	tcase_add_test(core, test_empty);
	tcase_add_test(core, test_fits_80_columns);
	tcase_add_test(core, test_pairs);
	tcase_add_test(core, test_footer_linear);
	tcase_add_test(core, test_footer_ambiguous_and_self);
	tcase_add_test(core, test_show_interrupted);
	suite_add_tcase(su, core);
	tcase_add_test(k, test_listen_connect_accept);
	tcase_add_test(k, test_accept_queue);
	tcase_add_test(k, test_udp_unix_closed_and_modes);
	suite_add_tcase(su, k);
	return (su);
}
