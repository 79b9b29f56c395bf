/* layout.h -- .sockaddr: a socket name as the C struct the kernel reads */
#ifndef SOCKSHELL_LAYOUT_H
#define SOCKSHELL_LAYOUT_H

#include <sys/socket.h>

#include <stdio.h>

struct interp;
struct value;

/*
 * Print the struct sockaddr_in, _in6 or _un in sa (len bytes, the length
 * a call passes), as its family's row describes it (family.h): one row
 * per field with offset, size, value and bytes, a hex dump of the len
 * bytes, and a sentence on byte order.  Returns 0, or -1 for a family
 * without a layout or a length it does not fit (nothing printed).
 */
int layout_print(FILE *, const struct sockaddr *sa, socklen_t len);

/*
 * The family a Python name looks like: a str or bytes is AF_UNIX, a 3- or
 * 4-tuple or a host with ':' AF_INET6, another tuple or list AF_INET.
 * -1 when it cannot tell.
 */
int layout_guess_family(const struct value *);

/*
 * .sockaddr [FAMILY] EXPR: evaluate EXPR in the session, convert it with
 * Python's rules (a socket shows its local name), print the layout on fp.
 * Errors are reported on stderr as the shell reports them.  Returns 0 ok,
 * 1 error.
 */
int layout_command(FILE *fp, struct interp *in, const char *text, int explain);

#endif
