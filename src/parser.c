/* parser.c -- tokens to syntax tree, for the Python subset: the door */
#include <config.h>

#include "parser.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lexer.h"
#include "pstate.h"
#include "pstmt.h"
#include "xmalloc.h"

/*
 * The parser is split by grammar: pstate.c (state, tokens, errors),
 * fstring.c (f-string literals), pexpr.c (expressions), pstmt.c
 * (statements and lines); this file lexes, runs the lines and decides
 * what the caller is told.
 */

static enum parse_status
lex_failed(struct parser *p, struct parse_error *err)
{
	err->line = p->lx.err_line;
	err->col = p->lx.err_col;
	err->is_subset = p->lx.err_subset;
	snprintf(err->msg, sizeof(err->msg), "%s", p->lx.err_msg);
	if (p->lx.err_indent)
		err->is_indent = p->lx.err_indent;
	return (PARSE_ERROR);
}

enum parse_status
parse_source(const char *src, size_t len, int final, struct program **out,
    struct parse_error *err)
{
	return (parse_source_at(src, len, 1, final, out, err));
}

/*
 * The tokenizer found an indentation error: Python reads it only once
 * the parser asks for that line, so an error the parser finds in the
 * lines before comes first ("if x" without its ':' above an indented
 * line).  1 with err filled if so.
 */
static int
parser_first(struct parser *p, struct parse_error *err)
{
	struct program *prog = xcalloc(1, sizeof(*prog));
	int first = 0;

	p->arena = &prog->arena;
	while (!at(p, TK_EOF) && parse_line(p, prog))
		;
	if (p->failed && !p->err_eof) {
		memset(err, 0, sizeof(*err));
		err->line = p->err.line;
		err->col = p->err.col;
		err->is_subset = p->err.subset;
		err->is_indent = p->err.indent;
		snprintf(err->msg, sizeof(err->msg), "%s", p->err.msg);
		first = 1;
	}
	program_free(prog);
	return (first);
}

static enum parse_status parse_all(const char *src, size_t len, int first_line,
    int final, int single, struct program **out, struct parse_error *err);

enum parse_status
parse_source_at(const char *src, size_t len, int first_line, int final,
    struct program **out, struct parse_error *err)
{
	return (parse_all(src, len, first_line, final, 0, out, err));
}

enum parse_status
parse_entry(const char *src, size_t len, int final, struct program **out,
    struct parse_error *err)
{
	return (parse_all(src, len, 1, final, 1, out, err));
}

static enum parse_status
parse_all(const char *src, size_t len, int first_line, int final, int single,
    struct program **out, struct parse_error *err)
{
	struct parser p;
	struct program *prog;
	struct parse_error scratch;
	enum parse_status st = PARSE_OK;

	*out = NULL;
	if (err == NULL)
		err = &scratch;
	memset(err, 0, sizeof(*err));
	memset(&p, 0, sizeof(p));
	p.final = final;
	p.single = single;
	if (src == NULL)
		len = 0;
	if (lex_source_at(src != NULL ? src : "", len, first_line, final,
	        &p.lx) == LEX_ERROR) {
		if (!p.lx.err_indent || !parser_first(&p, err))
			st = lex_failed(&p, err);
		else
			st = PARSE_ERROR;
		free(p.parens);
		lex_free(&p.lx);
		return (st);
	}
	prog = xcalloc(1, sizeof(*prog));
	p.arena = &prog->arena;
	while (!at(&p, TK_EOF)) {
		if (!parse_line(&p, prog))
			break;
		if (p.single && !at(&p, TK_EOF))
			p_syntax(&p); /* one statement per entry, as 'single' */
	}
	if (!p.failed && p.late_set) {
		p.failed = 1;
		p.err = p.late;
	}
	if (p.failed) {
		if (!final && p.err_eof) {
			/* Ran out of input mid-statement: ask for more. */
			st = PARSE_INCOMPLETE;
			memset(err, 0, sizeof(*err));
		} else if (final && p.lx.depth > 0 &&
		           p.err.line >= p.lx.open_line) {
			/*
			 * As Python does: the real fault is likely the bracket
			 * left open above the error.
			 */
			memset(err, 0, sizeof(*err));
			err->line = p.lx.open_line;
			err->col = p.lx.open_col;
			snprintf(err->msg, sizeof(err->msg),
			    "'%c' was never closed", p.lx.open_ch);
			st = PARSE_ERROR;
		} else {
			err->line = p.err.line;
			err->col = p.err.col;
			err->is_subset = p.err.subset;
			err->is_indent = p.err.indent;
			snprintf(err->msg, sizeof(err->msg), "%s", p.err.msg);
			st = PARSE_ERROR;
		}
	} else if (p.lx.status == LEX_INCOMPLETE)
		st = PARSE_INCOMPLETE;
	if (st == PARSE_OK)
		*out = prog;
	else
		program_free(prog);
	free(p.parens);
	lex_free(&p.lx);
	return (st);
}
