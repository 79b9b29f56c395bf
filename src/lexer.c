/* lexer.c -- source text to tokens, for the Python subset */
#include <config.h>

#include "lexer.h"

#include <ctype.h>
#include <limits.h>
#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xmalloc.h"

static const char *const tok_names[] = { /* ORDER TOKEN */
	"end of input", "NEWLINE", "INDENT", "DEDENT", "NAME", "INT", "FLOAT",
	"IMAG", "STRING", "BYTES", "FSTRING", "BADCHAR", "'('", "')'", "'['",
	"']'", "'{'", "'}'", "','", "';'", "':'", "'.'", "'...'", "'->'",
	"':='", "'='", "'@'", "'+'", "'-'", "'*'", "'/'", "'//'", "'%'", "'**'",
	"'|'", "'&'", "'^'", "'~'", "'<<'", "'>>'", "'=='", "'!='", "'<'",
	"'<='", "'>'", "'>='", "'<>'", "'+='", "'-='", "'*='", "'/='", "'//='",
	"'%='", "'**='", "'|='", "'&='", "'^='", "'<<='", "'>>='", "'@='",
	"'False'", "'None'", "'True'", "'and'", "'as'", "'assert'", "'async'",
	"'await'", "'break'", "'class'", "'continue'", "'def'", "'del'",
	"'elif'", "'else'", "'except'", "'finally'", "'for'", "'from'",
	"'global'", "'if'", "'import'", "'in'", "'is'", "'lambda'",
	"'nonlocal'", "'not'", "'or'", "'pass'", "'raise'", "'return'", "'try'",
	"'while'", "'with'", "'yield'"
};

/* Sorted by strcmp, in the order of the keyword kinds. */
static const char *const keywords[] = { /* ORDER TOKEN */
	"False", "None", "True", "and", "as", "assert", "async", "await",
	"break", "class", "continue", "def", "del", "elif", "else", "except",
	"finally", "for", "from", "global", "if", "import", "in", "is",
	"lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
	"while", "with", "yield"
};

#define NKEYWORDS (sizeof(keywords) / sizeof(keywords[0]))

_Static_assert(sizeof(tok_names) / sizeof(tok_names[0]) == TK_NKINDS,
    "ORDER TOKEN: tok_names[] out of step with enum tok_kind");
_Static_assert(sizeof(keywords) / sizeof(keywords[0]) ==
                   TK_NKINDS - TK_FIRST_KEYWORD,
    "ORDER TOKEN: keywords[] out of step with enum tok_kind");

struct lex {
	const char *s;     /* normalized copy of the source, NUL-terminated */
	size_t len;        /* bytes in s; s ends with '\n' unless empty */
	size_t pos;        /* next byte to read */
	size_t line_start; /* offset of the current line's first byte */
	int line;          /* 1-based number of the current line */
	int nlines;        /* the last line of s: "(detected at line N)" */
	int final;         /* no more input will come */
	int pending_nl;    /* the logical line holds tokens: NEWLINE due */
	int level;         /* open brackets */
	int last_colon;    /* the last logical line ended with ':' */
	int nind;          /* indentation levels open: ind[0..nind] */
	int ind[LEX_MAXINDENT + 1]; /* their columns, ind[0] = 0 */
	int alt[LEX_MAXINDENT + 1]; /* the same with a tab as 1 column */
	char brack[LEX_MAXLEVEL];   /* the open brackets, innermost last */
	int brack_line[LEX_MAXLEVEL];
	int brack_col[LEX_MAXLEVEL];
	struct lex_result *res;
	size_t cap; /* allocated entries in res->toks */
};

const char *
tok_kind_name(enum tok_kind k)
{
	if ((unsigned)k >= sizeof(tok_names) / sizeof(tok_names[0]))
		return ("?");
	return (tok_names[k]);
}

static int
col_of(struct lex *l, size_t off)
{
	return ((int)(off - l->line_start));
}

/*
 * Record the first error; positions follow Python's tokenizer, which puts
 * the caret on the last byte it read.
 */
static enum lex_status __attribute__((format(printf, 4, 5)))
lex_error(struct lex *l, int line, int col, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(l->res->err_msg, sizeof(l->res->err_msg), fmt, ap);
	va_end(ap);
	l->res->err_line = line;
	l->res->err_col = col < 0 ? 0 : col;
	l->res->status = LEX_ERROR;
	return (LEX_ERROR);
}

static struct token *
lex_push(struct lex *l, enum tok_kind kind, size_t start)
{
	struct lex_result *r = l->res;
	struct token *t;

	if (r->ntoks == l->cap) {
		/*
		 * Socket code runs to a token per 3 bytes: make room for one
		 * per 2 at once, rather than grow from a few dozen by copying.
		 */
		l->cap = l->cap ? l->cap * 2 : l->len / 2 + 16;
		r->toks = xrealloc(r->toks, l->cap * sizeof(*r->toks));
	}
	t = &r->toks[r->ntoks++];
	*t = (struct token){ .kind = kind,
		.off = start,
		.line = l->line,
		.col = col_of(l, start),
		.len = l->pos - start,
		.level = l->level };
	return (t);
}

/* UTF-8 ---------------------------------------------------------------- */

/*
 * Decode one character of already-validated UTF-8 at s; *n gets its
 * length.
 */
static unsigned long
utf8_decode(const unsigned char *s, int *n)
{
	if (s[0] < 0x80) {
		*n = 1;
		return (s[0]);
	}
	if (s[0] < 0xe0) {
		*n = 2;
		return (((s[0] & 0x1fUL) << 6) | (s[1] & 0x3f));
	}
	if (s[0] < 0xf0) {
		*n = 3;
		return (((s[0] & 0x0fUL) << 12) | ((s[1] & 0x3fUL) << 6) |
		        (s[2] & 0x3f));
	}
	*n = 4;
	return (((s[0] & 0x07UL) << 18) | ((s[1] & 0x3fUL) << 12) |
	        ((s[2] & 0x3fUL) << 6) | (s[3] & 0x3f));
}

static size_t
utf8_encode(char *out, unsigned long cp)
{
	unsigned char *o = (unsigned char *)out;

	if (cp < 0x80) {
		o[0] = cp;
		return (1);
	}
	if (cp < 0x800) {
		o[0] = 0xc0 | (cp >> 6);
		o[1] = 0x80 | (cp & 0x3f);
		return (2);
	}
	/* Lone surrogates ('\ud800') come out as their 3-byte form. */
	if (cp < 0x10000) {
		o[0] = 0xe0 | (cp >> 12);
		o[1] = 0x80 | ((cp >> 6) & 0x3f);
		o[2] = 0x80 | (cp & 0x3f);
		return (3);
	}
	o[0] = 0xf0 | (cp >> 18);
	o[1] = 0x80 | ((cp >> 12) & 0x3f);
	o[2] = 0x80 | ((cp >> 6) & 0x3f);
	o[3] = 0x80 | (cp & 0x3f);
	return (4);
}

/*
 * Check one UTF-8 sequence at s (n bytes left) as Python's decoder does.
 * Returns its length, or 0 and sets *why and *bad (bytes in the error).
 */
static int
utf8_check(const unsigned char *s, size_t n, const char **why, int *bad)
{
	int need, i;
	unsigned char lo = 0x80, hi = 0xbf;

	if (s[0] < 0x80)
		return (1);
	if (s[0] < 0xc2 || s[0] > 0xf4) {
		*why = "invalid start byte";
		*bad = 1;
		return (0);
	}
	need = s[0] < 0xe0 ? 2 : s[0] < 0xf0 ? 3 : 4;
	/* Overlong forms, surrogates and code points past U+10FFFF. */
	if (s[0] == 0xe0)
		lo = 0xa0;
	else if (s[0] == 0xed)
		hi = 0x9f;
	else if (s[0] == 0xf0)
		lo = 0x90;
	else if (s[0] == 0xf4)
		hi = 0x8f;
	for (i = 1; i < need; i++) {
		if ((size_t)i >= n) {
			*why = "unexpected end of data";
			*bad = i;
			return (0);
		}
		if (s[i] < (i == 1 ? lo : 0x80) ||
		    s[i] > (i == 1 ? hi : 0xbf)) {
			*why = "invalid continuation byte";
			*bad = i;
			return (0);
		}
	}
	return (need);
}

/* Python's str.isprintable(), near enough for error messages. */
static int
uni_printable(unsigned long c)
{
	if (c < 0x20 || (c >= 0x7f && c <= 0xa0) || c == 0xad)
		return (0);
	if (c == 0x1680 || (c >= 0x2000 && c <= 0x200f) ||
	    (c >= 0x2028 && c <= 0x202f) || (c >= 0x205f && c <= 0x206f) ||
	    c == 0x3000 || c == 0xfeff || (c >= 0xfff9 && c <= 0xfffb))
		return (0);
	if ((c >= 0xd800 && c <= 0xf8ff) || c >= 0xf0000 ||
	    (c >= 0xe0000 && c <= 0xe007f) || (c >= 0xfdd0 && c <= 0xfdef) ||
	    (c & 0xfffe) == 0xfffe)
		return (0);
	return (1);
}

/*
 * Whether c may appear in an identifier (first: may start one).  No
 * Unicode tables: letters of every script pass, and the symbol and
 * punctuation blocks people paste by mistake (dashes, curly quotes,
 * arrows, emoji, fullwidth punctuation) are refused as Python refuses
 * them.
 */
static int
uni_is_id(unsigned long c, int first)
{
	if (c < 0x80)
		return (
		    isalpha((int)c) || c == '_' || (!first && isdigit((int)c)));
	if (!uni_printable(c))
		return (0);
	if (c <= 0xbf)
		return (c == 0xaa || c == 0xb5 || c == 0xba ||
		        (!first && c == 0xb7));
	if (c == 0xd7 || c == 0xf7)
		return (0);
	if (c >= 0x300 && c <= 0x36f)
		return (!first);
	if (c >= 0x2010 && c <= 0x205e)
		return (!first && (c == 0x203f || c == 0x2040 || c == 0x2054));
	if ((c >= 0x20a0 && c <= 0x20cf) || (c >= 0x2190 && c <= 0x2bff) ||
	    (c >= 0x2e00 && c <= 0x2e7f))
		return (0);
	if ((c >= 0x3001 && c <= 0x3003) || (c >= 0x3008 && c <= 0x3020) ||
	    c == 0x3030)
		return (0);
	if ((c >= 0xfe10 && c <= 0xfe19) || (c >= 0xfe30 && c <= 0xfe4f))
		return (!first && (c == 0xfe33 || c == 0xfe34 || c >= 0xfe4d));
	if (c >= 0xff01 && c <= 0xff65) {
		if (c >= 0xff10 && c <= 0xff19)
			return (!first);
		if (c == 0xff3f)
			return (!first);
		return ((c >= 0xff21 && c <= 0xff3a) ||
		        (c >= 0xff41 && c <= 0xff5a));
	}
	if (c == 0xfffc || c == 0xfffd || (c >= 0x1f000 && c <= 0x1faff))
		return (0);
	return (1);
}

/* Source preparation ----------------------------------------------------- */

/*
 * Python reads source with universal newlines and a final newline added,
 * refuses NUL bytes and wants UTF-8.  Do the same to a private copy so
 * the scanner below need not think about any of it.
 */
static enum lex_status
lex_prepare(struct lex *l, const char *src, size_t len)
{
	const unsigned char *u = (const unsigned char *)src;
	char *out;
	const char *nul;
	size_t i, o = 0, ls = 0;
	int line = l->line, n, bad;
	const char *why;

	if (len >= 3 && memcmp(src, "\xef\xbb\xbf", 3) == 0) {
		src += 3;
		u += 3;
		len -= 3;
	}
	if ((nul = memchr(src, '\0', len)) != NULL) {
		for (i = 0; src + i < nul; i++)
			if (src[i] == '\n')
				line++;
		return (lex_error(l, line, 0,
		    "source code cannot contain null bytes"));
	}
	out = xmalloc(len + 2);
	for (i = 0; i < len;) {
		/* Plain ASCII, the common case, goes across in one copy. */
		size_t j = i;

		while (j < len && u[j] < 0x80 && u[j] != '\r') {
			if (u[j] == '\n') {
				line++;
				ls = j + 1;
			}
			j++;
		}
		memcpy(out + o, src + i, j - i);
		o += j - i;
		i = j;
		if (i >= len)
			break;
		if (u[i] == '\r') {
			out[o++] = '\n';
			i += (i + 1 < len && u[i + 1] == '\n') ? 2 : 1;
		} else if (u[i] >= 0x80) {
			n = utf8_check(u + i, len - i, &why, &bad);
			if (n == 0) {
				l->s = out; /* freed by the caller */
				if (bad == 1)
					return (
					    lex_error(l, line, (int)(i - ls),
					        "(unicode error) 'utf-8' codec "
					        "can't "
					        "decode byte 0x%02x in "
					        "position %zu: "
					        "%s",
					        u[i], i - ls, why));
				return (lex_error(l, line, (int)(i - ls),
				    "(unicode error) 'utf-8' codec can't "
				    "decode bytes in position %zu-%zu: %s",
				    i - ls, i - ls + bad - 1, why));
			}
			memcpy(out + o, src + i, n);
			o += n;
			i += n;
			continue;
		} else
			out[o++] = src[i++];
		if (out[o - 1] == '\n') {
			line++;
			ls = i;
		}
	}
	if (o > 0 && out[o - 1] != '\n') {
		out[o++] = '\n';
		line++;
	}
	out[o] = '\0';
	l->s = out;
	l->len = o;
	l->nlines = line - 1; /* line counted every '\n' in out */
	return (LEX_OK);
}

/* Numbers ---------------------------------------------------------------- */

static int
lex_peek(struct lex *l, size_t ahead)
{
	/* s is NUL-terminated, and NUL cannot occur in it otherwise. */
	if (l->pos + ahead >= l->len)
		return (0);
	return ((unsigned char)l->s[l->pos + ahead]);
}

/* Bytes that may start (1) or continue (2) a name: a table, as it is hot. */
static const unsigned char id_class[256] = {
	['0'] = 2,
	['1'] = 2,
	['2'] = 2,
	['3'] = 2,
	['4'] = 2,
	['5'] = 2,
	['6'] = 2,
	['7'] = 2,
	['8'] = 2,
	['9'] = 2,
	['A' ... 'Z'] = 3,
	['a' ... 'z'] = 3,
	['_'] = 3,
	[0x80 ... 0xff] = 3,
};

static int
is_id_start_byte(int c)
{
	return (c >= 0 && c < 256 && (id_class[c] & 1));
}

static int
is_id_byte(int c)
{
	return (c >= 0 && c < 256 && id_class[c] != 0);
}

/* The caret goes on the byte before pos, as Python's syntaxerror() does. */
static enum lex_status
num_error(struct lex *l, const char *fmt, const char *arg)
{
	char msg[128];

	snprintf(msg, sizeof(msg), fmt, arg);
	return (lex_error(l, l->line, col_of(l, l->pos) - 1, "%s", msg));
}

/*
 * Python lets a number run straight into and/else/for/if/in/is/not/or
 * (with a warning); any other identifier character right after one is
 * an error.
 */
static int
num_end_ok(struct lex *l)
{
	static const char *const kw[] = { "and", "else", "for", "if", "in",
		"is", "not", "or" };
	const char *p = l->s + l->pos;
	size_t i, n;

	if (!is_id_byte(lex_peek(l, 0)))
		return (1);
	for (i = 0; i < sizeof(kw) / sizeof(kw[0]); i++) {
		n = strlen(kw[i]);
		if (strncmp(p, kw[i], n) == 0)
			return (1);
	}
	return (0);
}

static int
digit_value(int c)
{
	if (isdigit(c))
		return (c - '0');
	return (tolower(c) - 'a' + 10);
}

/* The value of the digits in s[start, end), skipping '_'. */
static void
int_value(struct token *t, const char *s, size_t start, size_t end, int base)
{
	unsigned long long v = 0, d;
	size_t i;

	for (i = start; i < end; i++) {
		if (s[i] == '_')
			continue;
		d = digit_value((unsigned char)s[i]);
		if (v > (ULLONG_MAX - d) / base) {
			t->overflow = 2;
			return;
		}
		v = v * base + d;
	}
	if (v > (unsigned long long)LLONG_MAX) {
		/* 2**63 still fits once negated; the parser knows. */
		t->overflow = v == (unsigned long long)LLONG_MAX + 1 ? 1 : 2;
		t->ival = LLONG_MIN;
		return;
	}
	t->ival = (long long)v;
}

static double
float_value(const char *s, size_t len)
{
	char buf[512], *tmp, *d;
	size_t i;
	double v;
	locale_t c, old;

	tmp = len < sizeof(buf) ? buf : xmalloc(len + 1);
	for (d = tmp, i = 0; i < len; i++)
		if (s[i] != '_')
			*d++ = s[i];
	*d = '\0';
	/* Whatever locale the shell runs in, '.' is the decimal point here. */
	c = newlocale(LC_NUMERIC_MASK, "C", (locale_t)0);
	old = c ? uselocale(c) : (locale_t)0;
	v = strtod(tmp, NULL);
	if (c) {
		uselocale(old);
		freelocale(c);
	}
	if (tmp != buf)
		free(tmp);
	return (v);
}

/* Skip digits and single underscores between them; 0 on a bad '_'. */
static int
decimal_tail(struct lex *l)
{
	for (;;) {
		while (isdigit(lex_peek(l, 0)))
			l->pos++;
		if (lex_peek(l, 0) != '_')
			return (1);
		l->pos++;
		if (!isdigit(lex_peek(l, 0))) {
			num_error(l, "invalid decimal literal", NULL);
			return (0);
		}
	}
}

static enum lex_status
lex_radix(struct lex *l, size_t start, int base, const char *name)
{
	int c;
	struct token *t;
	char digit[2];

	l->pos += 2; /* 0x */
	do {
		if (lex_peek(l, 0) == '_')
			l->pos++;
		c = lex_peek(l, 0);
		if (!(base == 16 ? isxdigit(c) : c >= '0' && c < '0' + base)) {
			if (base != 16 && isdigit(c)) {
				l->pos++;
				digit[0] = c;
				digit[1] = '\0';
				return (num_error(l,
				    base == 8 ?
				        "invalid digit '%s' in octal literal" :
				        "invalid digit '%s' in binary "
				        "literal",
				    digit));
			}
			return (num_error(l, "invalid %s literal", name));
		}
		while (base == 16 ?
		           isxdigit(lex_peek(l, 0)) :
		           lex_peek(l, 0) >= '0' && lex_peek(l, 0) < '0' + base)
			l->pos++;
	} while (lex_peek(l, 0) == '_');
	c = lex_peek(l, 0);
	if (base != 16 && isdigit(c)) {
		l->pos++;
		digit[0] = c;
		digit[1] = '\0';
		return (num_error(l,
		    base == 8 ? "invalid digit '%s' in octal literal" :
		                "invalid digit '%s' in binary literal",
		    digit));
	}
	if (!num_end_ok(l))
		return (num_error(l, "invalid %s literal", name));
	t = lex_push(l, TK_INT, start);
	int_value(t, l->s, start + 2, l->pos, base);
	return (LEX_OK);
}

/*
 * Numbers follow CPython 3.11's tok_get() step for step, errors and all:
 * lex_number, then the zero-prefixed forms, the fraction, the exponent
 * and the imaginary suffix, each handing on to the next.
 */

/* The end of a number: an int, or a float (isfloat) from start. */
static enum lex_status
num_done(struct lex *l, size_t start, int isfloat)
{
	struct token *t;

	if (!num_end_ok(l))
		return (num_error(l, "invalid decimal literal", NULL));
	if (isfloat) {
		t = lex_push(l, TK_FLOAT, start);
		t->fval = float_value(l->s + start, l->pos - start);
	} else {
		t = lex_push(l, TK_INT, start);
		int_value(t, l->s, start, l->pos, 10);
	}
	return (LEX_OK);
}

/* 1j: l->pos at the 'j'. */
static enum lex_status
num_imaginary(struct lex *l, size_t start)
{
	l->pos++;
	if (!num_end_ok(l))
		return (num_error(l, "invalid imaginary literal", NULL));
	lex_push(l, TK_IMAG, start);
	return (LEX_OK);
}

/* After the digits of a mantissa: an exponent, a 'j', or the end. */
static enum lex_status
num_exponent(struct lex *l, size_t start, int isfloat)
{
	int c = lex_peek(l, 0);

	if (c == 'e' || c == 'E') {
		l->pos++;
		c = lex_peek(l, 0);
		if (c == '+' || c == '-') {
			l->pos++;
			if (!isdigit(lex_peek(l, 0)))
				return (num_error(l, "invalid decimal literal",
				    NULL));
		} else if (!isdigit(c)) {
			/* "1e" is 1 followed by e..., if that is a keyword. */
			l->pos--;
			if (!num_end_ok(l))
				return (num_error(l, "invalid decimal literal",
				    NULL));
			return (num_done(l, start, isfloat));
		}
		isfloat = 1;
		if (!decimal_tail(l))
			return (LEX_ERROR);
	}
	c = lex_peek(l, 0);
	if (c == 'j' || c == 'J')
		return (num_imaginary(l, start));
	return (num_done(l, start, isfloat));
}

/* After the '.': the fraction's digits, if any, and the rest. */
static enum lex_status
num_fraction(struct lex *l, size_t start)
{
	if (isdigit(lex_peek(l, 0)) && !decimal_tail(l))
		return (LEX_ERROR);
	return (num_exponent(l, start, 1));
}

/* A number that starts with '0': 0x 0o 0b, 0, 0.5, 0e1, 0j; not 012. */
static enum lex_status
num_zero(struct lex *l, size_t start)
{
	int c = tolower(lex_peek(l, 1)), nonzero = 0;

	if (c == 'x')
		return (lex_radix(l, start, 16, "hexadecimal"));
	if (c == 'o')
		return (lex_radix(l, start, 8, "octal"));
	if (c == 'b')
		return (lex_radix(l, start, 2, "binary"));
	l->pos++;
	for (;;) {
		if (lex_peek(l, 0) == '_') {
			l->pos++;
			if (!isdigit(lex_peek(l, 0)))
				return (num_error(l, "invalid decimal literal",
				    NULL));
		}
		if (lex_peek(l, 0) != '0')
			break;
		l->pos++;
	}
	if (isdigit(lex_peek(l, 0))) {
		nonzero = 1;
		if (!decimal_tail(l))
			return (LEX_ERROR);
	}
	c = lex_peek(l, 0);
	if (c == '.') {
		l->pos++;
		return (num_fraction(l, start));
	}
	if (c == 'e' || c == 'E' || c == 'j' || c == 'J')
		return (num_exponent(l, start, 0));
	if (nonzero)
		return (lex_error(l, l->line, col_of(l, start),
		    "leading zeros in decimal integer literals are not "
		    "permitted; use an 0o prefix for octal integers"));
	return (num_done(l, start, 0));
}

static enum lex_status
lex_number(struct lex *l)
{
	size_t start = l->pos;
	int c = lex_peek(l, 0);

	if (c == '.') {
		l->pos++;
		return (num_fraction(l, start));
	}
	if (c == '0')
		return (num_zero(l, start));
	if (!decimal_tail(l))
		return (LEX_ERROR);
	if (lex_peek(l, 0) == '.') {
		l->pos++;
		return (num_fraction(l, start));
	}
	return (num_exponent(l, start, 0));
}

/* Strings ---------------------------------------------------------------- */

static void __attribute__((format(printf, 4, 5)))
str_fail(struct arena *a, struct token *t, int here, const char *fmt, ...)
{
	va_list ap;
	char msg[256];

	if (t->str_error != NULL)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	t->str_error = arena_strndup(a, msg, strlen(msg));
	t->str_error_here = here;
}

static int
hex_run(const char *s, size_t n, size_t max)
{
	size_t i;

	for (i = 0; i < n && i < max && isxdigit((unsigned char)s[i]); i++)
		;
	return ((int)i);
}

/* The byte a one-letter escape stands for ('n': '\n'), or -1. */
static int
simple_escape(char c)
{
	switch (c) {
	case '\\':
		return ('\\');
	case '\'':
		return ('\'');
	case '"':
		return ('"');
	case 'a':
		return ('\a');
	case 'b':
		return ('\b');
	case 'f':
		return ('\f');
	case 'n':
		return ('\n');
	case 'r':
		return ('\r');
	case 't':
		return ('\t');
	case 'v':
		return ('\v');
	default:
		return (-1);
	}
}

/* Append code point (str) or byte (bytes) v at *o. */
static void
put_char(char **o, unsigned long v, int bytes)
{
	if (bytes)
		*(*o)++ = (char)(v & 0xff);
	else
		*o += utf8_encode(*o, v);
}

/* \ooo: one to three octal digits at b[j...]; returns the end. */
static size_t
esc_octal(const char *b, size_t n, size_t j, int bytes, char **o)
{
	unsigned long v = 0;
	int k;

	for (k = 0; k < 3 && j < n && b[j] >= '0' && b[j] <= '7'; k++, j++)
		v = v * 8 + (b[j] - '0');
	put_char(o, v, bytes);
	return (j);
}

/* \xXX (and for str \uXXXX \UXXXXXXXX), the backslash at b[i]. */
static size_t
esc_hex(struct arena *a, struct token *t, const char *b, size_t n, size_t i,
    int bytes, char **o)
{
	size_t j = i + 1;
	int k, want = b[j] == 'x' ? 2 : b[j] == 'u' ? 4 : 8;
	unsigned long v = 0;

	k = hex_run(b + j + 1, n - j - 1, want);
	if (k < want) {
		if (bytes)
			str_fail(a, t, 0,
			    "(value error) invalid \\x escape at position %zu",
			    i);
		else
			str_fail(a, t, 0,
			    "(unicode error) 'unicodeescape' codec can't "
			    "decode bytes in position %zu-%zu: truncated "
			    "\\%s escape",
			    i, j + k,
			    want == 2 ? "xXX" :
			    want == 4 ? "uXXXX" :
			                "UXXXXXXXX");
		return (j + 1 + k);
	}
	for (k = 0; k < want; k++)
		v = v * 16 + digit_value((unsigned char)b[j + 1 + k]);
	if (v > 0x10ffff) {
		str_fail(a, t, 0,
		    "(unicode error) 'unicodeescape' codec can't decode bytes "
		    "in position %zu-%zu: illegal Unicode character",
		    i, j + want);
		return (j + 1 + want);
	}
	put_char(o, v, bytes);
	return (j + 1 + want);
}

/* \N in a str, the backslash at b[i]: outside the subset, or malformed. */
static size_t
esc_named(struct arena *a, struct token *t, const char *b, size_t n, size_t i)
{
	size_t j = i + 1;

	if (j + 1 < n && b[j + 1] == '{') {
		str_fail(a, t, 1, "named Unicode escapes ('\\N{...}') are");
		t->str_error_subset = 1;
	} else
		str_fail(a, t, 0,
		    "(unicode error) 'unicodeescape' codec can't decode bytes "
		    "in position %zu-%zu: malformed \\N character escape",
		    i, j);
	return (j + 1);
}

/*
 * Decode the body b[0, n) of a non-raw literal into t->str as Python's
 * unicode_escape (str) or escape_decode (bytes) would.
 */
static void
str_decode(struct arena *a, struct token *t, const char *b, size_t n, int bytes)
{
	char *out = arena_alloc(a, n + 1), *o = out;
	size_t i = 0, j;
	int c;

	while (i < n) {
		if (b[i] != '\\' || i + 1 >= n) {
			*o++ = b[i++];
			continue;
		}
		j = i + 1;
		c = b[j];
		if (c == '\n')
			i += 2; /* a backslash-newline is nothing */
		else if (simple_escape(c) >= 0) {
			*o++ = (char)simple_escape(c);
			i = j + 1;
		} else if (c >= '0' && c <= '7')
			i = esc_octal(b, n, j, bytes, &o);
		else if (c == 'x' || (!bytes && (c == 'u' || c == 'U')))
			i = esc_hex(a, t, b, n, i, bytes, &o);
		else if (c == 'N' && !bytes)
			i = esc_named(a, t, b, n, i);
		else {
			/* Python keeps the backslash (and warns). */
			*o++ = '\\';
			i = j;
		}
	}
	*o = '\0';
	t->str = out;
	t->slen = (size_t)(o - out);
}

/*
 * A token that began on an earlier line, first_line (which starts at
 * first_ls): it is placed there, wherever it ends.
 */
static struct token *
lex_push_from(struct lex *l, enum tok_kind k, size_t start, int first_line,
    size_t first_ls)
{
	int line = l->line;
	size_t ls = l->line_start;
	struct token *t;

	l->line = first_line;
	l->line_start = first_ls;
	t = lex_push(l, k, start);
	l->line = line;
	l->line_start = ls;
	return (t);
}

/*
 * A string literal from its prefix at start; quote at l->pos.  Raw
 * bodies are copied; the rest decoded.
 */
static enum lex_status
lex_string(struct lex *l, size_t start, int bytes, int raw, int fstr)
{
	int q = lex_peek(l, 0), qsize = 1, endq = 0, c;
	int first_line = l->line;
	size_t first_ls = l->line_start, body, bend, i;
	struct token *t;

	l->pos++;
	if (lex_peek(l, 0) == q) {
		if (lex_peek(l, 1) == q) {
			qsize = 3;
			l->pos += 2;
		} else {
			l->pos++;
			endq = 1; /* '' */
		}
	}
	body = l->pos;
	while (endq != qsize) {
		c = lex_peek(l, 0);
		if (l->pos >= l->len || (qsize == 1 && c == '\n')) {
			int detected = l->pos >= l->len ? l->nlines : l->line;

			if (l->pos >= l->len && !l->final)
				return (LEX_INCOMPLETE);
			l->line_start = first_ls;
			return (lex_error(l, first_line, col_of(l, start),
			    "unterminated %sstring literal (detected at line "
			    "%d)",
			    qsize == 3 ? "triple-quoted " : "", detected));
		}
		l->pos++;
		if (c == q) {
			endq++;
			continue;
		}
		endq = 0;
		if (c == '\\' && l->pos < l->len)
			c = (unsigned char)l->s[l->pos++];
		if (c == '\n') {
			l->line++;
			l->line_start = l->pos;
		}
	}
	bend = l->pos - qsize;
	if (bend < body)
		body = bend; /* '' */
	t = lex_push_from(l,
	    fstr  ? TK_FSTRING :
	    bytes ? TK_BYTES :
	            TK_STR,
	    start, first_line, first_ls);
	if (fstr) {
		/* The parser splits it into text and {fields}: keep it raw. */
		t->str = arena_strndup(&l->res->strs, l->s + body, bend - body);
		t->slen = bend - body;
		t->ival = raw;
		return (LEX_OK);
	}
	if (bytes) {
		for (i = body; i < bend; i++)
			if ((unsigned char)l->s[i] >= 0x80) {
				str_fail(&l->res->strs, t, 1,
				    "bytes can only contain ASCII "
				    "literal characters");
				break;
			}
	}
	if (raw) {
		t->str = arena_strndup(&l->res->strs, l->s + body, bend - body);
		t->slen = bend - body;
	} else
		str_decode(&l->res->strs, t, l->s + body, bend - body, bytes);
	return (LEX_OK);
}

/* Names ------------------------------------------------------------------ */

/* The keyword kind for the n bytes at s, or TK_NAME. */
static enum tok_kind
keyword_kind(const char *s, size_t n)
{
	/* 1 + the first keyword for each first byte; 0: none.  Built once. */
	static unsigned char first_kw[128];
	static int built;
	unsigned char c = (unsigned char)s[0];
	size_t i;

	if (!built) {
		for (i = NKEYWORDS; i-- > 0;)
			first_kw[(unsigned char)keywords[i][0]] =
			    (unsigned char)(i + 1);
		built = 1;
	}
	/* Most names are no keyword: keywords are 2 to 8 bytes long. */
	if (n < 2 || n > 8 || c >= 128 || first_kw[c] == 0)
		return (TK_NAME);
	/* keywords[] is sorted: those with s's first byte sit together. */
	for (i = first_kw[c] - 1; i < NKEYWORDS && keywords[i][0] == s[0]; i++)
		if (strncmp(keywords[i], s, n) == 0 && keywords[i][n] == '\0')
			return ((enum tok_kind)(TK_FIRST_KEYWORD + i));
	return (TK_NAME);
}

static enum lex_status
lex_name(struct lex *l)
{
	size_t start = l->pos, i;
	int b = 0, r = 0, u = 0, f = 0, c, n, first = 1, ascii = 1;
	unsigned long cp;
	struct token *t;

	/* The legal combinations of b"", r"", u"" and f"", as Python has them.
	 */
	for (;;) {
		c = lex_peek(l, 0);
		if (!(b || u || f) && (c == 'b' || c == 'B'))
			b = 1;
		else if (!(b || u || r || f) && (c == 'u' || c == 'U'))
			u = 1;
		else if (!(r || u) && (c == 'r' || c == 'R'))
			r = 1;
		else if (!(f || b || u) && (c == 'f' || c == 'F'))
			f = 1;
		else
			break;
		l->pos++;
		c = lex_peek(l, 0);
		if (c == '"' || c == '\'')
			return (lex_string(l, start, b, r, f));
	}
	while ((c = lex_peek(l, 0)) != 0 && is_id_byte(c)) {
		ascii &= c < 0x80;
		l->pos++;
	}
	/*
	 * An ASCII name is valid as scanned (a letter or '_', then letters,
	 * digits and '_'); others are checked character by character.
	 */
	for (i = ascii ? l->pos : start; i < l->pos; i += n) {
		cp = utf8_decode((const unsigned char *)l->s + i, &n);
		if (!uni_is_id(cp, first)) {
			if (uni_printable(cp))
				return (lex_error(l, l->line, col_of(l, i),
				    "invalid character '%.*s' (U+%04lX)", n,
				    l->s + i, cp));
			return (lex_error(l, l->line, col_of(l, i),
			    "invalid non-printable character U+%04lX", cp));
		}
		first = 0;
	}
	t = lex_push(l, keyword_kind(l->s + start, l->pos - start), start);
	t->slen = l->pos - start;
	t->str = arena_strndup(&l->res->strs, l->s + start, t->slen);
	return (LEX_OK);
}

/* Operators -------------------------------------------------------------- */

/*
 * Grouped by first byte (op_find indexes the groups), longest first
 * within each group so that the first match is the longest.
 */
static const struct {
	const char *text;
	enum tok_kind kind;
} ops[] = {
	{ "!=", TK_NE },
	{ "!", TK_BADCHAR },
	{ "$", TK_BADCHAR },
	{ "%=", TK_PERCENTEQ },
	{ "%", TK_PERCENT },
	{ "&=", TK_AMPEREQ },
	{ "&", TK_AMPER },
	{ "(", TK_LPAR },
	{ ")", TK_RPAR },
	{ "**=", TK_POWEQ },
	{ "**", TK_POW },
	{ "*=", TK_STAREQ },
	{ "*", TK_STAR },
	{ "+=", TK_PLUSEQ },
	{ "+", TK_PLUS },
	{ ",", TK_COMMA },
	{ "-=", TK_MINUSEQ },
	{ "->", TK_ARROW },
	{ "-", TK_MINUS },
	{ "...", TK_ELLIPSIS },
	{ ".", TK_DOT },
	{ "//=", TK_DSLASHEQ },
	{ "//", TK_DSLASH },
	{ "/=", TK_SLASHEQ },
	{ "/", TK_SLASH },
	{ ":=", TK_WALRUS },
	{ ":", TK_COLON },
	{ ";", TK_SEMI },
	{ "<<=", TK_LSHIFTEQ },
	{ "<<", TK_LSHIFT },
	{ "<=", TK_LE },
	{ "<>", TK_LTGT },
	{ "<", TK_LT },
	{ "==", TK_EQ },
	{ "=", TK_ASSIGN },
	{ ">>=", TK_RSHIFTEQ },
	{ ">>", TK_RSHIFT },
	{ ">=", TK_GE },
	{ ">", TK_GT },
	{ "?", TK_BADCHAR },
	{ "@=", TK_ATEQ },
	{ "@", TK_AT },
	{ "[", TK_LSQB },
	{ "]", TK_RSQB },
	{ "^=", TK_CIRCUMFLEXEQ },
	{ "^", TK_CIRCUMFLEX },
	{ "`", TK_BADCHAR },
	{ "{", TK_LBRACE },
	{ "|=", TK_VBAREQ },
	{ "|", TK_VBAR },
	{ "}", TK_RBRACE },
	{ "~", TK_TILDE },
};
#define NOPS (sizeof(ops) / sizeof(ops[0]))

/* The length of the operator text (1 to 3 bytes) if it starts s, or 0. */
static size_t
op_matches(const char *s, const char *text)
{
	if (text[1] == '\0')
		return (1);
	if (s[1] != text[1])
		return (0);
	if (text[2] == '\0')
		return (2);
	return (s[2] == text[2] ? 3 : 0);
}

/* The longest operator at the current byte c: its row, or -1. */
static int
op_find(struct lex *l, int c, size_t *n)
{
	/* 1 + the first row for each first byte; 0: none.  Built once. */
	static unsigned char first_row[128];
	static int built;
	const char *s = l->s + l->pos;
	size_t i;

	if (!built) {
		for (i = NOPS; i-- > 0;)
			first_row[(unsigned char)ops[i].text[0]] =
			    (unsigned char)(i + 1);
		built = 1;
	}
	if (c < 0 || c >= 128 || first_row[c] == 0)
		return (-1);
	for (i = first_row[c] - 1; i < NOPS && ops[i].text[0] == (char)c; i++)
		if ((*n = op_matches(s, ops[i].text)) != 0)
			return ((int)i);
	return (-1);
}

static enum lex_status
lex_op(struct lex *l)
{
	size_t start = l->pos, n = 0;
	int c = lex_peek(l, 0), col = col_of(l, start), i;
	char open;

	if ((i = op_find(l, c, &n)) < 0) {
		/* Control characters: Python names them by code point. */
		return (lex_error(l, l->line, col,
		    "invalid non-printable character U+%04X", c));
	}
	switch (ops[i].kind) {
	case TK_LPAR:
	case TK_LSQB:
	case TK_LBRACE:
		if (l->level >= LEX_MAXLEVEL)
			return (lex_error(l, l->line, col,
			    "too many nested parentheses"));
		l->brack[l->level] = (char)c;
		l->brack_line[l->level] = l->line;
		l->brack_col[l->level] = col;
		l->level++;
		break;
	case TK_RPAR:
	case TK_RSQB:
	case TK_RBRACE:
		if (l->level == 0)
			return (
			    lex_error(l, l->line, col, "unmatched '%c'", c));
		open = l->brack[l->level - 1];
		if (!((open == '(' && c == ')') || (open == '[' && c == ']') ||
		        (open == '{' && c == '}'))) {
			if (l->brack_line[l->level - 1] != l->line)
				return (lex_error(l, l->line, col,
				    "closing parenthesis '%c' does not match "
				    "opening parenthesis '%c' on line %d",
				    c, open, l->brack_line[l->level - 1]));
			return (lex_error(l, l->line, col,
			    "closing parenthesis '%c' does not match opening "
			    "parenthesis '%c'",
			    c, open));
		}
		l->level--;
		break;
	default:
		break;
	}
	l->pos += n;
	lex_push(l, ops[i].kind, start);
	return (LEX_OK);
}

/* The scanner ------------------------------------------------------------ */

/*
 * The indentation of a line as Python's tokenizer measures it: a tab
 * moves to the next multiple of 8 (*alt: counts 1), a form feed starts
 * again at 0.
 */
static int
indent_col(const char *s, size_t from, size_t to, int *alt)
{
	int col = 0;

	*alt = 0;
	for (; from < to; from++) {
		if (s[from] == ' ') {
			col++;
			(*alt)++;
		} else if (s[from] == '\t') {
			col = (col / 8 + 1) * 8;
			(*alt)++;
		} else
			col = *alt = 0;
	}
	return (col);
}

static enum lex_status
tab_error(struct lex *l, size_t p, size_t start)
{
	l->res->err_indent = 2;
	return (lex_error(l, l->line, (int)(p - start),
	    "inconsistent use of tabs and spaces in indentation"));
}

/* A line's indentation against the open levels: INDENT or DEDENTs. */
static enum lex_status
lex_indent(struct lex *l, size_t p)
{
	int alt, col = indent_col(l->s, l->pos, p, &alt);
	size_t start = l->pos;

	l->pos = p;
	if (col == l->ind[l->nind]) {
		if (alt != l->alt[l->nind])
			return (tab_error(l, p, start));
		return (LEX_OK);
	}
	if (col > l->ind[l->nind]) {
		if (!l->last_colon) {
			/* No block opens here: Python's parser says so. */
			l->res->err_indent = 1;
			return (lex_error(l, l->line, (int)(p - start) - 1,
			    "unexpected indent"));
		}
		if (l->nind + 1 >= LEX_MAXINDENT) { /* as CPython counts */
			l->res->err_indent = 1;
			return (lex_error(l, l->line, (int)(p - start),
			    "too many levels of indentation"));
		}
		if (alt <= l->alt[l->nind])
			return (tab_error(l, p, start));
		l->nind++;
		l->ind[l->nind] = col;
		l->alt[l->nind] = alt;
		lex_push(l, TK_INDENT, p);
		return (LEX_OK);
	}
	while (l->nind > 0 && col < l->ind[l->nind]) {
		l->nind--;
		lex_push(l, TK_DEDENT, p);
	}
	if (col != l->ind[l->nind]) {
		size_t e = p;

		while (e < l->len && l->s[e] != '\n')
			e++;
		l->res->err_indent = 1;
		return (lex_error(l, l->line, (int)(e - start),
		    "unindent does not match any outer indentation level"));
	}
	if (alt != l->alt[l->nind])
		return (tab_error(l, p, start));
	return (LEX_OK);
}

/* At the start of a logical line: blank lines and comments vanish. */
static enum lex_status
lex_line_start(struct lex *l)
{
	size_t p;
	int c;

	for (;;) {
		p = l->pos;
		while (p < l->len &&
		       (l->s[p] == ' ' || l->s[p] == '\t' || l->s[p] == '\f'))
			p++;
		c = p < l->len ? (unsigned char)l->s[p] : 0;
		if (c == '#') {
			while (p < l->len && l->s[p] != '\n')
				p++;
			c = p < l->len ? '\n' : 0;
		}
		if (c == '\n') {
			l->pos = p + 1;
			l->line++;
			l->line_start = l->pos;
			continue;
		}
		if (c == 0) {
			l->pos = p;
			return (LEX_OK);
		}
		if (c == '\\' && p > l->pos) {
			l->pos = p;
			return (LEX_OK);
		}
		return (lex_indent(l, p));
	}
}

/* The end of the input: the levels still open close. */
static void
lex_close_levels(struct lex *l)
{
	if (!l->final)
		return; /* more lines may come, and the block go on */
	while (l->nind > 0) {
		l->nind--;
		lex_push(l, TK_DEDENT, l->pos);
	}
}

static enum lex_status
lex_scan(struct lex *l)
{
	enum lex_status st;
	int c, bol = 1;

	for (;;) {
		if (bol && l->level == 0 && !l->pending_nl) {
			if ((st = lex_line_start(l)) != LEX_OK)
				return (st);
		}
		bol = 0;
		while ((c = lex_peek(l, 0)) == ' ' || c == '\t' || c == '\f')
			l->pos++;
		if (c == '#') {
			while (lex_peek(l, 0) != '\n' && l->pos < l->len)
				l->pos++;
			c = lex_peek(l, 0);
		}
		if (l->pos >= l->len) {
			if (l->pending_nl && l->level == 0) {
				l->last_colon =
				    l->res->toks[l->res->ntoks - 1].kind ==
				    TK_COLON;
				lex_push(l, TK_NEWLINE, l->pos);
				l->pending_nl = 0;
			}
			if (l->level == 0)
				lex_close_levels(l);
			return (LEX_OK);
		}
		if (c == '\n') {
			if (l->pending_nl && l->level == 0) {
				l->last_colon =
				    l->res->toks[l->res->ntoks - 1].kind ==
				    TK_COLON;
				l->pos++;
				lex_push(l, TK_NEWLINE, l->pos - 1)->len = 1;
				l->pending_nl = 0;
			} else
				l->pos++;
			l->line++;
			l->line_start = l->pos;
			bol = 1;
			continue;
		}
		if (c == '\\') {
			if (lex_peek(l, 1) != '\n')
				return (
				    lex_error(l, l->line, col_of(l, l->pos) + 1,
				        "unexpected character "
				        "after line continuation character"));
			if (l->pos + 2 >= l->len) {
				if (!l->final)
					return (LEX_INCOMPLETE);
				return (
				    lex_error(l, l->line, col_of(l, l->pos) + 1,
				        "unexpected EOF while parsing"));
			}
			l->pos += 2;
			l->line++;
			l->line_start = l->pos;
			continue;
		}
		l->pending_nl = 1;
		if (isdigit(c) || (c == '.' && isdigit(lex_peek(l, 1))))
			st = lex_number(l);
		else if (c == '\'' || c == '"')
			st = lex_string(l, l->pos, 0, 0, 0);
		else if (is_id_start_byte(c))
			st = lex_name(l);
		else
			st = lex_op(l);
		if (st != LEX_OK)
			return (st);
	}
}

enum lex_status
lex_source(const char *src, size_t len, int final, struct lex_result *res)
{
	return (lex_source_at(src, len, 1, final, res));
}

enum lex_status
lex_source_at(const char *src, size_t len, int first_line, int final,
    struct lex_result *res)
{
	struct lex l;
	enum lex_status st;

	memset(res, 0, sizeof(*res));
	memset(&l, 0, sizeof(l));
	l.res = res;
	l.final = final;
	l.line = first_line;
	st = lex_prepare(&l, src, len);
	if (st == LEX_OK)
		st = lex_scan(&l);
	res->status = st;
	/* Whatever happened, the parser finds an end marker. */
	lex_push(&l, TK_EOF, l.pos < l.len ? l.pos : l.len);
	res->depth = l.level;
	if (l.level > 0) {
		res->open_ch = l.brack[l.level - 1];
		res->open_line = l.brack_line[l.level - 1];
		res->open_col = l.brack_col[l.level - 1];
	}
	free((char *)l.s);
	return (st);
}

void
lex_free(struct lex_result *res)
{
	if (res == NULL)
		return;
	arena_free(&res->strs);
	free(res->toks);
	res->toks = NULL;
	res->ntoks = 0;
}

int
lex_decode_text(struct arena *a, const char *s, size_t n, char **out,
    size_t *outlen, const char **err)
{
	struct token t;

	memset(&t, 0, sizeof(t));
	str_decode(a, &t, s, n, 0);
	*out = t.str;
	*outlen = t.slen;
	*err = t.str_error;
	return (t.str_error != NULL ? -1 : 0);
}
