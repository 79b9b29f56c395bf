/* progress.c -- how far a learner got in each lesson, kept across runs */
#include <config.h>

#include "progress.h"

#include <sys/stat.h>
#include <sys/types.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "value.h"
#include "xmalloc.h"

#define HEADER "sockshell-progress 1"
#define MAX_FILE (1 << 20) /* a real record is a few hundred bytes */
#define MAX_NAME 1024      /* escaped; a file name has at most 255 bytes */
#define MAX_DONE 100000    /* steps: far more than any lesson has */
#define STALE_SECONDS 10   /* a progress.tmp-* this old is no live save's */

char *
progress_default_path(void)
{
	const char *x = getenv("XDG_DATA_HOME"), *home = getenv("HOME");

	/* The XDG spec: a relative XDG_DATA_HOME is invalid, ignore it. */
	if (x != NULL && x[0] == '/')
		return (xasprintf("%s/sockshell/progress", x));
	if (home != NULL && home[0] != '\0')
		return (xasprintf("%s/.local/share/sockshell/progress", home));
	return (NULL);
}

void
progress_free(struct progress *p)
{
	size_t i;

	for (i = 0; i < p->n; i++)
		free(p->v[i].name);
	free(p->v);
	p->v = NULL;
	p->n = 0;
}

int
progress_get(const struct progress *p, const char *name)
{
	size_t i;

	for (i = 0; i < p->n; i++)
		if (strcmp(p->v[i].name, name) == 0)
			return (p->v[i].done);
	return (0);
}

void
progress_set(struct progress *p, const char *name, int done)
{
	size_t i;

	for (i = 0; i < p->n; i++)
		if (strcmp(p->v[i].name, name) == 0) {
			p->v[i].done = done;
			return;
		}
	p->v = xrealloc(p->v, (p->n + 1) * sizeof(*p->v));
	p->v[p->n].name = xstrdup(name);
	p->v[p->n].done = done;
	p->n++;
}

/*
 * Paths whose file existed but could not be read this session: saving
 * over one would lose every other lesson's progress, so it is never
 * written, and the learner is told once.
 */
static char **unreadable;
static size_t nunreadable;

static int
is_unreadable(const char *path)
{
	size_t i;

	for (i = 0; i < nunreadable; i++)
		if (strcmp(unreadable[i], path) == 0)
			return (1);
	return (0);
}

static void
mark_unreadable(const char *path)
{
	if (is_unreadable(path))
		return;
	unreadable =
	    xrealloc(unreadable, (nunreadable + 1) * sizeof(*unreadable));
	unreadable[nunreadable++] = xstrdup(path);
}

/* ---- names: bytes the format cannot hold are written %XX ---------------- */

static int
plain_byte(int c)
{
	return ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	        (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.');
}

static int
hex_value(int c)
{
	if (c >= '0' && c <= '9')
		return (c - '0');
	if (c >= 'A' && c <= 'F')
		return (c - 'A' + 10);
	if (c >= 'a' && c <= 'f')
		return (c - 'a' + 10);
	return (-1);
}

/* "my lesson" -> "my%20lesson"; a plain name is written as it is. */
static void
put_name(struct buf *b, const char *name)
{
	const unsigned char *s;

	for (s = (const unsigned char *)name; *s != '\0'; s++)
		if (plain_byte(*s))
			buf_putc(b, *s);
		else
			buf_printf(b, "%%%02X", *s);
}

/* The name written as s[0..len), decoded (malloc'd), or NULL if invalid. */
static char *
get_name(const char *s, size_t len)
{
	char *name, *o;
	size_t i;
	int hi, lo;

	if (len == 0 || len > MAX_NAME)
		return (NULL);
	o = name = xmalloc(len + 1);
	for (i = 0; i < len; i++) {
		if (plain_byte((unsigned char)s[i])) {
			*o++ = s[i];
			continue;
		}
		if (s[i] != '%' || i + 2 >= len ||
		    (hi = hex_value((unsigned char)s[i + 1])) < 0 ||
		    (lo = hex_value((unsigned char)s[i + 2])) < 0 ||
		    hi * 16 + lo == 0) {
			free(name);
			return (NULL);
		}
		*o++ = (char)(hi * 16 + lo);
		i += 2;
	}
	*o = '\0';
	return (name);
}

/* ---- reading ------------------------------------------------------------ */

struct parsed {
	int whole; /* the file is not ours at all: its first bad line */
	int bad;   /* lines skipped */
	int first; /* the first of them */
};

/* One "NAME DONE" line into p; 0 ok, -1 when it is not what we write. */
static int
parse_line(struct progress *p, const char *l, size_t n)
{
	size_t sp;
	long done;
	char num[16], *e, *name;

	for (sp = 0; sp < n && l[sp] != ' '; sp++)
		;
	if (sp == n || n - sp - 1 == 0 || n - sp - 1 >= sizeof(num))
		return (-1);
	memcpy(num, l + sp + 1, n - sp - 1);
	num[n - sp - 1] = '\0';
	errno = 0;
	done = strtol(num, &e, 10);
	if (*e != '\0' || num[0] < '0' || num[0] > '9' || errno != 0 ||
	    done > MAX_DONE)
		return (-1);
	if ((name = get_name(l, sp)) == NULL)
		return (-1);
	progress_set(p, name, (int)done);
	free(name);
	return (0);
}

/* Parse the text: a wrong header is a foreign file, a wrong line skipped. */
static void
parse(struct progress *p, const char *s, size_t len, struct parsed *r)
{
	size_t start = 0, end, n;
	int lineno = 0;

	memset(r, 0, sizeof(*r));
	while (start < len) {
		const char *l = s + start;

		for (end = start; end < len && s[end] != '\n'; end++)
			;
		n = end - start;
		lineno++;
		if (lineno == 1) {
			if (n != strlen(HEADER) || memcmp(l, HEADER, n) != 0) {
				r->whole = 1;
				return;
			}
		} else if (n > 0 && l[0] != '#' && parse_line(p, l, n) == -1) {
			if (r->bad++ == 0)
				r->first = lineno;
		}
		start = end + 1;
	}
	if (lineno == 0)
		r->whole =
		    1; /* an empty file is damaged too: we never write it */
}

/*
 * The file to read and replace for path: path itself, or, when it is a
 * symbolic link, what the link leads to (which may not exist yet), so a
 * save writes through the link and never replaces it.  NULL with *err
 * (malloc'd) for a loop or a link that cannot be read.
 */
static char *
resolve(const char *path, char **err)
{
	char *cur = xstrdup(path), *target, *slash, *next;
	struct stat st;
	ssize_t n;
	int hops;

	for (hops = 0; hops < 40; hops++) {
		if (lstat(cur, &st) == -1 || !S_ISLNK(st.st_mode))
			return (cur);
		target = xmalloc(PATH_MAX);
		if ((n = readlink(cur, target, PATH_MAX - 1)) == -1) {
			*err = xasprintf("%s is a symbolic link that cannot be "
			                 "read: %s",
			    path, strerror(errno));
			free(target);
			free(cur);
			return (NULL);
		}
		target[n] = '\0';
		if (target[0] != '/' && (slash = strrchr(cur, '/')) != NULL)
			next = xasprintf("%.*s/%s", (int)(slash - cur), cur,
			    target);
		else
			next = xstrdup(target);
		free(target);
		free(cur);
		cur = next;
	}
	*err = xasprintf("%s is a symbolic link that leads round in a loop; "
	                 "it is left as it is",
	    path);
	free(cur);
	return (NULL);
}

static char *
aside_name(const char *path)
{
	char stamp[32], *aside;
	time_t now = time(NULL);
	struct tm tm;

	localtime_r(&now, &tm);
	strftime(stamp, sizeof(stamp), "%Y%m%dT%H%M%S", &tm);
	aside = xasprintf("%s.bad-%s", path, stamp);
	if (access(aside, F_OK) == 0) {
		free(aside);
		aside = xasprintf("%s.bad-%s-%ld", path, stamp, (long)getpid());
	}
	return (aside);
}

static int save_to(const struct progress *, const char *real, char **err);

/*
 * Read the file at real into b: 0, 1 when it is not there, -1 with *note
 * when it is there but cannot be read (or is no regular file).  *size is
 * its size as the file system gives it.
 */
static int
read_file(const char *path, const char *real, struct buf *b, off_t *size,
    char **note)
{
	char chunk[4096];
	struct stat st;
	ssize_t n;
	int fd, e;
	const char *why = NULL;

	/* O_NONBLOCK: a FIFO in its place must not hang the shell. */
	if ((fd = open(real, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)) ==
	    -1) {
		if (errno == ENOENT || errno == ENOTDIR)
			return (1);
		why = strerror(errno);
	} else if (fstat(fd, &st) == -1)
		why = strerror(errno);
	else if (!S_ISREG(st.st_mode))
		why = "it is not a regular file";
	else {
		*size = st.st_size;
		while (b->len <= MAX_FILE) {
			n = read(fd, chunk, sizeof(chunk));
			if (n == -1 && errno == EINTR)
				continue;
			if (n == -1) {
				why = strerror(errno);
				break;
			}
			if (n == 0)
				break;
			buf_add(b, chunk, (size_t)n);
		}
		if (why == NULL && (off_t)b->len > *size)
			*size = (off_t)b->len;
	}
	e = errno;
	if (fd != -1)
		close(fd);
	if (why == NULL)
		return (0);
	errno = e;
	*note = xasprintf("cannot read the progress file %s (%s): progress "
	                  "will not be saved this session, and the file is "
	                  "left as it is",
	    path, why);
	return (-1);
}

int
progress_load(struct progress *p, const char *path, char **note)
{
	struct buf b;
	struct parsed r;
	char *real, *aside, *err = NULL, *what;
	off_t size = 0;
	int rc;

	*note = NULL;
	progress_free(p);
	if (path == NULL)
		return (0);
	if ((real = resolve(path, &err)) == NULL) {
		free(err); /* said by the save that is refused */
		return (0);
	}
	buf_init(&b);
	rc = read_file(path, real, &b, &size, note);
	if (rc != 0) {
		buf_free(&b);
		if (rc == -1) {
			if (is_unreadable(real)) {
				free(*note); /* said already */
				*note = NULL;
				rc = 0;
			} else {
				mark_unreadable(real);
				rc = 1;
			}
		} else
			rc = 0;
		free(real);
		return (rc);
	}
	if (size > MAX_FILE) {
		memset(&r, 0, sizeof(r));
		r.whole = -1;
		what = xasprintf("it is %lld bytes, and sockshell never writes "
		                 "more than 1 MiB",
		    (long long)size);
	} else if (memchr(b.data ? b.data : "", '\0', b.len)) {
		memset(&r, 0, sizeof(r));
		r.whole = -1;
		what =
		    xstrdup("it holds NUL bytes, which sockshell never writes");
	} else {
		parse(p, b.data ? b.data : "", b.len, &r);
		what = xstrdup("line 1 is not what sockshell writes");
	}
	buf_free(&b);
	if (!r.whole && r.bad == 0) {
		free(what);
		free(real);
		return (0);
	}
	aside = aside_name(real);
	if (r.whole) {
		progress_free(p);
		if (rename(real, aside) == 0)
			*note =
			    xasprintf("the progress file %s was damaged (%s); "
			              "it is kept as %s and progress starts "
			              "afresh",
			        path, what, aside);
		else
			*note =
			    xasprintf("the progress file %s was damaged (%s) "
			              "and could not be moved aside (%s); "
			              "progress starts afresh",
			        path, what, strerror(errno));
	} else if (rename(real, aside) == 0) {
		/*
		 * Keep the good lines in place at once, so a session that
		 * never saves loses nothing; an empty record is no file.
		 */
		if (p->n > 0 && save_to(p, real, &err) == -1)
			free(err);
		*note = xasprintf("the progress file %s has %d damaged line%s "
		                  "(line %d is not what sockshell writes): "
		                  "skipped, the other lessons' progress is "
		                  "kept, and the file as it was is kept as %s",
		    path, r.bad, r.bad == 1 ? "" : "s", r.first, aside);
	} else
		*note = xasprintf("the progress file %s has %d damaged line%s "
		                  "(line %d is not what sockshell writes): "
		                  "skipped, the other lessons' progress is "
		                  "kept",
		    path, r.bad, r.bad == 1 ? "" : "s", r.first);
	free(what);
	free(aside);
	free(real);
	return (1);
}

/* ---- writing ------------------------------------------------------------ */

/* mkdir -p for the directory part of path, mode 0700. */
static int
make_dirs(const char *path)
{
	char *d = xstrdup(path), *s;

	for (s = d + 1; *s != '\0'; s++) {
		if (*s != '/')
			continue;
		*s = '\0';
		if (mkdir(d, 0700) == -1 && errno != EEXIST) {
			free(d);
			return (-1);
		}
		*s = '/';
	}
	free(d);
	return (0);
}

/*
 * Remove the BASE.tmp-PID-XXXXXX files a killed save left in dir: those
 * whose pid is gone, and any older than STALE_SECONDS (a save takes
 * milliseconds, so no running session is still writing them).
 */
static void
clean_stale(const char *dir, const char *base)
{
	char *prefix = xasprintf("%s.tmp-", base), *e;
	size_t plen = strlen(prefix);
	struct dirent *de;
	struct stat st;
	DIR *d;
	long pid;
	int stale;

	if ((d = opendir(dir)) == NULL) {
		free(prefix);
		return;
	}
	while ((de = readdir(d)) != NULL) {
		if (strncmp(de->d_name, prefix, plen) != 0 ||
		    fstatat(dirfd(d), de->d_name, &st, AT_SYMLINK_NOFOLLOW) ==
		        -1 ||
		    !S_ISREG(st.st_mode) || st.st_uid != geteuid())
			continue;
		stale = time(NULL) - st.st_mtime >= STALE_SECONDS;
		errno = 0;
		pid = strtol(de->d_name + plen, &e, 10);
		if (!stale && e != de->d_name + plen && *e == '-' &&
		    errno == 0 && pid > 0 && pid <= INT_MAX &&
		    kill((pid_t)pid, 0) == -1 && errno == ESRCH)
			stale = 1;
		if (stale)
			unlinkat(dirfd(d), de->d_name, 0);
	}
	closedir(d);
	free(prefix);
}

/* Write p to the regular file real: temporary file, fsync, rename. */
static int
save_to(const struct progress *p, const char *real, char **err)
{
	char *tmp, *dir, *slash;
	const char *base;
	struct buf b;
	size_t i, off = 0;
	int fd, dfd;
	ssize_t w;

	dir = xstrdup(real);
	if ((slash = strrchr(dir, '/')) != NULL) {
		*slash = '\0';
		base = slash + 1;
		clean_stale(dir[0] ? dir : "/", base);
	} else {
		base = dir;
		clean_stale(".", base);
	}
	tmp = xasprintf("%s.tmp-%ld-XXXXXX", real, (long)getpid());
	if ((fd = mkstemp(tmp)) == -1) {
		*err = xasprintf("cannot write %s: %s", tmp, strerror(errno));
		free(tmp);
		free(dir);
		return (-1);
	}
	buf_init(&b);
	buf_puts(&b, HEADER "\n");
	for (i = 0; i < p->n; i++) {
		size_t start = b.len;

		/* What progress_load would skip is not written at all. */
		if (p->v[i].name[0] == '\0' || p->v[i].done < 0 ||
		    p->v[i].done > MAX_DONE)
			continue;
		put_name(&b, p->v[i].name);
		if (b.len - start > MAX_NAME) {
			b.len = start;
			b.data[b.len] = '\0';
			continue;
		}
		buf_printf(&b, " %d\n", p->v[i].done);
	}
	while (off < b.len) {
		w = write(fd, b.data + off, b.len - off);
		if (w == -1 && errno == EINTR)
			continue;
		if (w <= 0)
			break;
		off += (size_t)w;
	}
	if (off < b.len || fsync(fd) == -1) {
		*err = xasprintf("cannot write %s: %s", tmp, strerror(errno));
		close(fd);
		unlink(tmp);
		free(tmp);
		free(dir);
		buf_free(&b);
		return (-1);
	}
	buf_free(&b);
	close(fd);
	if (rename(tmp, real) == -1) {
		*err =
		    xasprintf("cannot replace %s: %s", real, strerror(errno));
		unlink(tmp);
		free(tmp);
		free(dir);
		return (-1);
	}
	free(tmp);
	/* The rename itself is durable once the directory is synced. */
	if (slash != NULL &&
	    (dfd = open(dir[0] ? dir : "/", O_RDONLY | O_DIRECTORY)) != -1) {
		fsync(dfd);
		close(dfd);
	}
	free(dir);
	return (0);
}

int
progress_save(const struct progress *p, const char *path, char **err)
{
	char *real;
	struct stat st;
	int rc;

	*err = NULL;
	if ((real = resolve(path, err)) == NULL)
		return (-1);
	if (is_unreadable(real)) {
		*err = xasprintf("the progress file %s could not be read, so "
		                 "it is not written over",
		    path);
		free(real);
		return (-1);
	}
	if (lstat(real, &st) == 0 && !S_ISREG(st.st_mode)) {
		*err = xasprintf("%s is not a regular file; it is left as it "
		                 "is",
		    path);
		free(real);
		return (-1);
	}
	if (make_dirs(real) == -1) {
		*err = xasprintf("cannot create the directory for %s: %s", path,
		    strerror(errno));
		free(real);
		return (-1);
	}
	rc = save_to(p, real, err);
	free(real);
	return (rc);
}
