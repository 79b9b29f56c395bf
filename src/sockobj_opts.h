/* sockobj_opts.h -- socket methods for options and timeouts */
#ifndef SOCKSHELL_SOCKOBJ_OPTS_H
#define SOCKSHELL_SOCKOBJ_OPTS_H

#include "sockobj_core.h"

/* Their rows, alphabetical, ended by a row whose name is NULL. */
extern const struct callinfo sockobj_opts_rows[];

#endif
