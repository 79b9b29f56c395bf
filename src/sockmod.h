/* sockmod.h -- the socket module: functions, constants and classes */
#ifndef SOCKSHELL_SOCKMOD_H
#define SOCKSHELL_SOCKMOD_H

struct value;

/* A new module value named "socket" with every function and constant. */
struct value *sockmod_create(void);

/*
 * The Python value for a constant of a given group as the socket module
 * returns it: sockmod_family(2) is <AddressFamily.AF_INET: 2>, an unknown
 * number stays a plain int.  New references.
 */
struct value *sockmod_family(int family);
struct value *sockmod_socktype(int type);

/* socket.socket(family=-1, type=-1, proto=-1, fileno=None): new or NULL. */
struct callargs;
struct value *sockmod_socket_new(const struct callargs *);

#endif
