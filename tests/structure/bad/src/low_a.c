/* low_a.c -- reaches up a layer */
#include <config.h>

#include "low_a.h"
#include "high.h"
