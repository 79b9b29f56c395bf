/* sockobj_names.h -- socket methods that name and connect: bind, accept ... */
#ifndef SOCKSHELL_SOCKOBJ_NAMES_H
#define SOCKSHELL_SOCKOBJ_NAMES_H

#include "sockobj_core.h"

/* Their rows, alphabetical, ended by a row whose name is NULL. */
extern const struct callinfo sockobj_names_rows[];

#endif
