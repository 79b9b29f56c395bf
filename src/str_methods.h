/* str_methods.h -- the methods of str and bytes, and their codecs */
#ifndef SOCKSHELL_STR_METHODS_H
#define SOCKSHELL_STR_METHODS_H

#include <stddef.h>

#include "value.h" /* struct builtin: the tables' rows */

/* 'x'.upper, b'x'.decode ...: NULL-terminated by name, sorted. */
extern const struct builtin str_methods[];
extern const struct builtin bytes_methods[];

/*
 * obj.name for a str (bytes) obj: the bound method, or NULL with
 * AttributeError as Python words it ("'str' object has no attribute 'x'.
 * Did you mean: 'split'?").
 */
struct value *str_getattr(struct value *obj, const char *name);
struct value *bytes_getattr(struct value *obj, const char *name);

/*
 * The codecs behind str.encode, bytes.decode, str(b, enc) and bytes(s,
 * enc): utf-8, ascii and latin-1, strict errors, Python's messages.
 *
 * str_encoding_arg: the encoding argument at position i or keyword kw
 * (absent: "utf-8") as the codec's own name in *enc; 0, or -1 with
 * TypeError/LookupError pending.  str_encode and bytes_decode: new bytes
 * (str), or NULL with UnicodeEncodeError (UnicodeDecodeError) pending.
 */
int str_encoding_arg(const struct callargs *, size_t i, const char *kw,
    const char **enc);
struct value *str_encode(const struct value *s, const char *enc);
struct value *bytes_decode(const char *p, size_t len, const char *enc);

#endif
