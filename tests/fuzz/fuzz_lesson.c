/* fuzz_lesson.c -- libFuzzer target: bytes as a lesson file */
#include <config.h>

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "lesson.h"
#include "sandbox.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static FILE *null_out;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc, (void)argv;
	sandbox_init();
	null_out = fopen("/dev/null", "w");
	return (0);
}

/* Parse, then everything the tutor does with a parsed lesson's text. */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct lesson_errors errs;
	struct lesson *l;
	size_t i, j;
	char *s;

	if (size > 65536)
		return (-1);
	lesson_errors_init(&errs);
	l = lesson_parse((const char *)data, size, "lessons/07-fuzz.lesson",
	    &errs);
	if (null_out != NULL)
		lesson_errors_print(&errs, null_out);
	if (l != NULL) {
		lesson_render(null_out, l->intro, 72, 0, 0);
		for (i = 0; i < l->nsteps; i++) {
			const struct step *st = &l->steps[i];

			lesson_render(null_out, st->text, 72, 2, (int)(i & 1));
			for (j = 0; j < st->nanswers; j++) {
				s = lesson_subst(st->answers[j].text, "/tmp/x",
				    "1-0");
				free(s);
			}
			for (j = 0; j < st->nchecks; j++) {
				s = lesson_subst(st->checks[j].text, NULL,
				    "1-0");
				free(s);
			}
		}
		lesson_free(l);
	}
	lesson_errors_free(&errs);
	return (0);
}
