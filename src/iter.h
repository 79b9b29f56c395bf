/* iter.h -- iteration over values, and the range kind */
#ifndef SOCKSHELL_ITER_H
#define SOCKSHELL_ITER_H

#include <stddef.h>

struct callargs;
struct kind_desc;
struct pyclass;
struct value;

/*
 * What a for loop, list(x), unpacking and 'sep'.join(x) walk: str
 * (characters), bytes (ints), tuple, list, dict (keys), range, and
 * iterators themselves.  The kinds' iter/next slots (kind.h) hold the
 * functions below.
 */

/* range(start, stop, step), as CPython keeps it. */
struct rangeobj {
	long long start, stop, step; /* step != 0 */
};

/* An iterator: src walked from position pos, or one of zip/enumerate. */
struct iterobj {
	struct value *src;  /* owned reference (enumerate: an iterator) */
	size_t pos;         /* index, byte offset (str) or items left (range) */
	size_t len0;        /* dict: its size at the start */
	int mode;           /* ITER_WALK, ITER_ENUMERATE, ITER_ZIP */
	long long count;    /* enumerate: the next number */
	struct value **its; /* zip: owned iterators */
	size_t nits;
};

enum { ITER_WALK, ITER_ENUMERATE, ITER_ZIP };

extern const struct pyclass cls_range, cls_iterator, cls_enumerate, cls_zip;

/* enumerate(iterable, start=0) and zip(*iterables) called. */
struct value *enumerate_call(const struct callargs *);
struct value *zip_call(const struct callargs *);
extern const struct kind_desc range_kind, iter_kind;

/* iter(v): new iterator, or NULL with "'int' object is not iterable". */
struct value *value_iter(struct value *v);
/* next(it): the next item (new), or NULL: at the end unless err_occurred(). */
struct value *value_next(struct value *it);
/* list(v): a new list of v's items, or NULL with an exception pending. */
struct value *value_list_of(struct value *v);
/* Is v iterable (has an iter slot)? */
int value_iterable(const struct value *v);

/*
 * a, *b, c = v: v's items as want parts (a malloc'd array of new
 * references), part star a list of what the others leave; NULL with
 * Python's error (not enough values, not iterable).
 */
struct value **iter_unpack_star(struct value *v, size_t want, size_t star);

/* The slot of iterable kinds: a new iterator over v. */
struct value *iter_new(struct value *v);

/* range(...) called: a new range, or NULL with Python's error. */
struct value *range_call(const struct callargs *);
struct value *value_range(long long start, long long stop, long long step);
/* The items in it, or -1 past LLONG_MAX (len() is an OverflowError). */
long long range_len(const struct rangeobj *);

#endif
