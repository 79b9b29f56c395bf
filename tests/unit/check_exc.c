/* check_exc.c -- unit suite for src/exc.c (to be written) */
#include <config.h>

#include "check_main.h"

Suite *
suite(void)
{
	return (suite_create("exc"));
}
