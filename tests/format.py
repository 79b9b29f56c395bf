"""format.py -- format specs and f-strings, compared with python3 live.

A fixed seed makes a few thousand f-strings and format() calls from
pieces that matter to the mini-language (fills, alignments, signs, '#',
'0', widths, separators, precisions, types, conversions, nested fields,
'=', brackets and quotes).  python3 evaluates each line on its own and
prints its repr or its exception line; sockshell gets the same lines on
standard input and must print the same, line for line.
Known gap: python3's "Perhaps you forgot a comma?" inside an f-string
field is plain "invalid syntax" here; such lines are left out.
"""
import os
import random
import subprocess
import sys
import tempfile
import warnings

SOCKSHELL = os.environ["SOCKSHELL"]
PIECES = ['{', '}', '{{', '}}', 'x', '!r', '!s', '!a', '!', ':', '>10',
          '{w}', '=', ' ', '"', "\\'", '(', ')', '[', ']', '#', '\\\\',
          '.2f', ',', 'x=', 'a.b', '1+', 'f', "'", ':{:{}}', '%', 'z', '0',
          '#x', '^', '*<5', 'a', 'addr[1]', "a!r:^9"]
SPEC = ['<', '>', '^', '=', '+', '-', ' ', '#', '0', '5', '10', ',', '_',
        '.', '3', 'd', 'x', 'f', 'e', 'g', '%', 's', 'c', 'b', 'o', 'z',
        'n', 'X', '*']
VALUES = ['1', '-2.5', "'ab'", 'None', 'True', '(1,2)', '1e300', '-0.0',
          '255', '0.000123', '-7', "'h\\xe9'", 'socket.AF_INET']
SETUP = "import socket; x = 1; w = 5; a = 'str'; addr = ('::1', 80, 0, 0)"


def lines(seed, n):
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        body = ''.join(rng.choice(PIECES) for _ in range(rng.randint(0, 8)))
        q = rng.choice(["'", '"'])
        out.append('f' + q + body.replace(q, '') + q)
        spec = ''.join(rng.choice(SPEC) for _ in range(rng.randint(0, 6)))
        out.append("format(%s, %r)" % (rng.choice(VALUES), spec))
    return out


# '%'-formatting of numbers at the edges, and shifts of negative numbers:
# C's undefined behaviour (a float out of range converted to an integer, a
# negative number shifted left) must come out as Python's values and errors.
EDGES = ["'%d' % float('inf')", "'%d' % float('-inf')", "'%d' % float('nan')",
         "'%i' % -2.7", "'%d' % 1e18", "'%d' % 2.5e18", "'%x' % 1.5",
         "'%X' % float('nan')", "'%o' % 'a'", "'%d' % 'a'", "'%x' % True",
         "'%d' % socket.AF_INET", "int(float('nan'))", "int(float('inf'))",
         "int(-9223372036854775808.0)", "int(9.2e18)", "-888 << 8",
         "-1 << 63", "-1 << 62", "1 << 62", "-5 >> 1", "-(1 << 62) * 2",
         "0 << 100", "1 << 0"]


def python_says(code_lines):
    import socket
    g = {}
    exec(SETUP, g)
    said = []
    for line in code_lines:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                code = compile(line, "<stdin>", "eval")
        except SyntaxError as e:
            said.append("SyntaxError: " + e.msg)
            continue
        try:
            said.append(repr(eval(code, g)))
        except Exception as e:
            said.append(type(e).__name__ + ": " + str(e))
    return said


def main():
    code = EDGES + lines(7, 2000)
    want = python_says(code)
    keep = [i for i, w in enumerate(want) if "forgot a comma" not in w]
    code = [code[i] for i in keep]
    want = [want[i] for i in keep]
    text = SETUP + "\n" + "\n".join(code) + "\n"
    # Errors go to stderr: merge the two to keep the order (explanation
    # and caret lines are indented, values and exception lines are not).
    with tempfile.TemporaryDirectory() as tmp:
        p = subprocess.run([SOCKSHELL], input=text.encode(), cwd=tmp,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           timeout=300)
    got = [l for l in p.stdout.decode().splitlines()
           if not l.startswith("  ")]
    passed = failed = 0
    for line, w, g in zip(code, want, got):
        if w == g:
            passed += 1
        else:
            failed += 1
            if failed <= 20:
                print("FAIL: %s\n   python3:   %s\n   sockshell: %s" %
                      (line, w, g))
    if len(got) != len(want):
        failed += 1
        print("FAIL: %d answers for %d lines" % (len(got), len(want)))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


sys.exit(main())
