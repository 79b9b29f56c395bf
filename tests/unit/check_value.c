/* check_value.c -- unit suite for src/value.c (to be written) */
#include <config.h>

#include "check_main.h"

Suite *
suite(void)
{
	return (suite_create("value"));
}
