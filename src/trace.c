/* trace.c -- render socket system calls the way strace 6.1 prints them */
#include <config.h>

#include "trace.h"

#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/types.h>

#include <limits.h>
#include <netinet/in.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "family.h"
#include "xmalloc.h"

/*
 * The symbol tables below were recorded from strace 6.1 itself (a probe
 * program made each call with every value in a range and the names were
 * taken from strace's output), so they are strace's spelling, not
 * glibc's: SO_RCVTIMEO_OLD, AF_DECnet, and level 40 printed as AF_VSOCK.
 * The errno table is glibc's strerrorname_np and strerror, which is what
 * strace prints (EAGAIN, not EWOULDBLOCK; EOPNOTSUPP, not ENOTSUP).
 * Tables end with a NULL name; 0 is a valid value in some of them.
 */
struct sym {
	unsigned long val;
	const char *name;
};

struct errsym {
	int val;
	const char *name;
	const char *msg;
};

static const struct sym families[] = {
	{ 0, "AF_UNSPEC" },
	{ 1, "AF_UNIX" },
	{ 2, "AF_INET" },
	{ 3, "AF_AX25" },
	{ 4, "AF_IPX" },
	{ 5, "AF_APPLETALK" },
	{ 6, "AF_NETROM" },
	{ 7, "AF_BRIDGE" },
	{ 8, "AF_ATMPVC" },
	{ 9, "AF_X25" },
	{ 10, "AF_INET6" },
	{ 11, "AF_ROSE" },
	{ 12, "AF_DECnet" },
	{ 13, "AF_NETBEUI" },
	{ 14, "AF_SECURITY" },
	{ 15, "AF_KEY" },
	{ 16, "AF_NETLINK" },
	{ 17, "AF_PACKET" },
	{ 18, "AF_ASH" },
	{ 19, "AF_ECONET" },
	{ 20, "AF_ATMSVC" },
	{ 21, "AF_RDS" },
	{ 22, "AF_SNA" },
	{ 23, "AF_IRDA" },
	{ 24, "AF_PPPOX" },
	{ 25, "AF_WANPIPE" },
	{ 26, "AF_LLC" },
	{ 27, "AF_IB" },
	{ 28, "AF_MPLS" },
	{ 29, "AF_CAN" },
	{ 30, "AF_TIPC" },
	{ 31, "AF_BLUETOOTH" },
	{ 32, "AF_IUCV" },
	{ 33, "AF_RXRPC" },
	{ 34, "AF_ISDN" },
	{ 35, "AF_PHONET" },
	{ 36, "AF_IEEE802154" },
	{ 37, "AF_CAIF" },
	{ 38, "AF_ALG" },
	{ 39, "AF_NFC" },
	{ 40, "AF_VSOCK" },
	{ 41, "AF_KCM" },
	{ 42, "AF_QIPCRTR" },
	{ 43, "AF_SMC" },
	{ 44, "AF_XDP" },
	{ 45, "AF_MCTP" },
	{ 0, NULL },
};

static const struct sym socktypes[] = {
	{ 1, "SOCK_STREAM" },
	{ 2, "SOCK_DGRAM" },
	{ 3, "SOCK_RAW" },
	{ 4, "SOCK_RDM" },
	{ 5, "SOCK_SEQPACKET" },
	{ 6, "SOCK_DCCP" },
	{ 10, "SOCK_PACKET" },
	{ 0, NULL },
};

static const struct sym ipprotos[] = {
	{ 0, "IPPROTO_IP" },
	{ 1, "IPPROTO_ICMP" },
	{ 2, "IPPROTO_IGMP" },
	{ 4, "IPPROTO_IPIP" },
	{ 6, "IPPROTO_TCP" },
	{ 8, "IPPROTO_EGP" },
	{ 12, "IPPROTO_PUP" },
	{ 17, "IPPROTO_UDP" },
	{ 22, "IPPROTO_IDP" },
	{ 29, "IPPROTO_TP" },
	{ 33, "IPPROTO_DCCP" },
	{ 41, "IPPROTO_IPV6" },
	{ 43, "IPPROTO_ROUTING" },
	{ 44, "IPPROTO_FRAGMENT" },
	{ 46, "IPPROTO_RSVP" },
	{ 47, "IPPROTO_GRE" },
	{ 50, "IPPROTO_ESP" },
	{ 51, "IPPROTO_AH" },
	{ 58, "IPPROTO_ICMPV6" },
	{ 59, "IPPROTO_NONE" },
	{ 60, "IPPROTO_DSTOPTS" },
	{ 92, "IPPROTO_MTP" },
	{ 94, "IPPROTO_BEETPH" },
	{ 98, "IPPROTO_ENCAP" },
	{ 103, "IPPROTO_PIM" },
	{ 108, "IPPROTO_COMP" },
	{ 115, "IPPROTO_L2TP" },
	{ 132, "IPPROTO_SCTP" },
	{ 135, "IPPROTO_MH" },
	{ 136, "IPPROTO_UDPLITE" },
	{ 137, "IPPROTO_MPLS" },
	{ 143, "IPPROTO_ETHERNET" },
	{ 255, "IPPROTO_RAW" },
	{ 262, "IPPROTO_MPTCP" },
	{ 0, NULL },
};

static const struct sym sol_socket_opts[] = {
	{ 1, "SO_DEBUG" },
	{ 2, "SO_REUSEADDR" },
	{ 3, "SO_TYPE" },
	{ 4, "SO_ERROR" },
	{ 5, "SO_DONTROUTE" },
	{ 6, "SO_BROADCAST" },
	{ 7, "SO_SNDBUF" },
	{ 8, "SO_RCVBUF" },
	{ 9, "SO_KEEPALIVE" },
	{ 10, "SO_OOBINLINE" },
	{ 11, "SO_NO_CHECK" },
	{ 12, "SO_PRIORITY" },
	{ 13, "SO_LINGER" },
	{ 14, "SO_BSDCOMPAT" },
	{ 15, "SO_REUSEPORT" },
	{ 16, "SO_PASSCRED" },
	{ 17, "SO_PEERCRED" },
	{ 18, "SO_RCVLOWAT" },
	{ 19, "SO_SNDLOWAT" },
	{ 20, "SO_RCVTIMEO_OLD" },
	{ 21, "SO_SNDTIMEO_OLD" },
	{ 22, "SO_SECURITY_AUTHENTICATION" },
	{ 23, "SO_SECURITY_ENCRYPTION_TRANSPORT" },
	{ 24, "SO_SECURITY_ENCRYPTION_NETWORK" },
	{ 25, "SO_BINDTODEVICE" },
	{ 26, "SO_ATTACH_FILTER" },
	{ 27, "SO_DETACH_FILTER" },
	{ 28, "SO_PEERNAME" },
	{ 29, "SO_TIMESTAMP_OLD" },
	{ 30, "SO_ACCEPTCONN" },
	{ 31, "SO_PEERSEC" },
	{ 32, "SO_SNDBUFFORCE" },
	{ 33, "SO_RCVBUFFORCE" },
	{ 34, "SO_PASSSEC" },
	{ 35, "SO_TIMESTAMPNS_OLD" },
	{ 36, "SO_MARK" },
	{ 37, "SO_TIMESTAMPING_OLD" },
	{ 38, "SO_PROTOCOL" },
	{ 39, "SO_DOMAIN" },
	{ 40, "SO_RXQ_OVFL" },
	{ 41, "SO_WIFI_STATUS" },
	{ 42, "SO_PEEK_OFF" },
	{ 43, "SO_NOFCS" },
	{ 44, "SO_LOCK_FILTER" },
	{ 45, "SO_SELECT_ERR_QUEUE" },
	{ 46, "SO_BUSY_POLL" },
	{ 47, "SO_MAX_PACING_RATE" },
	{ 48, "SO_BPF_EXTENSIONS" },
	{ 49, "SO_INCOMING_CPU" },
	{ 50, "SO_ATTACH_BPF" },
	{ 51, "SO_ATTACH_REUSEPORT_CBPF" },
	{ 52, "SO_ATTACH_REUSEPORT_EBPF" },
	{ 53, "SO_CNX_ADVICE" },
	{ 55, "SO_MEMINFO" },
	{ 56, "SO_INCOMING_NAPI_ID" },
	{ 57, "SO_COOKIE" },
	{ 59, "SO_PEERGROUPS" },
	{ 60, "SO_ZEROCOPY" },
	{ 61, "SO_TXTIME" },
	{ 62, "SO_BINDTOIFINDEX" },
	{ 63, "SO_TIMESTAMP_NEW" },
	{ 64, "SO_TIMESTAMPNS_NEW" },
	{ 65, "SO_TIMESTAMPING_NEW" },
	{ 66, "SO_RCVTIMEO_NEW" },
	{ 67, "SO_SNDTIMEO_NEW" },
	{ 68, "SO_DETACH_REUSEPORT_BPF" },
	{ 69, "SO_PREFER_BUSY_POLL" },
	{ 70, "SO_BUSY_POLL_BUDGET" },
	{ 71, "SO_NETNS_COOKIE" },
	{ 72, "SO_BUF_LOCK" },
	{ 73, "SO_RESERVE_MEM" },
	{ 74, "SO_TXREHASH" },
	{ 75, "SO_RCVMARK" },
	{ 0, NULL },
};

static const struct sym sol_tcp_opts[] = {
	{ 1, "TCP_NODELAY" },
	{ 2, "TCP_MAXSEG" },
	{ 3, "TCP_CORK" },
	{ 4, "TCP_KEEPIDLE" },
	{ 5, "TCP_KEEPINTVL" },
	{ 6, "TCP_KEEPCNT" },
	{ 7, "TCP_SYNCNT" },
	{ 8, "TCP_LINGER2" },
	{ 9, "TCP_DEFER_ACCEPT" },
	{ 10, "TCP_WINDOW_CLAMP" },
	{ 11, "TCP_INFO" },
	{ 12, "TCP_QUICKACK" },
	{ 13, "TCP_CONGESTION" },
	{ 14, "TCP_MD5SIG" },
	{ 15, "TCP_COOKIE_TRANSACTIONS" },
	{ 16, "TCP_THIN_LINEAR_TIMEOUTS" },
	{ 17, "TCP_THIN_DUPACK" },
	{ 18, "TCP_USER_TIMEOUT" },
	{ 19, "TCP_REPAIR" },
	{ 20, "TCP_REPAIR_QUEUE" },
	{ 21, "TCP_QUEUE_SEQ" },
	{ 22, "TCP_REPAIR_OPTIONS" },
	{ 23, "TCP_FASTOPEN" },
	{ 24, "TCP_TIMESTAMP" },
	{ 25, "TCP_NOTSENT_LOWAT" },
	{ 26, "TCP_CC_INFO" },
	{ 27, "TCP_SAVE_SYN" },
	{ 28, "TCP_SAVED_SYN" },
	{ 29, "TCP_REPAIR_WINDOW" },
	{ 30, "TCP_FASTOPEN_CONNECT" },
	{ 31, "TCP_ULP" },
	{ 32, "TCP_MD5SIG_EXT" },
	{ 33, "TCP_FASTOPEN_KEY" },
	{ 34, "TCP_FASTOPEN_NO_COOKIE" },
	{ 35, "TCP_ZEROCOPY_RECEIVE" },
	{ 36, "TCP_INQ" },
	{ 37, "TCP_TX_DELAY" },
	{ 0, NULL },
};

static const struct sym sol_ip_opts[] = {
	{ 1, "IP_TOS" },
	{ 2, "IP_TTL" },
	{ 3, "IP_HDRINCL" },
	{ 4, "IP_OPTIONS" },
	{ 5, "IP_ROUTER_ALERT" },
	{ 6, "IP_RECVOPTS" },
	{ 7, "IP_RETOPTS" },
	{ 8, "IP_PKTINFO" },
	{ 9, "IP_PKTOPTIONS" },
	{ 10, "IP_MTU_DISCOVER" },
	{ 11, "IP_RECVERR" },
	{ 12, "IP_RECVTTL" },
	{ 13, "IP_RECVTOS" },
	{ 14, "IP_MTU" },
	{ 15, "IP_FREEBIND" },
	{ 16, "IP_IPSEC_POLICY" },
	{ 17, "IP_XFRM_POLICY" },
	{ 18, "IP_PASSSEC" },
	{ 19, "IP_TRANSPARENT" },
	{ 20, "IP_ORIGDSTADDR" },
	{ 21, "IP_MINTTL" },
	{ 22, "IP_NODEFRAG" },
	{ 23, "IP_CHECKSUM" },
	{ 24, "IP_BIND_ADDRESS_NO_PORT" },
	{ 25, "IP_RECVFRAGSIZE" },
	{ 26, "IP_RECVERR_RFC4884" },
	{ 32, "IP_MULTICAST_IF" },
	{ 33, "IP_MULTICAST_TTL" },
	{ 34, "IP_MULTICAST_LOOP" },
	{ 35, "IP_ADD_MEMBERSHIP" },
	{ 36, "IP_DROP_MEMBERSHIP" },
	{ 37, "IP_UNBLOCK_SOURCE" },
	{ 38, "IP_BLOCK_SOURCE" },
	{ 39, "IP_ADD_SOURCE_MEMBERSHIP" },
	{ 40, "IP_DROP_SOURCE_MEMBERSHIP" },
	{ 41, "IP_MSFILTER" },
	{ 42, "MCAST_JOIN_GROUP" },
	{ 43, "MCAST_BLOCK_SOURCE" },
	{ 44, "MCAST_UNBLOCK_SOURCE" },
	{ 45, "MCAST_LEAVE_GROUP" },
	{ 46, "MCAST_JOIN_SOURCE_GROUP" },
	{ 47, "MCAST_LEAVE_SOURCE_GROUP" },
	{ 48, "MCAST_MSFILTER" },
	{ 49, "IP_MULTICAST_ALL" },
	{ 50, "IP_UNICAST_IF" },
	{ 64, "IPT_SO_SET_REPLACE" },
	{ 65, "IPT_SO_SET_ADD_COUNTERS" },
	{ 0, NULL },
};

static const struct sym sol_ipv6_opts[] = {
	{ 1, "IPV6_ADDRFORM" },
	{ 2, "IPV6_2292PKTINFO" },
	{ 3, "IPV6_2292HOPOPTS" },
	{ 4, "IPV6_2292DSTOPTS" },
	{ 5, "IPV6_2292RTHDR" },
	{ 6, "IPV6_2292PKTOPTIONS" },
	{ 7, "IPV6_CHECKSUM" },
	{ 8, "IPV6_2292HOPLIMIT" },
	{ 9, "IPV6_NEXTHOP" },
	{ 10, "IPV6_AUTHHDR" },
	{ 11, "IPV6_FLOWINFO" },
	{ 16, "IPV6_UNICAST_HOPS" },
	{ 17, "IPV6_MULTICAST_IF" },
	{ 18, "IPV6_MULTICAST_HOPS" },
	{ 19, "IPV6_MULTICAST_LOOP" },
	{ 20, "IPV6_ADD_MEMBERSHIP" },
	{ 21, "IPV6_DROP_MEMBERSHIP" },
	{ 22, "IPV6_ROUTER_ALERT" },
	{ 23, "IPV6_MTU_DISCOVER" },
	{ 24, "IPV6_MTU" },
	{ 25, "IPV6_RECVERR" },
	{ 26, "IPV6_V6ONLY" },
	{ 27, "IPV6_JOIN_ANYCAST" },
	{ 28, "IPV6_LEAVE_ANYCAST" },
	{ 29, "IPV6_MULTICAST_ALL" },
	{ 30, "IPV6_ROUTER_ALERT_ISOLATE" },
	{ 31, "IPV6_RECVERR_RFC4884" },
	{ 32, "IPV6_FLOWLABEL_MGR" },
	{ 33, "IPV6_FLOWINFO_SEND" },
	{ 34, "IPV6_IPSEC_POLICY" },
	{ 35, "IPV6_XFRM_POLICY" },
	{ 36, "IPV6_HDRINCL" },
	{ 42, "MCAST_JOIN_GROUP" },
	{ 43, "MCAST_BLOCK_SOURCE" },
	{ 44, "MCAST_UNBLOCK_SOURCE" },
	{ 45, "MCAST_LEAVE_GROUP" },
	{ 46, "MCAST_JOIN_SOURCE_GROUP" },
	{ 47, "MCAST_LEAVE_SOURCE_GROUP" },
	{ 48, "MCAST_MSFILTER" },
	{ 49, "IPV6_RECVPKTINFO" },
	{ 50, "IPV6_PKTINFO" },
	{ 51, "IPV6_RECVHOPLIMIT" },
	{ 52, "IPV6_HOPLIMIT" },
	{ 53, "IPV6_RECVHOPOPTS" },
	{ 54, "IPV6_HOPOPTS" },
	{ 55, "IPV6_RTHDRDSTOPTS" },
	{ 56, "IPV6_RECVRTHDR" },
	{ 57, "IPV6_RTHDR" },
	{ 58, "IPV6_RECVDSTOPTS" },
	{ 59, "IPV6_DSTOPTS" },
	{ 60, "IPV6_RECVPATHMTU" },
	{ 61, "IPV6_PATHMTU" },
	{ 62, "IPV6_DONTFRAG" },
	{ 63, "IPV6_USE_MIN_MTU" },
	{ 64, "IP6T_SO_SET_REPLACE" },
	{ 65, "IP6T_SO_SET_ADD_COUNTERS" },
	{ 66, "IPV6_RECVTCLASS" },
	{ 67, "IPV6_TCLASS" },
	{ 70, "IPV6_AUTOFLOWLABEL" },
	{ 72, "IPV6_ADDR_PREFERENCES" },
	{ 73, "IPV6_MINHOPCOUNT" },
	{ 74, "IPV6_ORIGDSTADDR" },
	{ 75, "IPV6_TRANSPARENT" },
	{ 76, "IPV6_UNICAST_IF" },
	{ 77, "IPV6_RECVFRAGSIZE" },
	{ 78, "IPV6_FREEBIND" },
	{ 0, NULL },
};

static const struct sym sockopt_levels[] = {
	{ 0, "SOL_IP" },
	{ 1, "SOL_SOCKET" },
	{ 6, "SOL_TCP" },
	{ 17, "SOL_UDP" },
	{ 40, "AF_VSOCK" },
	{ 41, "SOL_IPV6" },
	{ 58, "SOL_ICMPV6" },
	{ 100, "SOL_CAN_BASE" },
	{ 101, "SOL_CAN_RAW" },
	{ 132, "SOL_SCTP" },
	{ 136, "SOL_UDPLITE" },
	{ 255, "SOL_RAW" },
	{ 256, "SOL_IPX" },
	{ 257, "SOL_AX25" },
	{ 258, "SOL_ATALK" },
	{ 259, "SOL_NETROM" },
	{ 260, "SOL_ROSE" },
	{ 261, "SOL_DECNET" },
	{ 262, "SOL_X25" },
	{ 263, "SOL_PACKET" },
	{ 264, "SOL_ATM" },
	{ 265, "SOL_AAL" },
	{ 266, "SOL_IRDA" },
	{ 267, "SOL_NETBEUI" },
	{ 268, "SOL_LLC" },
	{ 269, "SOL_DCCP" },
	{ 270, "SOL_NETLINK" },
	{ 271, "SOL_TIPC" },
	{ 272, "SOL_RXRPC" },
	{ 273, "SOL_PPPOL2TP" },
	{ 274, "SOL_BLUETOOTH" },
	{ 275, "SOL_PNPIPE" },
	{ 276, "SOL_RDS" },
	{ 277, "SOL_IUCV" },
	{ 278, "SOL_CAIF" },
	{ 279, "SOL_ALG" },
	{ 280, "SOL_NFC" },
	{ 281, "SOL_KCM" },
	{ 282, "SOL_TLS" },
	{ 283, "SOL_XDP" },
	{ 0, NULL },
};

static const struct sym msg_flags[] = {
	{ 0x1, "MSG_OOB" },
	{ 0x2, "MSG_PEEK" },
	{ 0x4, "MSG_DONTROUTE" },
	{ 0x8, "MSG_CTRUNC" },
	{ 0x10, "MSG_PROBE" },
	{ 0x20, "MSG_TRUNC" },
	{ 0x40, "MSG_DONTWAIT" },
	{ 0x80, "MSG_EOR" },
	{ 0x100, "MSG_WAITALL" },
	{ 0x200, "MSG_FIN" },
	{ 0x400, "MSG_SYN" },
	{ 0x800, "MSG_CONFIRM" },
	{ 0x1000, "MSG_RST" },
	{ 0x2000, "MSG_ERRQUEUE" },
	{ 0x4000, "MSG_NOSIGNAL" },
	{ 0x8000, "MSG_MORE" },
	{ 0x10000, "MSG_WAITFORONE" },
	{ 0x20000, "MSG_SENDPAGE_NOTLAST" },
	{ 0x40000, "MSG_BATCH" },
	{ 0x80000, "MSG_NO_SHARED_FRAGS" },
	{ 0x4000000, "MSG_ZEROCOPY" },
	{ 0x20000000, "MSG_FASTOPEN" },
	{ 0x40000000, "MSG_CMSG_CLOEXEC" },
	{ 0x80000000, "MSG_CMSG_COMPAT" },
	{ 0, NULL },
};

static const struct errsym errnos[] = {
	{ 1, "EPERM", "Operation not permitted" },
	{ 2, "ENOENT", "No such file or directory" },
	{ 3, "ESRCH", "No such process" },
	{ 4, "EINTR", "Interrupted system call" },
	{ 5, "EIO", "Input/output error" },
	{ 6, "ENXIO", "No such device or address" },
	{ 7, "E2BIG", "Argument list too long" },
	{ 8, "ENOEXEC", "Exec format error" },
	{ 9, "EBADF", "Bad file descriptor" },
	{ 10, "ECHILD", "No child processes" },
	{ 11, "EAGAIN", "Resource temporarily unavailable" },
	{ 12, "ENOMEM", "Cannot allocate memory" },
	{ 13, "EACCES", "Permission denied" },
	{ 14, "EFAULT", "Bad address" },
	{ 15, "ENOTBLK", "Block device required" },
	{ 16, "EBUSY", "Device or resource busy" },
	{ 17, "EEXIST", "File exists" },
	{ 18, "EXDEV", "Invalid cross-device link" },
	{ 19, "ENODEV", "No such device" },
	{ 20, "ENOTDIR", "Not a directory" },
	{ 21, "EISDIR", "Is a directory" },
	{ 22, "EINVAL", "Invalid argument" },
	{ 23, "ENFILE", "Too many open files in system" },
	{ 24, "EMFILE", "Too many open files" },
	{ 25, "ENOTTY", "Inappropriate ioctl for device" },
	{ 26, "ETXTBSY", "Text file busy" },
	{ 27, "EFBIG", "File too large" },
	{ 28, "ENOSPC", "No space left on device" },
	{ 29, "ESPIPE", "Illegal seek" },
	{ 30, "EROFS", "Read-only file system" },
	{ 31, "EMLINK", "Too many links" },
	{ 32, "EPIPE", "Broken pipe" },
	{ 33, "EDOM", "Numerical argument out of domain" },
	{ 34, "ERANGE", "Numerical result out of range" },
	{ 35, "EDEADLK", "Resource deadlock avoided" },
	{ 36, "ENAMETOOLONG", "File name too long" },
	{ 37, "ENOLCK", "No locks available" },
	{ 38, "ENOSYS", "Function not implemented" },
	{ 39, "ENOTEMPTY", "Directory not empty" },
	{ 40, "ELOOP", "Too many levels of symbolic links" },
	{ 42, "ENOMSG", "No message of desired type" },
	{ 43, "EIDRM", "Identifier removed" },
	{ 44, "ECHRNG", "Channel number out of range" },
	{ 45, "EL2NSYNC", "Level 2 not synchronized" },
	{ 46, "EL3HLT", "Level 3 halted" },
	{ 47, "EL3RST", "Level 3 reset" },
	{ 48, "ELNRNG", "Link number out of range" },
	{ 49, "EUNATCH", "Protocol driver not attached" },
	{ 50, "ENOCSI", "No CSI structure available" },
	{ 51, "EL2HLT", "Level 2 halted" },
	{ 52, "EBADE", "Invalid exchange" },
	{ 53, "EBADR", "Invalid request descriptor" },
	{ 54, "EXFULL", "Exchange full" },
	{ 55, "ENOANO", "No anode" },
	{ 56, "EBADRQC", "Invalid request code" },
	{ 57, "EBADSLT", "Invalid slot" },
	{ 59, "EBFONT", "Bad font file format" },
	{ 60, "ENOSTR", "Device not a stream" },
	{ 61, "ENODATA", "No data available" },
	{ 62, "ETIME", "Timer expired" },
	{ 63, "ENOSR", "Out of streams resources" },
	{ 64, "ENONET", "Machine is not on the network" },
	{ 65, "ENOPKG", "Package not installed" },
	{ 66, "EREMOTE", "Object is remote" },
	{ 67, "ENOLINK", "Link has been severed" },
	{ 68, "EADV", "Advertise error" },
	{ 69, "ESRMNT", "Srmount error" },
	{ 70, "ECOMM", "Communication error on send" },
	{ 71, "EPROTO", "Protocol error" },
	{ 72, "EMULTIHOP", "Multihop attempted" },
	{ 73, "EDOTDOT", "RFS specific error" },
	{ 74, "EBADMSG", "Bad message" },
	{ 75, "EOVERFLOW", "Value too large for defined data type" },
	{ 76, "ENOTUNIQ", "Name not unique on network" },
	{ 77, "EBADFD", "File descriptor in bad state" },
	{ 78, "EREMCHG", "Remote address changed" },
	{ 79, "ELIBACC", "Can not access a needed shared library" },
	{ 80, "ELIBBAD", "Accessing a corrupted shared library" },
	{ 81, "ELIBSCN", ".lib section in a.out corrupted" },
	{ 82, "ELIBMAX", "Attempting to link in too many shared libraries" },
	{ 83, "ELIBEXEC", "Cannot exec a shared library directly" },
	{ 84, "EILSEQ", "Invalid or incomplete multibyte or wide character" },
	{ 85, "ERESTART", "Interrupted system call should be restarted" },
	{ 86, "ESTRPIPE", "Streams pipe error" },
	{ 87, "EUSERS", "Too many users" },
	{ 88, "ENOTSOCK", "Socket operation on non-socket" },
	{ 89, "EDESTADDRREQ", "Destination address required" },
	{ 90, "EMSGSIZE", "Message too long" },
	{ 91, "EPROTOTYPE", "Protocol wrong type for socket" },
	{ 92, "ENOPROTOOPT", "Protocol not available" },
	{ 93, "EPROTONOSUPPORT", "Protocol not supported" },
	{ 94, "ESOCKTNOSUPPORT", "Socket type not supported" },
	{ 95, "EOPNOTSUPP", "Operation not supported" },
	{ 96, "EPFNOSUPPORT", "Protocol family not supported" },
	{ 97, "EAFNOSUPPORT", "Address family not supported by protocol" },
	{ 98, "EADDRINUSE", "Address already in use" },
	{ 99, "EADDRNOTAVAIL", "Cannot assign requested address" },
	{ 100, "ENETDOWN", "Network is down" },
	{ 101, "ENETUNREACH", "Network is unreachable" },
	{ 102, "ENETRESET", "Network dropped connection on reset" },
	{ 103, "ECONNABORTED", "Software caused connection abort" },
	{ 104, "ECONNRESET", "Connection reset by peer" },
	{ 105, "ENOBUFS", "No buffer space available" },
	{ 106, "EISCONN", "Transport endpoint is already connected" },
	{ 107, "ENOTCONN", "Transport endpoint is not connected" },
	{ 108, "ESHUTDOWN", "Cannot send after transport endpoint shutdown" },
	{ 109, "ETOOMANYREFS", "Too many references: cannot splice" },
	{ 110, "ETIMEDOUT", "Connection timed out" },
	{ 111, "ECONNREFUSED", "Connection refused" },
	{ 112, "EHOSTDOWN", "Host is down" },
	{ 113, "EHOSTUNREACH", "No route to host" },
	{ 114, "EALREADY", "Operation already in progress" },
	{ 115, "EINPROGRESS", "Operation now in progress" },
	{ 116, "ESTALE", "Stale file handle" },
	{ 117, "EUCLEAN", "Structure needs cleaning" },
	{ 118, "ENOTNAM", "Not a XENIX named type file" },
	{ 119, "ENAVAIL", "No XENIX semaphores available" },
	{ 120, "EISNAM", "Is a named type file" },
	{ 121, "EREMOTEIO", "Remote I/O error" },
	{ 122, "EDQUOT", "Disk quota exceeded" },
	{ 123, "ENOMEDIUM", "No medium found" },
	{ 124, "EMEDIUMTYPE", "Wrong medium type" },
	{ 125, "ECANCELED", "Operation canceled" },
	{ 126, "ENOKEY", "Required key not available" },
	{ 127, "EKEYEXPIRED", "Key has expired" },
	{ 128, "EKEYREVOKED", "Key has been revoked" },
	{ 129, "EKEYREJECTED", "Key was rejected by service" },
	{ 130, "EOWNERDEAD", "Owner died" },
	{ 131, "ENOTRECOVERABLE", "State not recoverable" },
	{ 132, "ERFKILL", "Operation not possible due to RF-kill" },
	{ 133, "EHWPOISON", "Memory page has hardware error" },
	{ 0, NULL, NULL },
};

/* ORDER strace: flags print in this order, as strace's xlat lists them. */
static const struct sym sock_type_flags[] = {
	{ SOCK_CLOEXEC, "SOCK_CLOEXEC" },
	{ SOCK_NONBLOCK, "SOCK_NONBLOCK" },
	{ 0, NULL },
};

static const struct sym poll_flags[] = {
	{ 0x1, "POLLIN" },
	{ 0x2, "POLLPRI" },
	{ 0x4, "POLLOUT" },
	{ 0x8, "POLLERR" },
	{ 0x10, "POLLHUP" },
	{ 0x20, "POLLNVAL" },
	{ 0x40, "POLLRDNORM" },
	{ 0x80, "POLLRDBAND" },
	{ 0x100, "POLLWRNORM" },
	{ 0x200, "POLLWRBAND" },
	{ 0x400, "POLLMSG" },
	{ 0x1000, "POLLREMOVE" },
	{ 0x2000, "POLLRDHUP" },
	{ 0x8000, "POLL_BUSY_LOOP" },
	{ 0, NULL },
};

static const struct sym shut_hows[] = {
	{ SHUT_RD, "SHUT_RD" },
	{ SHUT_WR, "SHUT_WR" },
	{ SHUT_RDWR, "SHUT_RDWR" },
	{ 0, NULL },
};

static const struct sym sol_udp_opts[] = {
	{ 1, "UDP_CORK" },
	{ 100, "UDP_ENCAP" },
	{ 101, "UDP_NO_CHECK6_TX" },
	{ 102, "UDP_NO_CHECK6_RX" },
	{ 103, "UDP_SEGMENT" },
	{ 104, "UDP_GRO" },
	{ 0, NULL },
};

/* Linux values, spelled out so the table does not depend on libc headers. */
#define IOCTL_FIONREAD 0x541bUL
#define IOCTL_TIOCOUTQ 0x5411UL
#define IOCTL_FIONBIO 0x5421UL

#define SO_LINGER_LEN ((socklen_t)sizeof(struct linger))

/* --- symbols --------------------------------------------------------- */

static const char *
sym_find(const struct sym *t, unsigned long v)
{
	for (; t->name != NULL; t++)
		if (t->val == v)
			return (t->name);
	return (NULL);
}

/* strace's printxval: the name, or the hex value and a "???" comment. */
static void
put_xval(struct buf *b, const struct sym *t, unsigned int v,
    const char *unknown)
{
	const char *name = sym_find(t, v);

	if (name != NULL)
		buf_puts(b, name);
	else
		buf_printf(b, "%#x /* %s */", v, unknown);
}

/*
 * strace's printflags: known bits joined by |, leftover bits in hex; the
 * "???" comment appears only when no bit was known, and 0 prints as 0.
 */
static void
put_flags(struct buf *b, const struct sym *t, unsigned int v,
    const char *unknown)
{
	int n = 0;

	if (v == 0) {
		buf_putc(b, '0');
		return;
	}
	for (; t->name != NULL && v != 0; t++) {
		if (t->val == 0 || (v & t->val) != t->val)
			continue;
		if (n++ > 0)
			buf_putc(b, '|');
		buf_puts(b, t->name);
		v &= ~(unsigned int)t->val;
	}
	if (v == 0)
		return;
	if (n > 0)
		buf_printf(b, "|%#x", v);
	else
		buf_printf(b, "%#x /* %s */", v, unknown);
}

const char *
trace_family_name(int family)
{
	return (sym_find(families, (unsigned int)family));
}

const char *
trace_socktype_name(int type)
{
	return (sym_find(socktypes, (unsigned int)type));
}

const char *
trace_level_name(int level)
{
	return (sym_find(sockopt_levels, (unsigned int)level));
}

static const struct sym *
optname_table(int level, const char **unknown)
{
	switch (level) {
	case SOL_SOCKET:
		*unknown = "SO_???";
		return (sol_socket_opts);
	case IPPROTO_TCP:
		*unknown = "TCP_???";
		return (sol_tcp_opts);
	case IPPROTO_IP:
		*unknown = "IP_???";
		return (sol_ip_opts);
	case IPPROTO_IPV6:
		*unknown = "IPV6_???";
		return (sol_ipv6_opts);
	case IPPROTO_UDP:
		*unknown = "UDP_???";
		return (sol_udp_opts);
	}
	return (NULL);
}

const char *
trace_optname_name(int level, int name)
{
	const char *unknown;
	const struct sym *t = optname_table(level, &unknown);

	return (t == NULL ? NULL : sym_find(t, (unsigned int)name));
}

const char *
trace_errno_name(int err)
{
	const struct errsym *e;

	for (e = errnos; e->name != NULL; e++)
		if (e->val == err)
			return (e->name);
	return (NULL);
}

const char *
trace_errno_message(int err)
{
	const struct errsym *e;

	for (e = errnos; e->name != NULL; e++)
		if (e->val == err)
			return (e->msg);
	return (NULL);
}

void
trace_family(struct buf *b, int family)
{
	put_xval(b, families, (unsigned int)family, "AF_???");
}

void
trace_socktype(struct buf *b, int type)
{
	unsigned int v = (unsigned int)type;
	const char *name = sym_find(socktypes, v & 0xf);

	/* As strace: the low nibble is the type, the rest are flags. */
	if (name != NULL) {
		buf_puts(b, name);
		v &= ~0xfU;
		if (v == 0)
			return;
		buf_putc(b, '|');
	}
	put_flags(b, sock_type_flags, v, "SOCK_???");
}

void
trace_protocol(struct buf *b, int family, int protocol)
{
	const struct family *f = family_find(family);

	/*
	 * strace decodes the protocol per family; we name the Internet ones
	 * only.  AF_UNIX prints the number (0), as strace does; AF_PACKET
	 * and AF_NETLINK, which strace also decodes, print a number here.
	 */
	if (f != NULL && f->ip)
		put_xval(b, ipprotos, (unsigned int)protocol, "IPPROTO_???");
	else
		buf_printf(b, "%d", protocol);
}

void
trace_msg_flags(struct buf *b, int flags)
{
	put_flags(b, msg_flags, (unsigned int)flags, "MSG_???");
}

void
trace_poll_events(struct buf *b, int events)
{
	put_flags(b, poll_flags, (unsigned int)events & 0xffff, "POLL???");
}

void
trace_shutdown_how(struct buf *b, int how)
{
	put_xval(b, shut_hows, (unsigned int)how, "SHUT_???");
}

void
trace_level(struct buf *b, int level)
{
	/* Two question marks: strace's own spelling for levels. */
	put_xval(b, sockopt_levels, (unsigned int)level, "SOL_??");
}

void
trace_optname(struct buf *b, int level, int name)
{
	const char *unknown;
	const struct sym *t = optname_table(level, &unknown);

	if (t == NULL)
		buf_printf(b, "%d", name);
	else
		put_xval(b, t, (unsigned int)name, unknown);
}

void
trace_errno(struct buf *b, int err)
{
	const char *name = trace_errno_name(err);

	if (name != NULL)
		buf_printf(b, "%s (%s)", name, trace_errno_message(err));
	else
		buf_printf(b, "%d (Unknown error %d)", err, err);
}

void
trace_pointer(struct buf *b, const void *p)
{
	if (p == NULL)
		buf_puts(b, "NULL");
	else
		buf_printf(b, "%#lx", (unsigned long)(uintptr_t)p);
}

/* --- strings --------------------------------------------------------- */

void
trace_quote(struct buf *b, const void *p, size_t len, size_t max)
{
	const unsigned char *s = p;
	size_t i, n = len;

	if (p == NULL) {
		buf_puts(b, "NULL");
		return;
	}
	if (max != 0 && n > max)
		n = max;
	buf_putc(b, '"');
	for (i = 0; i < n; i++) {
		unsigned int c = s[i];

		switch (c) {
		case '"':
			buf_puts(b, "\\\"");
			continue;
		case '\\':
			buf_puts(b, "\\\\");
			continue;
		case '\f':
			buf_puts(b, "\\f");
			continue;
		case '\n':
			buf_puts(b, "\\n");
			continue;
		case '\r':
			buf_puts(b, "\\r");
			continue;
		case '\t':
			buf_puts(b, "\\t");
			continue;
		case '\v':
			buf_puts(b, "\\v");
			continue;
		}
		if (c >= ' ' && c <= '~') {
			buf_putc(b, (int)c);
			continue;
		}
		/*
		 * Octal, as short as possible -- unless a digit follows,
		 * when "\0" then "1" would read back as "\01": then all
		 * three digits.
		 */
		buf_putc(b, '\\');
		if (i + 1 < n && s[i + 1] >= '0' && s[i + 1] <= '9')
			buf_printf(b, "%03o", c);
		else
			buf_printf(b, "%o", c);
	}
	buf_putc(b, '"');
	if (n < len)
		buf_puts(b, "...");
}

void
trace_quote_hex(struct buf *b, const void *p, size_t len)
{
	const unsigned char *s = p;
	size_t i;

	buf_putc(b, '"');
	for (i = 0; i < len; i++)
		buf_printf(b, "\\x%02x", s[i]);
	buf_putc(b, '"');
}

/* --- socket addresses ------------------------------------------------ */

static void
put_sa_data(struct buf *b, const unsigned char *raw, size_t n)
{
	buf_puts(b, ", sa_data=");
	trace_quote(b, raw + 2, n - 2, 0);
}

/* The rows quote name bytes (a unix path) the way strace does. */
static void
quote_name(struct buf *b, const void *p, size_t len)
{
	trace_quote(b, p, len, 0);
}

void
trace_sockaddr_fields(struct buf *b, const struct sockaddr *sa, socklen_t len)
{
	struct sockaddr_storage ss;
	unsigned char *raw = (unsigned char *)&ss;
	const struct family *f;
	size_t n = len, need;

	if (n > sizeof(ss))
		n = sizeof(ss);
	/*
	 * Copy (the caller's bytes may be unaligned), but no more than the
	 * family's structure: a length larger than the caller's buffer is
	 * a mistake worth showing, not a reason to read past the buffer.
	 */
	memset(&ss, 0, sizeof(ss));
	memcpy(&ss, sa, n < 2 ? n : 2);
	f = family_find(ss.ss_family);
	need = f != NULL ? f->size : n;
	memcpy(&ss, sa, n < need ? n : need);
	buf_puts(b, "sa_family=");
	trace_family(b, ss.ss_family);
	if (n <= 2)
		return;
	if (f != NULL && f->trace != NULL &&
	    f->trace(b, (const struct sockaddr *)&ss, n, quote_name) == 0)
		return;
	put_sa_data(b, raw, n);
}

void
trace_sockaddr(struct buf *b, const struct sockaddr *sa, socklen_t len)
{
	if (sa == NULL || len < 2) {
		trace_pointer(b, sa);
		return;
	}
	buf_putc(b, '{');
	trace_sockaddr_fields(b, sa, len);
	buf_putc(b, '}');
}

void
trace_addrlen(struct buf *b, socklen_t in, socklen_t out)
{
	if (in == out)
		buf_printf(b, "[%d]", (int)in);
	else
		buf_printf(b, "[%d => %d]", (int)in, (int)out);
}

/*
 * An output address and its in/out length, as strace decodes them when
 * the call returns: a failed call shows only the pointer and the length
 * passed in; the address is read up to the shorter of the two lengths.
 */
static void
put_out_sockaddr(struct buf *b, const struct sockaddr *sa,
    const socklen_t *lenp, socklen_t in, socklen_t out, int failed)
{
	if (failed) {
		trace_pointer(b, sa);
		buf_puts(b, ", ");
		if (lenp == NULL)
			buf_puts(b, "NULL");
		else
			buf_printf(b, "[%d]", (int)in);
		return;
	}
	if (sa == NULL || lenp == NULL) {
		trace_pointer(b, sa);
		buf_puts(b, ", ");
		trace_pointer(b, lenp);
		return;
	}
	trace_sockaddr(b, sa, in < out ? in : out);
	buf_puts(b, ", ");
	trace_addrlen(b, in, out);
}

/* --- whole lines ----------------------------------------------------- */

void
trace_finish(struct buf *b, long result, int err, const char *extra)
{
	buf_putc(b, ')');
	/* At least one space; "=" lands in column 40 when there is room. */
	do
		buf_putc(b, ' ');
	while (b->len < TRACE_RESULT_COLUMN);
	if (result == -1) {
		buf_puts(b, "= -1 ");
		trace_errno(b, err);
	} else
		buf_printf(b, "= %ld", result);
	if (extra != NULL) {
		buf_putc(b, ' ');
		buf_puts(b, extra);
	}
}

void
trace_socket(struct buf *b, int domain, int type, int protocol, int rc, int err)
{
	buf_puts(b, "socket(");
	trace_family(b, domain);
	buf_puts(b, ", ");
	trace_socktype(b, type);
	buf_puts(b, ", ");
	trace_protocol(b, domain, protocol);
	trace_finish(b, rc, err, NULL);
}

void
trace_socketpair(struct buf *b, int domain, int type, int protocol,
    const int sv[2], int rc, int err)
{
	buf_puts(b, "socketpair(");
	trace_family(b, domain);
	buf_puts(b, ", ");
	trace_socktype(b, type);
	/* strace does not decode socketpair's protocol, even for AF_INET. */
	buf_printf(b, ", %d, ", protocol);
	if (rc == -1 || sv == NULL)
		trace_pointer(b, sv);
	else
		buf_printf(b, "[%d, %d]", sv[0], sv[1]);
	trace_finish(b, rc, err, NULL);
}

static void
put_addr_call(struct buf *b, const char *name, int fd,
    const struct sockaddr *sa, socklen_t len, int rc, int err)
{
	buf_printf(b, "%s(%d, ", name, fd);
	trace_sockaddr(b, sa, len);
	buf_printf(b, ", %d", (int)len);
	trace_finish(b, rc, err, NULL);
}

void
trace_bind(struct buf *b, int fd, const struct sockaddr *sa, socklen_t len,
    int rc, int err)
{
	put_addr_call(b, "bind", fd, sa, len, rc, err);
}

void
trace_connect(struct buf *b, int fd, const struct sockaddr *sa, socklen_t len,
    int rc, int err)
{
	put_addr_call(b, "connect", fd, sa, len, rc, err);
}

void
trace_listen(struct buf *b, int fd, int backlog, int rc, int err)
{
	buf_printf(b, "listen(%d, %d", fd, backlog);
	trace_finish(b, rc, err, NULL);
}

void
trace_accept4(struct buf *b, int fd, const struct sockaddr *sa,
    const socklen_t *lenp, socklen_t len_in, socklen_t len_out, int flags,
    int rc, int err)
{
	buf_printf(b, "accept4(%d, ", fd);
	put_out_sockaddr(b, sa, lenp, len_in, len_out, rc == -1);
	buf_puts(b, ", ");
	put_flags(b, sock_type_flags, (unsigned int)flags, "SOCK_???");
	trace_finish(b, rc, err, NULL);
}

void
trace_getname(struct buf *b, const char *name, int fd,
    const struct sockaddr *sa, const socklen_t *lenp, socklen_t len_in,
    socklen_t len_out, int rc, int err)
{
	buf_printf(b, "%s(%d, ", name, fd);
	put_out_sockaddr(b, sa, lenp, len_in, len_out, rc == -1);
	trace_finish(b, rc, err, NULL);
}

void
trace_sendto(struct buf *b, int fd, const void *buf, size_t len, int flags,
    const struct sockaddr *sa, socklen_t salen, ssize_t rc, int err)
{
	buf_printf(b, "sendto(%d, ", fd);
	trace_quote(b, buf, len, TRACE_STRLEN);
	buf_printf(b, ", %zu, ", len);
	trace_msg_flags(b, flags);
	buf_puts(b, ", ");
	trace_sockaddr(b, sa, salen);
	buf_printf(b, ", %d", (int)salen);
	trace_finish(b, (long)rc, err, NULL);
}

void
trace_recvfrom(struct buf *b, int fd, const void *buf, size_t len, int flags,
    const struct sockaddr *sa, const socklen_t *lenp, socklen_t len_in,
    socklen_t len_out, ssize_t rc, int err)
{
	buf_printf(b, "recvfrom(%d, ", fd);
	if (rc < 0)
		trace_pointer(b, buf);
	else
		trace_quote(b, buf, (size_t)rc < len ? (size_t)rc : len,
		    TRACE_STRLEN);
	buf_printf(b, ", %zu, ", len);
	trace_msg_flags(b, flags);
	buf_puts(b, ", ");
	if (sa == NULL && lenp == NULL)
		buf_puts(b, "NULL, NULL");
	else
		put_out_sockaddr(b, sa, lenp, len_in, len_out, rc < 0);
	trace_finish(b, (long)rc, err, NULL);
}

void
trace_shutdown(struct buf *b, int fd, int how, int rc, int err)
{
	buf_printf(b, "shutdown(%d, ", fd);
	trace_shutdown_how(b, how);
	trace_finish(b, rc, err, NULL);
}

void
trace_close(struct buf *b, int fd, int rc, int err)
{
	buf_printf(b, "close(%d", fd);
	trace_finish(b, rc, err, NULL);
}

/* SOL_SOCKET options whose value strace shows as bytes, not an int. */
static int
sockopt_is_bytes(int level, int name)
{
	if (level != SOL_SOCKET)
		return (0);
	switch (name) {
	case 20: /* SO_RCVTIMEO_OLD */
	case 21: /* SO_SNDTIMEO_OLD */
	case 66: /* SO_RCVTIMEO_NEW */
	case 67: /* SO_SNDTIMEO_NEW */
	case SO_BINDTODEVICE:
	case SO_PEERNAME:
		return (1);
	}
	return (0);
}

static void
put_sockopt_head(struct buf *b, const char *call, int fd, int level, int name)
{
	buf_printf(b, "%s(%d, ", call, fd);
	trace_level(b, level);
	buf_puts(b, ", ");
	trace_optname(b, level, name);
	buf_puts(b, ", ");
}

static void
put_linger(struct buf *b, const void *p, socklen_t len)
{
	struct linger l;

	memset(&l, 0, sizeof(l));
	memcpy(&l, p, len < SO_LINGER_LEN ? len : SO_LINGER_LEN);
	buf_printf(b, "{l_onoff=%d", l.l_onoff);
	if (len >= SO_LINGER_LEN)
		buf_printf(b, ", l_linger=%d", l.l_linger);
	buf_putc(b, '}');
}

static int
get_int(const void *p)
{
	int v;

	memcpy(&v, p, sizeof(v));
	return (v);
}

void
trace_setsockopt(struct buf *b, int fd, int level, int name, const void *val,
    socklen_t len, int rc, int err)
{
	put_sockopt_head(b, "setsockopt", fd, level, name);
	/* strace decodes setsockopt on entry, so failures decode too. */
	if (val == NULL)
		buf_puts(b, "NULL");
	else if (level == SOL_SOCKET && name == SO_LINGER) {
		if (len < SO_LINGER_LEN)
			trace_pointer(b, val);
		else
			put_linger(b, val, len);
	} else if (sockopt_is_bytes(level, name))
		trace_quote(b, val, len, TRACE_STRLEN);
	else if (len < sizeof(int))
		trace_pointer(b, val);
	else
		buf_printf(b, "[%d]", get_int(val));
	buf_printf(b, ", %d", (int)len);
	trace_finish(b, rc, err, NULL);
}

void
trace_getsockopt(struct buf *b, int fd, int level, int name, const void *val,
    const socklen_t *lenp, socklen_t len_in, socklen_t len_out, int rc, int err)
{
	int in = (int)len_in, out = (int)len_out;

	put_sockopt_head(b, "getsockopt", fd, level, name);
	if (rc == -1 || lenp == NULL) {
		trace_pointer(b, val);
		buf_puts(b, ", ");
		if (lenp == NULL)
			buf_puts(b, "NULL");
		else
			buf_printf(b, "[%d]", in);
		trace_finish(b, rc, err, NULL);
		return;
	}
	if (val == NULL || in <= 0 || out <= 0)
		trace_pointer(b, val);
	else if (level == SOL_SOCKET && name == SO_LINGER) {
		if (out < (int)sizeof(int))
			trace_pointer(b, val);
		else
			put_linger(b, val, len_out);
	} else if (level == SOL_SOCKET && name == SO_ERROR &&
	           out == (int)sizeof(int) && get_int(val) != 0 &&
	           trace_errno_name(get_int(val)) != NULL)
		buf_printf(b, "[%s]", trace_errno_name(get_int(val)));
	else if (out == (int)sizeof(int))
		buf_printf(b, "[%d]", get_int(val));
	else if (level == SOL_SOCKET && !sockopt_is_bytes(level, name))
		trace_quote_hex(b, val, len_out);
	else
		trace_quote(b, val, len_out, TRACE_STRLEN);
	buf_puts(b, ", ");
	trace_addrlen(b, len_in, len_out);
	trace_finish(b, rc, err, NULL);
}

void
trace_ioctl_int(struct buf *b, int fd, unsigned long req, const int *arg,
    int rc, int err)
{
	buf_printf(b, "ioctl(%d, ", fd);
	switch (req) {
	case IOCTL_FIONBIO:
		/* An input: strace shows it even when the call fails. */
		buf_puts(b, "FIONBIO, ");
		if (arg == NULL)
			buf_puts(b, "NULL");
		else
			buf_printf(b, "[%d]", *arg);
		break;
	case IOCTL_FIONREAD: /* SIOCINQ has the same number */
	case IOCTL_TIOCOUTQ: /* and SIOCOUTQ this one */
		buf_puts(b,
		    req == IOCTL_FIONREAD ? "FIONREAD, " : "TIOCOUTQ, ");
		if (rc == -1 || arg == NULL)
			trace_pointer(b, arg);
		else
			buf_printf(b, "[%d]", *arg);
		break;
	default:
		/* strace would spell out _IOC(...); we do not decode these. */
		buf_printf(b, "%#lx, ", req);
		trace_pointer(b, arg);
		break;
	}
	trace_finish(b, rc, err, NULL);
}

void
trace_poll(struct buf *b, const struct pollfd *fds, nfds_t nfds, int timeout,
    int rc, int err)
{
	struct buf extra;
	nfds_t i;
	int n = 0;

	buf_puts(b, "poll(");
	if (fds == NULL)
		buf_puts(b, "NULL");
	else {
		buf_putc(b, '[');
		for (i = 0; i < nfds; i++) {
			if (i > 0)
				buf_puts(b, ", ");
			buf_printf(b, "{fd=%d", fds[i].fd);
			if (fds[i].fd >= 0) {
				buf_puts(b, ", events=");
				trace_poll_events(b, fds[i].events);
			}
			buf_putc(b, '}');
		}
		buf_putc(b, ']');
	}
	buf_printf(b, ", %lu, %d", (unsigned long)nfds, timeout);
	if (rc == -1) {
		trace_finish(b, rc, err, NULL);
		return;
	}
	if (rc == 0) {
		trace_finish(b, rc, err, "(Timeout)");
		return;
	}
	buf_init(&extra);
	buf_puts(&extra, "([");
	for (i = 0; fds != NULL && i < nfds; i++) {
		if (fds[i].revents == 0)
			continue;
		if (n++ > 0)
			buf_puts(&extra, ", ");
		buf_printf(&extra, "{fd=%d, revents=", fds[i].fd);
		trace_poll_events(&extra, fds[i].revents);
		buf_putc(&extra, '}');
	}
	buf_puts(&extra, "])");
	trace_finish(b, rc, err, extra.data);
	buf_free(&extra);
}
