/* fuzz_progress.c -- libFuzzer target: bytes as a progress file */
#include <config.h>

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "progress.h"
#include "sandbox.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char *path;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	size_t n;
	const char *dir = sandbox_init();

	(void)argc, (void)argv;
	n = strlen(dir) + sizeof("/progress");
	path = malloc(n);
	snprintf(path, n, "%s/progress", dir);
	return (0);
}

/*
 * Load whatever the file holds, save what was understood, and load that
 * again: the second load must be clean and give the same record, or
 * progress_save wrote something progress_load does not read back.
 */
int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct progress p = { NULL, 0 }, q = { NULL, 0 };
	char *note = NULL, *err = NULL;
	FILE *fp;
	size_t i;

	if (size > (1u << 21))
		return (-1);
	sandbox_clean();
	if ((fp = fopen(path, "wb")) == NULL)
		return (0);
	fwrite(data, 1, size, fp);
	fclose(fp);
	sandbox_arm(2000);
	(void)progress_load(&p, path, &note);
	free(note);
	note = NULL;
	if (progress_save(&p, path, &err) == 0) {
		if (progress_load(&q, path, &note) != 0 || note != NULL ||
		    q.n != p.n) {
			fprintf(stderr, "progress: not read back: %s\n",
			    note != NULL ? note : "(no note)");
			abort();
		}
		for (i = 0; i < p.n; i++)
			if (progress_get(&q, p.v[i].name) != p.v[i].done)
				abort();
	}
	free(err);
	free(note);
	sandbox_disarm();
	progress_free(&p);
	progress_free(&q);
	sandbox_clean();
	return (0);
}
