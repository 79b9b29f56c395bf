/* check_lexer.c -- unit suite for src/lexer.c */
#include <config.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_main.h"
#include "lexer.h"

static struct lex_result res;

static void
teardown(void)
{
	lex_free(&res);
}

static enum lex_status
lex(const char *src, int final)
{
	lex_free(&res);
	return (lex_source(src, strlen(src), final, &res));
}

/* The token kinds of src, as "NAME '=' INT NEWLINE end of input". */
static const char *
kinds(const char *src)
{
	static char buf[4096];
	size_t i, n = 0;

	lex(src, 1);
	buf[0] = '\0';
	for (i = 0; i < res.ntoks && n < sizeof(buf) - 64; i++)
		n += snprintf(buf + n, sizeof(buf) - n, "%s%s", i ? " " : "",
		    tok_kind_name(res.toks[i].kind));
	return (buf);
}

/* The one literal token src holds, checked to be of kind k. */
static struct token *
one(const char *src, enum tok_kind k)
{
	ck_assert_int_eq(lex(src, 1), LEX_OK);
	ck_assert_uint_eq(res.ntoks, 3); /* token NEWLINE EOF */
	ck_assert_msg(res.toks[0].kind == k, "%s: kind %s", src,
	    tok_kind_name(res.toks[0].kind));
	return (&res.toks[0]);
}

static void
str_is(const char *src, enum tok_kind k, const char *want, size_t wantlen)
{
	struct token *t = one(src, k);

	ck_assert_msg(t->str_error == NULL, "%s: %s", src, t->str_error);
	ck_assert_msg(t->slen == wantlen && memcmp(t->str, want, wantlen) == 0,
	    "%s: decoded to %zu bytes \"%s\"", src, t->slen, t->str);
}

#define STR_IS(src, want) str_is(src, TK_STR, want, sizeof(want) - 1)
#define BYTES_IS(src, want) str_is(src, TK_BYTES, want, sizeof(want) - 1)

static void
error_is(const char *src, const char *msg, int line, int col)
{
	ck_assert_msg(lex(src, 1) == LEX_ERROR, "%s: no error", src);
	ck_assert_msg(strcmp(res.err_msg, msg) == 0, "%s: \"%s\"", src,
	    res.err_msg);
	ck_assert_msg(res.err_line == line && res.err_col == col,
	    "%s: at %d:%d, want %d:%d", src, res.err_line, res.err_col, line,
	    col);
	/* Even after an error the token array ends with an end marker. */
	ck_assert_int_eq(res.toks[res.ntoks - 1].kind, TK_EOF);
}

/* Core ------------------------------------------------------------------------
 */

START_TEST(test_statement)
{
	ck_assert_str_eq(kinds("s = socket.socket()"),
	    "NAME '=' NAME '.' NAME '(' ')' NEWLINE end of input");
	ck_assert_str_eq(kinds(""), "end of input");
	ck_assert_str_eq(kinds("\n\n  # only a comment\n"), "end of input");
	ck_assert_str_eq(kinds("x # c"), "NAME NEWLINE end of input");
	ck_assert_str_eq(kinds("a; b\n\nc\n"),
	    "NAME ';' NAME NEWLINE NAME NEWLINE end of input");
}
END_TEST

START_TEST(test_keywords)
{
	ck_assert_str_eq(kinds("if iff None none True False and or not in is"),
	    "'if' NAME 'None' NAME 'True' 'False' 'and' 'or' 'not' 'in' 'is' "
	    "NEWLINE end of input");
	ck_assert_str_eq(kinds("import from as del pass lambda yield"),
	    "'import' 'from' 'as' 'del' 'pass' 'lambda' 'yield' NEWLINE "
	    "end of input");
	ck_assert_str_eq(kinds("match case _ print"),
	    "NAME NAME NAME NAME NEWLINE end of input");
	ck_assert_str_eq(res.toks[3].str, "print");
}
END_TEST

START_TEST(test_operators)
{
	ck_assert_str_eq(kinds("**= //= >>= <<= ... ** // << >> <= >= == != "
	                       "<> -> := += -= *= /= %= &= |= ^= @="),
	    "'**=' '//=' '>>=' '<<=' '...' '**' '//' '<<' '>>' '<=' '>=' '==' "
	    "'!=' '<>' '->' ':=' '+=' '-=' '*=' '/=' '%=' '&=' '|=' '^=' '@=' "
	    "NEWLINE end of input");
	ck_assert_str_eq(kinds("( ) [ ] { } , ; : . = @ + - * / % | & ^ ~ < >"),
	    "'(' ')' '[' ']' '{' '}' ',' ';' ':' '.' '=' '@' '+' '-' '*' '/' "
	    "'%' '|' '&' '^' '~' '<' '>' NEWLINE end of input");
	ck_assert_str_eq(kinds("$ ? ! `"),
	    "BADCHAR BADCHAR BADCHAR BADCHAR NEWLINE end of input");
}
END_TEST

START_TEST(test_integers)
{
	static const struct {
		const char *src;
		long long v;
	} ints[] = {
		{ "0", 0 },
		{ "00", 0 },
		{ "0_0", 0 },
		{ "7", 7 },
		{ "1_000_000", 1000000 },
		{ "0x1F", 31 },
		{ "0X_ff", 255 },
		{ "0o17", 15 },
		{ "0O7_7", 63 },
		{ "0b101", 5 },
		{ "0B_1_0", 2 },
		{ "9223372036854775807", 9223372036854775807LL },
		{ "0x7fffffffffffffff", 9223372036854775807LL },
	};
	struct token *t;
	size_t i;

	for (i = 0; i < sizeof(ints) / sizeof(ints[0]); i++) {
		t = one(ints[i].src, TK_INT);
		ck_assert_msg(t->ival == ints[i].v && t->overflow == 0,
		    "%s: %lld", ints[i].src, t->ival);
	}
	ck_assert_int_eq(one("9223372036854775808", TK_INT)->overflow, 1);
	ck_assert_int_eq(one("99999999999999999999", TK_INT)->overflow, 2);
	ck_assert_int_eq(one("0x8000000000000001", TK_INT)->overflow, 2);
}
END_TEST

START_TEST(test_floats)
{
	static const struct {
		const char *src;
		double v;
	} floats[] = {
		{ "1.5", 1.5 },
		{ "1e3", 1000 },
		{ ".5", 0.5 },
		{ "2.", 2 },
		{ "1E+2", 100 },
		{ "1e-2", 0.01 },
		{ "1_0.2_5", 10.25 },
		{ "0e5", 0 },
		{ "09.5", 9.5 },
		{ "00.5", 0.5 },
		{ "1e5_0", 1e50 },
	};
	size_t i;

	for (i = 0; i < sizeof(floats) / sizeof(floats[0]); i++)
		ck_assert_msg(one(floats[i].src, TK_FLOAT)->fval == floats[i].v,
		    "%s", floats[i].src);
	ck_assert(isinf(one("1e999", TK_FLOAT)->fval));
	one("1j", TK_IMAG);
	one("1.5J", TK_IMAG);
	/* 1if: Python accepts a keyword right after a number. */
	ck_assert_str_eq(kinds("1if 2else 3"),
	    "INT 'if' INT 'else' INT NEWLINE end of input");
	ck_assert_str_eq(kinds("1.2.3"), "FLOAT FLOAT NEWLINE end of input");
	ck_assert_str_eq(kinds("x.1"), "NAME FLOAT NEWLINE end of input");
}
END_TEST

START_TEST(test_strings)
{
	STR_IS("'abc'", "abc");
	STR_IS("\"abc\"", "abc");
	STR_IS("'''a'b\"c'''", "a'b\"c");
	STR_IS("\"\"\"a\nb\"\"\"", "a\nb");
	STR_IS("''", "");
	STR_IS("\"\"", "");
	STR_IS("''''''", "");
	STR_IS("u'x'", "x");
	STR_IS("U'x'", "x");
	STR_IS("'caf\xc3\xa9'", "caf\xc3\xa9");
}
END_TEST

START_TEST(test_escapes)
{
	STR_IS("'\\n\\t\\r\\\\\\'\\\"'", "\n\t\r\\'\"");
	STR_IS("'\\a\\b\\f\\v'", "\a\b\f\v");
	STR_IS("'\\x41\\x4a\\x4A'", "AJJ");
	STR_IS("'\\0'", "\0");
	STR_IS("'a\\x00b'", "a\0b");
	STR_IS("'\\101\\1234\\7'", "AS4\a");
	STR_IS("'\\777'", "\xc7\xbf"); /* chr(511) */
	STR_IS("'\\u00e9'", "\xc3\xa9");
	STR_IS("'\\u20ac'", "\xe2\x82\xac");
	STR_IS("'\\U0001F600'", "\xf0\x9f\x98\x80");
	STR_IS("'\\ud800'", "\xed\xa0\x80");
	STR_IS("'\\q\\8\\ '", "\\q\\8\\ ");
	STR_IS("'a\\\nb'", "ab");
	STR_IS("'''a\\\nb'''", "ab");
	STR_IS("'\\\xc3\xa9'", "\\\xc3\xa9");
}
END_TEST

START_TEST(test_raw_and_bytes)
{
	STR_IS("r'\\n'", "\\n");
	STR_IS("R'\\''", "\\'");
	STR_IS("r'a\\\nb'", "a\\\nb");
	BYTES_IS("b'abc'", "abc");
	BYTES_IS("B'\\x00\\xff'", "\0\xff");
	BYTES_IS("b'\\777'", "\xff");
	BYTES_IS("b'\\u0041\\N{X}'", "\\u0041\\N{X}");
	BYTES_IS("rb'\\x'", "\\x");
	BYTES_IS("bR'\\x'", "\\x");
	BYTES_IS("Rb'\\x'", "\\x");
	BYTES_IS("br'\\x'", "\\x");
	one("f'{x}'", TK_FSTRING);
	one("rf'{x}'", TK_FSTRING);
	one("F'''{x}'''", TK_FSTRING);
	/* ub'' is no prefix: the name ub, then a string. */
	ck_assert_str_eq(kinds("ub'a'"), "NAME STRING NEWLINE end of input");
	ck_assert_str_eq(kinds("bar'a'"), "NAME STRING NEWLINE end of input");
}
END_TEST

START_TEST(test_string_errors_wait_for_parser)
{
	struct token *t;

	t = one("'\\x4'", TK_STR);
	ck_assert_str_eq(t->str_error,
	    "(unicode error) 'unicodeescape' codec "
	    "can't decode bytes in position 0-2: truncated \\xXX escape");
	ck_assert_int_eq(t->str_error_here, 0);
	t = one("'ab\\u12'", TK_STR);
	ck_assert_str_eq(t->str_error,
	    "(unicode error) 'unicodeescape' codec "
	    "can't decode bytes in position 2-5: truncated \\uXXXX escape");
	t = one("'\\U00110000'", TK_STR);
	ck_assert_str_eq(t->str_error,
	    "(unicode error) 'unicodeescape' codec "
	    "can't decode bytes in position 0-9: illegal Unicode character");
	t = one("'\\N'", TK_STR);
	ck_assert_str_eq(t->str_error,
	    "(unicode error) 'unicodeescape' codec "
	    "can't decode bytes in position 0-1: malformed \\N character "
	    "escape");
	t = one("b'\\xg0'", TK_BYTES);
	ck_assert_str_eq(t->str_error,
	    "(value error) invalid \\x escape at position 0");
	t = one("b'caf\xc3\xa9'", TK_BYTES);
	ck_assert_str_eq(t->str_error,
	    "bytes can only contain ASCII literal characters");
	ck_assert_int_eq(t->str_error_here, 1);
	t = one("'\\N{BULLET}'", TK_STR);
	ck_assert_int_eq(t->str_error_subset, 1);
}
END_TEST

START_TEST(test_positions)
{
	struct token *t;

	ck_assert_int_eq(lex("x = (1,\n     2)\ny = '''a\nb''' + z", 1),
	    LEX_OK);
	t = res.toks;
	ck_assert_int_eq(t[0].line, 1);
	ck_assert_int_eq(t[0].col, 0);
	ck_assert_int_eq(t[3].kind, TK_INT);
	ck_assert_int_eq(t[3].col, 5);
	ck_assert_int_eq(t[3].level, 1);
	ck_assert_int_eq(t[5].kind, TK_INT);
	ck_assert_int_eq(t[5].line, 2);
	ck_assert_int_eq(t[5].col, 5);
	ck_assert_int_eq(t[6].kind, TK_RPAR);
	ck_assert_int_eq(t[6].level, 0);
	ck_assert_int_eq(t[7].kind, TK_NEWLINE);
	ck_assert_int_eq(t[7].col, 7);
	/* A string spanning lines starts on its first line. */
	ck_assert_int_eq(t[10].kind, TK_STR);
	ck_assert_int_eq(t[10].line, 3);
	ck_assert_int_eq(t[10].col, 4);
	ck_assert_int_eq(t[11].kind, TK_PLUS);
	ck_assert_int_eq(t[11].line, 4);
	ck_assert_int_eq(t[11].col, 5);
	/* Continuation lines keep counting. */
	ck_assert_int_eq(lex("x = \\\n  1", 1), LEX_OK);
	ck_assert_int_eq(res.toks[2].line, 2);
	ck_assert_int_eq(res.toks[2].col, 2);
}
END_TEST

START_TEST(test_newlines)
{
	/* No NEWLINE inside brackets; CRLF and CR end lines as LF does. */
	ck_assert_str_eq(kinds("f(1,\n\n2)\n"),
	    "NAME '(' INT ',' INT ')' NEWLINE end of input");
	ck_assert_str_eq(kinds("a\r\nb\rc"),
	    "NAME NEWLINE NAME NEWLINE NAME NEWLINE end of input");
	ck_assert_int_eq(res.toks[4].line, 3);
	ck_assert_str_eq(kinds("x = 1 \\\n\n"),
	    "NAME '=' INT NEWLINE end of input");
	ck_assert_str_eq(kinds("\\\nx"), "NAME NEWLINE end of input");
	ck_assert_str_eq(kinds("\xef\xbb\xbfx"), "NAME NEWLINE end of input");
	ck_assert_int_eq(res.toks[0].col, 0);
}
END_TEST

START_TEST(test_unicode_names)
{
	ck_assert_str_eq(kinds("caf\xc3\xa9 = \xce\xbb"),
	    "NAME '=' NAME NEWLINE end of input");
	ck_assert_str_eq(res.toks[0].str, "caf\xc3\xa9");
	ck_assert_str_eq(kinds("x\xcc\x81 = 1"),
	    "NAME '=' INT NEWLINE end of input");
}
END_TEST

/* Errors --------------------------------------------------------------------
 */

/* Message and caret for each, as python3 3.11.7 gives them. */
START_TEST(test_number_errors)
{
	error_is("1abc", "invalid decimal literal", 1, 0);
	error_is("1__0", "invalid decimal literal", 1, 1);
	error_is("1_", "invalid decimal literal", 1, 1);
	error_is("1e", "invalid decimal literal", 1, 0);
	error_is("1.e", "invalid decimal literal", 1, 1);
	error_is("x = 1_e5", "invalid decimal literal", 1, 5);
	error_is("x = 1e_5", "invalid decimal literal", 1, 4);
	error_is("x=1.__class__", "invalid decimal literal", 1, 3);
	error_is("0x", "invalid hexadecimal literal", 1, 1);
	error_is("0xg", "invalid hexadecimal literal", 1, 1);
	error_is("0x1g", "invalid hexadecimal literal", 1, 2);
	error_is("0o", "invalid octal literal", 1, 1);
	error_is("0o8", "invalid digit '8' in octal literal", 1, 2);
	error_is("0b", "invalid binary literal", 1, 1);
	error_is("0b12", "invalid digit '2' in binary literal", 1, 3);
	error_is("x = 0b1_", "invalid binary literal", 1, 7);
	error_is("012",
	    "leading zeros in decimal integer literals are not "
	    "permitted; use an 0o prefix for octal integers",
	    1, 0);
	error_is("x = 0_7",
	    "leading zeros in decimal integer literals are not "
	    "permitted; use an 0o prefix for octal integers",
	    1, 4);
	error_is("1jx", "invalid imaginary literal", 1, 1);
}
END_TEST

START_TEST(test_string_errors)
{
	error_is("'abc", "unterminated string literal (detected at line 1)", 1,
	    0);
	error_is("x = 1\ny = b\"abc\nz",
	    "unterminated string literal "
	    "(detected at line 2)",
	    2, 4);
	error_is("x = r'\\'",
	    "unterminated string literal (detected at line "
	    "1)",
	    1, 4);
	error_is("x = '''abc",
	    "unterminated triple-quoted string literal "
	    "(detected at line 1)",
	    1, 4);
	error_is("x = '''abc\n\n",
	    "unterminated triple-quoted string literal "
	    "(detected at line 2)",
	    1, 4);
	error_is("x = '''abc\nd",
	    "unterminated triple-quoted string literal "
	    "(detected at line 2)",
	    1, 4);
	error_is("'abc\\\n",
	    "unterminated string literal (detected at line "
	    "1)",
	    1, 0);
}
END_TEST

START_TEST(test_bracket_errors)
{
	error_is(")", "unmatched ')'", 1, 0);
	error_is("x = ]", "unmatched ']'", 1, 4);
	error_is("x = (1]",
	    "closing parenthesis ']' does not match opening "
	    "parenthesis '('",
	    1, 6);
	error_is("x = (1,\n2]",
	    "closing parenthesis ']' does not match "
	    "opening parenthesis '(' on line 1",
	    2, 1);
	error_is("{)",
	    "closing parenthesis ')' does not match opening "
	    "parenthesis '{'",
	    1, 1);
}
END_TEST

START_TEST(test_character_errors)
{
	error_is("x = 5 \xe2\x80\x94 3",
	    "invalid character '\xe2\x80\x94' "
	    "(U+2014)",
	    1, 6);
	error_is("\xe2\x80\x9chello\xe2\x80\x9d",
	    "invalid character "
	    "'\xe2\x80\x9c' (U+201C)",
	    1, 0);
	error_is("x = \xc3\x97", "invalid character '\xc3\x97' (U+00D7)", 1, 4);
	error_is("x = \xef\xbc\x88",
	    "invalid character '\xef\xbc\x88' "
	    "(U+FF08)",
	    1, 4);
	error_is("\xf0\x9f\x98\x80",
	    "invalid character '\xf0\x9f\x98\x80' "
	    "(U+1F600)",
	    1, 0);
	error_is("x\x01", "invalid non-printable character U+0001", 1, 1);
	error_is("a\xe2\x80\x8b"
	         "b",
	    "invalid non-printable character U+200B", 1, 1);
	error_is("x = 1\n\xc2\xa0x", "invalid non-printable character U+00A0",
	    2, 0);
	error_is("x = 1 + \\ 2",
	    "unexpected character after line "
	    "continuation character",
	    1, 9);
}
END_TEST

START_TEST(test_indent_errors)
{
	error_is("  x = 1", "unexpected indent", 1, 1);
	ck_assert_int_eq(res.err_indent, 1);
	error_is("    x = 1\n", "unexpected indent", 1, 3);
	error_is("\t x = 1\n", "unexpected indent", 1, 1);
	error_is("x = 1\n  y = 2", "unexpected indent", 2, 1);
	/* Indented comments, blank lines and continuations are fine. */
	ck_assert_int_eq(lex("  # c\n   \nx = (\n  1)\ny = 1 + \\\n  2", 1),
	    LEX_OK);
}
END_TEST

START_TEST(test_source_errors)
{
	ck_assert_int_eq(lex_source("x\0", 2, 1, &res), LEX_ERROR);
	ck_assert_str_eq(res.err_msg, "source code cannot contain null bytes");
	ck_assert_int_eq(res.err_line, 1);
	lex_free(&res);
	ck_assert_int_eq(lex_source("a\nb\nc\0", 6, 0, &res), LEX_ERROR);
	ck_assert_int_eq(res.err_line, 3);
	error_is("x = \xff",
	    "(unicode error) 'utf-8' codec can't decode byte "
	    "0xff in position 4: invalid start byte",
	    1, 4);
	error_is("x\n'\xf4\x90\x80\x80'",
	    "(unicode error) 'utf-8' codec can't "
	    "decode byte 0xf4 in position 1: invalid continuation byte",
	    2, 1);
}
END_TEST

/* Incomplete --------------------------------------------------------------- */

START_TEST(test_incomplete)
{
	ck_assert_int_eq(lex("x = '''abc", 0), LEX_INCOMPLETE);
	ck_assert_int_eq(lex("x = '''abc\n", 0), LEX_INCOMPLETE);
	ck_assert_int_eq(lex("x = 1 + \\", 0), LEX_INCOMPLETE);
	ck_assert_int_eq(lex("x = 1 + \\\n", 0), LEX_INCOMPLETE);
	ck_assert_int_eq(lex("'abc\\\n", 0), LEX_INCOMPLETE);
	ck_assert_int_eq(res.toks[res.ntoks - 1].kind, TK_EOF);
	/* An unterminated one-line string never is. */
	ck_assert_int_eq(lex("'abc", 0), LEX_ERROR);
	ck_assert_int_eq(lex("'abc\n", 0), LEX_ERROR);
	/* Final input: errors. */
	ck_assert_int_eq(lex("x = '''abc", 1), LEX_ERROR);
	error_is("x = 1 + \\", "unexpected EOF while parsing", 1, 9);
	error_is("x = 1 + \\\n", "unexpected EOF while parsing", 1, 9);
}
END_TEST

START_TEST(test_open_brackets)
{
	ck_assert_int_eq(lex("x = [1,\n  f(2,", 0), LEX_OK);
	ck_assert_int_eq(res.depth, 2);
	ck_assert_int_eq(res.open_ch, '(');
	ck_assert_int_eq(res.open_line, 2);
	ck_assert_int_eq(res.open_col, 3);
	/* No NEWLINE while brackets are open. */
	ck_assert_int_eq(res.toks[res.ntoks - 2].kind, TK_COMMA);
	ck_assert_int_eq(lex("x = (1)", 1), LEX_OK);
	ck_assert_int_eq(res.depth, 0);
}
END_TEST

/* Limits ----------------------------------------------------------------------
 */

START_TEST(test_nesting_limit)
{
	char buf[LEX_MAXLEVEL + 2];

	memset(buf, '(', LEX_MAXLEVEL);
	buf[LEX_MAXLEVEL] = '\0';
	ck_assert_int_eq(lex(buf, 0), LEX_OK);
	ck_assert_int_eq(res.depth, LEX_MAXLEVEL);
	buf[LEX_MAXLEVEL] = '[';
	buf[LEX_MAXLEVEL + 1] = '\0';
	error_is(buf, "too many nested parentheses", 1, LEX_MAXLEVEL);
}
END_TEST

START_TEST(test_long_tokens)
{
	size_t n = 1 << 20;
	char *s = malloc(n + 3);

	ck_assert_ptr_nonnull(s);
	memset(s, 'a', n);
	s[n] = '\0';
	one(s, TK_NAME);
	ck_assert_uint_eq(res.toks[0].slen, n);
	memset(s, '1', n);
	ck_assert_int_eq(one(s, TK_INT)->overflow, 2);
	s[0] = '.';
	ck_assert(isinf(one(s, TK_FLOAT)->fval) == 0);
	s[0] = '"';
	s[n] = '"';
	s[n + 1] = '\0';
	ck_assert_uint_eq(one(s, TK_STR)->slen, n - 1);
	free(s);
}
END_TEST

START_TEST(test_fuzz)
{
	unsigned long state = 7;
	char buf[96];
	size_t len, i;
	int round;
	enum lex_status st;

	for (round = 0; round < 30000; round++) {
		len = (state = state * 6364136223846793005UL + 1) >> 58;
		for (i = 0; i < len && i < sizeof(buf); i++) {
			state = state * 6364136223846793005UL +
			        1442695040888963407UL;
			/* Mostly ASCII punctuation and quotes, some high bytes.
			 */
			buf[i] =
			    (state >> 60) < 12 ?
			        "'\"\\(){}[]#\n 0x.e_rbf"[(state >> 40) % 21] :
			        (char)(state >> 33);
		}
		st = lex_source(buf, i, round & 1, &res);
		ck_assert(st == LEX_OK || st == LEX_ERROR ||
		          (st == LEX_INCOMPLETE && (round & 1) == 0));
		ck_assert_int_eq(res.toks[res.ntoks - 1].kind, TK_EOF);
		if (st == LEX_ERROR)
			ck_assert(res.err_msg[0] != '\0');
		lex_free(&res);
	}
}
END_TEST

/* A piece of a file: lines are counted from where the piece starts. */
START_TEST(test_first_line)
{
	ck_assert_int_eq(lex_source_at("x\n\ny\n", 5, 10, 1, &res), LEX_OK);
	ck_assert_int_eq(res.toks[0].line, 10);
	ck_assert_int_eq(res.toks[2].kind, TK_NAME);
	ck_assert_int_eq(res.toks[2].line, 12);
	lex_free(&res);
	ck_assert_int_eq(lex_source_at("x = '''\n", 8, 7, 1, &res), LEX_ERROR);
	ck_assert_str_eq(res.err_msg,
	    "unterminated triple-quoted string literal (detected at line 7)");
	ck_assert_int_eq(res.err_line, 7);
}
END_TEST

static size_t
chunk(const char *src, size_t want, int *nlines)
{
	return (lex_chunk_end(src, strlen(src), want, nlines));
}

/* Scripts are parsed in chunks cut after the end of a statement. */
START_TEST(test_chunks)
{
	int n;

	ck_assert_uint_eq(chunk("a = 1\nb = 2\nc = 3\n", 1, &n), 6);
	ck_assert_int_eq(n, 1);
	ck_assert_uint_eq(chunk("a = 1\nb = 2\nc = 3\n", 7, &n), 12);
	ck_assert_int_eq(n, 2);
	ck_assert_uint_eq(chunk("a = 1\nb = 2", 7, &n), 11); /* the end */
	ck_assert_int_eq(n, 1);
	ck_assert_uint_eq(chunk("", 1, &n), 0);
	ck_assert_int_eq(n, 0);
	/* Not inside brackets, strings, comments or continuations. */
	ck_assert_uint_eq(chunk("f(1,\n2)\nx\n", 1, &n), 8);
	ck_assert_uint_eq(chunk("s = '''a\nb'''\nx\n", 1, &n), 14);
	ck_assert_uint_eq(chunk("s = 'a\\\nb'\nx\n", 1, &n), 11);
	ck_assert_uint_eq(chunk("x = 1 + \\\n2\ny\n", 1, &n), 12);
	ck_assert_uint_eq(chunk("x = 1 + \\\r\n2\ny\n", 1, &n), 13);
	ck_assert_uint_eq(chunk("# (it's\nx\n", 1, &n), 8);
	ck_assert_uint_eq(chunk("x = ')'\ny\n", 1, &n), 8);
	/* Lines as the lexer counts them: LF, CR LF and a lone CR. */
	ck_assert_uint_eq(chunk("a\r\nb\rc\n", 7, &n), 7);
	ck_assert_int_eq(n, 3);
	/* Never before a byte order mark: only a file may start with one. */
	ck_assert_uint_eq(chunk("a\n\xef\xbb\xbf"
	                        "b\nc\n",
	                      1, &n),
	    7);
}
END_TEST

START_TEST(test_kind_names)
{
	ck_assert_str_eq(tok_kind_name(TK_EOF), "end of input");
	ck_assert_str_eq(tok_kind_name(TK_LPAR), "'('");
	ck_assert_str_eq(tok_kind_name(TK_YIELD), "'yield'");
	ck_assert_str_eq(tok_kind_name(TK_NKINDS), "?");
	lex_free(NULL);
}
END_TEST

/* Blocks: Python's NEWLINE, INDENT and DEDENT ------------------------------ */

START_TEST(test_indent_dedent)
{
	ck_assert_str_eq(kinds("if x:\n    y\n"),
	    "'if' NAME ':' NEWLINE INDENT NAME NEWLINE DEDENT end of input");
	/* Two levels closed by one line: two DEDENTs, then its tokens. */
	ck_assert_str_eq(kinds("if a:\n if b:\n  c\nd\n"),
	    "'if' NAME ':' NEWLINE INDENT 'if' NAME ':' NEWLINE INDENT NAME "
	    "NEWLINE DEDENT DEDENT NAME NEWLINE end of input");
	/* Blank lines, comment lines and bracketed lines do not count. */
	ck_assert_str_eq(kinds("while 1:\n\n  # c\n        \n  (a,\nb)\n"),
	    "'while' INT ':' NEWLINE INDENT '(' NAME ',' NAME ')' NEWLINE "
	    "DEDENT end of input");
	/* The end of the input closes every level (no newline needed). */
	ck_assert_str_eq(kinds("for i in x:\n  for j in i:\n    pass"),
	    "'for' NAME 'in' NAME ':' NEWLINE INDENT 'for' NAME 'in' NAME ':' "
	    "NEWLINE INDENT 'pass' NEWLINE DEDENT DEDENT end of input");
	/* A suite on the header's line has no INDENT. */
	ck_assert_str_eq(kinds("if x: y\nz\n"),
	    "'if' NAME ':' NAME NEWLINE NAME NEWLINE end of input");
	/* A tab goes to the next multiple of 8: eight spaces match it. */
	ck_assert_int_eq(lex("if 1:\n\tx\n\ty\n", 1), LEX_OK);
	ck_assert_int_eq(lex("if 1:\n  \tx\n  \ty\n", 1), LEX_OK);
	error_is("if 1:\n  \tx\n\ty\n",
	    "inconsistent use of tabs and spaces in indentation", 3, 1);
	/* More input may come: the levels stay open. */
	ck_assert_int_eq(lex("if x:\n    y\n", 0), LEX_OK);
	ck_assert_int_eq(res.toks[res.ntoks - 2].kind, TK_NEWLINE);
	/* An INDENT sits where the line's first token starts. */
	ck_assert_int_eq(lex("if x:\n   y\n", 1), LEX_OK);
	ck_assert_int_eq(res.toks[4].kind, TK_INDENT);
	ck_assert_int_eq(res.toks[4].line, 2);
	ck_assert_int_eq(res.toks[4].col, 3);
}
END_TEST

START_TEST(test_indent_block_errors)
{
	error_is("if 1:\n    x\n  y\n",
	    "unindent does not match any outer indentation level", 3, 3);
	ck_assert_int_eq(res.err_indent, 1);
	/* After a line that opens no block, an indent is unexpected. */
	error_is("if 1: x\n  y\n", "unexpected indent", 2, 1);
	error_is("if 1:\n  x\n    y\n", "unexpected indent", 3, 3);
	/* Tabs and spaces that agree only with tabs at 8 columns. */
	error_is("if 1:\n        x\n\ty\n",
	    "inconsistent use of tabs and spaces in indentation", 3, 1);
	ck_assert_int_eq(res.err_indent, 2);
	error_is("if 1:\n\tx\n        y\n",
	    "inconsistent use of tabs and spaces in indentation", 3, 8);
}
END_TEST

START_TEST(test_indent_limit)
{
	char src[8192];
	size_t n = 0;
	int i, j;

	/* 99 blocks deep are fine; the 100th is "too many levels". */
	for (i = 0; i < 100; i++) {
		for (j = 0; j < i; j++)
			src[n++] = ' ';
		n += (size_t)snprintf(src + n, sizeof(src) - n, "if 1:\n");
	}
	for (j = 0; j < 100; j++)
		src[n++] = ' ';
	n += (size_t)snprintf(src + n, sizeof(src) - n, "pass\n");
	ck_assert_int_eq(lex(src, 1), LEX_ERROR);
	ck_assert_str_eq(res.err_msg, "too many levels of indentation");
	ck_assert_int_eq(res.err_line, 101);
	n = 0;
	for (i = 0; i < 99; i++) {
		for (j = 0; j < i; j++)
			src[n++] = ' ';
		n += (size_t)snprintf(src + n, sizeof(src) - n, "if 1:\n");
	}
	for (j = 0; j < 99; j++)
		src[n++] = ' ';
	snprintf(src + n, sizeof(src) - n, "pass\n");
	ck_assert_int_eq(lex(src, 1), LEX_OK);
}
END_TEST

START_TEST(test_block_chunks)
{
	int n;

	/* A chunk never ends inside a block or before its clauses. */
	ck_assert_uint_eq(chunk("if a:\n  b\nc\n", 1, &n), 10);
	ck_assert_int_eq(n, 2);
	ck_assert_uint_eq(chunk("if a:\n  b\nelse:\n  c\nd\n", 1, &n), 20);
	ck_assert_uint_eq(chunk("while a:\n\n  # c\n  b\nd\n", 1, &n), 20);
	ck_assert_uint_eq(chunk("for a in b: c\nelse: d\ne\n", 1, &n), 22);
	ck_assert_uint_eq(chunk("if a: b\nelsewhere = 1\n", 1, &n), 8);
}
END_TEST

Suite *
suite(void)
{
	Suite *s = suite_create("lexer");
	TCase *tc;

	tc = tcase_create("Core");
	tcase_add_checked_fixture(tc, NULL, teardown);
	tcase_add_test(tc, test_statement);
	tcase_add_test(tc, test_keywords);
	tcase_add_test(tc, test_operators);
	tcase_add_test(tc, test_integers);
	tcase_add_test(tc, test_floats);
	tcase_add_test(tc, test_strings);
	tcase_add_test(tc, test_escapes);
	tcase_add_test(tc, test_raw_and_bytes);
	tcase_add_test(tc, test_string_errors_wait_for_parser);
	tcase_add_test(tc, test_positions);
	tcase_add_test(tc, test_newlines);
	tcase_add_test(tc, test_unicode_names);
	tcase_add_test(tc, test_kind_names);
	tcase_add_test(tc, test_first_line);
	tcase_add_test(tc, test_chunks);
	suite_add_tcase(s, tc);

	tc = tcase_create("Errors");
	tcase_add_checked_fixture(tc, NULL, teardown);
	tcase_add_test(tc, test_number_errors);
	tcase_add_test(tc, test_string_errors);
	tcase_add_test(tc, test_bracket_errors);
	tcase_add_test(tc, test_character_errors);
	tcase_add_test(tc, test_indent_errors);
	tcase_add_test(tc, test_source_errors);
	suite_add_tcase(s, tc);

	tc = tcase_create("Incomplete");
	tcase_add_checked_fixture(tc, NULL, teardown);
	tcase_add_test(tc, test_incomplete);
	tcase_add_test(tc, test_open_brackets);
	suite_add_tcase(s, tc);

	tc = tcase_create("Blocks");
	tcase_add_checked_fixture(tc, NULL, teardown);
	tcase_add_test(tc, test_indent_dedent);
	tcase_add_test(tc, test_indent_block_errors);
	tcase_add_test(tc, test_indent_limit);
	tcase_add_test(tc, test_block_chunks);
	suite_add_tcase(s, tc);

	tc = tcase_create("Limits");
	tcase_add_checked_fixture(tc, NULL, teardown);
	tcase_add_test(tc, test_nesting_limit);
	tcase_add_test(tc, test_long_tokens);
	tcase_add_test(tc, test_fuzz);
	suite_add_tcase(s, tc);
	return (s);
}
