/* arena.h -- memory handed out in pieces and freed all at once */
#ifndef SOCKSHELL_ARENA_H
#define SOCKSHELL_ARENA_H

#include <stddef.h>

/*
 * A parsed program is thousands of small nodes and strings that live and
 * die together: one malloc and one free per piece cost more than the
 * parse itself (bench/README.md).  An arena hands them out from big
 * blocks instead, and arena_free() returns every block at once.  A zeroed
 * struct arena is an empty one.
 */
struct arena_block;

struct arena {
	struct arena_block *head; /* newest block; each links the one before */
	char *next;               /* the free bytes of head start here */
	size_t left;              /* ... and this many remain */
	size_t bytes;             /* the blocks' sizes, added up */
};

void *arena_alloc(struct arena *, size_t); /* zeroed, aligned for any type */
/* A bigger copy of old (oldsize bytes; NULL with 0 is fine), zeroed past it. */
void *arena_grow(struct arena *, void *old, size_t oldsize, size_t newsize);
char *arena_strndup(struct arena *, const char *, size_t); /* NUL-terminated */
void arena_free(struct arena *); /* every piece at once; NULL is fine */
size_t arena_bytes(const struct arena *); /* memory the arena holds */

#endif
