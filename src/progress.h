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
 * A name's bytes other than A-Z a-z 0-9 - _ . are written %XX ("my lesson"
 * is my%20lesson), so any file name round-trips.  The file is replaced
 * whole (PATH.tmp-PID-XXXXXX, fsync, rename), so a crash leaves the old
 * file or the new one, never a mix; a save removes the temporary files of
 * saves that were killed (pid gone, or older than a few seconds).  A
 * symbolic link is followed: the file it leads to is the one read and
 * replaced (in its own directory), the link stays.
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
 * A foreign file (wrong header, NUL bytes, over 1 MiB) is renamed aside
 * to path.bad-TIMESTAMP and p is empty; a line that is not what
 * progress_save writes is skipped, the file as it was renamed aside and
 * the good lines written back.  A file that is there but cannot be read
 * (EACCES, EIO, not a regular file) is left alone, and every later
 * progress_save to it in this process fails: it would lose the lessons
 * it holds.  *note (malloc'd, for the learner) says what happened, once.
 * Returns 0, or 1 when a note was written.  Never aborts or blocks on any
 * file content or kind.
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
