/* check_main.h -- what every unit suite provides to the shared main */
#ifndef SOCKSHELL_CHECK_MAIN_H
#define SOCKSHELL_CHECK_MAIN_H

#include <check.h>

/* Each tests/unit/check_<module>.c defines this. */
Suite *suite(void);

#endif
