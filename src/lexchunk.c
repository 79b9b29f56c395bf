/* lexchunk.c -- where a script can be cut between top-level statements */
#include <config.h>

#include "lexchunk.h"

#include <string.h>

/* A byte that may continue an identifier (any byte of a non-ASCII one). */
static int
id_byte(int c)
{
	return (c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
	        (c >= 'A' && c <= 'Z') || c >= 0x80);
}

/* The end of the string literal whose quote is at src[i]. */
static size_t
skip_string(const char *src, size_t len, size_t i)
{
	char q = src[i];
	int triple = i + 2 < len && src[i + 1] == q && src[i + 2] == q;

	i += triple ? 3 : 1;
	while (i < len) {
		if (src[i] == '\\') {
			i += 2;
			continue;
		}
		if (src[i] == q &&
		    (!triple ||
		        (i + 2 < len && src[i + 1] == q && src[i + 2] == q)))
			return (i + (triple ? 3 : 1));
		/* Unterminated: the lexer will say so; resynchronize here. */
		if (src[i] == '\n' && !triple)
			return (i);
		i++;
	}
	return (len);
}

static int
bom_at(const char *s, size_t left)
{
	return (left >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0);
}

/*
 * Can a top-level statement start at s (left bytes, a line's start)?
 * Not on an indented, blank or comment line (the block above may go on
 * past it), nor on a clause that continues a compound statement.
 */
static int
stmt_starts(const char *s, size_t left)
{
	static const char *const clauses[] = { "elif", "else", "except",
		"finally" };
	size_t i, n;

	if (left == 0)
		return (1);
	if (strchr(" \t\f\r\n#", s[0]) != NULL)
		return (0);
	for (i = 0; i < sizeof(clauses) / sizeof(clauses[0]); i++) {
		n = strlen(clauses[i]);
		if (left >= n && memcmp(s, clauses[i], n) == 0 &&
		    (left == n || !id_byte((unsigned char)s[n])))
			return (0);
	}
	return (1);
}

size_t
lex_chunk_end(const char *src, size_t len, size_t want, int *nlines)
{
	size_t i = 0, end = len;
	int depth = 0;

	while (i < len) {
		switch (src[i]) {
		case '#':
			while (i < len && src[i] != '\n')
				i++;
			continue;
		case '\\':
			/* A continuation joins the lines (before CR LF too). */
			i += 2;
			if (i < len && src[i - 1] == '\r' && src[i] == '\n')
				i++;
			continue;
		case '\'':
		case '"':
			i = skip_string(src, len, i);
			continue;
		case '(':
		case '[':
		case '{':
			depth++;
			break;
		case ')':
		case ']':
		case '}':
			if (depth > 0)
				depth--;
			break;
		case '\n':
			/* Not before a BOM: only a file may start with one. */
			if (depth == 0 && i + 1 >= want &&
			    !bom_at(src + i + 1, len - i - 1) &&
			    stmt_starts(src + i + 1, len - i - 1)) {
				end = i + 1;
				i = len;
				continue;
			}
			break;
		default:
			break;
		}
		i++;
	}
	/* Lines as the lexer counts them: LF, CR LF and a lone CR. */
	*nlines = 0;
	for (i = 0; i < end; i++)
		if (src[i] == '\n' ||
		    (src[i] == '\r' && (i + 1 >= end || src[i + 1] != '\n')))
			(*nlines)++;
	return (end);
}
