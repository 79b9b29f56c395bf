/* check_eval.c -- unit suite for src/eval.c (to be written) */
#include <config.h>

#include "check_main.h"

Suite *
suite(void)
{
	return (suite_create("eval"));
}
