/* mid_one.c -- its own layer and below */
#include "mid_one.h"
#include "mid_two.h"
