/* no-check.c -- stands in for the unit suites when Check is missing */
#include <stdio.h>

int
main(void)
{
	fputs("The Check unit-test library was not found at configure time,\n"
	      "so the unit suites cannot run. Install it (Debian: apt-get\n"
	      "install check) and run ./configure again.\n",
	    stderr);
	return (1); /* fail loudly: never skip the unit suites in silence */
}
