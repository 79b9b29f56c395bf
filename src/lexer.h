/* lexer.h -- source text to tokens, for the Python subset */
#ifndef SOCKSHELL_LEXER_H
#define SOCKSHELL_LEXER_H

#include <stddef.h>

#include "arena.h"
#include "lexchunk.h"

/*
 * Punctuation and keywords each get their own kind, as in Lua's llex.h,
 * so the parser compares kinds rather than strings.
 */
enum tok_kind { /* ORDER TOKEN: keep tok_names[] in lexer.c in step */
	TK_EOF,
	TK_NEWLINE, /* end of a logical line that held tokens */
	TK_INDENT,  /* a line indented deeper than the one before */
	TK_DEDENT,  /* one per indentation level a line closes */
	TK_NAME,    /* identifiers; keywords have kinds of their own */
	TK_INT,     /* ival, or overflow set */
	TK_FLOAT,   /* fval */
	TK_IMAG,    /* 1j: valid Python, outside the subset */
	TK_STR,     /* str/len: decoded UTF-8 */
	TK_BYTES,   /* str/len: decoded bytes */
	TK_FSTRING, /* f'...': str = the raw body, ival = 1 for rf'' */
	TK_BADCHAR, /* $ ? ! `: Python's tokenizer passes them on too */
	/* brackets */
	TK_LPAR,
	TK_RPAR,
	TK_LSQB,
	TK_RSQB,
	TK_LBRACE,
	TK_RBRACE,
	/* punctuation */
	TK_COMMA,
	TK_SEMI,
	TK_COLON,
	TK_DOT,
	TK_ELLIPSIS,
	TK_ARROW,
	TK_WALRUS,
	TK_ASSIGN,
	TK_AT,
	/* operators */
	TK_PLUS,
	TK_MINUS,
	TK_STAR,
	TK_SLASH,
	TK_DSLASH,
	TK_PERCENT,
	TK_POW,
	TK_VBAR,
	TK_AMPER,
	TK_CIRCUMFLEX,
	TK_TILDE,
	TK_LSHIFT,
	TK_RSHIFT,
	TK_EQ,
	TK_NE,
	TK_LT,
	TK_LE,
	TK_GT,
	TK_GE,
	TK_LTGT,
	/* augmented assignment */
	TK_PLUSEQ,
	TK_MINUSEQ,
	TK_STAREQ,
	TK_SLASHEQ,
	TK_DSLASHEQ,
	TK_PERCENTEQ,
	TK_POWEQ,
	TK_VBAREQ,
	TK_AMPEREQ,
	TK_CIRCUMFLEXEQ,
	TK_LSHIFTEQ,
	TK_RSHIFTEQ,
	TK_ATEQ,
	/* keywords, in alphabetical order (lex looks them up by bsearch) */
	TK_FALSE,
	TK_NONE,
	TK_TRUE,
	TK_AND,
	TK_AS,
	TK_ASSERT,
	TK_ASYNC,
	TK_AWAIT,
	TK_BREAK,
	TK_CLASS,
	TK_CONTINUE,
	TK_DEF,
	TK_DEL,
	TK_ELIF,
	TK_ELSE,
	TK_EXCEPT,
	TK_FINALLY,
	TK_FOR,
	TK_FROM,
	TK_GLOBAL,
	TK_IF,
	TK_IMPORT,
	TK_IN,
	TK_IS,
	TK_LAMBDA,
	TK_NONLOCAL,
	TK_NOT,
	TK_OR,
	TK_PASS,
	TK_RAISE,
	TK_RETURN,
	TK_TRY,
	TK_WHILE,
	TK_WITH,
	TK_YIELD,
	TK_NKINDS
};

#define TK_FIRST_KEYWORD TK_FALSE

struct token {
	enum tok_kind kind;
	int line;       /* 1-based line of the first byte */
	int col;        /* 0-based byte column of the first byte */
	size_t off;     /* byte offset of the first byte in the source */
	size_t len;     /* bytes of source text the token spans */
	int level;      /* bracket depth once the token is read */
	long long ival; /* TK_INT; TK_FSTRING: raw (rf'') */
	int overflow;   /* TK_INT: did not fit in a long long */
	double fval;    /* TK_FLOAT */
	char *str;      /* in strs: TK_NAME text, TK_STR/TK_BYTES decoded */
	size_t slen;    /* bytes in str, not counting its NUL */
	/*
	 * TK_STR/TK_BYTES: an escape Python rejects after tokenizing (a
	 * truncated \x); the parser reports it once it knows which token
	 * follows, which is where Python puts the caret.
	 */
	char *str_error;      /* in strs, or NULL */
	int str_error_here;   /* 1: the caret goes on this token */
	int str_error_subset; /* str_error names a construct outside the subset */
};

enum lex_status {
	LEX_OK,
	LEX_INCOMPLETE, /* stopped in a triple-quoted string or after '\' */
	LEX_ERROR,
};

struct lex_result {
	enum lex_status status;
	struct token *toks; /* owned; ends with TK_EOF (also after errors) */
	size_t ntoks;
	struct arena strs; /* the tokens' strings, freed with them */
	/* The innermost bracket still open at the end, for "never closed". */
	int depth;    /* brackets open at the end */
	char open_ch; /* '(', '[' or '{' */
	int open_line;
	int open_col;
	/* LEX_ERROR: where and why, as Python's tokenizer says it. */
	int err_line;
	int err_col;
	int err_indent; /* 1: an IndentationError rather than a SyntaxError,
	                   2: a TabError */
	int err_subset; /* 1: valid Python outside the subset */
	char err_msg[256];
};

/*
 * Decode the escapes of a piece of str literal text (the text parts of an
 * f-string) into a's memory.  0, or -1 with *err saying what Python says.
 */
struct arena;
int lex_decode_text(struct arena *a, const char *s, size_t n, char **out,
    size_t *outlen, const char **err);

#define LEX_MAXLEVEL 200 /* Python's tokenizer allows 200 open brackets */
#define LEX_MAXINDENT                                                          \
	100 /* ... and 100 levels of indentation, the
                             first column one of them (99 blocks deep) */

/*
 * Split src (len bytes) into tokens.  final != 0: no more input will
 * come, so an unterminated triple-quoted string or a trailing backslash
 * is an error; otherwise LEX_INCOMPLETE.  Always fills *res; free it
 * with lex_free() whatever the status.
 */
enum lex_status lex_source(const char *src, size_t len, int final,
    struct lex_result *res);
/* The same for a piece of a file that starts on line first_line. */
enum lex_status lex_source_at(const char *src, size_t len, int first_line,
    int final, struct lex_result *res);
void lex_free(struct lex_result *);

/* lex_chunk_end: lexchunk.h (included above). */

const char *tok_kind_name(enum tok_kind); /* "'('", "NAME", "'if'" */

#endif
