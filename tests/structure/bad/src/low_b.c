/* low_b.c -- the other half of the cycle */
#include "low_b.h"
#include "low_a.h"
#include <stdio.h>
