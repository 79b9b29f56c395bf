/* sockmod.h -- the socket module: functions, constants and classes */
#ifndef SOCKSHELL_SOCKMOD_H
#define SOCKSHELL_SOCKMOD_H

struct value;
struct callargs;

/* A new module value named "socket" with every function and constant. */
struct value *sockmod_create(void);

/*
 * Calling the class socket.socket: socket(family=-1, type=-1, proto=-1,
 * fileno=None) with socket.py's defaults (AF_INET, SOCK_STREAM, 0) and
 * Python's argument messages ("socket.__init__() got an unexpected keyword
 * argument 'x'").  The kernel gets type|SOCK_CLOEXEC; the object's type
 * has SOCK_NONBLOCK and SOCK_CLOEXEC taken off, and SOCK_NONBLOCK sets its
 * timeout to 0.0.  With fileno, adopts that descriptor, asking the kernel
 * for what was not given.  New reference, or NULL with an exception.
 */
struct value *sockmod_socket_new(const struct callargs *);

#endif
