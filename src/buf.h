/* buf.h -- a growable text buffer, for every layer that builds text */
#ifndef SOCKSHELL_BUF_H
#define SOCKSHELL_BUF_H

#include <stddef.h>

/*
 * One owner, the struct: data is NUL-terminated after every append (NULL
 * until the first), and freed by buf_free() or handed over by buf_steal().
 * The lowest layer: the syscall tracer uses it as well as the values.
 */
struct buf {
	char *data;
	size_t len;
	size_t cap;
};

void buf_init(struct buf *);
void buf_free(struct buf *);  /* leaves an empty, reusable buffer */
void buf_reset(struct buf *); /* empties it, keeps the memory */
void buf_add(struct buf *, const void *, size_t);
void buf_puts(struct buf *, const char *);
void buf_putc(struct buf *, int);
void buf_printf(struct buf *, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
char *buf_steal(struct buf *); /* data (never NULL; caller frees), reset */

#endif
