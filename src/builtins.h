/* builtins.h -- print, len, repr ..., str and bytes methods, small modules */
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

/* obj.name for str, bytes, int, tuple, list, exceptions, modules: new or NULL. */
struct value *builtins_getattr(struct value *obj, const char *name);

/* sys.last_value and friends: the sys module keeps them. */
void builtins_set_last_value(struct value *exc); /* borrowed */

#endif
