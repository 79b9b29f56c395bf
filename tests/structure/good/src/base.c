/* base.c */
#include <config.h>

#include "base.h"
