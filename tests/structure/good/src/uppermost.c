/* uppermost.c -- a later step includes an earlier one */
#include "upper.h"
#include "base.h"
