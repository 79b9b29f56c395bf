"""garbage.py -- mutated lines from the test corpus, piped into sockshell.

Each seed makes a few thousand lines by cutting, splicing and inserting
tokens into real lines from tests/fidelity and tests/transcripts.  The
shell must survive all of them: exit 0 at the end of input, answer the
final `.help quit` (so nothing stopped the run), no sanitizer report, and no
runaway output.  Lines that could block (accept, recv, connect, name
lookups) are left out: this is about bad input, not about waiting.
"""
import codeop
import glob
import os
import random
import subprocess
import sys
import tempfile
import warnings

SOCKSHELL = os.environ["SOCKSHELL"]
SRCDIR = os.environ.get("srcdir", ".")
TOKENS = ['(', ')', '[', ']', ',', "'", '"', 'b', '\\', '0', '-1',
          '99999999999999999999', 'None', '.', 'socket', 's', '=', ':', '*',
          '\x00', '\u00e9', '((', '))', '1e999', 'AF_UNIX', '-', 'recv',
          '**', '~', 'lambda', ';', '#', '"""', 'x' * 300]
BLOCKING = ('accept', 'recv', 'connect(', 'create_connection',
            'gethostbyname', 'getaddrinfo', 'getfqdn', 'getnameinfo',
            'sendall', 'input', 'create_server',
            # a mutated loop may never end ("while~ False:" is -1, true)
            'while')


def corpus():
    lines = []
    for pattern in ("tests/fidelity/*.py", "tests/transcripts/*.in"):
        for f in sorted(glob.glob(os.path.join(SRCDIR, pattern))):
            with open(f, errors="replace") as fp:
                lines += [l for l in fp.read().split("\n")
                          if l.strip() and not l.startswith("#")]
    return lines


def incomplete(line):
    """Would the line leave a bracket or string open?  Then everything
    after it joins it, and the run would test one huge entry."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return codeop.compile_command(line, "<garbage>", "exec") is None
    except (SyntaxError, ValueError, OverflowError):
        return False


def mutate(rng, lines, n):
    out = []
    while len(out) < n:
        l = rng.choice(lines)
        for _ in range(rng.randint(0, 3)):
            p = rng.randint(0, len(l))
            op = rng.random()
            if op < 0.4:
                l = l[:p] + rng.choice(TOKENS) + l[p:]
            elif op < 0.7:
                l = l[:p] + l[p + rng.randint(1, 5):]
            else:
                l = l[:p] + rng.choice(lines)[:20] + l[p:]
        if any(w in l for w in BLOCKING) or incomplete(l):
            continue
        out.append(l)
    return out


def main():
    lines = corpus()
    if not lines:
        print("no corpus found under", SRCDIR)
        return 1
    passed = failed = 0
    for seed in (1, 2, 3):
        rng = random.Random(seed)
        text = "import socket, os, errno, sys\n"
        text += "\n".join(mutate(rng, lines, 2000))
        # A dot command: garbage may have rebound print() itself.
        text += "\n.help quit\n"
        with tempfile.TemporaryDirectory() as tmp:
            p = subprocess.run([SOCKSHELL], input=text.encode("utf-8"),
                               capture_output=True, cwd=tmp, timeout=300)
        out = p.stdout.decode("utf-8", "replace")
        err = p.stderr.decode("utf-8", "replace")
        problems = []
        if p.returncode != 0:
            problems.append("exit status %d" % p.returncode)
        # .help quit shows the .quit entry: its first line is ".quit".
        if not any(l.startswith(".quit") for l in out.splitlines()[-8:]):
            problems.append("the final .help quit was not answered")
        for bad in ("Sanitizer", "runtime error:", "internal error"):
            if bad in err or bad in out:
                problems.append("report: " + bad)
        if len(out) + len(err) > 20 * 1024 * 1024:
            problems.append("runaway output")
        if problems:
            failed += 1
            print("FAIL: seed %d: %s" % (seed, "; ".join(problems)))
            print("\n".join(err.splitlines()[-20:]))
        else:
            passed += 1
            print("PASS: seed %d (%d lines)" % (seed, text.count("\n")))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


sys.exit(main())
