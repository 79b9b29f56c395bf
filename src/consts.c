/* consts.c -- the socket module's constants: names, values and enum groups */
#include <config.h>

#include "consts.h"

#include <sys/socket.h>
#include <sys/un.h>

#include <arpa/inet.h>
#include <errno.h>
#include <net/if.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <netinet/udp.h>
#include <string.h>

#include "value.h"

/* The four enum classes of the socket module (IntEnum, IntFlag). */
const struct pyclass cls_AddressFamily = { "AddressFamily", "socket", &cls_int,
	1, 0 };
const struct pyclass cls_SocketKind = { "SocketKind", "socket", &cls_int, 1,
	0 };
const struct pyclass cls_MsgFlag = { "MsgFlag", "socket", &cls_int, 1, 1 };
const struct pyclass cls_AddressInfo = { "AddressInfo", "socket", &cls_int, 1,
	1 };

const struct sockconst consts_table[] = {
#ifdef AF_ALG
	{ "AF_ALG", AF_ALG, &cls_AddressFamily, NULL },
#endif
#ifdef AF_APPLETALK
	{ "AF_APPLETALK", AF_APPLETALK, &cls_AddressFamily, NULL },
#endif
#ifdef AF_ASH
	{ "AF_ASH", AF_ASH, &cls_AddressFamily, NULL },
#endif
#ifdef AF_ATMPVC
	{ "AF_ATMPVC", AF_ATMPVC, &cls_AddressFamily, NULL },
#endif
#ifdef AF_ATMSVC
	{ "AF_ATMSVC", AF_ATMSVC, &cls_AddressFamily, NULL },
#endif
#ifdef AF_AX25
	{ "AF_AX25", AF_AX25, &cls_AddressFamily, NULL },
#endif
#ifdef AF_BRIDGE
	{ "AF_BRIDGE", AF_BRIDGE, &cls_AddressFamily, NULL },
#endif
#ifdef AF_CAN
	{ "AF_CAN", AF_CAN, &cls_AddressFamily, NULL },
#endif
#ifdef AF_DECnet
	{ "AF_DECnet", AF_DECnet, NULL, NULL }, /* a plain int in Python */
#endif
#ifdef AF_ECONET
	{ "AF_ECONET", AF_ECONET, &cls_AddressFamily, NULL },
#endif
#ifdef AF_INET
	{ "AF_INET", AF_INET, &cls_AddressFamily, NULL },
#endif
#ifdef AF_INET6
	{ "AF_INET6", AF_INET6, &cls_AddressFamily, NULL },
#endif
#ifdef AF_IPX
	{ "AF_IPX", AF_IPX, &cls_AddressFamily, NULL },
#endif
#ifdef AF_IRDA
	{ "AF_IRDA", AF_IRDA, &cls_AddressFamily, NULL },
#endif
#ifdef AF_KEY
	{ "AF_KEY", AF_KEY, &cls_AddressFamily, NULL },
#endif
#ifdef AF_LLC
	{ "AF_LLC", AF_LLC, &cls_AddressFamily, NULL },
#endif
#ifdef AF_NETBEUI
	{ "AF_NETBEUI", AF_NETBEUI, &cls_AddressFamily, NULL },
#endif
#ifdef AF_NETLINK
	{ "AF_NETLINK", AF_NETLINK, &cls_AddressFamily, NULL },
#endif
#ifdef AF_NETROM
	{ "AF_NETROM", AF_NETROM, &cls_AddressFamily, NULL },
#endif
#ifdef AF_PACKET
	{ "AF_PACKET", AF_PACKET, &cls_AddressFamily, NULL },
#endif
#ifdef AF_PPPOX
	{ "AF_PPPOX", AF_PPPOX, &cls_AddressFamily, NULL },
#endif
#ifdef AF_QIPCRTR
	{ "AF_QIPCRTR", AF_QIPCRTR, &cls_AddressFamily, NULL },
#endif
#ifdef AF_RDS
	{ "AF_RDS", AF_RDS, &cls_AddressFamily, NULL },
#endif
#ifdef AF_ROSE
	{ "AF_ROSE", AF_ROSE, &cls_AddressFamily, NULL },
#endif
#ifdef AF_ROUTE
	{ "AF_ROUTE", AF_ROUTE, &cls_AddressFamily, "AF_NETLINK" },
#endif
#ifdef AF_SECURITY
	{ "AF_SECURITY", AF_SECURITY, &cls_AddressFamily, NULL },
#endif
#ifdef AF_SNA
	{ "AF_SNA", AF_SNA, &cls_AddressFamily, NULL },
#endif
#ifdef AF_TIPC
	{ "AF_TIPC", AF_TIPC, &cls_AddressFamily, NULL },
#endif
#ifdef AF_UNIX
	{ "AF_UNIX", AF_UNIX, &cls_AddressFamily, NULL },
#endif
#ifdef AF_UNSPEC
	{ "AF_UNSPEC", AF_UNSPEC, &cls_AddressFamily, NULL },
#endif
#ifdef AF_VSOCK
	{ "AF_VSOCK", AF_VSOCK, &cls_AddressFamily, NULL },
#endif
#ifdef AF_WANPIPE
	{ "AF_WANPIPE", AF_WANPIPE, &cls_AddressFamily, NULL },
#endif
#ifdef AF_X25
	{ "AF_X25", AF_X25, &cls_AddressFamily, NULL },
#endif
#ifdef AI_ADDRCONFIG
	{ "AI_ADDRCONFIG", AI_ADDRCONFIG, &cls_AddressInfo, NULL },
#endif
#ifdef AI_ALL
	{ "AI_ALL", AI_ALL, &cls_AddressInfo, NULL },
#endif
#ifdef AI_CANONNAME
	{ "AI_CANONNAME", AI_CANONNAME, &cls_AddressInfo, NULL },
#endif
#ifdef AI_NUMERICHOST
	{ "AI_NUMERICHOST", AI_NUMERICHOST, &cls_AddressInfo, NULL },
#endif
#ifdef AI_NUMERICSERV
	{ "AI_NUMERICSERV", AI_NUMERICSERV, &cls_AddressInfo, NULL },
#endif
#ifdef AI_PASSIVE
	{ "AI_PASSIVE", AI_PASSIVE, &cls_AddressInfo, NULL },
#endif
#ifdef AI_V4MAPPED
	{ "AI_V4MAPPED", AI_V4MAPPED, &cls_AddressInfo, NULL },
#endif
#ifdef EAGAIN
	{ "EAGAIN", EAGAIN, NULL, NULL },
#endif
#ifdef EAI_ADDRFAMILY
	{ "EAI_ADDRFAMILY", EAI_ADDRFAMILY, NULL, NULL },
#endif
#ifdef EAI_AGAIN
	{ "EAI_AGAIN", EAI_AGAIN, NULL, NULL },
#endif
#ifdef EAI_BADFLAGS
	{ "EAI_BADFLAGS", EAI_BADFLAGS, NULL, NULL },
#endif
#ifdef EAI_FAIL
	{ "EAI_FAIL", EAI_FAIL, NULL, NULL },
#endif
#ifdef EAI_FAMILY
	{ "EAI_FAMILY", EAI_FAMILY, NULL, NULL },
#endif
#ifdef EAI_MEMORY
	{ "EAI_MEMORY", EAI_MEMORY, NULL, NULL },
#endif
#ifdef EAI_NODATA
	{ "EAI_NODATA", EAI_NODATA, NULL, NULL },
#endif
#ifdef EAI_NONAME
	{ "EAI_NONAME", EAI_NONAME, NULL, NULL },
#endif
#ifdef EAI_OVERFLOW
	{ "EAI_OVERFLOW", EAI_OVERFLOW, NULL, NULL },
#endif
#ifdef EAI_SERVICE
	{ "EAI_SERVICE", EAI_SERVICE, NULL, NULL },
#endif
#ifdef EAI_SOCKTYPE
	{ "EAI_SOCKTYPE", EAI_SOCKTYPE, NULL, NULL },
#endif
#ifdef EAI_SYSTEM
	{ "EAI_SYSTEM", EAI_SYSTEM, NULL, NULL },
#endif
#ifdef EBADF
	{ "EBADF", EBADF, NULL, NULL },
#endif
#ifdef EWOULDBLOCK
	{ "EWOULDBLOCK", EWOULDBLOCK, NULL, NULL },
#endif
#ifdef INADDR_ALLHOSTS_GROUP
	{ "INADDR_ALLHOSTS_GROUP", INADDR_ALLHOSTS_GROUP, NULL, NULL },
#endif
#ifdef INADDR_ANY
	{ "INADDR_ANY", INADDR_ANY, NULL, NULL },
#endif
#ifdef INADDR_BROADCAST
	{ "INADDR_BROADCAST", INADDR_BROADCAST, NULL, NULL },
#endif
#ifdef INADDR_LOOPBACK
	{ "INADDR_LOOPBACK", INADDR_LOOPBACK, NULL, NULL },
#endif
#ifdef INADDR_MAX_LOCAL_GROUP
	{ "INADDR_MAX_LOCAL_GROUP", INADDR_MAX_LOCAL_GROUP, NULL, NULL },
#endif
#ifdef INADDR_NONE
	{ "INADDR_NONE", INADDR_NONE, NULL, NULL },
#endif
#ifdef INADDR_UNSPEC_GROUP
	{ "INADDR_UNSPEC_GROUP", INADDR_UNSPEC_GROUP, NULL, NULL },
#endif
#ifdef IPPORT_RESERVED
	{ "IPPORT_RESERVED", IPPORT_RESERVED, NULL, NULL },
#endif
	/* An enum in glibc, not a macro. */
	{ "IPPORT_USERRESERVED", IPPORT_USERRESERVED, NULL, NULL },
#ifdef IPPROTO_AH
	{ "IPPROTO_AH", IPPROTO_AH, NULL, NULL },
#endif
#ifdef IPPROTO_DSTOPTS
	{ "IPPROTO_DSTOPTS", IPPROTO_DSTOPTS, NULL, NULL },
#endif
#ifdef IPPROTO_EGP
	{ "IPPROTO_EGP", IPPROTO_EGP, NULL, NULL },
#endif
#ifdef IPPROTO_ESP
	{ "IPPROTO_ESP", IPPROTO_ESP, NULL, NULL },
#endif
#ifdef IPPROTO_FRAGMENT
	{ "IPPROTO_FRAGMENT", IPPROTO_FRAGMENT, NULL, NULL },
#endif
#ifdef IPPROTO_GRE
	{ "IPPROTO_GRE", IPPROTO_GRE, NULL, NULL },
#endif
#ifdef IPPROTO_HOPOPTS
	{ "IPPROTO_HOPOPTS", IPPROTO_HOPOPTS, NULL, NULL },
#endif
#ifdef IPPROTO_ICMP
	{ "IPPROTO_ICMP", IPPROTO_ICMP, NULL, NULL },
#endif
#ifdef IPPROTO_ICMPV6
	{ "IPPROTO_ICMPV6", IPPROTO_ICMPV6, NULL, NULL },
#endif
#ifdef IPPROTO_IDP
	{ "IPPROTO_IDP", IPPROTO_IDP, NULL, NULL },
#endif
#ifdef IPPROTO_IGMP
	{ "IPPROTO_IGMP", IPPROTO_IGMP, NULL, NULL },
#endif
#ifdef IPPROTO_IP
	{ "IPPROTO_IP", IPPROTO_IP, NULL, NULL },
#endif
#ifdef IPPROTO_IPIP
	{ "IPPROTO_IPIP", IPPROTO_IPIP, NULL, NULL },
#endif
#ifdef IPPROTO_IPV6
	{ "IPPROTO_IPV6", IPPROTO_IPV6, NULL, NULL },
#endif
#ifdef IPPROTO_MPTCP
	{ "IPPROTO_MPTCP", IPPROTO_MPTCP, NULL, NULL },
#endif
#ifdef IPPROTO_NONE
	{ "IPPROTO_NONE", IPPROTO_NONE, NULL, NULL },
#endif
#ifdef IPPROTO_PIM
	{ "IPPROTO_PIM", IPPROTO_PIM, NULL, NULL },
#endif
#ifdef IPPROTO_PUP
	{ "IPPROTO_PUP", IPPROTO_PUP, NULL, NULL },
#endif
#ifdef IPPROTO_RAW
	{ "IPPROTO_RAW", IPPROTO_RAW, NULL, NULL },
#endif
#ifdef IPPROTO_ROUTING
	{ "IPPROTO_ROUTING", IPPROTO_ROUTING, NULL, NULL },
#endif
#ifdef IPPROTO_RSVP
	{ "IPPROTO_RSVP", IPPROTO_RSVP, NULL, NULL },
#endif
#ifdef IPPROTO_SCTP
	{ "IPPROTO_SCTP", IPPROTO_SCTP, NULL, NULL },
#endif
#ifdef IPPROTO_TCP
	{ "IPPROTO_TCP", IPPROTO_TCP, NULL, NULL },
#endif
#ifdef IPPROTO_TP
	{ "IPPROTO_TP", IPPROTO_TP, NULL, NULL },
#endif
#ifdef IPPROTO_UDP
	{ "IPPROTO_UDP", IPPROTO_UDP, NULL, NULL },
#endif
#ifdef IPPROTO_UDPLITE
	{ "IPPROTO_UDPLITE", IPPROTO_UDPLITE, NULL, NULL },
#endif
#ifdef IPV6_CHECKSUM
	{ "IPV6_CHECKSUM", IPV6_CHECKSUM, NULL, NULL },
#endif
#ifdef IPV6_DONTFRAG
	{ "IPV6_DONTFRAG", IPV6_DONTFRAG, NULL, NULL },
#endif
#ifdef IPV6_DSTOPTS
	{ "IPV6_DSTOPTS", IPV6_DSTOPTS, NULL, NULL },
#endif
#ifdef IPV6_HOPLIMIT
	{ "IPV6_HOPLIMIT", IPV6_HOPLIMIT, NULL, NULL },
#endif
#ifdef IPV6_HOPOPTS
	{ "IPV6_HOPOPTS", IPV6_HOPOPTS, NULL, NULL },
#endif
#ifdef IPV6_JOIN_GROUP
	{ "IPV6_JOIN_GROUP", IPV6_JOIN_GROUP, NULL, NULL },
#endif
#ifdef IPV6_LEAVE_GROUP
	{ "IPV6_LEAVE_GROUP", IPV6_LEAVE_GROUP, NULL, NULL },
#endif
#ifdef IPV6_MULTICAST_HOPS
	{ "IPV6_MULTICAST_HOPS", IPV6_MULTICAST_HOPS, NULL, NULL },
#endif
#ifdef IPV6_MULTICAST_IF
	{ "IPV6_MULTICAST_IF", IPV6_MULTICAST_IF, NULL, NULL },
#endif
#ifdef IPV6_MULTICAST_LOOP
	{ "IPV6_MULTICAST_LOOP", IPV6_MULTICAST_LOOP, NULL, NULL },
#endif
#ifdef IPV6_NEXTHOP
	{ "IPV6_NEXTHOP", IPV6_NEXTHOP, NULL, NULL },
#endif
#ifdef IPV6_PATHMTU
	{ "IPV6_PATHMTU", IPV6_PATHMTU, NULL, NULL },
#endif
#ifdef IPV6_PKTINFO
	{ "IPV6_PKTINFO", IPV6_PKTINFO, NULL, NULL },
#endif
#ifdef IPV6_RECVDSTOPTS
	{ "IPV6_RECVDSTOPTS", IPV6_RECVDSTOPTS, NULL, NULL },
#endif
#ifdef IPV6_RECVHOPLIMIT
	{ "IPV6_RECVHOPLIMIT", IPV6_RECVHOPLIMIT, NULL, NULL },
#endif
#ifdef IPV6_RECVHOPOPTS
	{ "IPV6_RECVHOPOPTS", IPV6_RECVHOPOPTS, NULL, NULL },
#endif
#ifdef IPV6_RECVPATHMTU
	{ "IPV6_RECVPATHMTU", IPV6_RECVPATHMTU, NULL, NULL },
#endif
#ifdef IPV6_RECVPKTINFO
	{ "IPV6_RECVPKTINFO", IPV6_RECVPKTINFO, NULL, NULL },
#endif
#ifdef IPV6_RECVRTHDR
	{ "IPV6_RECVRTHDR", IPV6_RECVRTHDR, NULL, NULL },
#endif
#ifdef IPV6_RECVTCLASS
	{ "IPV6_RECVTCLASS", IPV6_RECVTCLASS, NULL, NULL },
#endif
#ifdef IPV6_RTHDR
	{ "IPV6_RTHDR", IPV6_RTHDR, NULL, NULL },
#endif
#ifdef IPV6_RTHDRDSTOPTS
	{ "IPV6_RTHDRDSTOPTS", IPV6_RTHDRDSTOPTS, NULL, NULL },
#endif
#ifdef IPV6_RTHDR_TYPE_0
	{ "IPV6_RTHDR_TYPE_0", IPV6_RTHDR_TYPE_0, NULL, NULL },
#endif
#ifdef IPV6_TCLASS
	{ "IPV6_TCLASS", IPV6_TCLASS, NULL, NULL },
#endif
#ifdef IPV6_UNICAST_HOPS
	{ "IPV6_UNICAST_HOPS", IPV6_UNICAST_HOPS, NULL, NULL },
#endif
#ifdef IPV6_V6ONLY
	{ "IPV6_V6ONLY", IPV6_V6ONLY, NULL, NULL },
#endif
#ifdef IP_ADD_MEMBERSHIP
	{ "IP_ADD_MEMBERSHIP", IP_ADD_MEMBERSHIP, NULL, NULL },
#endif
#ifdef IP_BIND_ADDRESS_NO_PORT
	{ "IP_BIND_ADDRESS_NO_PORT", IP_BIND_ADDRESS_NO_PORT, NULL, NULL },
#endif
#ifdef IP_DEFAULT_MULTICAST_LOOP
	{ "IP_DEFAULT_MULTICAST_LOOP", IP_DEFAULT_MULTICAST_LOOP, NULL, NULL },
#endif
#ifdef IP_DEFAULT_MULTICAST_TTL
	{ "IP_DEFAULT_MULTICAST_TTL", IP_DEFAULT_MULTICAST_TTL, NULL, NULL },
#endif
#ifdef IP_DROP_MEMBERSHIP
	{ "IP_DROP_MEMBERSHIP", IP_DROP_MEMBERSHIP, NULL, NULL },
#endif
#ifdef IP_HDRINCL
	{ "IP_HDRINCL", IP_HDRINCL, NULL, NULL },
#endif
#ifdef IP_MAX_MEMBERSHIPS
	{ "IP_MAX_MEMBERSHIPS", IP_MAX_MEMBERSHIPS, NULL, NULL },
#endif
#ifdef IP_MULTICAST_IF
	{ "IP_MULTICAST_IF", IP_MULTICAST_IF, NULL, NULL },
#endif
#ifdef IP_MULTICAST_LOOP
	{ "IP_MULTICAST_LOOP", IP_MULTICAST_LOOP, NULL, NULL },
#endif
#ifdef IP_MULTICAST_TTL
	{ "IP_MULTICAST_TTL", IP_MULTICAST_TTL, NULL, NULL },
#endif
#ifdef IP_OPTIONS
	{ "IP_OPTIONS", IP_OPTIONS, NULL, NULL },
#endif
#ifdef IP_RECVOPTS
	{ "IP_RECVOPTS", IP_RECVOPTS, NULL, NULL },
#endif
#ifdef IP_RECVRETOPTS
	{ "IP_RECVRETOPTS", IP_RECVRETOPTS, NULL, NULL },
#endif
#ifdef IP_RECVTOS
	{ "IP_RECVTOS", IP_RECVTOS, NULL, NULL },
#endif
#ifdef IP_RETOPTS
	{ "IP_RETOPTS", IP_RETOPTS, NULL, NULL },
#endif
#ifdef IP_TOS
	{ "IP_TOS", IP_TOS, NULL, NULL },
#endif
#ifdef IP_TRANSPARENT
	{ "IP_TRANSPARENT", IP_TRANSPARENT, NULL, NULL },
#endif
#ifdef IP_TTL
	{ "IP_TTL", IP_TTL, NULL, NULL },
#endif
#ifdef MSG_CMSG_CLOEXEC
	{ "MSG_CMSG_CLOEXEC", MSG_CMSG_CLOEXEC, &cls_MsgFlag, NULL },
#endif
#ifdef MSG_CONFIRM
	{ "MSG_CONFIRM", MSG_CONFIRM, &cls_MsgFlag, NULL },
#endif
#ifdef MSG_CTRUNC
	{ "MSG_CTRUNC", MSG_CTRUNC, &cls_MsgFlag, NULL },
#endif
#ifdef MSG_DONTROUTE
	{ "MSG_DONTROUTE", MSG_DONTROUTE, &cls_MsgFlag, NULL },
#endif
#ifdef MSG_DONTWAIT
	{ "MSG_DONTWAIT", MSG_DONTWAIT, &cls_MsgFlag, NULL },
#endif
#ifdef MSG_EOR
	{ "MSG_EOR", MSG_EOR, &cls_MsgFlag, NULL },
#endif
#ifdef MSG_ERRQUEUE
	{ "MSG_ERRQUEUE", MSG_ERRQUEUE, &cls_MsgFlag, NULL },
#endif
#ifdef MSG_FASTOPEN
	{ "MSG_FASTOPEN", MSG_FASTOPEN, &cls_MsgFlag, NULL },
#endif
#ifdef MSG_MORE
	{ "MSG_MORE", MSG_MORE, &cls_MsgFlag, NULL },
#endif
#ifdef MSG_NOSIGNAL
	{ "MSG_NOSIGNAL", MSG_NOSIGNAL, &cls_MsgFlag, NULL },
#endif
#ifdef MSG_OOB
	{ "MSG_OOB", MSG_OOB, &cls_MsgFlag, NULL },
#endif
#ifdef MSG_PEEK
	{ "MSG_PEEK", MSG_PEEK, &cls_MsgFlag, NULL },
#endif
#ifdef MSG_TRUNC
	{ "MSG_TRUNC", MSG_TRUNC, &cls_MsgFlag, NULL },
#endif
#ifdef MSG_WAITALL
	{ "MSG_WAITALL", MSG_WAITALL, &cls_MsgFlag, NULL },
#endif
#ifdef NI_DGRAM
	{ "NI_DGRAM", NI_DGRAM, NULL, NULL },
#endif
#ifdef NI_MAXHOST
	{ "NI_MAXHOST", NI_MAXHOST, NULL, NULL },
#endif
#ifdef NI_MAXSERV
	{ "NI_MAXSERV", NI_MAXSERV, NULL, NULL },
#endif
#ifdef NI_NAMEREQD
	{ "NI_NAMEREQD", NI_NAMEREQD, NULL, NULL },
#endif
#ifdef NI_NOFQDN
	{ "NI_NOFQDN", NI_NOFQDN, NULL, NULL },
#endif
#ifdef NI_NUMERICHOST
	{ "NI_NUMERICHOST", NI_NUMERICHOST, NULL, NULL },
#endif
#ifdef NI_NUMERICSERV
	{ "NI_NUMERICSERV", NI_NUMERICSERV, NULL, NULL },
#endif
#ifdef PF_CAN
	{ "PF_CAN", PF_CAN, NULL, NULL },
#endif
#ifdef PF_PACKET
	{ "PF_PACKET", PF_PACKET, NULL, NULL },
#endif
#ifdef PF_RDS
	{ "PF_RDS", PF_RDS, NULL, NULL },
#endif
#ifdef SCM_CREDENTIALS
	{ "SCM_CREDENTIALS", SCM_CREDENTIALS, NULL, NULL },
#endif
#ifdef SCM_RIGHTS
	{ "SCM_RIGHTS", SCM_RIGHTS, NULL, NULL },
#endif
#ifdef SHUT_RD
	{ "SHUT_RD", SHUT_RD, NULL, NULL },
#endif
#ifdef SHUT_RDWR
	{ "SHUT_RDWR", SHUT_RDWR, NULL, NULL },
#endif
#ifdef SHUT_WR
	{ "SHUT_WR", SHUT_WR, NULL, NULL },
#endif
#ifdef SOCK_CLOEXEC
	{ "SOCK_CLOEXEC", SOCK_CLOEXEC, &cls_SocketKind, NULL },
#endif
#ifdef SOCK_DGRAM
	{ "SOCK_DGRAM", SOCK_DGRAM, &cls_SocketKind, NULL },
#endif
#ifdef SOCK_NONBLOCK
	{ "SOCK_NONBLOCK", SOCK_NONBLOCK, &cls_SocketKind, NULL },
#endif
#ifdef SOCK_RAW
	{ "SOCK_RAW", SOCK_RAW, &cls_SocketKind, NULL },
#endif
#ifdef SOCK_RDM
	{ "SOCK_RDM", SOCK_RDM, &cls_SocketKind, NULL },
#endif
#ifdef SOCK_SEQPACKET
	{ "SOCK_SEQPACKET", SOCK_SEQPACKET, &cls_SocketKind, NULL },
#endif
#ifdef SOCK_STREAM
	{ "SOCK_STREAM", SOCK_STREAM, &cls_SocketKind, NULL },
#endif
#ifdef SOL_ALG
	{ "SOL_ALG", SOL_ALG, NULL, NULL },
#endif
#ifdef SOL_IP
	{ "SOL_IP", SOL_IP, NULL, NULL },
#endif
#ifdef SOL_RDS
	{ "SOL_RDS", SOL_RDS, NULL, NULL },
#endif
#ifdef SOL_SOCKET
	{ "SOL_SOCKET", SOL_SOCKET, NULL, NULL },
#endif
#ifdef SOL_TCP
	{ "SOL_TCP", SOL_TCP, NULL, NULL },
#endif
#ifdef SOL_TIPC
	{ "SOL_TIPC", SOL_TIPC, NULL, NULL },
#endif
#ifdef SOL_UDP
	{ "SOL_UDP", SOL_UDP, NULL, NULL },
#endif
#ifdef SOMAXCONN
	{ "SOMAXCONN", SOMAXCONN, NULL, NULL },
#endif
#ifdef SO_ACCEPTCONN
	{ "SO_ACCEPTCONN", SO_ACCEPTCONN, NULL, NULL },
#endif
#ifdef SO_BINDTODEVICE
	{ "SO_BINDTODEVICE", SO_BINDTODEVICE, NULL, NULL },
#endif
#ifdef SO_BROADCAST
	{ "SO_BROADCAST", SO_BROADCAST, NULL, NULL },
#endif
#ifdef SO_DEBUG
	{ "SO_DEBUG", SO_DEBUG, NULL, NULL },
#endif
#ifdef SO_DOMAIN
	{ "SO_DOMAIN", SO_DOMAIN, NULL, NULL },
#endif
#ifdef SO_DONTROUTE
	{ "SO_DONTROUTE", SO_DONTROUTE, NULL, NULL },
#endif
#ifdef SO_ERROR
	{ "SO_ERROR", SO_ERROR, NULL, NULL },
#endif
#ifdef SO_INCOMING_CPU
	{ "SO_INCOMING_CPU", SO_INCOMING_CPU, NULL, NULL },
#endif
#ifdef SO_KEEPALIVE
	{ "SO_KEEPALIVE", SO_KEEPALIVE, NULL, NULL },
#endif
#ifdef SO_LINGER
	{ "SO_LINGER", SO_LINGER, NULL, NULL },
#endif
#ifdef SO_MARK
	{ "SO_MARK", SO_MARK, NULL, NULL },
#endif
#ifdef SO_OOBINLINE
	{ "SO_OOBINLINE", SO_OOBINLINE, NULL, NULL },
#endif
#ifdef SO_PASSCRED
	{ "SO_PASSCRED", SO_PASSCRED, NULL, NULL },
#endif
#ifdef SO_PASSSEC
	{ "SO_PASSSEC", SO_PASSSEC, NULL, NULL },
#endif
#ifdef SO_PEERCRED
	{ "SO_PEERCRED", SO_PEERCRED, NULL, NULL },
#endif
#ifdef SO_PEERSEC
	{ "SO_PEERSEC", SO_PEERSEC, NULL, NULL },
#endif
#ifdef SO_PRIORITY
	{ "SO_PRIORITY", SO_PRIORITY, NULL, NULL },
#endif
#ifdef SO_PROTOCOL
	{ "SO_PROTOCOL", SO_PROTOCOL, NULL, NULL },
#endif
#ifdef SO_RCVBUF
	{ "SO_RCVBUF", SO_RCVBUF, NULL, NULL },
#endif
#ifdef SO_RCVLOWAT
	{ "SO_RCVLOWAT", SO_RCVLOWAT, NULL, NULL },
#endif
#ifdef SO_RCVTIMEO
	{ "SO_RCVTIMEO", SO_RCVTIMEO, NULL, NULL },
#endif
#ifdef SO_REUSEADDR
	{ "SO_REUSEADDR", SO_REUSEADDR, NULL, NULL },
#endif
#ifdef SO_REUSEPORT
	{ "SO_REUSEPORT", SO_REUSEPORT, NULL, NULL },
#endif
#ifdef SO_SNDBUF
	{ "SO_SNDBUF", SO_SNDBUF, NULL, NULL },
#endif
#ifdef SO_SNDLOWAT
	{ "SO_SNDLOWAT", SO_SNDLOWAT, NULL, NULL },
#endif
#ifdef SO_SNDTIMEO
	{ "SO_SNDTIMEO", SO_SNDTIMEO, NULL, NULL },
#endif
#ifdef SO_TYPE
	{ "SO_TYPE", SO_TYPE, NULL, NULL },
#endif
#ifdef TCP_CONGESTION
	{ "TCP_CONGESTION", TCP_CONGESTION, NULL, NULL },
#endif
#ifdef TCP_CORK
	{ "TCP_CORK", TCP_CORK, NULL, NULL },
#endif
#ifdef TCP_DEFER_ACCEPT
	{ "TCP_DEFER_ACCEPT", TCP_DEFER_ACCEPT, NULL, NULL },
#endif
#ifdef TCP_FASTOPEN
	{ "TCP_FASTOPEN", TCP_FASTOPEN, NULL, NULL },
#endif
#ifdef TCP_INFO
	{ "TCP_INFO", TCP_INFO, NULL, NULL },
#endif
#ifdef TCP_KEEPCNT
	{ "TCP_KEEPCNT", TCP_KEEPCNT, NULL, NULL },
#endif
#ifdef TCP_KEEPIDLE
	{ "TCP_KEEPIDLE", TCP_KEEPIDLE, NULL, NULL },
#endif
#ifdef TCP_KEEPINTVL
	{ "TCP_KEEPINTVL", TCP_KEEPINTVL, NULL, NULL },
#endif
#ifdef TCP_LINGER2
	{ "TCP_LINGER2", TCP_LINGER2, NULL, NULL },
#endif
#ifdef TCP_MAXSEG
	{ "TCP_MAXSEG", TCP_MAXSEG, NULL, NULL },
#endif
#ifdef TCP_NODELAY
	{ "TCP_NODELAY", TCP_NODELAY, NULL, NULL },
#endif
#ifdef TCP_NOTSENT_LOWAT
	{ "TCP_NOTSENT_LOWAT", TCP_NOTSENT_LOWAT, NULL, NULL },
#endif
#ifdef TCP_QUICKACK
	{ "TCP_QUICKACK", TCP_QUICKACK, NULL, NULL },
#endif
#ifdef TCP_SYNCNT
	{ "TCP_SYNCNT", TCP_SYNCNT, NULL, NULL },
#endif
#ifdef TCP_USER_TIMEOUT
	{ "TCP_USER_TIMEOUT", TCP_USER_TIMEOUT, NULL, NULL },
#endif
#ifdef TCP_WINDOW_CLAMP
	{ "TCP_WINDOW_CLAMP", TCP_WINDOW_CLAMP, NULL, NULL },
#endif
#ifdef __linux__
	/* Linux uapi values (linux/can.h, tipc.h ...), alike on every arch. */
	{ "ALG_OP_DECRYPT", 0, NULL, NULL },
	{ "ALG_OP_ENCRYPT", 1, NULL, NULL },
	{ "ALG_OP_SIGN", 2, NULL, NULL },
	{ "ALG_OP_VERIFY", 3, NULL, NULL },
	{ "ALG_SET_AEAD_ASSOCLEN", 4, NULL, NULL },
	{ "ALG_SET_AEAD_AUTHSIZE", 5, NULL, NULL },
	{ "ALG_SET_IV", 2, NULL, NULL },
	{ "ALG_SET_KEY", 1, NULL, NULL },
	{ "ALG_SET_OP", 3, NULL, NULL },
	{ "ALG_SET_PUBKEY", 6, NULL, NULL },
	{ "CAN_BCM", 2, NULL, NULL },
	{ "CAN_BCM_CAN_FD_FRAME", 2048, NULL, NULL },
	{ "CAN_BCM_RX_ANNOUNCE_RESUME", 256, NULL, NULL },
	{ "CAN_BCM_RX_CHANGED", 12, NULL, NULL },
	{ "CAN_BCM_RX_CHECK_DLC", 64, NULL, NULL },
	{ "CAN_BCM_RX_DELETE", 6, NULL, NULL },
	{ "CAN_BCM_RX_FILTER_ID", 32, NULL, NULL },
	{ "CAN_BCM_RX_NO_AUTOTIMER", 128, NULL, NULL },
	{ "CAN_BCM_RX_READ", 7, NULL, NULL },
	{ "CAN_BCM_RX_RTR_FRAME", 1024, NULL, NULL },
	{ "CAN_BCM_RX_SETUP", 5, NULL, NULL },
	{ "CAN_BCM_RX_STATUS", 10, NULL, NULL },
	{ "CAN_BCM_RX_TIMEOUT", 11, NULL, NULL },
	{ "CAN_BCM_SETTIMER", 1, NULL, NULL },
	{ "CAN_BCM_STARTTIMER", 2, NULL, NULL },
	{ "CAN_BCM_TX_ANNOUNCE", 8, NULL, NULL },
	{ "CAN_BCM_TX_COUNTEVT", 4, NULL, NULL },
	{ "CAN_BCM_TX_CP_CAN_ID", 16, NULL, NULL },
	{ "CAN_BCM_TX_DELETE", 2, NULL, NULL },
	{ "CAN_BCM_TX_EXPIRED", 9, NULL, NULL },
	{ "CAN_BCM_TX_READ", 3, NULL, NULL },
	{ "CAN_BCM_TX_RESET_MULTI_IDX", 512, NULL, NULL },
	{ "CAN_BCM_TX_SEND", 4, NULL, NULL },
	{ "CAN_BCM_TX_SETUP", 1, NULL, NULL },
	{ "CAN_BCM_TX_STATUS", 8, NULL, NULL },
	{ "CAN_EFF_FLAG", 2147483648, NULL, NULL },
	{ "CAN_EFF_MASK", 536870911, NULL, NULL },
	{ "CAN_ERR_FLAG", 536870912, NULL, NULL },
	{ "CAN_ERR_MASK", 536870911, NULL, NULL },
	{ "CAN_ISOTP", 6, NULL, NULL },
	{ "CAN_J1939", 7, NULL, NULL },
	{ "CAN_RAW", 1, NULL, NULL },
	{ "CAN_RAW_FD_FRAMES", 5, NULL, NULL },
	{ "CAN_RAW_FILTER", 1, NULL, NULL },
	{ "CAN_RAW_JOIN_FILTERS", 6, NULL, NULL },
	{ "CAN_RAW_LOOPBACK", 3, NULL, NULL },
	{ "CAN_RAW_RECV_OWN_MSGS", 4, NULL, NULL },
	{ "CAN_RTR_FLAG", 1073741824, NULL, NULL },
	{ "CAN_SFF_MASK", 2047, NULL, NULL },
	{ "IOCTL_VM_SOCKETS_GET_LOCAL_CID", 1977, NULL, NULL },
	{ "J1939_EE_INFO_NONE", 0, NULL, NULL },
	{ "J1939_EE_INFO_TX_ABORT", 1, NULL, NULL },
	{ "J1939_FILTER_MAX", 512, NULL, NULL },
	{ "J1939_IDLE_ADDR", 254, NULL, NULL },
	{ "J1939_MAX_UNICAST_ADDR", 253, NULL, NULL },
	{ "J1939_NLA_BYTES_ACKED", 1, NULL, NULL },
	{ "J1939_NLA_PAD", 0, NULL, NULL },
	{ "J1939_NO_ADDR", 255, NULL, NULL },
	{ "J1939_NO_NAME", 0, NULL, NULL },
	{ "J1939_NO_PGN", 262144, NULL, NULL },
	{ "J1939_PGN_ADDRESS_CLAIMED", 60928, NULL, NULL },
	{ "J1939_PGN_ADDRESS_COMMANDED", 65240, NULL, NULL },
	{ "J1939_PGN_MAX", 262143, NULL, NULL },
	{ "J1939_PGN_PDU1_MAX", 261888, NULL, NULL },
	{ "J1939_PGN_REQUEST", 59904, NULL, NULL },
	{ "NETLINK_CRYPTO", 21, NULL, NULL },
	{ "NETLINK_DNRTMSG", 14, NULL, NULL },
	{ "NETLINK_FIREWALL", 3, NULL, NULL },
	{ "NETLINK_IP6_FW", 13, NULL, NULL },
	{ "NETLINK_NFLOG", 5, NULL, NULL },
	{ "NETLINK_ROUTE", 0, NULL, NULL },
	{ "NETLINK_USERSOCK", 2, NULL, NULL },
	{ "NETLINK_XFRM", 6, NULL, NULL },
	{ "PACKET_BROADCAST", 1, NULL, NULL },
	{ "PACKET_FASTROUTE", 6, NULL, NULL },
	{ "PACKET_HOST", 0, NULL, NULL },
	{ "PACKET_LOOPBACK", 5, NULL, NULL },
	{ "PACKET_MULTICAST", 2, NULL, NULL },
	{ "PACKET_OTHERHOST", 3, NULL, NULL },
	{ "PACKET_OUTGOING", 4, NULL, NULL },
	{ "SCM_J1939_DEST_ADDR", 1, NULL, NULL },
	{ "SCM_J1939_DEST_NAME", 2, NULL, NULL },
	{ "SCM_J1939_ERRQUEUE", 4, NULL, NULL },
	{ "SCM_J1939_PRIO", 3, NULL, NULL },
	{ "SOL_CAN_BASE", 100, NULL, NULL },
	{ "SOL_CAN_RAW", 101, NULL, NULL },
	{ "SO_J1939_ERRQUEUE", 4, NULL, NULL },
	{ "SO_J1939_FILTER", 1, NULL, NULL },
	{ "SO_J1939_PROMISC", 2, NULL, NULL },
	{ "SO_J1939_SEND_PRIO", 3, NULL, NULL },
	{ "SO_VM_SOCKETS_BUFFER_MAX_SIZE", 2, NULL, NULL },
	{ "SO_VM_SOCKETS_BUFFER_MIN_SIZE", 1, NULL, NULL },
	{ "SO_VM_SOCKETS_BUFFER_SIZE", 0, NULL, NULL },
	{ "TIPC_ADDR_ID", 3, NULL, NULL },
	{ "TIPC_ADDR_NAME", 2, NULL, NULL },
	{ "TIPC_ADDR_NAMESEQ", 1, NULL, NULL },
	{ "TIPC_CFG_SRV", 0, NULL, NULL },
	{ "TIPC_CLUSTER_SCOPE", 2, NULL, NULL },
	{ "TIPC_CONN_TIMEOUT", 130, NULL, NULL },
	{ "TIPC_CRITICAL_IMPORTANCE", 3, NULL, NULL },
	{ "TIPC_DEST_DROPPABLE", 129, NULL, NULL },
	{ "TIPC_HIGH_IMPORTANCE", 2, NULL, NULL },
	{ "TIPC_IMPORTANCE", 127, NULL, NULL },
	{ "TIPC_LOW_IMPORTANCE", 0, NULL, NULL },
	{ "TIPC_MEDIUM_IMPORTANCE", 1, NULL, NULL },
	{ "TIPC_NODE_SCOPE", 3, NULL, NULL },
	{ "TIPC_PUBLISHED", 1, NULL, NULL },
	{ "TIPC_SRC_DROPPABLE", 128, NULL, NULL },
	{ "TIPC_SUBSCR_TIMEOUT", 3, NULL, NULL },
	{ "TIPC_SUB_CANCEL", 4, NULL, NULL },
	{ "TIPC_SUB_PORTS", 1, NULL, NULL },
	{ "TIPC_SUB_SERVICE", 2, NULL, NULL },
	{ "TIPC_TOP_SRV", 1, NULL, NULL },
	{ "TIPC_WAIT_FOREVER", -1, NULL, NULL },
	{ "TIPC_WITHDRAWN", 2, NULL, NULL },
	{ "TIPC_ZONE_SCOPE", 1, NULL, NULL },
	{ "UDPLITE_RECV_CSCOV", 11, NULL, NULL },
	{ "UDPLITE_SEND_CSCOV", 10, NULL, NULL },
	{ "VMADDR_CID_ANY", 4294967295, NULL, NULL },
	{ "VMADDR_CID_HOST", 2, NULL, NULL },
	{ "VMADDR_PORT_ANY", 4294967295, NULL, NULL },
	{ "VM_SOCKETS_INVALID_VERSION", 4294967295, NULL, NULL },
#endif
	{ NULL, 0, NULL, NULL },
};

const struct sockconst *
consts_by_name(const char *name)
{
	const struct sockconst *c;

	for (c = consts_table; c->name != NULL; c++)
		if (strcmp(c->name, name) == 0)
			return (c);
	return (NULL);
}

/* The first row wins: it is the member Python's repr names. */
const struct sockconst *
consts_by_value(const struct pyclass *cls, long long v)
{
	const struct sockconst *c;

	for (c = consts_table; c->name != NULL; c++)
		if (c->cls == cls && c->value == v)
			return (c);
	return (NULL);
}

struct value *
consts_value(const struct sockconst *c)
{
	if (c->cls == NULL)
		return (value_int(c->value));
	return (value_enum(c->cls, c->canon ? c->canon : c->name, c->value));
}

struct value *
consts_member(const struct pyclass *cls, long long v)
{
	const struct sockconst *c = consts_by_value(cls, v);

	return (c != NULL ? consts_value(c) : value_int(v));
}

struct value *
consts_family(int family)
{
	return (consts_member(&cls_AddressFamily, family));
}

struct value *
consts_socktype(int type)
{
	return (consts_member(&cls_SocketKind, type));
}
