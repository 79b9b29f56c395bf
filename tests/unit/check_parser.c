/* check_parser.c -- unit suite for src/parser.c (to be written) */
#include <config.h>

#include "check_main.h"

Suite *
suite(void)
{
	return (suite_create("parser"));
}
