/* sockobj_io.h -- socket methods that move data: send, recv and family */
#ifndef SOCKSHELL_SOCKOBJ_IO_H
#define SOCKSHELL_SOCKOBJ_IO_H

#include "sockobj_core.h"

/* Their rows, alphabetical, ended by a row whose name is NULL. */
extern const struct callinfo sockobj_io_rows[];

#endif
