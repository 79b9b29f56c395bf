/* progress.h -- how far a learner got in each lesson, kept across runs */
#ifndef SOCKSHELL_PROGRESS_H
#define SOCKSHELL_PROGRESS_H

#include <stddef.h>

/*
 * The file, $XDG_DATA_HOME/sockshell/progress (~/.local/share/...):
 *
 *     sockshell-progress 1
 *     naming-ipv4 3
 *
 * a header line, then one "LESSON STEPS-DONE" line per lesson started.
 * It is replaced whole (temporary file, fsync, rename), so a crash leaves
 * the old file or the new one, never a mix.
 */
struct progress_entry {
	char *name; /* lesson name (owned) */
	int done;   /* steps completed, in order */
};

struct progress {
	struct progress_entry *v; /* owned */
	size_t n;
};

/* The default path (malloc'd), or NULL when there is no home directory. */
char *progress_default_path(void);

/*
 * Read path into p (emptied first).  A missing file is an empty record.
 * A damaged or foreign file is renamed aside to path.bad-TIMESTAMP and
 * *note (malloc'd, for the learner) says so; p is then empty.  Returns 0,
 * or 1 when a note was written.  Never aborts on any file content.
 */
int progress_load(struct progress *p, const char *path, char **note);

int progress_get(const struct progress *, const char *name);
void progress_set(struct progress *, const char *name, int done);

/*
 * Write p to path atomically, creating the directory (mode 0700).
 * Returns 0, or -1 with *err (malloc'd) saying what failed.
 */
int progress_save(const struct progress *p, const char *path, char **err);

void progress_free(struct progress *);

#endif
