/* check_explain.c -- unit suite for src/explain.c (to be written) */
#include <config.h>

#include "check_main.h"

Suite *
suite(void)
{
	return (suite_create("explain"));
}
