/* progress.c -- how far a learner got in each lesson, kept across runs */
#include <config.h>

#include "progress.h"

#include <sys/stat.h>
#include <sys/types.h>

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "value.h"
#include "xmalloc.h"

#define HEADER "sockshell-progress 1"
#define MAX_FILE (1 << 20) /* a real record is a few hundred bytes */

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

static int
valid_name(const char *s, size_t len)
{
	size_t i;

	if (len == 0 || len > 200)
		return (0);
	for (i = 0; i < len; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') ||
		        (s[i] >= 'A' && s[i] <= 'Z') ||
		        (s[i] >= '0' && s[i] <= '9') || s[i] == '-' ||
		        s[i] == '_' || s[i] == '.'))
			return (0);
	return (1);
}

/* Parse the text; 0 ok, else the 1-based line that is wrong. */
static int
parse(struct progress *p, const char *s, size_t len)
{
	size_t start = 0, end, sp;
	int lineno = 0;

	while (start < len) {
		const char *l = s + start;
		size_t n;
		long done;
		char num[16], *e;

		for (end = start; end < len && s[end] != '\n'; end++)
			;
		n = end - start;
		lineno++;
		if (lineno == 1) {
			if (n != strlen(HEADER) || memcmp(l, HEADER, n) != 0)
				return (1);
		} else if (n > 0 && l[0] != '#') {
			for (sp = 0; sp < n && l[sp] != ' '; sp++)
				;
			if (sp == n || !valid_name(l, sp) || n - sp - 1 == 0 ||
			    n - sp - 1 >= sizeof(num))
				return (lineno);
			memcpy(num, l + sp + 1, n - sp - 1);
			num[n - sp - 1] = '\0';
			errno = 0;
			done = strtol(num, &e, 10);
			if (*e != '\0' || num[0] < '0' || num[0] > '9' ||
			    errno != 0 || done > 100000) {
				return (lineno);
			}
			{
				char *name = xstrndup(l, sp);

				progress_set(p, name, (int)done);
				free(name);
			}
		}
		start = end + 1;
	}
	return (lineno == 0 ? 1 : 0); /* an empty file is damaged too */
}

int
progress_load(struct progress *p, const char *path, char **note)
{
	FILE *fp;
	struct buf b;
	char chunk[4096], stamp[32], *aside;
	size_t n;
	int bad = 0, err;
	time_t now;
	struct tm tm;

	*note = NULL;
	progress_free(p);
	if (path == NULL || (fp = fopen(path, "rb")) == NULL)
		return (0);
	buf_init(&b);
	while ((n = fread(chunk, 1, sizeof(chunk), fp)) > 0 &&
	    b.len < MAX_FILE)
		buf_add(&b, chunk, n);
	err = ferror(fp);
	fclose(fp);
	if (err) {
		buf_free(&b);
		return (0); /* unreadable: leave it alone, start empty */
	}
	if (b.len >= MAX_FILE || memchr(b.data ? b.data : "", '\0', b.len))
		bad = 1;
	else
		bad = parse(p, b.data ? b.data : "", b.len);
	buf_free(&b);
	if (!bad)
		return (0);
	progress_free(p);
	now = time(NULL);
	localtime_r(&now, &tm);
	strftime(stamp, sizeof(stamp), "%Y%m%dT%H%M%S", &tm);
	aside = xasprintf("%s.bad-%s", path, stamp);
	if (access(aside, F_OK) == 0) {
		free(aside);
		aside = xasprintf("%s.bad-%s-%ld", path, stamp, (long)getpid());
	}
	if (rename(path, aside) == 0)
		*note = xasprintf("the progress file %s was damaged (line %d "
		                  "is not what sockshell writes); it is kept "
		                  "as %s and progress starts afresh",
		    path, bad, aside);
	else
		*note = xasprintf("the progress file %s was damaged (line %d) "
		                  "and could not be moved aside (%s); progress "
		                  "starts afresh",
		    path, bad, strerror(errno));
	free(aside);
	return (1);
}

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

int
progress_save(const struct progress *p, const char *path, char **err)
{
	char *tmp, *dir, *slash;
	struct buf b;
	size_t i, off = 0;
	int fd, dfd;
	ssize_t w;

	*err = NULL;
	if (make_dirs(path) == -1) {
		*err = xasprintf("cannot create the directory for %s: %s", path,
		    strerror(errno));
		return (-1);
	}
	tmp = xasprintf("%s.tmp-XXXXXX", path);
	if ((fd = mkstemp(tmp)) == -1) {
		*err = xasprintf("cannot write %s: %s", tmp, strerror(errno));
		free(tmp);
		return (-1);
	}
	buf_init(&b);
	buf_puts(&b, HEADER "\n");
	for (i = 0; i < p->n; i++)
		buf_printf(&b, "%s %d\n", p->v[i].name, p->v[i].done);
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
		buf_free(&b);
		return (-1);
	}
	buf_free(&b);
	close(fd);
	if (rename(tmp, path) == -1) {
		*err = xasprintf("cannot replace %s: %s", path, strerror(errno));
		unlink(tmp);
		free(tmp);
		return (-1);
	}
	free(tmp);
	/* The rename itself is durable once the directory is synced. */
	dir = xstrdup(path);
	if ((slash = strrchr(dir, '/')) != NULL) {
		*slash = '\0';
		if ((dfd = open(dir[0] ? dir : "/", O_RDONLY | O_DIRECTORY)) !=
		    -1) {
			fsync(dfd);
			close(dfd);
		}
	}
	free(dir);
	return (0);
}
