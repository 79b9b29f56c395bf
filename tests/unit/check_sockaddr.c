/* check_sockaddr.c -- unit suite for src/sockaddr.c (to be written) */
#include <config.h>

#include "check_main.h"

Suite *
suite(void)
{
	return (suite_create("sockaddr"));
}
