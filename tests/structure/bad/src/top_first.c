/* top_first.c -- a later step of its own layer */
#include "top_second.h"
