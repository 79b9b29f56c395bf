/* int_methods.h -- the methods of int (and bool, and the socket enums) */
#ifndef SOCKSHELL_INT_METHODS_H
#define SOCKSHELL_INT_METHODS_H

#include "value.h" /* struct builtin: the tables' rows */

/* (5).to_bytes ...: of int, bool and enum members; NULL-terminated. */
extern const struct builtin int_methods[];

/* Of the class int itself: int.from_bytes. */
extern const struct builtin int_class_methods[];

/* obj.name for an int or bool: bound method, or NULL with AttributeError. */
struct value *int_getattr(struct value *obj, const char *name);

/* obj.name for an enum member (AF_INET.name, .value), else as for int. */
struct value *enum_getattr(struct value *obj, const char *name);

/* The number in an int, bool or enum member (value_is_int is true). */
long long int_value_of(const struct value *);

#endif
