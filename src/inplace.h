/* inplace.h -- augmented assignment's operators: a op= b */
#ifndef SOCKSHELL_INPLACE_H
#define SOCKSHELL_INPLACE_H

#include "ast.h"

struct value;

/*
 * a op= b's new value (a new reference), or NULL with Python's error:
 * list += iterable and list *= int change a itself (and return it), as
 * __iadd__ and __imul__ do; the rest is a op b, an unsupported pair
 * named with the augmented operator ("-=").
 */
struct value *value_inplace(enum op op, struct value *a, struct value *b);

#endif
