/* check_lexer.c -- unit suite for src/lexer.c (to be written) */
#include <config.h>

#include "check_main.h"

Suite *
suite(void)
{
	return (suite_create("lexer"));
}
