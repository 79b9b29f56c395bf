/* fuzz_eval.c -- libFuzzer target: bytes as a program, lexer to evaluator */
#include <config.h>

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

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
	/* shell_run_entry wants the text NUL-terminated (issue 11, 10). */
	src = malloc(size + 1);
	if (src == NULL)
		return (0);
	memcpy(src, data, size);
	src[size] = '\0';

	shell_init(&sh);
	sandbox_arm(300);
	(void)shell_run_program(&sh, src, size, "<fuzz>");
	sandbox_disarm();
	shell_free(&sh);

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
