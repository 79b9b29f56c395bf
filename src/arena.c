/* arena.c -- memory handed out in pieces and freed all at once */
#include <config.h>

#include "arena.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "xmalloc.h"

#define ARENA_ALIGN _Alignof(max_align_t)
/*
 * The first block is small, as an interactive line needs little; each
 * next one doubles, up to a size where malloc's own overhead is noise.
 */
#define ARENA_FIRST 1024
#define ARENA_MAX (64 * 1024)

struct arena_block {
	struct arena_block *prev; /* the block filled before this one */
	size_t size;              /* bytes of data[] */
	_Alignas(max_align_t) char data[];
};

static size_t
round_up(size_t n)
{
	return ((n + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1));
}

void *
arena_alloc(struct arena *a, size_t n)
{
	struct arena_block *b;
	size_t size;
	void *p;

	n = round_up(n ? n : 1);
	if (n > a->left) {
		size = a->head ? a->head->size * 2 : ARENA_FIRST;
		if (size > ARENA_MAX)
			size = ARENA_MAX;
		if (size < n)
			size = n; /* a big piece gets a block of its own */
		b = xmalloc(offsetof(struct arena_block, data) + size);
		b->prev = a->head;
		b->size = size;
		a->bytes += size;
		a->head = b;
		a->next = b->data;
		a->left = size;
	}
	p = a->next;
	a->next += n;
	a->left -= n;
	return (memset(p, 0, n));
}

void *
arena_grow(struct arena *a, void *old, size_t oldsize, size_t newsize)
{
	char *p = arena_alloc(a, newsize);

	if (oldsize > 0)
		memcpy(p, old, oldsize);
	return (p);
}

char *
arena_strndup(struct arena *a, const char *s, size_t n)
{
	char *p = arena_alloc(a, n + 1);

	memcpy(p, s, n);
	return (p); /* p[n] is already 0 */
}

void
arena_free(struct arena *a)
{
	struct arena_block *b, *prev;

	if (a == NULL)
		return;
	for (b = a->head; b != NULL; b = prev) {
		prev = b->prev;
		free(b);
	}
	a->head = NULL;
	a->next = NULL;
	a->left = 0;
}

size_t
arena_bytes(const struct arena *a)
{
	return (a->bytes);
}
