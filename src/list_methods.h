/* list_methods.h -- the methods of list and tuple */
#ifndef SOCKSHELL_LIST_METHODS_H
#define SOCKSHELL_LIST_METHODS_H

#include "value.h" /* struct builtin: the tables' rows */

/* [].append, ().count ...: NULL-terminated by name, sorted. */
extern const struct builtin list_methods[];
extern const struct builtin tuple_methods[];

/* obj.name for a list (tuple): bound method, or NULL with AttributeError. */
struct value *list_getattr(struct value *obj, const char *name);
struct value *tuple_getattr(struct value *obj, const char *name);

#endif
