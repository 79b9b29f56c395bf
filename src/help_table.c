/* help_table.c -- the words help() shows: one row per name, in our words */
#include <config.h>

#include "help.h"

#include <stddef.h>

/*
 * Conventions for the rows (see struct help_entry in help.h):
 *  - `does` is short plain paragraphs separated by "\n"; say what happens
 *    to the socket's *names* (local and remote), as the lessons do;
 *  - `errors` has one line per common error: "Exception (ERRNO n): why";
 *  - `ccall` has one line per call, exactly as strace would show it
 *    (fd 3, port 8080 and the like are examples);
 *  - facts come from docs/CURRICULUM-style runs on Linux, not from
 *    Python's docstrings.
 * The socket methods' rows ("socket.socket.bind") are not here: each
 * sits with its method's code (sockobj_names.c, sockobj_io.c ...), and
 * help.c finds them there first, so that a bare "bind" finds the method.
 * In a row's text, {methods} stands for the list of the socket's methods.
 */
const struct help_entry help_entries[] = {
	/* ---- socket attributes ---------------------------------------- */
	{ "socket.socket.family", NULL, "s.family",
	    "The socket's address family, fixed when it was made: it decides "
	    "the shape of every name (tuple or path).",
	    "An AddressFamily member, e.g. <AddressFamily.AF_INET: 2>.", NULL,
	    "(no system call: stored when the socket was made)",
	    "socket.AF_*" },
	{ "socket.socket.type", NULL, "s.type",
	    "The socket's type, fixed when it was made: SOCK_STREAM "
	    "(connections, a byte stream) or SOCK_DGRAM (separate messages, "
	    "each with a destination).",
	    "A SocketKind member, e.g. <SocketKind.SOCK_DGRAM: 2>.", NULL,
	    "(no system call)", "socket.SOCK_*" },
	{ "socket.socket.proto", NULL, "s.proto",
	    "The protocol number given to socket(); 0 means the family's "
	    "usual protocol for the type (TCP for stream, UDP for datagram).",
	    "An int, usually 0.", NULL, "(no system call)",
	    "socket.IPPROTO_*" },
	{ "socket.socket.timeout", NULL, "s.timeout",
	    "The timeout settimeout() set, as gettimeout() returns it.",
	    "None or seconds.", NULL, "(no system call)",
	    "socket.socket.settimeout" },
	/* ---- the socket module ---------------------------------------- */
	{ "socket", NULL, "import socket",
	    "The socket module: the class socket.socket (make one with "
	    "socket.socket(family, type)), functions that turn names into "
	    "addresses (getaddrinfo, inet_pton, htons ...), and constants "
	    "(AF_*, SOCK_*, SO_*, MSG_* ...).\n"
	    "Type socket. and press Tab to see everything in it.",
	    NULL, NULL, NULL,
	    "socket.socket, socket.getaddrinfo, socket.AF_*, socket.SOCK_*" },
	{ "socket.socket", NULL,
	    "socket.socket(family=AF_INET, type=SOCK_STREAM, proto=0)",
	    "Makes a new endpoint in the kernel and returns a socket object "
	    "for it. It has no name yet: bind() gives it one, or connect(), "
	    "listen() or sendto() picks one for it.\n"
	    "family decides the form of names: AF_INET ('127.0.0.1', 8080), "
	    "AF_INET6 ('::1', 8080, 0, 0), AF_UNIX '/tmp/demo.sock'. type is "
	    "SOCK_STREAM (TCP for IP) or SOCK_DGRAM (UDP for IP).\n"
	    "Methods: {methods}; attributes: family type proto timeout. "
	    "help(socket.socket.bind) tells about one.",
	    "A socket object; its repr shows fd, family, type and names.",
	    "OSError (EAFNOSUPPORT 97): a family this kernel does not have.\n"
	    "OSError (EMFILE 24): too many open descriptors.",
	    "socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_IP) = 3",
	    "socket.AF_*, socket.SOCK_*, socket.socketpair" },
	{ "socket.socketpair", NULL,
	    "a, b = socket.socketpair([family[, type]])",
	    "Makes two sockets that are already connected to each other, in "
	    "one call. Neither has a name: getsockname() and getpeername() "
	    "are '' on both. Linux makes pairs for AF_UNIX only.",
	    "A pair of socket objects.",
	    "OSError (EOPNOTSUPP 95): AF_INET or AF_INET6 asked for.",
	    "socketpair(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC, 0, [3, 4]) = 0",
	    "socket.socket" },
	{ "socket.getaddrinfo", NULL,
	    "socket.getaddrinfo(host, port, family=0, type=0, proto=0, "
	    "flags=0)",
	    "Turns text (a host name or address, and a port or service name) "
	    "into ready-made socket names. Each entry says which family, type "
	    "and protocol to give socket(), and the name to give bind() or "
	    "connect().\n"
	    "With no family or type you get one entry per combination. "
	    "host None with flags=AI_PASSIVE gives the wildcard names a "
	    "server binds to. Names are looked up in /etc/hosts (and DNS); "
	    "services in /etc/services.",
	    "A list of (family, type, proto, canonname, sockaddr) tuples; "
	    "sockaddr is e.g. ('127.0.0.1', 80).",
	    "socket.gaierror (EAI_NONAME -2): no such name; also '' as host.\n"
	    "socket.gaierror (EAI_SERVICE -8): unknown service, or not for "
	    "that type.\n"
	    "socket.gaierror (EAI_FAMILY -6): AF_UNIX: paths are not looked "
	    "up.\n"
	    "socket.gaierror (EAI_ADDRFAMILY -9): an IPv6 literal asked for "
	    "AF_INET, or the reverse.",
	    "(no system call of its own: getaddrinfo() is a C library routine; "
	    "numeric names make no call at all)",
	    "socket.getnameinfo, socket.AI_*, socket.EAI_*" },
	{ "socket.getnameinfo", NULL, "socket.getnameinfo(sockaddr, flags)",
	    "The way back: from a numeric (host, port) name to host and "
	    "service text. flags=socket.NI_NUMERICHOST | socket.NI_NUMERICSERV "
	    "keeps both numeric.",
	    "A pair (host, service) of str.",
	    "socket.gaierror: the name cannot be found and NI_NAMEREQD was "
	    "given, or the address is not numeric.",
	    "(C library routine getnameinfo(); no socket call)",
	    "socket.getaddrinfo, socket.NI_*" },
	{ "socket.gethostname", NULL, "socket.gethostname()",
	    "This machine's host name, as uname -n shows it.", "A str.", NULL,
	    "(uname(), not a socket call)", "socket.getfqdn" },
	{ "socket.gethostbyname", NULL, "socket.gethostbyname(host)",
	    "The old way to turn a host name into one IPv4 address. "
	    "getaddrinfo() does this for every family.",
	    "A dotted-quad str such as '127.0.0.1'.",
	    "socket.gaierror: the name is unknown.",
	    "(C library lookup: /etc/hosts, then DNS)", "socket.getaddrinfo" },
	{ "socket.getfqdn", NULL, "socket.getfqdn([name])",
	    "A fully qualified name for name (default: this host), found by "
	    "looking the address up again.",
	    "A str; name itself when nothing better is found.", NULL,
	    "(C library lookups)", "socket.gethostname" },
	{ "socket.getservbyname", NULL,
	    "socket.getservbyname(service[, protocol])",
	    "Looks a service name up in /etc/services: 'http' gives 80.",
	    "The port number (int).", "OSError: service/proto not found.",
	    "(reads /etc/services)", "socket.getservbyport" },
	{ "socket.getservbyport", NULL,
	    "socket.getservbyport(port[, protocol])",
	    "The other way round: 80 gives 'http'.", "A str.",
	    "OSError: port/proto not found.\n"
	    "OverflowError: port not 0-65535.",
	    "(reads /etc/services)", "socket.getservbyname" },
	{ "socket.getprotobyname", NULL, "socket.getprotobyname(name)",
	    "A protocol's number from /etc/protocols: 'tcp' is 6, 'udp' 17.",
	    "An int.", "OSError: protocol not found.", "(reads /etc/protocols)",
	    "socket.IPPROTO_*" },
	{ "socket.inet_pton", NULL, "socket.inet_pton(family, text)",
	    "Turns an address in text into the bytes the kernel keeps in a "
	    "name (network byte order): 4 bytes for AF_INET, 16 for "
	    "AF_INET6. '::1' is fifteen zero bytes and a 1.",
	    "bytes, e.g. b'\\x7f\\x00\\x00\\x01' for '127.0.0.1'.",
	    "OSError: illegal IP address string passed to inet_pton.",
	    "(C library routine inet_pton(); no system call)",
	    "socket.inet_ntop, .sockaddr" },
	{ "socket.inet_ntop", NULL, "socket.inet_ntop(family, packed)",
	    "Turns 4 or 16 address bytes back into text.",
	    "A str such as '::1'.",
	    "ValueError: wrong number of bytes for the family.",
	    "(C library routine inet_ntop())", "socket.inet_pton" },
	{ "socket.inet_aton", NULL, "socket.inet_aton(text)",
	    "IPv4 only: dotted text to 4 bytes. Accepts short forms "
	    "('127.1').",
	    "4 bytes.", "OSError: illegal IP address string.",
	    "(C library routine inet_aton())",
	    "socket.inet_ntoa, socket.inet_pton" },
	{ "socket.inet_ntoa", NULL, "socket.inet_ntoa(packed)",
	    "IPv4 only: 4 bytes to dotted text.", "A str.",
	    "OSError: packed IP wrong length.", "(C library routine)",
	    "socket.inet_aton" },
	{ "socket.htons", NULL, "socket.htons(n)",
	    "Host to network byte order, 16 bits. Ports travel big-endian "
	    "(most significant byte first); x86 keeps numbers little-endian, "
	    "so htons(8080) swaps the two bytes: 0x1f90 becomes 0x901f "
	    "(36895). strace writes sin_port=htons(8080) for this reason.",
	    "An int.", "OverflowError: n is not 0-65535.",
	    "(no system call: a byte swap)",
	    "socket.ntohs, socket.htonl, .sockaddr" },
	{ "socket.ntohs", NULL, "socket.ntohs(n)",
	    "Network to host byte order, 16 bits: undoes htons().", "An int.",
	    "OverflowError: n is not 0-65535.", "(no system call)",
	    "socket.htons" },
	{ "socket.htonl", NULL, "socket.htonl(n)",
	    "Host to network byte order, 32 bits (addresses, flowinfo).",
	    "An int.", "OverflowError: n is negative or above 32 bits.",
	    "(no system call)", "socket.ntohl, socket.htons" },
	{ "socket.ntohl", NULL, "socket.ntohl(n)",
	    "Network to host byte order, 32 bits: undoes htonl().", "An int.",
	    "OverflowError: n is negative or above 32 bits.",
	    "(no system call)", "socket.htonl" },
	{ "socket.create_connection", NULL,
	    "socket.create_connection((host, port)[, timeout[, "
	    "source_address]])",
	    "A client in one line: getaddrinfo() for the name, then for each "
	    "answer socket(), optionally bind(source_address), and "
	    "connect(), until one works.",
	    "A connected stream socket.",
	    "ConnectionRefusedError and the other connect() errors (the last "
	    "one tried); socket.gaierror for an unknown name.",
	    "socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_TCP) = 3\n"
	    "connect(3, {sa_family=AF_INET, sin_port=htons(8080), "
	    "sin_addr=inet_addr(\"127.0.0.1\")}, 16) = 0",
	    "socket.socket.connect, socket.create_server" },
	{ "socket.create_server", NULL,
	    "socket.create_server(address, *, family=AF_INET, backlog=None, "
	    "reuse_port=False, dualstack_ipv6=False)",
	    "A listener in one line: socket(), SO_REUSEADDR, bind(address), "
	    "listen(). With family=AF_INET6 and dualstack_ipv6=True it also "
	    "takes IPv4 clients (IPV6_V6ONLY set to 0).",
	    "A listening socket.",
	    "OSError (EADDRINUSE 98): the name is taken.",
	    "socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_IP) = 3\n"
	    "setsockopt(3, SOL_SOCKET, SO_REUSEADDR, [1], 4) = 0\n"
	    "bind(3, {sa_family=AF_INET, sin_port=htons(0), "
	    "sin_addr=inet_addr(\"127.0.0.1\")}, 16) = 0\n"
	    "listen(3, 128) = 0",
	    "socket.socket.listen, socket.create_connection" },
	{ "socket.has_dualstack_ipv6", NULL, "socket.has_dualstack_ipv6()",
	    "Whether one AF_INET6 socket can take both IPv6 and IPv4 clients "
	    "(IPV6_V6ONLY can be turned off). True on Linux.",
	    "True or False.", NULL, "(makes and closes a test socket)",
	    "socket.IPV6_*" },
	{ "socket.has_ipv6", "has_ipv6", "socket.has_ipv6",
	    "True when this Python (here: sockshell) was built with IPv6.",
	    "True.", NULL, NULL, "socket.AF_*" },
	{ "socket.if_nametoindex", NULL, "socket.if_nametoindex(name)",
	    "The number of a network interface: 'lo' is 1. IPv6 link-local "
	    "addresses (fe80::) need it as the scope_id in their name.",
	    "An int.", "OSError: no interface with that name.",
	    "(ioctl SIOCGIFINDEX on a helper socket)", "socket.socket.bind" },
	{ "socket.getdefaulttimeout", NULL, "socket.getdefaulttimeout()",
	    "The timeout new sockets start with.", "None or seconds.", NULL,
	    "(no system call)", "socket.setdefaulttimeout" },
	{ "socket.setdefaulttimeout", NULL, "socket.setdefaulttimeout(seconds)",
	    "Sets the timeout every socket made afterwards starts with, as if "
	    "settimeout() were called on each.",
	    "None.", "ValueError: a negative number.", "(no system call)",
	    "socket.socket.settimeout" },
	/* ---- exception classes of the socket module ------------------- */
	{ "socket.error", NULL, "socket.error",
	    "Another name for OSError, kept from old Python. Every socket "
	    "error is an OSError: except OSError catches them all.",
	    NULL, NULL, NULL, "OSError" },
	{ "socket.timeout", NULL, "socket.timeout",
	    "Another name for TimeoutError: what a call raises when "
	    "settimeout() expires. It has no errno.",
	    NULL, NULL, "poll([{fd=3, events=POLLIN}], 1, 2000) = 0 (Timeout)",
	    "socket.socket.settimeout" },
	{ "TimeoutError", NULL, "TimeoutError",
	    "What a call raises when the time settimeout() allowed runs out: "
	    "nothing arrived (recv, recvfrom, accept) or the handshake did not "
	    "finish (connect). socket.timeout is the same class. It has no "
	    "errno: isinstance(sys.last_value, TimeoutError) tests for it.",
	    NULL, NULL, "poll([{fd=3, events=POLLIN}], 1, 2000) = 0 (Timeout)",
	    "socket.socket.settimeout" },
	{ "socket.gaierror", NULL, "socket.gaierror",
	    "The error of getaddrinfo() and of turning a host into an "
	    "address. Its errno is negative and is one of socket.EAI_*: -2 "
	    "name not known, -8 service not known, -9 wrong family.",
	    NULL, NULL, NULL, "socket.getaddrinfo, socket.EAI_*" },
	{ "socket.herror", NULL, "socket.herror",
	    "The error of the old host lookups (gethostbyaddr).", NULL, NULL,
	    NULL, "socket.gaierror" },
	/* ---- constant groups ------------------------------------------ */
	{ "socket.AF_*", "AF_ PF_ AddressFamily", NULL,
	    "Address families: the kind of name a socket uses. Pass one as "
	    "the first argument of socket.socket().\n"
	    "AF_INET (2): IPv4, names ('127.0.0.1', 8080). AF_INET6 (10): "
	    "IPv6, names ('::1', 8080, 0, 0). AF_UNIX (1): local sockets "
	    "named by a path '/tmp/demo.sock' or an abstract b'\\x00name'. "
	    "AF_UNSPEC (0): any family, for getaddrinfo(). The rest exist but "
	    "are outside what sockshell teaches. Each is an AddressFamily member "
	    "and equals its number.",
	    NULL, NULL,
	    "socket(AF_INET6, SOCK_DGRAM|SOCK_CLOEXEC, IPPROTO_IP) = 3",
	    "socket.socket, socket.SOCK_*" },
	{ "socket.SOCK_*", "SOCK_ SocketKind", NULL,
	    "Socket types: how data travels. SOCK_STREAM (1): a connection "
	    "and a byte stream, TCP for IP. SOCK_DGRAM (2): separate "
	    "datagrams, each with its own destination, UDP for IP. "
	    "SOCK_SEQPACKET (5): connected, message by message (AF_UNIX). "
	    "SOCK_NONBLOCK and SOCK_CLOEXEC are flags added with |; Python "
	    "always adds SOCK_CLOEXEC, as strace shows.",
	    NULL, NULL,
	    "socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_IP) = 3",
	    "socket.socket, socket.AF_*" },
	{ "socket.SO_*", "SOL_ SO_ SOMAXCONN", NULL,
	    "Options of the socket itself, for getsockopt() and setsockopt() "
	    "with level SOL_SOCKET (1).\n"
	    "SO_REUSEADDR (2): allow binding a name still held by TIME_WAIT. "
	    "SO_ACCEPTCONN (30): 1 on a listener. SO_ERROR (4): a pending "
	    "error. SO_TYPE, SO_PROTOCOL, SO_DOMAIN: what the socket is. "
	    "SO_RCVBUF/SO_SNDBUF: buffer sizes. SO_BROADCAST, SO_KEEPALIVE, "
	    "SO_LINGER, SO_REUSEPORT ...\n"
	    "SOMAXCONN (4096) is the kernel's cap on a listen() backlog. "
	    "These are plain ints in Python.",
	    NULL, NULL, "setsockopt(3, SOL_SOCKET, SO_REUSEADDR, [1], 4) = 0",
	    "socket.socket.setsockopt, socket.socket.getsockopt" },
	{ "socket.IPPROTO_*", "IPPROTO_ IPPORT_ SOL_IP SOL_TCP SOL_UDP", NULL,
	    "Protocol numbers: the third argument of socket() (0 picks the "
	    "usual one), and the level of protocol options. IPPROTO_TCP (6), "
	    "IPPROTO_UDP (17), IPPROTO_IPV6 (41), IPPROTO_IP (0).",
	    NULL, NULL, "setsockopt(3, SOL_IPV6, IPV6_V6ONLY, [1], 4) = 0",
	    "socket.socket.proto, socket.IPV6_*" },
	{ "socket.IPV6_*", "IPV6_ IP_", NULL,
	    "IPv6 options, level IPPROTO_IPV6. IPV6_V6ONLY (26): 0 (Linux's "
	    "default) lets an AF_INET6 socket bound to '::' take IPv4 clients "
	    "too, named ('::ffff:127.0.0.1', port, 0, 0); 1 keeps it to IPv6 "
	    "and leaves the IPv4 port free. Set it before bind(). IP_* are "
	    "the IPv4 options (level IPPROTO_IP).",
	    NULL, "OSError (EINVAL 22): changing IPV6_V6ONLY after bind().",
	    "setsockopt(3, SOL_IPV6, IPV6_V6ONLY, [0], 4) = 0",
	    "socket.socket.setsockopt, socket.create_server" },
	{ "socket.TCP_*", "TCP_", NULL,
	    "TCP options, level IPPROTO_TCP: TCP_NODELAY (1) sends small "
	    "writes at once; TCP_INFO holds the connection's state (what "
	    ".sockets shows); TCP_KEEPIDLE, TCP_MAXSEG ...",
	    NULL, NULL, "setsockopt(3, SOL_TCP, TCP_NODELAY, [1], 4) = 0",
	    "socket.socket.setsockopt" },
	{ "socket.SHUT_*", "SHUT_", NULL,
	    "What shutdown() ends: SHUT_RD (0) reading, SHUT_WR (1) writing "
	    "(the peer reads b''), SHUT_RDWR (2) both.",
	    NULL, NULL, "shutdown(3, SHUT_WR) = 0", "socket.socket.shutdown" },
	{ "socket.MSG_*", "MSG_ MsgFlag", NULL,
	    "Flags for send, recv and friends, combined with |. MSG_PEEK (2): "
	    "read without removing. MSG_DONTWAIT (64): do not wait, this call "
	    "only. MSG_WAITALL (256): wait for the full amount. MSG_NOSIGNAL: "
	    "no SIGPIPE (Python ignores SIGPIPE anyway).",
	    NULL, NULL, "recvfrom(3, \"hi\", 10, MSG_PEEK, NULL, NULL) = 2",
	    "socket.socket.recv" },
	{ "socket.AI_*", "AI_ AddressInfo", NULL,
	    "Flags for getaddrinfo(). AI_PASSIVE (1): with host None, give "
	    "wildcard names for a server. AI_NUMERICHOST (4): the host must "
	    "be a numeric address, no lookup. AI_CANONNAME, AI_NUMERICSERV, "
	    "AI_V4MAPPED, AI_ADDRCONFIG, AI_ALL.",
	    NULL, NULL, NULL, "socket.getaddrinfo" },
	{ "socket.NI_*", "NI_", NULL,
	    "Flags for getnameinfo(): NI_NUMERICHOST, NI_NUMERICSERV (keep "
	    "numbers), NI_NAMEREQD (fail without a name), NI_DGRAM (UDP "
	    "services). NI_MAXHOST and NI_MAXSERV are buffer sizes.",
	    NULL, NULL, NULL, "socket.getnameinfo" },
	{ "socket.INADDR_*", "INADDR_", NULL,
	    "IPv4 addresses as 32-bit numbers (host byte order): INADDR_ANY "
	    "(0, 0.0.0.0, written '' in a name), INADDR_LOOPBACK "
	    "(2130706433, 127.0.0.1), INADDR_BROADCAST, INADDR_NONE.",
	    NULL, NULL, NULL, "socket.htonl, socket.socket.bind" },
	{ "socket.EAI_*", "EAI_ EAGAIN EBADF EWOULDBLOCK", NULL,
	    "The errno values of socket.gaierror (negative numbers): "
	    "EAI_NONAME (-2) name not known, EAI_AGAIN (-3) no answer from "
	    "DNS, EAI_FAMILY (-6) family not supported, EAI_SERVICE (-8) "
	    "service not known for the type, EAI_ADDRFAMILY (-9) address of "
	    "the other family. EAGAIN and EBADF are copies of errno's.",
	    NULL, NULL, NULL, "socket.gaierror, socket.getaddrinfo" },
	{ "socket.other constants",
	    "ALG_ CAN_ J1939_ NETLINK_ PACKET_ TIPC_ "
	    "VMADDR_ VM_ SO_VM_ SCM_ IOCTL_ UDPLITE_ SOL_CAN_",
	    NULL,
	    "Constants of families and protocols outside what sockshell "
	    "teaches (Linux crypto, CAN bus, netlink, raw packets, TIPC, "
	    "virtual machine sockets, control messages). They are here so "
	    "that code copied from elsewhere finds them.",
	    NULL, NULL, NULL, "socket.AF_*" },
	/* ---- dot commands: shown only when dotcmds[] has the command --- */
	{ ".help", NULL, ".help [NAME]",
	    "Without NAME, lists the commands that are not Python. With a "
	    "command name, explains it; with any other name (.help bind, "
	    ".help getaddrinfo, .help AF_INET6) it shows what help() would.",
	    NULL, NULL, NULL, "help" },
	{ ".quit", NULL, ".quit",
	    "Leaves sockshell; Ctrl-D and exit() do the same. Open sockets "
	    "are closed by the kernel as the process ends.",
	    NULL, NULL, NULL, NULL },
	{ ".trace", NULL, ".trace on|off",
	    "Shows the system calls each line makes, in strace's notation, "
	    "before the result: the names decoded, flags by name, errors as "
	    "errno names. The command-line option --trace does the same from "
	    "the start.",
	    NULL, NULL,
	    "bind(3, {sa_family=AF_INET, sin_port=htons(0), "
	    "sin_addr=inet_addr(\"127.0.0.1\")}, 16) = 0",
	    ".sockets" },
	{ ".color", NULL, ".color on|off",
	    "Turns colour on or off: errors red, explanations and the trace "
	    "dim, call forms in help cyan. Colour starts on only when output "
	    "is a terminal, NO_COLOR is unset (or empty) and TERM is not "
	    "dumb; it cannot be turned on when output is not a terminal.",
	    NULL, NULL, NULL, NULL },
	{ ".sockets", NULL, ".sockets",
	    "A table of every open socket: the variables that name it, its "
	    "fd, family and type, its local and remote names as the kernel "
	    "reports them now, and its state (for TCP the kernel's own: "
	    "LISTEN, ESTABLISHED, TIME_WAIT ...).",
	    NULL, NULL, NULL, ".trace, .sockaddr" },
	{ ".sockaddr", NULL, ".sockaddr [FAMILY] NAME",
	    "Shows the C structure (sockaddr_in, sockaddr_in6 or sockaddr_un) "
	    "the kernel gets for a name, field by field with offsets and "
	    "bytes: try .sockaddr ('127.0.0.1', 8080) to see port 8080 as the "
	    "bytes 1f 90 (network byte order), or .sockaddr s.getsockname() "
	    "for a socket's own name. A path or b'\\x00name' shows a "
	    "sockaddr_un.",
	    NULL, NULL, NULL, "socket.htons, .sockets" },
	{ ".lesson", NULL, ".lesson NAME|stop",
	    "Starts (or resumes) a lesson: it tells you what to type, step by "
	    "step, and notices by itself when a step is done. NAME may be a "
	    "lesson's name, a unique beginning of it, or its number; Tab after "
	    ".lesson completes the names. .lesson stop leaves the lesson.",
	    NULL, NULL, NULL, ".lessons, .hint, .show, .skip, .back" },
	{ ".lessons", NULL, ".lessons",
	    "Lists the lessons, in order, and how far you got in each.", NULL,
	    NULL, NULL, ".lesson" },
	{ ".hint", NULL, ".hint",
	    "Inside a lesson: the next hint for the step you are on. Ask again "
	    "for a plainer one.",
	    NULL, NULL, NULL, ".show, .skip" },
	{ ".show", NULL, ".show",
	    "Inside a lesson: shows the current step's text again.", NULL, NULL,
	    NULL, ".hint" },
	{ ".skip", NULL, ".skip",
	    "Inside a lesson: runs the step's model answer for you (you see "
	    "the line and its result) and moves to the next step.",
	    NULL, NULL, NULL, ".back" },
	{ ".back", NULL, ".back",
	    "Inside a lesson: goes back to the step before.", NULL, NULL, NULL,
	    ".skip" },
	/* ---- the language --------------------------------------------- */
	{ "python", NULL, ".help python",
	    "The Python that sockshell runs, as python3 3.11 runs it. "
	    "Expressions: numbers, strings, f-strings, bytes, tuples, lists, "
	    "calls (with *args and **kwargs), attributes, indexing and "
	    "slicing, operators, x if c else y, lambda, and :=.\n"
	    "Statements: assignments (a, *rest = t; x += 1), import and "
	    "from ... import, del, pass, assert; if/elif/else; while and for "
	    "with else, break and continue; def with defaults, keywords, "
	    "*args, **kwargs and keyword-only parameters, return, global, "
	    "nonlocal; class with methods, __init__, single inheritance and "
	    "super(), Exception subclasses; try/except/else/finally, raise "
	    "and raise ... from; with (sockets are context managers).\n"
	    "Not yet: dict and set literals, comprehensions, generators "
	    "(yield), decorators, async, match. Each gets a SyntaxError that "
	    "names it.",
	    NULL, NULL, NULL, "help" },
	/* ---- builtins ------------------------------------------------- */
	{ "help", NULL, "help([thing])",
	    "Explains a function, method, constant, class or module: "
	    "help(s.bind), help(socket.getaddrinfo), help(socket.AF_INET6). "
	    "A name in quotes works too: help('SO_REUSEADDR'). With nothing "
	    "in the brackets, an overview.",
	    "None (the text is printed).", NULL, NULL, ".help" },
	{ "print", NULL, "print(*values, sep=' ', end='\\n')",
	    "Writes values with str(), separated by sep and followed by end. "
	    "At the prompt a bare expression shows its repr() already.",
	    "None.", NULL, NULL, "repr" },
	{ "len", NULL, "len(x)",
	    "The number of items: characters of a str, "
	    "bytes of a bytes, entries of a tuple or list.",
	    "An int.", "TypeError: x has no length (an int, None ...).", NULL,
	    NULL },
	{ "repr", NULL, "repr(x)",
	    "The text the prompt shows for x, e.g. a "
	    "socket's <socket.socket fd=3, ...> with its names.",
	    "A str.", NULL,
	    "getsockname(3, ...) and getpeername(3, ...) for a socket",
	    "print" },
	{ "dir", NULL, "dir(x)",
	    "The names of x's attributes: what you may "
	    "write after x. (Tab after x. shows them too.)",
	    "A sorted list of str.", NULL, NULL, NULL },
	{ "isinstance", NULL, "isinstance(x, cls)",
	    "Whether x is a cls (or a subclass), e.g. "
	    "isinstance(sys.last_value, TimeoutError).",
	    "True or False.", NULL, NULL, "issubclass" },
	{ "issubclass", NULL, "issubclass(a, b)",
	    "Whether class a derives from b: issubclass(socket.gaierror, "
	    "OSError) is True.",
	    "True or False.", NULL, NULL, "isinstance" },
	{ "abs", NULL, "abs(n)", "The size of a number without its sign.",
	    "A number.", NULL, NULL, NULL },
	{ "bin", NULL, "bin(n)", "n in base 2, e.g. '0b1010'.", "A str.", NULL,
	    NULL, "hex, oct" },
	{ "hex", NULL, "hex(n)",
	    "n in base 16: hex(socket.htons(8080)) is "
	    "'0x901f', the port's bytes swapped.",
	    "A str.", NULL, NULL, "socket.htons" },
	{ "format", NULL, "format(value, spec='')",
	    "value as text shaped by a format spec, the same little language "
	    "as in '{:>8}'.format(x): fill and alignment, sign, width, "
	    "precision and a type such as d, x, f or %. format(8080, '04x') "
	    "is '1f90', the port's two bytes in hex.",
	    "A str.", NULL, NULL, "str.format, hex" },
	{ "oct", NULL, "oct(n)", "n in base 8, e.g. '0o755'.", "A str.", NULL,
	    NULL, "hex" },
	{ "chr", NULL, "chr(n)", "The character with code n.", "A str.", NULL,
	    NULL, "ord" },
	{ "ord", NULL, "ord(c)", "The code of one character (or byte).",
	    "An int.", NULL, NULL, "chr" },
	{ "max", NULL, "max(a, b, ...)",
	    "The largest of its arguments (or of "
	    "one sequence).",
	    NULL, NULL, NULL, "min" },
	{ "min", NULL, "min(a, b, ...)",
	    "The smallest of its arguments (or of "
	    "one sequence).",
	    NULL, NULL, NULL, "max" },
	{ "exit", NULL, "exit([status])", "Leaves sockshell, as .quit does.",
	    NULL, NULL, NULL, ".quit" },
	{ "quit", NULL, "quit([status])", "Leaves sockshell, as .quit does.",
	    NULL, NULL, NULL, ".quit" },
	{ "int", NULL, "int(x[, base])",
	    "A whole number; int('1f90', 16) is "
	    "8080. int.from_bytes(b'\\x1f\\x90', 'big') reads bytes in "
	    "network order.",
	    NULL, NULL, NULL, "socket.htons" },
	{ "int.from_bytes", NULL, "int.from_bytes(data, byteorder)",
	    "Reads bytes as a number; 'big' is network byte order.", "An int.",
	    NULL, NULL, "int, socket.ntohs" },
	{ "float", NULL, "float(x)",
	    "A number with a fraction, e.g. a "
	    "timeout of 0.5 seconds.",
	    NULL, NULL, NULL, NULL },
	{ "bool", NULL, "bool(x)",
	    "True or False; also what if and not "
	    "see.",
	    NULL, NULL, NULL, NULL },
	{ "str", NULL, "'text'",
	    "Text. Host names and AF_UNIX paths are str. "
	    "Sockets send bytes, not str: 'hi'.encode() makes bytes. Methods: "
	    "encode endswith find format join lower lstrip replace rstrip "
	    "split startswith strip upper.",
	    NULL, NULL, NULL, "bytes, str.encode" },
	{ "str.encode", NULL, "text.encode(encoding='utf-8')",
	    "Text to bytes, ready for send(): 'hi'.encode() is b'hi'.",
	    "bytes.",
	    "UnicodeEncodeError: with 'ascii', a character outside "
	    "ASCII.",
	    NULL, "bytes.decode" },
	{ "bytes", NULL, "b'data'",
	    "Raw bytes: what send() takes and recv() "
	    "returns; abstract AF_UNIX names come back as bytes too. Methods: "
	    "decode endswith find hex join lower lstrip replace rstrip split "
	    "startswith strip upper.",
	    NULL, NULL, NULL, "str, bytes.decode" },
	{ "bytes.decode", NULL, "data.decode(encoding='utf-8')",
	    "Bytes to text: b'hi'.decode() is 'hi'.", "A str.",
	    "UnicodeDecodeError: the bytes are not valid in that encoding.",
	    NULL, "str.encode" },
	{ "bytes.hex", NULL, "data.hex([sep])",
	    "The bytes in hex: "
	    "socket.inet_aton('127.0.0.1').hex() is '7f000001'.",
	    "A str.", NULL, NULL, ".sockaddr" },
	{ "tuple", NULL, "(a, b)",
	    "A fixed sequence. IP socket names are "
	    "tuples: ('127.0.0.1', 8080).",
	    NULL, NULL, NULL, NULL },
	{ "list", NULL, "[a, b]",
	    "A sequence that can grow; getaddrinfo() "
	    "returns one.",
	    NULL, NULL, NULL, NULL },
	{ "dict", NULL, "dict", "Keys and values, e.g. errno.errorcode.", NULL,
	    NULL, NULL, NULL },
	{ "range", NULL, "range(stop), range(start, stop[, step])",
	    "The integers from start (0) up to, not including, stop: "
	    "for i in range(3) runs with 0, 1 and 2.",
	    NULL, NULL, NULL, NULL },
	{ "enumerate", NULL, "enumerate(iterable, start=0)",
	    "Pairs (number, item): for i, info in enumerate(infos) counts "
	    "as it goes.",
	    NULL, NULL, NULL, NULL },
	{ "zip", NULL, "zip(a, b, ...)",
	    "Tuples of the items side by side, as long as the shortest: "
	    "for host, port in zip(hosts, ports).",
	    NULL, NULL, NULL, NULL },
	{ "type", NULL, "type(x)", "The class of x.", NULL, NULL, NULL,
	    "isinstance" },
	{ "object", NULL, "object", "The base of every class.", NULL, NULL,
	    NULL, NULL },
	{ "None", NULL, "None",
	    "Nothing: what bind() and connect() return, "
	    "and what recvfrom() gives as sender when there is no name.",
	    NULL, NULL, NULL, NULL },
	{ "OSError", NULL, "OSError",
	    "The error a failed system call raises. e.errno is the number "
	    "(98), errno.errorcode[e.errno] its name ('EADDRINUSE'), "
	    "e.strerror the message. Subclasses name common cases: "
	    "ConnectionRefusedError, FileNotFoundError, PermissionError, "
	    "BlockingIOError, BrokenPipeError, TimeoutError ... The last "
	    "error stays in sys.last_value.",
	    NULL, NULL, NULL, "errno, sys.last_value" },
	/* ---- os, os.path, errno, sys ---------------------------------- */
	{ "os", NULL, "import os",
	    "A few operating-system helpers: "
	    "os.unlink and os.remove (delete a socket file), os.path.exists, "
	    "os.path.join, os.getcwd, os.getpid, os.strerror, os.sep.",
	    NULL, NULL, NULL, "os.unlink, os.path" },
	{ "os.unlink", NULL, "os.unlink(path)",
	    "Deletes a file. An AF_UNIX socket file stays after close(); "
	    "delete it before binding the same path again.",
	    "None.", "FileNotFoundError (ENOENT 2): no such file.",
	    "unlink(\"/tmp/demo.sock\") = 0", "socket.socket.bind" },
	{ "os.remove", NULL, "os.remove(path)", "The same as os.unlink.",
	    "None.", "FileNotFoundError (ENOENT 2): no such file.",
	    "unlink(\"/tmp/demo.sock\") = 0", "os.unlink" },
	{ "os.getcwd", NULL, "os.getcwd()",
	    "The current directory, where "
	    "relative AF_UNIX paths are made.",
	    "A str.", NULL, NULL, NULL },
	{ "os.getpid", NULL, "os.getpid()",
	    "This process's id (for strace "
	    "-p or ss -p).",
	    "An int.", NULL, NULL, NULL },
	{ "os.strerror", NULL, "os.strerror(n)",
	    "The message for errno n: "
	    "os.strerror(98) is 'Address already in use'.",
	    "A str.", NULL, NULL, "errno" },
	{ "os.path", NULL, "os.path", "Path helpers: exists and join.", NULL,
	    NULL, NULL, "os.path.exists" },
	{ "os.path.exists", NULL, "os.path.exists(path)",
	    "Whether a file "
	    "exists: after bind() an AF_UNIX path does, and still does after "
	    "close().",
	    "True or False.", NULL, NULL, "os.unlink" },
	{ "os.path.join", NULL, "os.path.join(a, b, ...)",
	    "Joins path parts "
	    "with /.",
	    "A str.", NULL, NULL, NULL },
	{ "errno", NULL, "import errno",
	    "The error numbers by name: "
	    "errno.EADDRINUSE is 98. errno.errorcode[98] is 'EADDRINUSE'. "
	    "Compare with sys.last_value.errno.",
	    NULL, NULL, NULL, "OSError, os.strerror" },
	{ "sys", NULL, "import sys",
	    "sys.last_value is the last error the "
	    "prompt reported; sys.argv the script's arguments; sys.exit() "
	    "leaves.",
	    NULL, NULL, NULL, "sys.last_value" },
	{ "sys.last_value", NULL, "sys.last_value",
	    "The last uncaught error, "
	    "e.g. sys.last_value.errno == errno.EADDRINUSE. Lessons check it.",
	    NULL, NULL, NULL, "OSError" },
	{ "sys.exit", NULL, "sys.exit([status])", "Leaves sockshell.", NULL,
	    NULL, NULL, "exit" },
	{ NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL },
};
