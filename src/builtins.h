/* builtins.h -- print, len ..., calling classes, attributes, small modules */
#ifndef SOCKSHELL_BUILTINS_H
#define SOCKSHELL_BUILTINS_H

struct dict;
struct value;

/* Put the builtins (functions, classes, exception classes) into d. */
void builtins_install(struct dict *d);

/*
 * The module for `import NAME` (socket, os, os.path, errno, sys), created
 * once and cached: new reference, or NULL with ModuleNotFoundError.
 */
struct value *builtins_import(const char *name);

/*
 * Attribute lookup is the kinds' own (value_getattr, kind.h): these two are
 * the rows' getattr for classes, and the AttributeError, with 3.11's "Did
 * you mean" drawn from what dir(obj) lists, that other rows end with.
 * The first returns a new reference or NULL; the second always NULL.
 */
struct value *builtins_class_getattr(struct value *obj, const char *name);
void *builtins_no_attribute(const struct value *obj, const char *name);

/*
 * The method table (NULL-terminated by name) of a str, bytes, list, tuple
 * or int value, or NULL for other kinds: for completion and help.
 */
struct builtin;
const struct builtin *builtins_methods(const struct value *);

/* Call a class: int(x), str(b, 'utf-8'), socket.socket(...), OSError(...). */
struct pyclass;
struct callargs;
struct value *builtins_call_class(const struct pyclass *,
    const struct callargs *);

/* A member of an IntFlag class for a value (MSG_PEEK|MSG_DONTWAIT). */
struct value *builtins_flag_value(const struct pyclass *, long long);

/* sys.last_value and friends: the sys module keeps them. */
void builtins_set_last_value(struct value *exc); /* borrowed */

/* sys.argv for `sockshell SCRIPT ARG...` (copies). */
void builtins_set_argv(int argc, char **argv);
/* Whether help() uses color (the shell says, with its other output). */
void builtins_set_color(int on);

/* Release the cached modules (at exit, so leak checkers see a clean end). */
void builtins_cleanup(void);

#endif
