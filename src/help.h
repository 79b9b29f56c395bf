/* help.h -- help(): one table of entries, written for learners */
#ifndef SOCKSHELL_HELP_H
#define SOCKSHELL_HELP_H

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

/* The table, ended by a row whose name is NULL. */
extern const struct help_entry help_entries[];

/*
 * Find the entry for a name as a learner may type it: "bind", "s.bind",
 * "socket.socket.bind", "getaddrinfo", "AF_INET6", "socket.AF_INET6",
 * ".sockets" or "sockets" (dot commands), "print".  Dot-command rows are
 * found only while the command exists in dotcmds[].  Borrowed, or NULL.
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
