/* format.h -- format(), str.format() and f-strings: Python's format specs */
#ifndef SOCKSHELL_FORMAT_H
#define SOCKSHELL_FORMAT_H

#include <stddef.h>

struct value;
struct callargs;

/*
 * format(v, spec) as Python does it for str, int (and bool, and the
 * socket enums), float and everything else: the mini-language
 * [[fill]align][sign][#][0][width][,|_][.precision][type].  An empty spec
 * is str(v).  New str, or NULL with ValueError/TypeError pending.
 */
struct value *format_value(const struct value *v, const char *spec,
    size_t speclen);

/* Apply a conversion (!s, !r, !a; 0 for none) then a spec.  New or NULL. */
struct value *format_field(const struct value *v, int conversion,
    const char *spec, size_t speclen);

/* 'template'.format(*args, **kwargs).  New str or NULL. */
struct value *format_string(const struct value *fmt, const struct callargs *);

/*
 * 'format' % args for a str format: %s %r %d %i %x %X %o %f %e %g %% with
 * flags, width and precision; args a tuple, or one value.  New str, or
 * NULL with TypeError/ValueError pending, worded as Python words them.
 */
struct value *format_percent(const struct value *fmt, const struct value *args);

#endif
