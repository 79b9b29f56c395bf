/* sockobj.h -- socket objects as values: the method table, getattr, repr */
#ifndef SOCKSHELL_SOCKOBJ_H
#define SOCKSHELL_SOCKOBJ_H

#include "sockobj_core.h"
#include "value.h"

/* socket.socket, the class (its instances are KIND_SOCKET values). */
extern const struct pyclass cls_socket;

/* repr(s), asking the kernel for laddr and raddr (malloc'd). */
char *sockobj_repr(const struct sockobj *);
/* s.name: a bound method or an attribute (new), or NULL + AttributeError. */
struct value *sockobj_getattr(struct value *self, const char *name);

/*
 * The method table: the rows of every methods file (struct callinfo in
 * sockobj_core.h) gathered into one, alphabetical, NULL-terminated by
 * name, for lookup, values, help and completion.  It is gathered on
 * first use, so sockobj_methods reads as an array the way errno reads as
 * a variable.
 */
#define SOCKOBJ_MAX_METHODS 64
const struct builtin *sockobj_method_table(void);
#define sockobj_methods (sockobj_method_table())
/* The table's entry for method `name` ("bind"), or NULL. */
const struct builtin *sockobj_method(const char *name);
/* Its row: flags, syscall, help text ..., or NULL if no such method. */
const struct callinfo *sockobj_method_info(const char *name);
/* Is fn one of the methods above (for calls through socket.socket.bind)? */
int sockobj_is_method(const struct builtin *fn);
/* Attribute names that are not methods ("family", "type", "proto"). */
extern const char *const sockobj_attrs[];
/* The row of KIND_SOCKET in the kind table (kind.h). */
struct kind_desc;
extern const struct kind_desc sockobj_kind;

#endif
