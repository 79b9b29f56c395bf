/* explain.c -- plain-language explanations of errors, for learners */
#include <config.h>

#include "explain.h"

#include <ctype.h>
#include <errno.h>
#include <netdb.h>
#include <stdlib.h>
#include <string.h>

#include "exc.h"
#include "explain_case.h"
#include "value.h"
#include "xmalloc.h"

/*
 * How it works.  rules[] below holds one row per case: what it matches
 * (class, errno, the call that failed, words of the message, a test on the
 * typed line) and what to say (why, try).  explain_exception() scores every
 * row that matches and takes the most specific one; ties go to the earlier
 * row.  The texts are templates: {key|fallback} is replaced by something
 * from this very case (the socket's name as typed, the address, the path)
 * or, when the line does not show it, by the fallback.  A row may name a
 * function that computes the "try" line instead (a corrected call built
 * from the failed call as the evaluator recorded it: explain_case.c);
 * when it cannot, the template is used.
 */

#define WRAP_COLUMN 79 /* a projector shows about 80 columns */
#define MAX_QUOTE 60   /* longer typed text is not repeated back */
#define MAX_FIX 160    /* nor is a corrected call longer than this */

/* --- The rules ------------------------------------------------------- */

struct rule {
	const struct pyclass *cls; /* isinstance, or NULL for any class */
	int err;                   /* e.errno (EAI_* for gaierror), or 0: any */
	const char *call;          /* the failed call, one of these, or NULL */
	const char *msg;           /* words in the message, or NULL */
	int (*when)(const struct xcase *);  /* a fact about the case, or NULL */
	const char *why;                    /* template; NULL says nothing */
	const char *try;                    /* template, the fallback of fix */
	char *(*fix)(const struct xcase *); /* a computed "try", or NULL */
};

/*
 * Template keys: {sock} the socket as typed ("srv"), {call} the call
 * ("bind"), {fn} the call as prose ("bind()"), {data} what send() was
 * given, {addr} the address if typed as a literal, {expr} the address
 * argument however typed, {host} and {port} from the address,
 * {path} a unix path, {q1} and {q2} the quoted words of the message
 * (a NameError's name; an AttributeError's type and attribute).
 * {key|text} uses text when the case does not show the key.
 */
static const struct rule rules[] = {
	/* EADDRINUSE (98): bind, listen, connect */
	{ NULL, EADDRINUSE, "bind", NULL, xc_addr_is_abstract,
	    "another socket already holds the abstract name {addr|it asks "
	    "for}.",
	    "close that socket, or pick another name.", NULL },
	{ NULL, EADDRINUSE, "bind", NULL, xc_addr_is_unix_file,
	    "a file already exists at {path|that path}: a socket bound it "
	    "before, and close() does not delete the file.",
	    "import os; os.unlink({expr|path}) removes the old socket file; "
	    "then bind again (or pick another path).",
	    NULL },
	{ NULL, EADDRINUSE, "bind", NULL, xc_addr_is_inet,
	    "another socket already holds {addr|this address and port}, or a "
	    "connection closed a moment ago still keeps the port busy "
	    "(TIME_WAIT, about a minute).",
	    "another port, or port 0 to let the kernel choose; or close the "
	    "other socket. For TIME_WAIT: "
	    "{sock|s}.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1) "
	    "before bind().",
	    NULL },
	{ NULL, EADDRINUSE, "bind", NULL, NULL,
	    "another socket already holds that name: a socket bound to the "
	    "same address and port (or, for a unix path, a socket file left "
	    "on disk).",
	    "another port, or port 0 to let the kernel choose; or close the "
	    "other socket. For a unix path: os.unlink(path) first.",
	    NULL },
	{ NULL, EADDRINUSE, "listen", NULL, NULL,
	    "another socket already listens on this address and port. "
	    "SO_REUSEADDR let both sockets bind it, but only one may listen.",
	    "close the other listener, or bind a new socket to port 0 to get "
	    "a port of its own.",
	    NULL },
	{ NULL, EADDRINUSE, NULL, NULL, NULL,
	    "that address and port are already used by another socket.",
	    "another port, port 0 to let the kernel choose, or close the "
	    "other socket.",
	    NULL },

	/* EADDRNOTAVAIL (99) */
	{ NULL, EADDRNOTAVAIL, "bind", NULL, xc_host_is_v6,
	    "{host|that address} is not an address of this machine, so no "
	    "socket here can be bound to it.",
	    "'::1' (this machine) or '::' (all its addresses).", NULL },
	{ NULL, EADDRNOTAVAIL, "bind", NULL, NULL,
	    "{host|that address} is not an address of this machine, so no "
	    "socket here can be bound to it.",
	    "'127.0.0.1' (this machine) or '' (all its addresses).", NULL },
	{ NULL, EADDRNOTAVAIL, NULL, NULL, NULL,
	    "the kernel could not give this socket that local address: it is "
	    "not an address of this machine, or no free port was left.",
	    "'127.0.0.1' or '' as the host, and port 0.", NULL },

	/* EACCES (13) */
	{ NULL, EACCES, "bind", NULL, xc_addr_is_unix,
	    "you may not create a file in that directory, so the socket file "
	    "cannot be made there.",
	    "a path in a directory you can write, e.g. '/tmp/demo.sock'.",
	    NULL },
	{ NULL, EACCES, "bind", NULL, NULL,
	    "on Linux, ports below 1024 are reserved for privileged programs.",
	    "a port above 1023, or 0 to let the kernel choose one.", NULL },
	{ NULL, EACCES, "sendto", NULL, NULL,
	    "sending to a broadcast address needs permission first.",
	    "{sock|s}.setsockopt(socket.SOL_SOCKET, socket.SO_BROADCAST, 1)",
	    NULL },
	{ NULL, EACCES, CONN_CALLS, NULL, NULL,
	    "you may not use the socket file at {path|that path}.",
	    "check the file's permissions, or use a path under /tmp.", NULL },

	/* ENOTCONN (107) */
	{ NULL, ENOTCONN, "getpeername", NULL, NULL,
	    "{sock|this socket} has no peer: it is not connected. A listening "
	    "socket never is; accept() returns the connected one.",
	    "connect() it first, or ask the socket that accept() gave you.",
	    NULL },
	{ NULL, ENOTCONN, RECV_CALLS, NULL, NULL,
	    "{sock|this socket} is not connected, so there is nobody to "
	    "receive from. A connect() that failed leaves it unconnected.",
	    "connect() first; on a server, receive on the socket that "
	    "accept() returned, not on the listener.",
	    NULL },
	{ NULL, ENOTCONN, "shutdown", NULL, NULL,
	    "only a connected socket can be shut down.",
	    "connect it first, or simply close() it.", NULL },
	{ NULL, ENOTCONN, NULL, NULL, NULL,
	    "{sock|this socket} is not connected to a peer.",
	    "connect() it first (a server uses the socket accept() returns).",
	    NULL },

	/* EISCONN (106) */
	{ NULL, EISCONN, "sendto", NULL, NULL,
	    "{sock|this socket} is already connected, so it takes no "
	    "destination address.",
	    "{sock|s}.send(data) sends to its peer.", NULL },
	{ NULL, EISCONN, NULL, NULL, NULL,
	    "{sock|this socket} is already connected (or is listening); a "
	    "socket connects only once.",
	    "make a new socket for a new connection; {sock|s}.getpeername() "
	    "shows the current peer.",
	    NULL },

	/* ECONNREFUSED (111) */
	{ NULL, ECONNREFUSED, CONN_CALLS, NULL, xc_addr_is_unix_file,
	    "a socket file is at {path|that path}, but no socket listens on "
	    "it: a server that has closed left it behind.",
	    "start the server (bind and listen) first; remove a stale file "
	    "with os.unlink().",
	    NULL },
	{ NULL, ECONNREFUSED, CONN_CALLS, NULL, xc_addr_is_abstract,
	    "no socket is bound to the abstract name {addr|you gave}.",
	    "start the server first, and check the name byte for byte.", NULL },
	{ NULL, ECONNREFUSED, CONN_CALLS, NULL, NULL,
	    "nobody is listening at {addr|that address and port}, so the "
	    "connection was refused.",
	    "start the server first and call listen() on it; check the port "
	    "(the server's getsockname() shows it).",
	    NULL },
	{ NULL, ECONNREFUSED, IO_CALLS, NULL, NULL,
	    "an earlier datagram found nobody listening at the peer's port; "
	    "the kernel got an ICMP \"port unreachable\" (a network error "
	    "report) and tells you now, on this call.",
	    "start the receiver, or connect() to the right port; the next "
	    "call works again.",
	    NULL },
	{ NULL, ECONNREFUSED, NULL, NULL, NULL,
	    "nobody is listening at that address and port.",
	    "start the server and listen() first, and check the port.", NULL },

	/* ECONNRESET (104) */
	{ NULL, ECONNRESET, NULL, NULL, NULL,
	    "the peer ended the connection abruptly (it closed with unread "
	    "data, or reset it), so this connection is gone.",
	    "close {sock|this socket}; connect again for a new conversation.",
	    NULL },

	{ NULL, ECONNABORTED, NULL, NULL, NULL,
	    "the connection was dropped before it could be used (the client "
	    "gave up).",
	    "accept() again to take the next connection.", NULL },

	/* EPIPE (32) */
	{ NULL, EPIPE, NULL, NULL, NULL,
	    "{sock|this socket} cannot send: the peer has closed the "
	    "connection, or it was never connected. (SIGPIPE, which would end "
	    "a C program, is ignored here, so you see this error.)",
	    "connect() first; once the peer has closed, close this socket and "
	    "connect a new one.",
	    NULL },

	/* EAGAIN (11), EINPROGRESS (115), EALREADY (114): non-blocking */
	{ NULL, EAGAIN, "accept", NULL, NULL,
	    "{sock|the socket} is non-blocking and no connection is waiting "
	    "yet.",
	    "connect a client first, or {sock|s}.setblocking(True) to wait.",
	    NULL },
	{ NULL, EAGAIN, RECV_CALLS, NULL, NULL,
	    "nothing has arrived yet, and a non-blocking socket does not wait.",
	    "send something to it first, or {sock|s}.settimeout(5) to wait up "
	    "to 5 seconds.",
	    NULL },
	{ NULL, EAGAIN, SEND_CALLS, NULL, NULL,
	    "the send buffer is full (the peer is not reading), and a "
	    "non-blocking socket does not wait.",
	    "let the other side read first, or {sock|s}.setblocking(True).",
	    NULL },
	{ NULL, EAGAIN, NULL, NULL, NULL,
	    "the socket is non-blocking and the call could not finish at once.",
	    "try again later, or {sock|s}.setblocking(True) to wait.", NULL },
	{ NULL, EINPROGRESS, NULL, NULL, NULL,
	    "a non-blocking connect() has started the handshake, but it does "
	    "not wait for the answer.",
	    "call connect() again in a moment (it then succeeds), or "
	    "{sock|s}.setblocking(True) before connecting.",
	    NULL },
	{ NULL, EALREADY, NULL, NULL, NULL,
	    "an earlier non-blocking connect() is still under way.",
	    "wait a moment, then call connect() again.", NULL },

	/* Timeouts: TimeoutError('timed out') and ETIMEDOUT (110) */
	{ &cls_TimeoutError, ETIMEDOUT, NULL, NULL, NULL,
	    "the other machine never answered, so the kernel gave up.",
	    "check the address; on a lab network, a firewall may drop packets.",
	    NULL },
	{ &cls_TimeoutError, 0, "accept", NULL, NULL,
	    "no client connected within the time set by settimeout(). The "
	    "socket is fine.",
	    "connect a client first, then accept() again.", NULL },
	{ &cls_TimeoutError, 0, RECV_CALLS, NULL, NULL,
	    "nothing arrived within the time set by settimeout(). The socket "
	    "is fine.",
	    "send something from the other socket first, then receive again.",
	    NULL },
	{ &cls_TimeoutError, 0, NULL, NULL, NULL,
	    "the call did not finish within the time set by settimeout().",
	    "make sure the other side is ready, or allow more time: "
	    "{sock|s}.settimeout(10).",
	    NULL },

	/* EBADF (9) */
	{ NULL, EBADF, NULL, NULL, NULL,
	    "{sock|this socket} was closed; a closed socket cannot be used "
	    "again (its fileno() is now -1).",
	    "make a new socket with socket.socket(...), as before, and use it.",
	    NULL },

	/* EINVAL (22): the call tells which rule was broken */
	{ NULL, EINVAL, "bind", NULL, xc_host_is_link_local,
	    "a link-local IPv6 address (fe80::...) needs a scope id: the "
	    "number of the network interface, as the fourth item.",
	    "'::1' instead, or (host, port, 0, interface number).", NULL },
	{ NULL, EINVAL, "bind", NULL, NULL,
	    "{sock|this socket} already has a name: bind() was called before, "
	    "or connect() or sendto() gave it one. A socket is named only "
	    "once.",
	    "{sock|s}.getsockname() shows its name; for another name, make a "
	    "new socket.",
	    NULL },
	{ NULL, EINVAL, "listen", NULL, NULL,
	    "{sock|this socket} is connected, and only an unconnected stream "
	    "socket can listen.",
	    "make a new socket: bind() it, then listen().", NULL },
	{ NULL, EINVAL, "accept", NULL, NULL,
	    "{sock|this socket} is not listening, so there are no connections "
	    "to accept.",
	    "{sock|s}.listen() first (after bind()), then accept().", NULL },
	{ NULL, EINVAL, "sendto", NULL, NULL,
	    "port 0 is not a destination; it only means \"any port\" for "
	    "bind().",
	    "send to the receiver's real port: its getsockname() shows it.",
	    NULL },
	{ NULL, EINVAL, "socket", NULL, NULL,
	    "that socket type (or protocol) is not valid.",
	    "socket.SOCK_STREAM (TCP) or socket.SOCK_DGRAM (UDP).", NULL },
	{ NULL, EINVAL, "shutdown", NULL, NULL,
	    "shutdown() takes which direction to close.",
	    "socket.SHUT_RD, socket.SHUT_WR or socket.SHUT_RDWR.", NULL },
	{ NULL, EINVAL, "setsockopt", NULL, NULL,
	    "this option cannot take that value now (IPV6_V6ONLY, for one, "
	    "can only change before bind()).",
	    "set options on a fresh socket, before bind().", NULL },
	{ NULL, EINVAL, NULL, NULL, NULL,
	    "an argument does not fit this socket in its present state.",
	    "check the order of calls: socket, bind, listen/connect, then "
	    "data.",
	    NULL },

	/* EDESTADDRREQ (89) */
	{ NULL, EDESTADDRREQ, "sendmsg", NULL, NULL,
	    "{sock|this socket} is not connected and sendmsg() was given no "
	    "address, so the kernel does not know where the datagram should "
	    "go.",
	    "{sock|s}.sendmsg(buffers, [], 0, (host, port)), or "
	    "{sock|s}.connect((host, port)) first.",
	    NULL },
	{ NULL, EDESTADDRREQ, NULL, NULL, NULL,
	    "{sock|this socket} is not connected, so send() does not know "
	    "where the datagram should go.",
	    "{sock|s}.sendto({data|data}, (host, port)), or "
	    "{sock|s}.connect((host, port)) first.",
	    NULL },

	/* ENOENT (2): unix paths and os.unlink */
	{ NULL, ENOENT, "unlink remove", NULL, NULL,
	    "there is no file at {path|that path}, so there is nothing to "
	    "remove.",
	    "os.path.exists(path) tells you whether it is there.", NULL },
	{ NULL, ENOENT, "bind", NULL, NULL,
	    "a directory in {path|that path} does not exist, so the socket "
	    "file cannot be made.",
	    "a path in a directory that exists, e.g. '/tmp/demo.sock'.", NULL },
	{ NULL, ENOENT, NULL, NULL, NULL,
	    "there is no socket file at {path|that path}: no server has bound "
	    "it, or it was removed.",
	    "start the server (bind that path) first, and check that both "
	    "sides spell the path the same.",
	    NULL },

	/* Families, types and protocols */
	{ NULL, EAFNOSUPPORT, "socket", NULL, NULL,
	    "this system does not support that address family.",
	    "socket.AF_INET (IPv4), socket.AF_INET6 (IPv6) or socket.AF_UNIX.",
	    NULL },
	{ NULL, EAFNOSUPPORT, NULL, NULL, NULL,
	    "the address is of another family than {sock|the socket} (say, an "
	    "IPv6 address for an IPv4 socket).",
	    "make the socket with the address's family: AF_INET for "
	    "'127.0.0.1', AF_INET6 for '::1'.",
	    NULL },
	{ NULL, EPROTONOSUPPORT, NULL, NULL, NULL,
	    "that protocol does not go with this family and type.",
	    "leave the protocol out (0): the kernel picks the right one.",
	    NULL },
	{ NULL, EOPNOTSUPP, "listen", NULL, NULL,
	    "only stream sockets (SOCK_STREAM) listen; a datagram (UDP) "
	    "socket just receives with recvfrom().",
	    "socket.socket(socket.AF_INET, socket.SOCK_STREAM) for a server; "
	    "for UDP, bind() and then recvfrom().",
	    NULL },
	{ NULL, EOPNOTSUPP, "accept", NULL, NULL,
	    "a datagram (UDP) socket has no connections to accept.",
	    "receive with {sock|s}.recvfrom(1024), or use SOCK_STREAM.", NULL },
	{ NULL, EOPNOTSUPP, "socketpair", NULL, NULL,
	    "on Linux, socketpair() makes only AF_UNIX sockets.",
	    "socket.socketpair() (AF_UNIX is the default).", NULL },
	{ NULL, EOPNOTSUPP, NULL, NULL, NULL,
	    "this kind of socket does not support that operation.", NULL,
	    NULL },
	{ NULL, EPROTOTYPE, NULL, NULL, NULL,
	    "the socket at {path|that path} is of another type: a stream "
	    "socket cannot talk to a datagram socket, or the other way round.",
	    "make this socket with the server's type: SOCK_STREAM or "
	    "SOCK_DGRAM.",
	    NULL },
	{ NULL, ENOPROTOOPT, NULL, NULL, NULL,
	    "that option does not exist at that level.",
	    "pair them as books do: socket.SOL_SOCKET with SO_REUSEADDR, "
	    "socket.IPPROTO_IPV6 with IPV6_V6ONLY.",
	    NULL },
	{ NULL, EMSGSIZE, NULL, NULL, NULL,
	    "one datagram can carry at most 65507 bytes over IPv4, and this "
	    "one is bigger.",
	    "send the data in smaller pieces, or use a stream (TCP) socket.",
	    NULL },

	{ NULL, EPERM, NULL, NULL, NULL,
	    "the kernel allows this only to privileged programs (root).",
	    "leave this option out; the lessons work without it.", NULL },
	{ NULL, ENOTDIR, NULL, NULL, NULL,
	    "a part of {path|the path} is a file, not a directory.",
	    "a path such as '/tmp/demo.sock'.", NULL },

	/* Limits and routes */
	{ NULL, EMFILE, NULL, NULL, NULL,
	    "this program has too many sockets and files open at once.",
	    "close() the sockets you no longer need.", NULL },
	{ NULL, ENFILE, NULL, NULL, NULL,
	    "the whole system has too many files open at once.",
	    "close() the sockets you no longer need.", NULL },
	{ NULL, ENETUNREACH, NULL, NULL, NULL,
	    "this machine has no route to that network.",
	    "check the address; '127.0.0.1' always works.", NULL },
	{ NULL, EHOSTUNREACH, NULL, NULL, NULL,
	    "that host cannot be reached from here.",
	    "check the address; '127.0.0.1' always works.", NULL },

	/* socket.gaierror: name lookups, by EAI code */
	{ &cls_gaierror, EAI_NONAME, NULL, NULL, xc_uses_numerichost,
	    "with AI_NUMERICHOST the host must be written in numbers; names "
	    "are not looked up.",
	    "a numeric address such as '127.0.0.1', or leave out "
	    "AI_NUMERICHOST.",
	    NULL },
	{ &cls_gaierror, EAI_NONAME, "getaddrinfo", NULL, xc_host_is_empty,
	    "'' means \"any address\" only inside a bind() or connect() "
	    "tuple; getaddrinfo() looks it up as a name and finds none.",
	    "None as the host, with socket.AI_PASSIVE for a server.", NULL },
	{ &cls_gaierror, EAI_NONAME, NULL, NULL, NULL,
	    "{host|that name} is not a known host name or address (not in "
	    "/etc/hosts, and DNS did not know it).",
	    "check the spelling, or use '127.0.0.1' or 'localhost'.", NULL },
	{ &cls_gaierror, EAI_AGAIN, NULL, NULL, NULL,
	    "the name could not be looked up now: no DNS server could be "
	    "reached.",
	    "a numeric address such as '127.0.0.1', or 'localhost' (from "
	    "/etc/hosts).",
	    NULL },
	{ &cls_gaierror, EAI_FAMILY, NULL, NULL, NULL,
	    "getaddrinfo() does not look up AF_UNIX names: a unix socket's "
	    "name is just its path.",
	    "give the path straight to bind() or connect().", NULL },
	{ &cls_gaierror, EAI_SERVICE, NULL, NULL, NULL,
	    "{port|that service} is not a service name known for this socket "
	    "type (see /etc/services).",
	    "a port number, such as 80, instead of the name.", NULL },
	{ &cls_gaierror, EAI_SOCKTYPE, NULL, NULL, NULL,
	    "that socket type is not one getaddrinfo() knows.",
	    "socket.SOCK_STREAM or socket.SOCK_DGRAM (or 0 for both).", NULL },
	{ &cls_gaierror, EAI_ADDRFAMILY, "getaddrinfo", NULL, NULL,
	    "{host|that address} is not of the family you asked for: AF_INET "
	    "is IPv4 ('127.0.0.1'), AF_INET6 is IPv6 ('::1').",
	    "ask for the family that fits the address, or leave the family "
	    "out.",
	    NULL },
	{ &cls_gaierror, EAI_ADDRFAMILY, NULL, NULL, xc_host_is_v4,
	    "{host|that address} is an IPv4 address, but {sock|this socket} "
	    "is AF_INET6.",
	    "an IPv6 address such as '::1' ('::ffff:127.0.0.1' reaches IPv4), "
	    "or an AF_INET socket.",
	    NULL },
	{ &cls_gaierror, EAI_ADDRFAMILY, NULL, NULL, NULL,
	    "{host|that address} is an IPv6 address, but {sock|this socket} "
	    "is AF_INET (IPv4).",
	    "make the socket with socket.AF_INET6, or use an IPv4 address "
	    "such as '127.0.0.1'.",
	    NULL },
	{ &cls_gaierror, EAI_NODATA, NULL, NULL, NULL,
	    "{host|that name} is known, but has no address of the kind asked "
	    "for.",
	    "ask without a family, or use '127.0.0.1'.", NULL },

	/* OSError without an errno */
	{ &cls_OSError, 0, NULL, "AF_UNIX path too long", NULL,
	    "a unix socket path can have at most 107 bytes (the kernel keeps "
	    "108, one for the final NUL byte).",
	    "a shorter path, such as '/tmp/demo.sock'.", NULL },
	{ &cls_OSError, 0, NULL, "illegal IP address string", NULL,
	    "that text is not an IP address written in numbers.",
	    "'127.0.0.1' (or '::1' with AF_INET6); for a host name, "
	    "socket.gethostbyname('localhost').",
	    NULL },

	/* TypeError: an address in the wrong shape */
	{ &cls_TypeError, 0, "bind connect connect_ex",
	    "takes exactly one argument", NULL,
	    "the address is one argument: a tuple (host, port) in its own "
	    "brackets.",
	    NULL, xc_fix_wrap },
	{ &cls_TypeError, 0, "sendto", "cannot be interpreted as an integer",
	    xc_address_is_loose,
	    "sendto() takes the data and one address: a tuple (host, port) in "
	    "its own brackets.",
	    NULL, xc_fix_wrap },
	{ &cls_TypeError, 0, "sendto", "takes 2 or 3 arguments", NULL,
	    "sendto() takes the data and one address: a tuple (host, port) in "
	    "its own brackets.",
	    NULL, xc_fix_wrap },
	{ &cls_TypeError, 0, ADDR_CALLS, "must be tuple, not",
	    xc_addr_looks_like_path,
	    "{addr|that} is a unix socket path, but {sock|this socket} is "
	    "AF_INET: its addresses are (host, port) tuples.",
	    "for a unix socket, make one with socket.socket(socket.AF_UNIX, "
	    "socket.SOCK_STREAM).",
	    NULL },
	{ &cls_TypeError, 0, ADDR_CALLS, "must be tuple, not", NULL,
	    "an IP address is a tuple (host, port), in its own brackets.", NULL,
	    xc_fix_tuple },
	{ &cls_TypeError, 0, NULL, "AF_INET address must be a pair",
	    xc_host_is_v6,
	    "(host, port, flowinfo, scope_id) is an AF_INET6 address, but "
	    "{sock|this socket} is AF_INET: its addresses are (host, port).",
	    "make the socket with socket.AF_INET6, or give (host, port).",
	    NULL },
	{ &cls_TypeError, 0, NULL, "AF_INET address must be a pair", NULL,
	    "an AF_INET address has exactly two items: (host, port).",
	    "(host, port), e.g. ('127.0.0.1', 8080).", xc_fix_pair },
	{ &cls_TypeError, 0, NULL, "AF_INET6 address must be a tuple", NULL,
	    "an AF_INET6 address is (host, port) or (host, port, flowinfo, "
	    "scope_id).",
	    "('::1', 8080), for example.", xc_fix_pair },
	{ &cls_TypeError, 0, ADDR_CALLS, "cannot be interpreted as an integer",
	    NULL, "the port must be a number: written without quotes.",
	    "(host, port) with the port as a number, e.g. ('127.0.0.1', 8080).",
	    xc_fix_port_str },
	{ &cls_TypeError, 0, NULL, "cannot be interpreted as an integer", NULL,
	    "a whole number was needed here, but text in quotes was given.",
	    "write the number without quotes, e.g. 1024.", NULL },
	{ &cls_TypeError, 0, ADDR_CALLS, "str, bytes or bytearray expected",
	    NULL, "the host must be text in quotes.",
	    "(host, port) with the host quoted, e.g. ('127.0.0.1', 8080).",
	    NULL },
	{ &cls_TypeError, 0, ADDR_CALLS,
	    "bytes-like object is required, not 'tuple'", NULL,
	    "{sock|this socket} is AF_UNIX: its addresses are paths, not "
	    "(host, port) tuples.",
	    "a path such as '/tmp/demo.sock', or an AF_INET socket for (host, "
	    "port).",
	    NULL },
	{ &cls_TypeError, 0, "sendmsg", "bytes-like object is required", NULL,
	    "sendmsg() takes a list of buffers, each of them bytes: "
	    "[b'hi'], not b'hi' (whose items are ints) or ['hi'].",
	    "{sock|s}.sendmsg([b'hello', b' world']): a list of bytes.", NULL },
	{ &cls_TypeError, 0, "sendmsg", "must be an iterable", NULL,
	    "sendmsg() takes a list of buffers (and a list of ancillary "
	    "data, usually []).",
	    "{sock|s}.sendmsg([b'hello', b' world']): a list of bytes.", NULL },
	{ &cls_TypeError, 0, SEND_CALLS,
	    "bytes-like object is required, not 'str'", NULL,
	    "sockets send bytes, not text (str).",
	    "b'hello' for bytes, or 'text'.encode().", xc_fix_bytes },
	{ &cls_TypeError, 0, NULL, "bytes-like object is required, not 'str'",
	    NULL, "bytes were needed here, not text (str).",
	    "b'text', or 'text'.encode().", NULL },
	{ &cls_TypeError, 0, NULL, " takes ", NULL,
	    "{fn|the call} was given the wrong number of arguments.", NULL,
	    xc_fix_usage },
	{ &cls_TypeError, 0, NULL, "is not callable", NULL,
	    "only functions and methods can be called with ( ); this is a "
	    "plain value.",
	    "leave out the ( ): e.g. s.family, not s.family().", NULL },
	{ &cls_TypeError, 0, NULL, "can only concatenate str", NULL,
	    "text (str) can only be joined with text.",
	    "str(n) turns a number into text.", NULL },
	{ &cls_TypeError, 0, NULL, "can't concat str to bytes", NULL,
	    "bytes and text (str) do not mix.",
	    "make both bytes: b'...' or 'text'.encode().", NULL },
	{ &cls_TypeError, 0, NULL, "not subscriptable", NULL,
	    "only strings, bytes, tuples and lists take an index in [ ].", NULL,
	    NULL },

	/* OverflowError: numbers out of range */
	{ &cls_OverflowError, 0, NULL, "port must be 0-65535", NULL,
	    "a port number has 16 bits: it goes from 0 to 65535.",
	    "a port from 1024 to 65535, or 0 to let the kernel choose.", NULL },
	{ &cls_OverflowError, 0, NULL, "flowinfo must be", NULL,
	    "flowinfo, the third item of an AF_INET6 address, is at most "
	    "1048575; it is nearly always 0.",
	    "('::1', port, 0, 0)", NULL },
	{ &cls_OverflowError, 0, NULL, "16-bit", NULL,
	    "this takes a 16-bit number: 0 to 65535.", NULL, NULL },
	{ &cls_OverflowError, 0, NULL, NULL, NULL,
	    "the number is too big (or too small) for this argument.", NULL,
	    NULL },

	/* ValueError */
	{ &cls_ValueError, 0, NULL, "Timeout value out of range", NULL,
	    "a timeout is a number of seconds, 0 or more.",
	    "{sock|s}.settimeout(2.0), or settimeout(None) to wait forever.",
	    NULL },
	{ &cls_ValueError, 0, RECV_CALLS, "negative buffersize", NULL,
	    "{fn|recv()} takes the most bytes to return at once: a positive "
	    "number.",
	    "{sock|s}.{call|recv}(1024)", NULL },
	{ &cls_ValueError, 0, "recvmsg", "negative buffer size", NULL,
	    "recvmsg() takes the most bytes to return at once: a positive "
	    "number (and room for ancillary data, usually none).",
	    "{sock|s}.recvmsg(1024)", NULL },
	{ &cls_ValueError, 0, "recvmsg", "ancillary data buffer length", NULL,
	    "the second argument is the room for ancillary data, in bytes: "
	    "0 (none) or more.",
	    "{sock|s}.recvmsg(1024, 0)", NULL },
	{ &cls_ValueError, 0, NULL, "negative buffersize", NULL,
	    "recv() takes the most bytes to return at once: a positive number.",
	    "s.recv(1024)", NULL },
	{ &cls_ValueError, 0, NULL, "invalid literal for int()", NULL,
	    "int() turns only text made of digits into a number.",
	    "int('8080')", NULL },
	{ &cls_ValueError, 0, NULL, "embedded null", NULL,
	    "a NUL byte (\\0) can only start a unix name (an abstract name), "
	    "not sit inside a path.",
	    NULL, NULL },
	{ &cls_ValueError, 0, NULL, "not enough values to unpack", NULL,
	    "there are fewer names on the left of = than values on the right.",
	    "as many names as values: data, addr = s.recvfrom(1024)", NULL },
	{ &cls_ValueError, 0, NULL, "too many values to unpack", NULL,
	    "there are more values on the right of = than names on the left.",
	    "as many names as values: conn, addr = srv.accept()", NULL },
	{ &cls_UnicodeDecodeError, 0, NULL, NULL, NULL,
	    "these bytes are not UTF-8 text, so decode() cannot turn them "
	    "into str.",
	    "look at them as bytes, or decode('latin-1').", NULL },

	/* NameError */
	{ &cls_NameError, 0, NULL, NULL, xc_name_is_module,
	    "the module {q1|} is not imported yet.", "import {q1|socket}",
	    NULL },
	{ &cls_NameError, 0, NULL, NULL, xc_name_is_socket_name,
	    "{q1|that name} lives in the socket module.",
	    "socket.{q1|AF_INET}, or first: from socket import *", NULL },
	{ &cls_NameError, 0, NULL, NULL, xc_name_is_method,
	    "{q1|that} is a method of a socket, so it needs the socket in "
	    "front.",
	    "s.{q1|bind}(...), where s is your socket.", NULL },
	{ &cls_NameError, 0, NULL, NULL, NULL,
	    "nothing is called {q1|that} in this session yet.",
	    "assign it first (name = ...), or check the spelling: names are "
	    "case-sensitive.",
	    NULL },

	/* AttributeError */
	{ &cls_AttributeError, 0, NULL, NULL, xc_tuple_lacks_method,
	    "this is a {q1|tuple}, not a socket: accept() returns (socket, "
	    "address) and socketpair() two sockets.",
	    "unpack it first: conn, addr = srv.accept()", NULL },
	{ &cls_AttributeError, 0, NULL, "'NoneType' object", NULL,
	    "the value is None: methods such as bind() and close() return "
	    "None, so their result is not a socket.",
	    "make the socket first (s = socket.socket()), then call "
	    "s.bind(...) on a line of its own.",
	    NULL },
	{ &cls_AttributeError, 0, NULL, NULL, xc_socket_lacks_module_name,
	    "{q2|that} belongs to the socket module, not to a socket object.",
	    "socket.{q2|AF_INET}", NULL },
	{ &cls_AttributeError, 0, NULL, NULL, xc_module_lacks_method,
	    "{q2|that} is a method of a socket object, not a module function.",
	    "s = socket.socket(), then s.{q2|bind}(...)", NULL },
	{ &cls_AttributeError, 0, NULL, "'socket' object", NULL,
	    "sockets have no attribute called {q2|that}.",
	    "check the spelling and case: getsockname, recvfrom, setsockopt "
	    "...",
	    NULL },
	{ &cls_AttributeError, 0, NULL,
	    "'str' object has no attribute 'decode'", NULL,
	    "this is already text (str); only bytes are decoded.", NULL, NULL },
	{ &cls_AttributeError, 0, NULL,
	    "'bytes' object has no attribute 'encode'", NULL,
	    "these are already bytes; only text (str) is encoded.", NULL,
	    NULL },
	{ &cls_AttributeError, 0, NULL, "module ", NULL,
	    "the module {q1|} has nothing called {q2|that}.",
	    "check the spelling and case: constants are upper case "
	    "(socket.AF_INET), functions lower case.",
	    NULL },

	/* Other classes */
	{ &cls_IndexError, 0, NULL, NULL, NULL,
	    "there is no item at that index: n items have indexes 0 to n-1 "
	    "(and -1 for the last).",
	    "len() tells how many items there are; an IPv4 name has 2: "
	    "name[0] host, name[1] port.",
	    NULL },
	{ &cls_KeyboardInterrupt, 0, WAIT_CALLS, NULL, NULL,
	    "Ctrl-C stopped {fn|the call} while it waited. {sock|Your socket} "
	    "is still there, unchanged.",
	    "make sure the other side will answer first (a client connects, a "
	    "peer sends), or use settimeout() so waiting ends by itself.",
	    NULL },
	{ &cls_KeyboardInterrupt, 0, NULL, NULL, NULL,
	    "Ctrl-C interrupted the line. Your sockets and variables are "
	    "still there.",
	    NULL, NULL },
	{ &cls_ModuleNotFoundError, 0, NULL, NULL, NULL,
	    "sockshell has only the modules socket, os, errno and sys.",
	    "import socket", NULL },
	{ &cls_ZeroDivisionError, 0, NULL, NULL, NULL,
	    "a number cannot be divided by zero.", NULL, NULL },
	/* The parser's subset messages explain themselves: add nothing. */
	{ &cls_SyntaxError, 0, NULL, "sockshell", NULL, NULL, NULL, NULL },
	{ &cls_SyntaxError, 0, NULL, "was never closed", NULL,
	    "a bracket opened on this line is never closed.",
	    "count the brackets: every ( [ { needs its ) ] }.", NULL },
	{ &cls_SyntaxError, 0, NULL, "unmatched", NULL,
	    "there is a closing bracket with no opening one.",
	    "count the brackets: every ) ] } needs its ( [ {.", NULL },
	{ &cls_SyntaxError, 0, NULL, "does not match opening", NULL,
	    "a bracket is closed with the wrong kind: ( ends with ), [ with ].",
	    NULL, NULL },
	{ &cls_SyntaxError, 0, NULL, "unterminated string", NULL,
	    "a quote opens a string but does not close it.",
	    "end the string with the same quote it starts with: 'text' or "
	    "\"text\".",
	    NULL },
	{ &cls_SyntaxError, 0, NULL, "forgot a comma", NULL,
	    "two values stand side by side with nothing between them.",
	    "separate items with commas: ('127.0.0.1', 8080).", NULL },
	{ &cls_SyntaxError, 0, NULL, NULL, NULL,
	    "Python could not read this line.",
	    "check brackets, quotes and commas; one statement per line, or "
	    "separate them with ;.",
	    NULL },
};

/* --- Matching -------------------------------------------------------- */

static int
rule_score(const struct rule *r, const struct xcase *c)
{
	int score = 0;

	if (r->cls != NULL) {
		if (!class_is_subclass(c->e->cls, r->cls))
			return (-1);
		score += 1;
	}
	if (r->err != 0) {
		if (!c->has_err || c->err != r->err)
			return (-1);
		score += 2;
	}
	if (r->call != NULL) {
		if (c->call == NULL ||
		    !xc_call_in(r->call, c->call, strlen(c->call)))
			return (-1);
		score += 2;
	}
	if (r->msg != NULL) {
		if (strstr(c->msg, r->msg) == NULL)
			return (-1);
		score += 2;
	}
	if (r->when != NULL) {
		if (!r->when(c))
			return (-1);
		score += 2;
	}
	return (score);
}

/* --- Writing the text ------------------------------------------------ */

static const char *
key_value(const struct xcase *c, const char *key, size_t n, struct span *out)
{
	struct span none = { NULL, 0, ARG_OTHER, 0 };

	*out = none;
#define KEY(k) (n == sizeof(k) - 1 && strncmp(key, k, n) == 0)
	if (KEY("sock") && c->sock != NULL)
		out->p = c->sock, out->len = strlen(c->sock);
	else if ((KEY("call") || KEY("fn")) && c->call != NULL)
		out->p = c->call, out->len = strlen(c->call);
	else if (KEY("addr") && c->addr.p != NULL &&
	         (xc_addr_is_inet(c) || xc_is_str_literal(c->addr)))
		*out = c->addr;
	else if (KEY("expr") && c->addr.p != NULL)
		*out = c->addr;
	else if (KEY("host") && c->host.p != NULL && xc_is_str_literal(c->host))
		*out = c->host;
	else if (KEY("port") && c->port.p != NULL &&
	         (xc_is_str_literal(c->port) || xc_is_int_literal(c->port)))
		*out = c->port;
	else if (KEY("data") && c->data.p != NULL)
		*out = c->data;
	else if (KEY("path") && c->path != NULL)
		out->p = c->path, out->len = strlen(c->path);
	else if (KEY("q1") && c->q1 != NULL)
		out->p = c->q1, out->len = strlen(c->q1);
	else if (KEY("q2") && c->q2 != NULL)
		out->p = c->q2, out->len = strlen(c->q2);
#undef KEY
	/* A page of typed text would bury the advice: use the fallback. */
	if (out->len > MAX_QUOTE)
		*out = none;
	return (out->p);
}

/* Expand {key|fallback} in tmpl; {fn} is {call} written "bind()". */
static char *
expand(const struct xcase *c, const char *tmpl)
{
	struct buf b;
	const char *p = tmpl;

	buf_init(&b);
	buf_puts(&b, "");
	while (*p != '\0') {
		const char *end, *bar;
		size_t klen;
		struct span v;

		/* {key} starts with a lower-case letter; "{ [ (" is text. */
		if (*p != '{' || !islower((unsigned char)p[1]) ||
		    (end = strchr(p, '}')) == NULL) {
			buf_add(&b, p, 1);
			p++;
			continue;
		}
		bar = memchr(p, '|', (size_t)(end - p));
		klen = (size_t)((bar != NULL ? bar : end) - p - 1);
		if (key_value(c, p + 1, klen, &v) != NULL) {
			buf_add(&b, v.p, v.len);
			if (klen == 2 && strncmp(p + 1, "fn", 2) == 0)
				buf_puts(&b, "()");
		} else if (bar != NULL)
			buf_add(&b, bar + 1, (size_t)(end - bar - 1));
		p = end + 1;
	}
	return (buf_steal(&b));
}

/*
 * Add "  label: text\n", wrapped at WRAP_COLUMN with continuation lines
 * under the text.  Breaks fall between words, never inside code: a
 * bracket that opens a call, an index or a tuple of quoted values keeps
 * its contents on one line; prose in (parentheses) may break.
 */
static void
add_line(struct buf *b, const char *label, const char *text)
{
	size_t indent = 2 + strlen(label) + 2, width = WRAP_COLUMN - indent;
	const char *p = text;

	buf_printf(b, "  %s: ", label);
	while (*p == ' ')
		p++;
	while (strlen(p) > width) {
		size_t i, best = 0, any = 0;
		int code = 0, depth = 0;
		unsigned char stack[32]; /* 1: this open bracket is code */

		for (i = 0; i <= width; i++) {
			char ch = p[i];

			if (ch == '(' || ch == '[' || ch == '{') {
				int is_code = (i > 0 && p[i - 1] != ' ') ||
				              (p[i + 1] != '\0' &&
				                  strchr("'\"([{0123456789",
				                      p[i + 1]) != NULL);

				if (depth < 32)
					stack[depth] = (unsigned char)is_code;
				depth++;
				code += is_code;
			} else if ((ch == ')' || ch == ']' || ch == '}') &&
			           depth > 0) {
				depth--;
				if (depth >= 32 || stack[depth])
					code--;
			} else if (ch == ' ') {
				any = i;
				if (code == 0)
					best = i;
			}
		}
		if (best == 0)
			best = any;
		if (best == 0) /* one long word: leave it whole */
			break;
		buf_add(b, p, best);
		buf_printf(b, "\n%*s", (int)indent, "");
		p += best;
		while (*p == ' ')
			p++;
	}
	buf_puts(b, p);
	buf_puts(b, "\n");
}

char *
explain_exception(const struct value *exc, const char *source)
{
	const struct rule *best = NULL;
	struct xcase c;
	struct buf b;
	size_t i;
	int score, top = -1;

	if (exc == NULL || exc->kind != KIND_EXC || exc->u.exc == NULL ||
	    exc->u.exc->cls == NULL)
		return (NULL);
	xcase_init(&c, exc->u.exc, source);
	for (i = 0; i < sizeof(rules) / sizeof(rules[0]); i++) {
		score = rule_score(&rules[i], &c);
		if (score > top) {
			top = score;
			best = &rules[i];
		}
	}
	if (best == NULL ||
	    (best->why == NULL && best->try == NULL && best->fix == NULL)) {
		xcase_free(&c);
		return (NULL);
	}
	buf_init(&b);
	if (best->why != NULL) {
		char *t = expand(&c, best->why);

		add_line(&b, "why", t);
		free(t);
	}
	{
		char *t = best->fix != NULL ? best->fix(&c) : NULL;

		if (t != NULL && strlen(t) > MAX_FIX) {
			free(t);
			t = xc_fix_usage(&c);
		}
		if (t == NULL && best->try != NULL)
			t = expand(&c, best->try);
		if (t != NULL)
			add_line(&b, "try", t);
		free(t);
	}
	xcase_free(&c);
	if (b.len == 0) {
		buf_free(&b);
		return (NULL);
	}
	return (buf_steal(&b));
}
