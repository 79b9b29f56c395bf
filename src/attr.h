/* attr.h -- obj.name from a kind's method table, and Python's AttributeError */
#ifndef SOCKSHELL_ATTR_H
#define SOCKSHELL_ATTR_H

#include <stddef.h>

struct builtin;
struct value;

/* The row called name in a method table (ended by a NULL name), or NULL. */
const struct builtin *attr_find(const struct builtin *table, const char *name);

/*
 * Raise AttributeError for obj.name as python3 3.11 words it: "'str'
 * object has no attribute 'x'", "module 'os' has no attribute 'x'", "type
 * object 'int' has no attribute 'x'", with the "Did you mean" suggestion
 * drawn from names[0..n) and the rows of table (n 0 and table NULL: none).
 * Returns NULL, for `return (attr_error(...));`.
 */
void *attr_error(const struct value *obj, const char *name,
    const char *const *names, size_t n, const struct builtin *table);

/*
 * obj.name as the method of table bound to obj (a new reference), or NULL
 * with AttributeError pending: what each kind's X_getattr does.
 */
struct value *attr_method(struct value *obj, const struct builtin *table,
    const char *name);

#endif
