/* check_main.c -- runs the one suite a check_<module> program defines */
#include <config.h>

#include "check_main.h"

#include <signal.h>
#include <stdlib.h>

int
main(void)
{
	SRunner *sr;
	int failed;

	/* As the shell does: a peer that hangs up must not kill the test. */
	signal(SIGPIPE, SIG_IGN);
	sr = srunner_create(suite());
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return (failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE);
}
