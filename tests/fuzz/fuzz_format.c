/* fuzz_format.c -- libFuzzer target: format specs and f-strings, through the evaluator */
#include <config.h>

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "sandbox.h"
#include "shell.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The value formatted: the first byte picks one. */
static const char *const values[] = {
	"0",
	"7",
	"-42",
	"12345678901234567890",
	"-(2**64)",
	"True",
	"False",
	"3.5",
	"-0.0",
	"1e300",
	"1e-300",
	"2.5e-7",
	"float('nan')",
	"float('inf')",
	"-float('inf')",
	"123456.789",
	"'text'",
	"''",
	"'\\u00e9t\\u00e9'",
	"b'by\\x00tes'",
	"None",
	"[1, 'a']",
	"(1,)",
	"{'k': 1}",
	"socket.AF_INET",
	"socket.SOCK_STREAM",
	"chr(0x1f600)",
	"10**50",
	"0.1",
	"-1",
	"255",
	"1/3",
};

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc, (void)argv;
	sandbox_init();
	return (0);
}

/* The bytes as a Python string literal: every byte as \xNN. */
static void
put_literal(struct buf *b, const uint8_t *s, size_t n)
{
	size_t i;

	buf_putc(b, '\'');
	for (i = 0; i < n; i++)
		buf_printf(b, "\\x%02x", s[i]);
	buf_putc(b, '\'');
}

static void
run(const char *src)
{
	struct shell sh;

	shell_init(&sh);
	sandbox_arm(300);
	(void)shell_run_program(&sh, src, strlen(src), "<fuzz>");
	sandbox_disarm();
	shell_free(&sh);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct buf b;
	const char *v;
	size_t i, digits = 0;

	if (size < 1 || size > 512)
		return (-1);
	/*
	 * A width of a billion takes half a minute and cannot be interrupted
	 * (issue 11, finding 10): known, so not worth finding again.  Drop
	 * this once format.c checks for Ctrl-C and caps the work.
	 */
	for (i = 1; i < size; i++) {
		digits = data[i] >= '0' && data[i] <= '9' ? digits + 1 : 0;
		if (digits >= 6)
			return (-1);
	}
	v = values[data[0] % (sizeof(values) / sizeof(values[0]))];
	data++, size--;

	/* The spec: format(), an f-string's nested spec, %, str.format. */
	buf_init(&b);
	buf_printf(&b, "import socket\nv = %s\ns = ", v);
	put_literal(&b, data, size);
	buf_puts(&b, "\nformat(v, s)\n");
	run(b.data);
	buf_reset(&b);
	buf_printf(&b, "import socket\nv = %s\ns = ", v);
	put_literal(&b, data, size);
	buf_puts(&b, "\nf'{v:{s}}'\n");
	run(b.data);
	buf_reset(&b);
	buf_printf(&b, "import socket\nv = %s\ns = ", v);
	put_literal(&b, data, size);
	buf_puts(&b, "\n('%' + s) % v\n");
	run(b.data);
	buf_reset(&b);
	/* The bytes as a template: '...'.format(v, v, k=v). */
	buf_printf(&b, "import socket\nv = %s\ns = ", v);
	put_literal(&b, data, size);
	buf_puts(&b, "\ns.format(v, v, k=v)\n");
	run(b.data);
	buf_reset(&b);
	/* The bytes as an f-string's text, quotes and line ends left out. */
	buf_printf(&b, "import socket\nv = %s\nx = 1\nf'", v);
	for (i = 0; i < size; i++)
		if (data[i] != '\'' && data[i] != '\n' && data[i] != '\r' &&
		    data[i] != '\\' && data[i] != '\0')
			buf_putc(&b, data[i]);
	buf_puts(&b, "'\n");
	run(b.data);
	buf_free(&b);
	sandbox_clean();
	return (0);
}
