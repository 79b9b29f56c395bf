/* fuzz_eval.c -- libFuzzer target: bytes as a program, lexer to evaluator */
#include <config.h>

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "sandbox.h"
#include "shell.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc, (void)argv;
	sandbox_init();
	return (0);
}

/*
 * The generator for deep and self-referencing values: a line "#*N TEXT"
 * becomes TEXT N times (N up to 400000), with no line end, and "\\n" in
 * TEXT a line end.  So "#*1 x = ", "#*300000 [", "#*300000 ]" and an
 * empty line make a list 300,000 deep from 40 bytes.  To python3 the
 * lines are comments, so a seed means the same, unexpanded, to both.
 */
static char *
expand(const uint8_t *data, size_t size, size_t *len)
{
	struct buf b;
	size_t i = 0, end, n, k;
	char *e;
	long reps;

	buf_init(&b);
	while (i < size && b.len < (8u << 20)) {
		for (end = i; end < size && data[end] != '\n'; end++)
			;
		reps = 0;
		if (end - i > 3 && data[i] == '#' && data[i + 1] == '*' &&
		    data[i + 2] >= '0' && data[i + 2] <= '9') {
			reps = strtol((const char *)data + i + 2, &e, 10);
			if (e >= (const char *)data + end || *e != ' ' ||
			    reps > 400000)
				reps = 0;
		}
		if (reps > 0) {
			const char *t = e + 1;

			n = (size_t)((const char *)data + end - t);
			for (k = 0; k < (size_t)reps && b.len < (8u << 20); k++)
				for (size_t j = 0; j < n; j++) {
					if (t[j] == '\\' && j + 1 < n &&
					    t[j + 1] == 'n') {
						buf_putc(&b, '\n');
						j++;
					} else
						buf_putc(&b, t[j]);
				}
		} else {
			buf_add(&b, data + i, end - i);
			if (end < size)
				buf_putc(&b, '\n');
		}
		i = end + 1;
	}
	*len = b.len;
	return (buf_steal(&b));
}

/*
 * Each input runs twice through the public door (shell.h): as a script
 * (`sockshell FILE`: parsed whole, the first error ends it) and as one
 * interactive entry (echo: every expression's repr is printed).
 */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct shell sh;
	char *src;

	if (size > 8192)
		return (-1); /* long inputs only slow the search */
	/* NUL-terminated: shell_run_entry needs it (issue 11, finding 10). */
	src = expand(data, size, &size);

	shell_init(&sh);
	sandbox_arm(300);
	(void)shell_run_program(&sh, src, size, "<fuzz>");
	sandbox_disarm();
	shell_free(&sh);
	sandbox_clean(); /* the second run finds no socket files of the first */

	shell_init(&sh);
	sh.echo = 1;
	sandbox_arm(300);
	(void)shell_run_entry(&sh, src, size);
	sandbox_disarm();
	shell_free(&sh);

	sandbox_clean();
	free(src);
	return (0);
}
