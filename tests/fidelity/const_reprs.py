# How the socket module's constants print: enums, flags and plain ints.
import socket
print(socket.AF_INET, socket.AF_INET6, socket.AF_UNIX, socket.AF_UNSPEC)
print(repr(socket.AF_INET), repr(socket.AF_INET6), repr(socket.AF_UNIX))
print(socket.SOCK_STREAM, socket.SOCK_DGRAM, repr(socket.SOCK_DGRAM))
print(socket.SOL_SOCKET, socket.SO_REUSEADDR, socket.SO_TYPE, socket.SO_ERROR)
print(socket.MSG_PEEK, repr(socket.MSG_PEEK), repr(socket.MSG_DONTWAIT))
print(socket.IPPROTO_TCP, socket.IPPROTO_UDP, socket.IPPROTO_IPV6, socket.IPV6_V6ONLY)
print(socket.SHUT_RD, socket.SHUT_WR, socket.SHUT_RDWR)
print(socket.AI_PASSIVE, repr(socket.AI_NUMERICHOST), socket.NI_NUMERICHOST, socket.NI_NUMERICSERV)
print(socket.INADDR_ANY, socket.INADDR_LOOPBACK, socket.SOMAXCONN)
print(socket.EAI_NONAME, socket.EAI_SERVICE, socket.EAI_FAMILY, socket.EAI_ADDRFAMILY)
print(str(socket.AF_INET), repr(str(socket.SOCK_STREAM)), int(socket.AF_INET6))
print(socket.AF_INET == 2, socket.AF_INET + 0, socket.SOCK_DGRAM * 1)
