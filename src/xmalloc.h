/* xmalloc.h -- the one place where running out of memory is fatal */
#ifndef SOCKSHELL_XMALLOC_H
#define SOCKSHELL_XMALLOC_H

#include <stddef.h>

void *xmalloc(size_t);
void *xcalloc(size_t, size_t);
void *xrealloc(void *, size_t);
char *xstrdup(const char *);
char *xstrndup(const char *, size_t);
char *xasprintf(const char *, ...) __attribute__((format(printf, 1, 2)));

#endif
