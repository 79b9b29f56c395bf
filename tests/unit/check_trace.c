/* check_trace.c -- unit suite for src/trace.c (to be written) */
#include <config.h>

#include "check_main.h"

Suite *
suite(void)
{
	return (suite_create("trace"));
}
