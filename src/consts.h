/* consts.h -- the socket module's constants: names, values and enum groups */
#ifndef SOCKSHELL_CONSTS_H
#define SOCKSHELL_CONSTS_H

struct pyclass;
struct value;

/* socket.AddressFamily, SocketKind, MsgFlag and AddressInfo. */
extern const struct pyclass cls_AddressFamily, cls_SocketKind, cls_MsgFlag,
    cls_AddressInfo;

/*
 * The constants, as `python3 -c "import socket; print(repr(socket.X))"`
 * shows them on Linux: the four enum classes (the groups) for AF_, SOCK_,
 * MSG_ and AI_ names, plain ints for the rest.  Where Python's repr names
 * another member (AF_ROUTE is the alias of AF_NETLINK) `canon` says which.
 * Values come from the C headers where they define them.
 */
struct sockconst {
	const char *name;
	long long value;
	const struct pyclass *cls; /* the enum class, or NULL for int */
	const char *canon;         /* the member's name in repr, NULL: name */
};

/* Every constant of the socket module; a row with name NULL ends it. */
extern const struct sockconst consts_table[];

/* The row named `name` ("SO_REUSEADDR"), or NULL. */
const struct sockconst *consts_by_name(const char *name);

/*
 * The row for value v in enum class cls (&cls_MsgFlag ...), or NULL: the
 * first such row, the member Python's repr names.
 */
const struct sockconst *consts_by_value(const struct pyclass *cls, long long v);

/* A row as the socket module holds it: enum member or int.  New. */
struct value *consts_value(const struct sockconst *);

/*
 * The Python value for v in a group as the socket module returns it:
 * consts_family(2) is <AddressFamily.AF_INET: 2>, an unknown number stays
 * a plain int.  New references.
 */
struct value *consts_member(const struct pyclass *cls, long long v);
struct value *consts_family(int family);
struct value *consts_socktype(int type);

#endif
