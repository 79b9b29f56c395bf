/* family.c -- one descriptor per address family, and the table of them */
#include <config.h>

#include "family.h"

#include <sys/socket.h>

#include <stdint.h>
#include <stdio.h>

/*
 * One row per family the shell decodes, each defined in its own
 * family_*.c: a new family is that file and its name here.
 */
extern const struct family family_inet, family_inet6, family_unix;

const struct family *const family_table[] = {
	&family_inet,
	&family_inet6,
	&family_unix,
	NULL,
};

const struct family *
family_find(int af)
{
	const struct family *const *f;

	for (f = family_table; *f != NULL; f++)
		if ((*f)->af == af)
			return (*f);
	return (NULL);
}

char *
family_hex(const void *p, size_t n, char *out, size_t cap)
{
	const unsigned char *b = p;
	size_t i, o = 0;

	out[0] = '\0';
	for (i = 0; i < n && o + 4 < cap; i++)
		o += (size_t)snprintf(out + o, cap - o, i ? " %02x" : "%02x",
		    b[i]);
	return (out);
}

const char *
family_endian(void)
{
	const uint16_t one = 1;

	return (*(const unsigned char *)&one == 1 ? "little" : "big");
}
