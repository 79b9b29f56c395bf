/* stray.c -- in no layer */
#include "low_a.h"
