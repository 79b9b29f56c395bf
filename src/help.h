/* help.h -- help(): one table of entries, written for learners */
#ifndef SOCKSHELL_HELP_H
#define SOCKSHELL_HELP_H

#include <stddef.h>

struct value;

/*
 * One row of the help table.  Everything but name and does may be NULL.
 * Text fields are plain paragraphs (blank line between them); help_format
 * wraps them to the screen.  errors and ccall hold one item per line.
 */
struct help_entry {
	const char *name;  /* "socket.socket.bind", "socket.AF_*", ".trace" */
	const char *match; /* constant groups: prefixes ("AF_ PF_") or names */
	const char *sig;   /* how it is called: "s.bind(address)" */
	const char *does;  /* what it does, with socket names */
	const char *returns; /* what it gives back */
	const char *errors;  /* "Exception (ERRNO): why", one per line */
	const char *ccall; /* the C call(s) underneath, as strace shows them */
	const char *see;   /* related help names, or NULL */
};

/*
 * The table, ended by a row whose name is NULL.  The socket methods'
 * rows are not in it: help_lookup reads them from the method rows
 * (sockobj_core.h), and {methods} in a row's text lists the methods.
 */
extern const struct help_entry help_entries[];

/*
 * The dot commands live above help (dotcmd.c, in the session layer), so
 * that module lends help a reader of its table: help() lists them, and a
 * ".name" row shows only while the command exists.  row(i, out) fills
 * out with command i and returns 1, or returns 0 past the last one.
 * Until someone calls help_set_dots, help knows no dot commands.
 */
struct help_dot {
	const char *name;  /* "trace" */
	const char *alias; /* "t", or NULL */
	const char *usage; /* "on|off" */
	const char *line;  /* what it does, in one line */
};
void help_set_dots(int (*row)(size_t i, struct help_dot *out));

/*
 * Find the entry for a name as a learner may type it: "bind", "s.bind",
 * "socket.socket.bind", "getaddrinfo", "AF_INET6", "socket.AF_INET6",
 * ".sockets" or "sockets" (dot commands), "print".  Dot-command rows are
 * found only while the command exists (help_set_dots).  Borrowed, or NULL.
 */
const struct help_entry *help_lookup(const char *name);

/*
 * The text help() shows for an entry (malloc'd, ends with a newline).
 * With color, the call forms are cyan and the C calls dim.
 */
char *help_format(const struct help_entry *, int color);

/* help() with no argument: the overview and the way in (malloc'd). */
char *help_overview(int color);

/*
 * help(value): text for a function or method (bound or not), a class, a
 * module, a constant (naming its value), a socket, or a str naming a
 * topic as help('socket.socket.bind') does.  Always returns text
 * (malloc'd): a value we have nothing on gets a short pointer to help().
 */
char *help_for_value(const struct value *, int color);

#endif
