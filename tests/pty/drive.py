#!/usr/bin/env python3
"""drive.py -- drive the real sockshell binary through a pseudo-terminal.

Usage: drive.py SOCKSHELL [CHECK-NAME]...

Each check starts the binary on a fresh pty, with a fresh temporary HOME and
XDG_STATE_HOME, types keys into the master side as a person would, and reads
the screen back as a byte stream.  Matching is done on the stream with ANSI
escape sequences stripped; the colour checks look at the raw bytes.

Every wait has a timeout, and every check has a hard cap, so a hang is a
failure and never blocks `make check`.  Only the standard library is used;
sockets are loopback with port 0 (the kernel picks the port).

The last line printed is `N passed, N failed`.  A check that finds a
feature missing altogether (tab completion, for now) prints `XFAIL ... not
yet implemented`; it counts neither as passed nor as failed.
"""

import fcntl
import os
import pty
import re
import select
import shutil
import signal
import socket
import stat
import struct
import sys
import tempfile
import termios
import time

# Seconds to wait for any one thing to appear.  Sanitizer builds start
# slowly; SOCKSHELL_PTY_TIMEOUT scales every wait without editing this file.
TIMEOUT = float(os.environ.get("SOCKSHELL_PTY_TIMEOUT", "5"))
CHECK_CAP = int(TIMEOUT * 8)  # hard cap on one whole check, in seconds

PROMPT = ">>> "
MORE = "... "

# Keys, as a terminal set to TERM=xterm sends them (normal cursor mode).
UP = "\x1b[A"
DOWN = "\x1b[B"
LEFT = "\x1b[D"
HOME_KEY = "\x1b[H"
CTRL_A = "\x01"
CTRL_C = "\x03"
CTRL_D = "\x04"
CTRL_E = "\x05"
CTRL_K = "\x0b"
CTRL_U = "\x15"
CTRL_W = "\x17"
TAB = "\t"
ENTER = "\r"

# CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), and two-byte escapes
# such as ESC = (keypad mode) and ESC > .
ANSI = re.compile(
    rb"\x1b\[[0-?]*[ -/]*[@-~]"
    rb"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)"
    rb"|\x1b[ -Z\\-~]"
)
SGR = re.compile(rb"\x1b\[[0-9;]*m")


class Failure(Exception):
    """A check did not see what it expected."""


class NotImplementedYet(Exception):
    """The feature under test is not offered at all (yet)."""


class CheckTimeout(Exception):
    """The hard cap on one check ran out."""


def strip_ansi(raw):
    """Text of raw with escapes removed, and for each character of the text
    the index in raw just past it (so a match end maps back to raw)."""
    out = []
    ends = []
    pos = 0
    for m in ANSI.finditer(raw):
        for i in range(pos, m.start()):
            out.append(raw[i:i + 1])
            ends.append(i + 1)
        pos = m.end()
    for i in range(pos, len(raw)):
        out.append(raw[i:i + 1])
        ends.append(i + 1)
    return b"".join(out).decode("utf-8", "replace"), ends


def show(data):
    """A screen fragment, printable on one line, for failure reports."""
    if isinstance(data, bytes):
        data = data.decode("utf-8", "replace")
    return repr(data)


class Session:
    """One run of the binary on a pty."""

    def __init__(self, binary, home, state, term="xterm", extra_env=None,
                 args=(), keep_slave=False):
        self.raw = b""   # everything the terminal has shown so far
        self.mark = 0    # index into raw: expect() searches from here
        self.status = None
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": home,
            "TERM": term,
            "INPUTRC": os.path.join(home, ".inputrc"),
        }
        if state is not None:
            env["XDG_STATE_HOME"] = state
        # Sanitizer builds read these; nothing else of ours leaks in.
        for name in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS",
                     "LD_LIBRARY_PATH"):
            if name in os.environ:
                env[name] = os.environ[name]
        env.update(extra_env or {})
        argv = [binary] + list(args)
        # pty.fork(), but the parent may keep the slave open to read the
        # terminal modes the shell leaves behind when it exits.
        master, slave = pty.openpty()
        self.initial_modes = termios.tcgetattr(slave)
        pid = os.fork()
        if pid == 0:
            try:
                os.close(master)
                os.setsid()
                fcntl.ioctl(slave, termios.TIOCSCTTY, 0)
                for i in range(3):
                    os.dup2(slave, i)
                if slave > 2:
                    os.close(slave)
                # A wide screen: these checks are about keys, not wrapping.
                fcntl.ioctl(0, termios.TIOCSWINSZ,
                            struct.pack("HHHH", 24, 132, 0, 0))
                os.execve(binary, argv, env)
            finally:
                os._exit(127)
        self.pid = pid
        self.fd = master
        self.slave = None
        if keep_slave:
            self.slave = slave
        else:
            os.close(slave)

    # -- reading ---------------------------------------------------------

    def _read(self, timeout):
        """Read what is there within timeout; False at end of output."""
        try:
            ready, _, _ = select.select([self.fd], [], [], timeout)
        except InterruptedError:
            return True
        if not ready:
            return True
        try:
            data = os.read(self.fd, 65536)
        except OSError:  # EIO: the child has gone and closed the slave
            return False
        if not data:
            return False
        self.raw += data
        return True

    def text(self, start=None):
        """The screen since start (default: the mark), escapes stripped."""
        return strip_ansi(self.raw[self.mark if start is None else start:])[0]

    def expect(self, pattern, timeout=None, what=None):
        """Wait until pattern (a regex on stripped text) appears after the
        mark; move the mark past it and return the match."""
        rx = re.compile(pattern)
        deadline = time.monotonic() + (timeout or TIMEOUT)
        alive = True
        while True:
            text, ends = strip_ansi(self.raw[self.mark:])
            m = rx.search(text)
            if m:
                if m.end() > 0:
                    self.mark += ends[m.end() - 1]
                return m
            left = deadline - time.monotonic()
            if left <= 0 or not alive:
                raise Failure("waited for %s, screen since last match: %s"
                              % (what or show(pattern), show(text[-600:])))
            alive = self._read(min(left, 0.2))

    def settle(self, quiet=0.3):
        """Read until nothing new has come for `quiet` seconds."""
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            before = len(self.raw)
            if not self._read(quiet):
                return
            if len(self.raw) == before:
                return

    # -- typing ----------------------------------------------------------

    def send(self, keys):
        os.write(self.fd, keys.encode())

    def prompt(self, which=PROMPT):
        """Wait for the prompt at the end of the output so far."""
        return self.expect(re.escape(which) + r"$", what=repr(which))

    def run(self, line, prompt=PROMPT):
        """Type line and Enter, wait for the next prompt; return what was
        printed between the end of the echoed line and that prompt."""
        self.send(line + ENTER)
        m = self.expect(r"\n((?:.|\n)*?)" + re.escape(prompt) + r"$",
                        what="output of %r, then %r" % (line, prompt))
        return m.group(1)

    def run_expect(self, line, out_pattern):
        """Type line, check its output (CRs dropped) matches out_pattern."""
        out = self.run(line).replace("\r", "")
        if not re.fullmatch(out_pattern, out):
            raise Failure("%r printed %s, expected /%s/"
                          % (line, show(out), out_pattern))
        return out

    # -- ending ----------------------------------------------------------

    def wait_exit(self, timeout=None):
        """Wait for the child to exit, reading its last output; return its
        exit status (or -signal)."""
        deadline = time.monotonic() + (timeout or TIMEOUT)
        while time.monotonic() < deadline:
            pid, st = os.waitpid(self.pid, os.WNOHANG)
            if pid == self.pid:
                while self._read(0.05):
                    if not select.select([self.fd], [], [], 0)[0]:
                        break
                self.status = (os.WEXITSTATUS(st) if os.WIFEXITED(st)
                               else -os.WTERMSIG(st))
                return self.status
            self._read(0.05)
        raise Failure("the shell did not exit within %.0f s" % (timeout or
                                                                TIMEOUT))

    def close(self):
        """Make sure the child is gone (kill only our own child, by pid)."""
        if self.status is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except (ProcessLookupError, ChildProcessError):
                pass
        for fd in (self.fd, self.slave):
            try:
                if fd is not None:
                    os.close(fd)
            except OSError:
                pass


class Env:
    """A fresh HOME and XDG_STATE_HOME under one temporary directory."""

    def __init__(self):
        self.root = tempfile.mkdtemp(prefix="sockshell-pty.")
        self.home = os.path.join(self.root, "home")
        self.state = os.path.join(self.root, "state")
        os.mkdir(self.home)
        os.mkdir(self.state)
        # An empty inputrc: the machine's /etc/inputrc must not change keys.
        open(os.path.join(self.home, ".inputrc"), "w").close()
        self.sessions = []

    def start(self, binary, **kw):
        kw.setdefault("state", self.state)
        s = Session(binary, self.home, **kw)
        self.sessions.append(s)
        return s

    def cleanup(self):
        for s in self.sessions:
            s.close()
        shutil.rmtree(self.root, ignore_errors=True)


def started(env, binary, **kw):
    """A session past its banner, at the first prompt."""
    s = env.start(binary, **kw)
    s.prompt()
    return s


def leave(s):
    """Ctrl-D at an empty prompt; the shell must exit with status 0."""
    s.send(CTRL_D)
    st = s.wait_exit()
    if st != 0:
        raise Failure("Ctrl-D: exit status %d, expected 0" % st)


# ---------------------------------------------------------------------------
# The checks.  Each takes (env, binary) and raises Failure to fail.


def check_banner(env, binary):
    """1. The first screen: a short banner naming .help, then `>>> `."""
    s = env.start(binary)
    m = s.expect(r"^((?:.|\n)*?)>>> $", what="the first prompt")
    banner = m.group(1).replace("\r", "")
    if ".help" not in banner:
        raise Failure("banner does not mention .help: %s" % show(banner))
    lines = [l for l in banner.split("\n") if l.strip()]
    if not 1 <= len(lines) <= 3:
        raise Failure("banner should be short (1-3 lines), got %d: %s"
                      % (len(lines), show(banner)))
    leave(s)


def check_line_editing(env, binary):
    """2. Left arrow, Home, Ctrl-A insert; Ctrl-U, Ctrl-K, Ctrl-W kill;
    Up arrow recalls earlier lines of this session."""
    s = started(env, binary)
    # `prnt(1)`: five Lefts put the cursor after `pr`.
    s.run_expect("prnt(1)" + LEFT * 5 + "i", r"1\n")
    s.run_expect("rint(2)" + HOME_KEY + "p", r"2\n")
    s.run_expect("rint(3)" + CTRL_A + "p", r"3\n")
    # Ctrl-A then Ctrl-E: back to the end before typing the rest.
    s.run_expect("print(3" + CTRL_A + CTRL_E + "0)", r"30\n")
    s.run_expect("garbage that must vanish" + CTRL_U + "print(4)", r"4\n")
    s.run_expect("print(5)junk" + LEFT * 4 + CTRL_K, r"5\n")
    s.run_expect("print(6) junk" + CTRL_W, r"6\n")
    # History in this session: Up once is the last line, twice the one
    # before; Down comes back.
    s.run_expect(UP, r"6\n")
    s.run_expect("print(7)", r"7\n")
    s.run_expect(UP + UP, r"6\n")
    s.run_expect("print(8)", r"8\n")
    s.run_expect(UP + UP + DOWN, r"8\n")
    leave(s)


def history_file(state):
    return os.path.join(state, "sockshell", "history")


def check_history_file(env, binary, path, state):
    """Run 1 writes `x = 41` to path with mode 0600; run 2 recalls it."""
    s = started(env, binary, state=state)
    s.run_expect("x = 41", r"")
    leave(s)
    if not os.path.isfile(path):
        raise Failure("no history file at %s" % path)
    mode = stat.S_IMODE(os.stat(path).st_mode)
    if mode != 0o600:
        raise Failure("history file mode %04o, expected 0600" % mode)
    with open(path, "rb") as f:
        lines = f.read().decode("utf-8", "replace").splitlines()
    if "x = 41" not in lines:
        raise Failure("history file lacks the line `x = 41`: %s"
                      % show("\n".join(lines)))
    s = started(env, binary, state=state)
    s.send(UP)
    s.expect(r"x = 41$", what="`x = 41` recalled by Up")
    s.send(ENTER)
    s.prompt()
    s.run_expect("x + 1", r"42\n")
    leave(s)


def check_history_across_runs(env, binary):
    """3. History in $XDG_STATE_HOME/sockshell/history, mode 0600, across
    runs."""
    check_history_file(env, binary, history_file(env.state), env.state)


def check_history_default_dir(env, binary):
    """3b. Without XDG_STATE_HOME: $HOME/.local/state/sockshell/history."""
    check_history_file(env, binary,
                       os.path.join(env.home, ".local", "state",
                                    "sockshell", "history"), None)


def check_continuation(env, binary):
    """4. An open bracket gives `... `; closing it runs the whole entry."""
    s = started(env, binary)
    out = s.run("print((1,", prompt=MORE)
    if out.strip():
        raise Failure("an open bracket printed %s before `... `" % show(out))
    s.run_expect("2))", r"\(1, 2\)\n")
    # Two levels deep, and a list spread over three lines.
    s.run("[1,", prompt=MORE)
    s.run("2,", prompt=MORE)
    s.run_expect("3]", r"\[1, 2, 3\]\n")
    leave(s)


def check_blocks(env, binary):
    """4b. A compound statement goes on with `... ` until a blank line, as
    at python3's prompt; Ctrl-C stops a loop that makes no call, and the
    session keeps its sockets and names."""
    s = started(env, binary)
    s.run("for i in range(2):", prompt=MORE)
    s.run("    i * 10", prompt=MORE)
    s.run_expect("", r"0\n10\n")
    s.run_expect("import socket; srv = socket.socket()", r"")
    s.run("n = 0", prompt=PROMPT)
    s.send("while True: n += 1" + ENTER)
    s.expect(re.escape(MORE) + r"$", what="the `... ` after the while line")
    s.send(ENTER)
    no_prompt_for(s, 0.3)
    interrupt(s)
    s.run_expect("n > 0, srv.fileno() > 0", r"\(True, True\)\n")
    leave(s)


def check_ctrl_c_prompt(env, binary):
    """5. Ctrl-C on a partial line: KeyboardInterrupt, a fresh prompt, and
    the line never ran.  Also inside a continuation."""
    s = started(env, binary)
    s.send("q = 7")
    s.expect(r"q = 7$", what="the typed partial line")
    # Let the shell get back to waiting for keys (ctrl-c-race is the
    # check that presses Ctrl-C at once).
    time.sleep(0.2)
    s.send(CTRL_C)
    s.expect(r"KeyboardInterrupt\r?\n>>> $",
             what="KeyboardInterrupt, then a fresh `>>> `")
    out = s.run("q").replace("\r", "")
    if "NameError: name 'q' is not defined" not in out:
        raise Failure("the interrupted `q = 7` seems to have run: `q` "
                      "printed %s" % show(out))
    # The new line is empty: typing runs only what is typed now.
    s.run_expect("print(8)", r"8\n")
    # Ctrl-C inside an open bracket drops the whole entry.
    s.run("print((1,", prompt=MORE)
    s.send("2")
    s.expect(r"2$", what="`2` typed at `... `")
    time.sleep(0.2)
    s.send(CTRL_C)
    s.expect(r"KeyboardInterrupt\r?\n>>> $",
             what="KeyboardInterrupt, then `>>> ` (not `... `)")
    s.run_expect("print(9)", r"9\n")
    leave(s)


def check_ctrl_c_race(env, binary):
    """5b. Ctrl-C pressed the moment a prompt appears is never lost: at
    the first prompt of 15 fresh runs, and 40 times in one run, each gets
    its KeyboardInterrupt within a second; and the line typed next runs (a
    lost Ctrl-C must not stop the next line instead)."""

    def one(s, what):
        s.send(CTRL_C)
        try:
            s.expect(r"KeyboardInterrupt\r?\n(?:  .*\r?\n)*>>> $",
                     timeout=min(1.0, TIMEOUT), what=what)
        except Failure:
            out = s.run("print(123)").replace("\r", "")
            raise Failure("%s, pressed as `>>> ` appeared, was lost (no "
                          "KeyboardInterrupt within 1 s); then print(123) "
                          "printed %s" % (what, show(out)))

    for i in range(15):
        s = started(env, binary)
        one(s, "Ctrl-C at the first prompt of run %d" % (i + 1))
        s.close()
    s = started(env, binary)
    for i in range(40):
        one(s, "Ctrl-C number %d in one run" % (i + 1))
    s.run_expect("print(123)", r"123\n")
    leave(s)


def no_prompt_for(s, seconds):
    """The call must still be blocking: no prompt within seconds."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        s._read(0.05)
    text = s.text()
    if PROMPT in text:
        raise Failure("the call did not block: %s" % show(text))


def interrupt(s):
    """Ctrl-C: KeyboardInterrupt shown, then the prompt."""
    s.send(CTRL_C)
    # python3 prints a traceback header first; sockshell need not, and
    # may follow the line with its explanation, indented two spaces.
    m = s.expect(r"(?:^|\n)\r?(?:\^C)?KeyboardInterrupt\r?\n"
                 r"((?:  .*\r?\n)*)>>> $",
                 what="KeyboardInterrupt, explanation lines if any, `>>> `")
    return m.group(1).replace("\r", "")


def port_of(s, name):
    out = s.run_expect("%s.getsockname()[1]" % name, r"\d+\n")
    port = int(out)
    if not 0 < port < 65536:
        raise Failure("odd port %d" % port)
    return port


def check_ctrl_c_accept(env, binary):
    """6. Ctrl-C interrupts a blocking accept(); the socket is intact and
    still accepts."""
    s = started(env, binary)
    s.run_expect("import socket; s = socket.socket(); "
                 "s.bind(('127.0.0.1', 0)); s.listen()", r"")
    s.send("s.accept()" + ENTER)
    s.expect(r"s\.accept\(\)\r?\n", what="the echoed s.accept()")
    no_prompt_for(s, 0.5)
    interrupt(s)
    s.run_expect("s.getsockname()[0]", r"'127\.0\.0\.1'\n")
    s.run_expect("s.fileno() > 0", r"True\n")
    # A second Ctrl-C works too (the flag was reset), and so does one in
    # an accept() that waits with a timeout (poll, not a blocking call).
    s.run_expect("s.settimeout(60)", r"")
    s.send("s.accept()" + ENTER)
    s.expect(r"s\.accept\(\)\r?\n", what="the echoed s.accept()")
    no_prompt_for(s, 0.3)
    interrupt(s)
    s.run_expect("s.gettimeout()", r"60\.0\n")
    s.run_expect("s.settimeout(None)", r"")
    # Still listening: a peer connects and accept() returns it.
    port = port_of(s, "s")
    peer = socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT)
    try:
        mine = "%s:%d" % peer.getsockname()
        s.run_expect("c, a = s.accept()", r"")
        out = s.run_expect("a", r"\('127\.0\.0\.1', \d+\)\n")
        seen = re.match(r"\('(.*)', (\d+)\)", out)
        if "%s:%s" % seen.groups() != mine:
            raise Failure("accept() gave %s, the peer is %s" % (out.strip(),
                                                                mine))
    finally:
        peer.close()
    leave(s)


def check_ctrl_c_recv(env, binary):
    """6b. Ctrl-C interrupts a blocking recv() on UDP; the socket still
    receives."""
    s = started(env, binary)
    s.run_expect("import socket; u = socket.socket(socket.AF_INET, "
                 "socket.SOCK_DGRAM); u.bind(('127.0.0.1', 0))", r"")
    s.send("u.recv(100)" + ENTER)
    s.expect(r"u\.recv\(100\)\r?\n", what="the echoed u.recv(100)")
    no_prompt_for(s, 0.5)
    interrupt(s)
    s.run_expect("u.getsockname()[0]", r"'127\.0\.0\.1'\n")
    s.run_expect("u.fileno() > 0", r"True\n")
    # recvfrom() waiting with a timeout: Ctrl-C, not the timeout, ends it.
    s.run_expect("u.settimeout(60)", r"")
    s.send("u.recvfrom(100)" + ENTER)
    s.expect(r"u\.recvfrom\(100\)\r?\n", what="the echoed u.recvfrom(100)")
    no_prompt_for(s, 0.3)
    interrupt(s)
    s.run_expect("u.gettimeout()", r"60\.0\n")
    port = port_of(s, "u")
    peer = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        peer.sendto(b"hello", ("127.0.0.1", port))
        s.run_expect("u.recv(100)", r"b'hello'\n")
    finally:
        peer.close()
    leave(s)


def check_errors_keep_session(env, binary):
    """7. An error: Python's exception line, an explanation indented two
    spaces, the prompt; what was set before is still there."""
    s = started(env, binary)
    s.run_expect("import socket; keep = 42; s = socket.socket()", r"")
    out = s.run("s.bind('127.0.0.1', 80)").replace("\r", "")
    lines = out.split("\n")
    if not lines or not lines[0].startswith("TypeError: "):
        raise Failure("expected a first line `TypeError: ...`, got %s"
                      % show(out))
    if lines[0] != ("TypeError: socket.bind() takes exactly one argument "
                    "(2 given)"):
        raise Failure("not python3's message: %s" % show(lines[0]))
    if len(lines) < 2 or not lines[1].startswith("  ") or \
            not lines[1].strip():
        raise Failure("no explanation line starting with two spaces: %s"
                      % show(out))
    s.run_expect("keep", r"42\n")
    s.run_expect("s.fileno() > 0", r"True\n")
    leave(s)


def check_ctrl_d(env, binary):
    """8. Ctrl-D at an empty prompt exits with status 0; Ctrl-D on a
    non-empty line does not exit."""
    s = started(env, binary)
    s.send("print(1)" + LEFT * 8 + CTRL_D)  # deletes the `p`
    s.expect(r"rint\(1\)", what="the line after Ctrl-D deleted a char")
    s.send(CTRL_A + "p" + ENTER)
    s.expect(r"\n\r?1\r?\n>>> $", what="`1` and the prompt (shell still up)")
    leave(s)


def check_ctrl_d_continuation(env, binary):
    """8b. Ctrl-D at `... `: the unfinished entry is a SyntaxError and, as
    in python3, the session goes on at `>>> ` with its sockets."""
    s = started(env, binary)
    s.run_expect("import socket; keep = socket.socket()", r"")
    s.run("print((1,", prompt=MORE)
    s.send(CTRL_D)
    s.expect(r"SyntaxError: '\(' was never closed",
             what="SyntaxError: '(' was never closed")
    try:
        s.expect(r">>> $", what="`>>> ` after the SyntaxError")
    except Failure:
        try:
            st = s.wait_exit(0.5)
        except Failure:
            raise Failure("no `>>> ` after the SyntaxError")
        raise Failure("the shell exited (status %d): Ctrl-D at `... ` ended "
                      "the whole session; python3 returns to `>>> `" % st)
    s.run_expect("keep.fileno() > 0", r"True\n")
    leave(s)


def check_terminal_restored(env, binary):
    """8c. After Ctrl-C in a blocking call and Ctrl-D, the terminal is
    left as it was found: canonical mode, echo, signals, and bracketed
    paste switched off again."""
    s = env.start(binary, keep_slave=True)
    before = s.initial_modes
    s.prompt()
    s.run_expect("import socket; u = socket.socket(socket.AF_INET, "
                 "socket.SOCK_DGRAM); u.bind(('127.0.0.1', 0))", r"")
    s.send("u.recv(10)" + ENTER)
    s.expect(r"u\.recv\(10\)\r?\n", what="the echoed u.recv(10)")
    no_prompt_for(s, 0.3)
    interrupt(s)
    leave(s)
    after = termios.tcgetattr(s.slave)
    flags = [("lflag", 3, termios.ICANON), ("lflag", 3, termios.ECHO),
             ("lflag", 3, termios.ISIG), ("iflag", 0, termios.ICRNL),
             ("oflag", 1, termios.OPOST)]
    for name, i, bit in flags:
        if (before[i] & bit) != (after[i] & bit):
            raise Failure("terminal %s bit %#x changed on exit: %#x -> %#x"
                          % (name, bit, before[i], after[i]))
    on, off = s.raw.rfind(b"\x1b[?2004h"), s.raw.rfind(b"\x1b[?2004l")
    if on > off:
        raise Failure("bracketed paste left on at exit: %s"
                      % show(s.raw[-200:]))


def check_trace(env, binary):
    """9. `.trace on`: a dimmed trace line with `bind(` before the
    result; `.trace off` stops it."""
    s = started(env, binary)
    s.run_expect("import socket; t = socket.socket(socket.AF_INET, "
                 "socket.SOCK_DGRAM)", r"")
    s.run(".trace on")
    raw = raw_output(s, "t.bind(('127.0.0.1', 0))")
    m = re.search(rb"\x1b\[2m[^\n]*bind\(", raw)
    if not m:
        raise Failure("no dimmed (ESC[2m) trace line with `bind(`: %s"
                      % show(raw))
    # The trace of a call comes before the value the call returns.
    raw = raw_output(s, "t.getsockname()")
    t = raw.find(b"getsockname(")
    v = raw.find(b"('127.0.0.1', ")
    if t < 0 or v < 0 or t > v:
        raise Failure("trace of getsockname( not before the result: %s"
                      % show(raw))
    s.run(".trace off")
    s.run("t2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)")
    raw = raw_output(s, "t2.bind(('127.0.0.1', 0))")
    if b"bind(" in raw:
        raise Failure("`.trace off` did not stop the trace: %s" % show(raw))
    leave(s)


def raw_output(s, line):
    """Run line; return the raw bytes it printed, escapes and all, from
    after its echo up to the next prompt."""
    s.send(line + ENTER)
    s.expect(re.escape(line) + r"\r?\n", what="the echo of %r" % line)
    start = s.mark
    s.prompt()
    return s.raw[start:s.mark]


def check_no_colour(env, binary, term, extra):
    s = started(env, binary, term=term, extra_env=extra)
    raw = raw_output(s, "nosuchname")
    if b"NameError" not in raw:
        raise Failure("no NameError: %s" % show(raw))
    if SGR.search(raw):
        raise Failure("colour escapes with TERM=%s %s: %s"
                      % (term, extra, show(raw)))
    raw = raw_output(s, "import socket; socket.socket().bind('x', 1)")
    if b"TypeError" not in raw or SGR.search(raw):
        raise Failure("TypeError missing or coloured: %s" % show(raw))
    leave(s)


def check_no_colour_dumb(env, binary):
    """Colour a: TERM=dumb, no colour escapes around error output."""
    check_no_colour(env, binary, "dumb", {})


def check_no_colour_no_color(env, binary):
    """Colour b: NO_COLOR=1 on xterm, no colour escapes around errors."""
    check_no_colour(env, binary, "xterm", {"NO_COLOR": "1"})


def check_colour_xterm(env, binary):
    """Colour c (the control for a and b): on TERM=xterm without NO_COLOR
    the error line does carry colour."""
    s = started(env, binary)
    raw = raw_output(s, "nosuchname")
    if not re.search(rb"\x1b\[[0-9;]*m[^\n]*NameError", raw):
        raise Failure("error line not coloured on xterm: %s" % show(raw))
    leave(s)


def check_completion(env, binary):
    """10. Tab completion of module attributes and socket methods."""
    s = started(env, binary)
    s.run_expect("import socket; s = socket.socket()", r"")
    s.send("socket.AF_IN")
    s.expect(r"socket\.AF_IN$", what="the typed `socket.AF_IN`")
    s.send(TAB)
    s.settle()
    # Readline rings the bell (BEL) when a TAB leaves choices open.
    first = s.text().replace("\x07", "")
    s.send(TAB)
    s.settle()
    both = s.text().replace("\x07", "")
    if first == "" and both == "":
        s.send(CTRL_U + CTRL_D)
        raise NotImplementedYet("TAB completes nothing (not yet implemented)")
    # TAB inserts the common part, up to AF_INET.
    if not first.startswith("ET"):
        raise Failure("`socket.AF_IN` TAB showed %s, expected `ET`"
                      % show(first))
    # A second TAB lists both candidates.  Readline's own rule: a TAB that
    # changed the line is not "twice in a row", so after the first TAB
    # inserted `ET` it may take a third to list them; that is fine.
    listing = r"AF_INET\b(?:.|\n)*AF_INET6"
    if not re.search(listing, both):
        s.send(TAB)
        s.settle()
        both = s.text().replace("\x07", "")
    if not re.search(listing, both):
        raise Failure("more TABs did not list AF_INET and AF_INET6: %s"
                      % show(both))
    s.expect(r"socket\.AF_INET$", what="the line redrawn after the list")
    s.send(ENTER)
    s.expect(r"<AddressFamily\.AF_INET: 2>\r?\n>>> $",
             what="<AddressFamily.AF_INET: 2>")
    # A method: `getsockn` is unique, so one TAB gives `getsockname(`.
    s.send("s.getsockn" + TAB)
    s.expect(r"s\.getsockname\($", what="`s.getsockname(` completed")
    s.send(")" + ENTER)
    s.expect(r"\('0\.0\.0\.0', 0\)\r?\n>>> $", what="('0.0.0.0', 0)")
    # `getsock` is shared by getsockname and getsockopt: TAB TAB lists both.
    s.send("s.getsock" + TAB + TAB)
    s.expect(r"getsockname(?:.|\n)*getsockopt", what="both getsock* listed")
    s.expect(r"s\.getsock$", what="the line redrawn after the list")
    s.send(CTRL_U)
    leave(s)


# ---------------------------------------------------------------------------
# Lessons, played as a learner plays them.  Each check has its own HOME,
# XDG_STATE_HOME and XDG_DATA_HOME (the progress file), and reads the
# shipped lessons from $srcdir/lessons.


def lesson_dir():
    d = os.path.join(os.environ.get("srcdir", ""), "lessons")
    if os.path.isdir(d):
        return os.path.abspath(d)
    return os.path.abspath(os.path.join(os.path.dirname(__file__),
                                        "..", "..", "lessons"))


def lesson_session(env, binary, args=()):
    """A session that sees the shipped lessons and keeps its progress in
    this check's own XDG_DATA_HOME."""
    data = os.path.join(env.root, "data")
    os.makedirs(data, exist_ok=True)
    return env.start(binary, args=args,
                     extra_env={"XDG_DATA_HOME": data,
                                "SOCKSHELL_LESSONS": lesson_dir()})


def progress_path(env):
    return os.path.join(env.root, "data", "sockshell", "progress")


def saw(out, pattern, what):
    """out (CRs dropped) must match pattern somewhere."""
    out = out.replace("\r", "")
    if not re.search(pattern, out):
        raise Failure("expected %s, got %s" % (what, show(out)))
    return out


def not_saw(out, pattern, what):
    out = out.replace("\r", "")
    if re.search(pattern, out):
        raise Failure("did not expect %s, got %s" % (what, show(out)))
    return out


def step_passes(s, line, n):
    """Typing line completes step n (and nothing else goes wrong)."""
    out = s.run(line)
    saw(out, r"step %d done" % n, "`step %d done` after %r" % (n, line))
    return out


def step_stays(s, line, n):
    """Typing line does not complete step n."""
    out = s.run(line)
    not_saw(out, r"step %d done" % n, "step %d to pass on %r" % (n, line))
    return out


def at_step(s, n, title):
    """`.show` says the lesson is at step n."""
    out = s.run(".show")
    saw(out, r"Step %d of \d+: %s" % (n, re.escape(title)),
        "`.show` at step %d (%s)" % (n, title))


def lesson_at(env, binary, name, title):
    """A session in lesson name, started with `.lesson name`."""
    s = lesson_session(env, binary)
    s.prompt()
    out = s.run(".lesson " + name)
    saw(out, r"Lesson: %s\n" % re.escape(title), "the lesson's title")
    return s, out


def read_progress(env):
    with open(progress_path(env), "rb") as f:
        return f.read().decode("utf-8", "replace")


def check_lesson_dot(env, binary):
    """L1. `.lesson NAME` starts a lesson: title, summary, step 1;
    `.lessons` marks it as the current one."""
    s, out = lesson_at(env, binary, "meet-a-socket", "Meet a socket")
    saw(out, r"Step 1 of 9: Load the socket module\n", "step 1's title")
    saw(out, r"\.hint for a hint", "the line naming .hint, .skip, ...")
    out = s.run(".lessons")
    saw(out, r"\*\s*1\. meet-a-socket .*\[0/9\]",
        "`*  1. meet-a-socket ... [0/9]` in .lessons")
    leave(s)


def check_lesson_option(env, binary):
    """L2. `sockshell --lesson NAME` starts with the lesson; its first step
    then passes as usual."""
    s = lesson_session(env, binary, args=("--lesson", "meet-a-socket"))
    s.expect(r"Lesson: Meet a socket\r?\n", what="the lesson's title")
    s.expect(r"Step 1 of 9: Load the socket module", what="step 1")
    s.prompt()
    step_stays(s, "import socket", 1)
    step_passes(s, "socket.AF_INET", 1)
    at_step(s, 2, "Make a socket")
    leave(s)


def check_lesson_other_ways(env, binary):
    """L3. Correct answers typed differently from the model pass: `from
    socket import *`, keyword arguments, extra spaces, `import socket as`,
    a double-quoted host, the port unpacked into two variables."""
    s, _ = lesson_at(env, binary, "meet-a-socket", "Meet a socket")
    step_stays(s, "from socket import *", 1)
    step_passes(s, "AF_INET", 1)
    step_passes(s, "s = socket(type=SOCK_DGRAM, family=AF_INET)", 2)
    step_passes(s, "s", 3)
    step_passes(s, "s . fileno ( )", 4)
    step_stays(s, "name = s.getsockname()", 5)
    step_passes(s, "name", 5)
    leave(s)
    s, _ = lesson_at(env, binary, "naming-with-bind",
                     "Naming a socket with bind()")
    step_passes(s, "import socket as so; "
                "s = so.socket(so.AF_INET, so.SOCK_DGRAM)", 1)
    step_passes(s, 's.bind(( "127.0.0.1" , 0 ))', 2)
    step_passes(s, "s.getsockname()", 3)
    step_passes(s, "host, port = s.getsockname()", 4)
    at_step(s, 5, "A name is given once")
    leave(s)


def check_lesson_wrong(env, binary):
    """L4. A wrong answer runs but does not pass: the step stays, and the
    right answer then passes."""
    s, _ = lesson_at(env, binary, "meet-a-socket", "Meet a socket")
    step_passes(s, "import socket; socket.AF_INET", 1)
    out = step_stays(s, "s = socket.socket(socket.AF_INET, "
                     "socket.SOCK_STREAM)", 2)
    not_saw(out, r"Error", "an error for a line that runs")
    s.run_expect("s.type", r"<SocketKind\.SOCK_STREAM: 1>\n")
    at_step(s, 2, "Make a socket")
    step_stays(s, "socket.SOCK_DGRAM", 2)
    step_passes(s, "s.close(); s = socket.socket(socket.AF_INET, "
                "socket.SOCK_DGRAM)", 2)
    at_step(s, 3, "Look at it")
    leave(s)


def check_lesson_error(env, binary):
    """L5. An error in a lesson: Python's line, the usual explanation, then
    the step's own hint for that error; the step stays."""
    s, _ = lesson_at(env, binary, "meet-a-socket", "Meet a socket")
    out = step_stays(s, "AF_INET", 1)
    out = saw(out, r"^NameError: name 'AF_INET' is not defined\n",
              "the NameError line")
    saw(out, r"\n  \S", "an explanation line indented two spaces")
    saw(out, r"lesson hint:\n +A name is unknown until you load",
        "the step's on-error NameError hint")
    at_step(s, 1, "Load the socket module")
    leave(s)
    s, _ = lesson_at(env, binary, "naming-with-bind",
                     "Naming a socket with bind()")
    step_passes(s, "import socket; s = socket.socket(socket.AF_INET, "
                "socket.SOCK_DGRAM)", 1)
    out = step_stays(s, "s.bind('127.0.0.1', 0)", 2)
    out = saw(out, r"^TypeError: ", "the TypeError line")
    saw(out, r"lesson hint:\n +bind\(\) wants one tuple",
        "the step's on-error TypeError hint")
    # Only the error the hint is for: a NameError gets no bind() advice.
    out = step_stays(s, "s.bind(('127.0.0.1', nosuchport))", 2)
    saw(out, r"NameError", "the NameError line")
    not_saw(out, r"lesson hint", "the TypeError hint on a NameError")
    step_passes(s, "s.bind(('127.0.0.1', 0))", 2)
    leave(s)


def check_lesson_hints(env, binary):
    """L6. `.hint` twice gives two different hints, numbered; after the
    last, the model answer and a pointer to .skip."""
    s, _ = lesson_at(env, binary, "meet-a-socket", "Meet a socket")
    step_passes(s, "import socket; socket.AF_INET", 1)
    one = saw(s.run(".hint"), r"^Hint 1 of 2:\n", "`Hint 1 of 2:`")
    two = saw(s.run(".hint"), r"^Hint 2 of 2:\n", "`Hint 2 of 2:`")
    if one.split("\n", 1)[1] == two.split("\n", 1)[1]:
        raise Failure("the two hints are the same: %s" % show(one))
    out = s.run(".hint")
    saw(out, r"No more hints\. One way to do it:\n +s = socket\.socket\("
        r"socket\.AF_INET, socket\.SOCK_DGRAM\)\n", "the model answer")
    saw(out, r"\.skip", "a pointer to .skip")
    at_step(s, 2, "Make a socket")
    leave(s)


def check_lesson_skip(env, binary):
    """L7. `.skip` runs the model answer visibly (each line after `>>> `,
    with its output), says the step was skipped, and moves on; the
    session then has what the answer made."""
    s, _ = lesson_at(env, binary, "meet-a-socket", "Meet a socket")
    out = s.run(".skip")
    saw(out, r"Running the model answer for step 1:\n>>> import socket\n"
        r">>> socket\.AF_INET\n<AddressFamily\.AF_INET: 2>\n",
        "the model answer run visibly, with its output")
    saw(out, r"step 1 done \(skipped\)\n(?:.|\n)*Step 2 of 9: Make a socket",
        "`step 1 done (skipped)`, then step 2")
    out = s.run(".skip")
    saw(out, r">>> s = socket\.socket\(socket\.AF_INET, "
        r"socket\.SOCK_DGRAM\)\n", "step 2's answer run visibly")
    s.run_expect("s.type", r"<SocketKind\.SOCK_DGRAM: 2>\n")
    at_step(s, 3, "Look at it")
    saw(read_progress(env), r"\nmeet-a-socket 2\n",
        "`meet-a-socket 2` in the progress file")
    leave(s)


def check_lesson_back_show(env, binary):
    """L8. `.show` repeats the step's text; `.back` goes one step back and
    keeps the session; at step 1 it says so."""
    s, _ = lesson_at(env, binary, "meet-a-socket", "Meet a socket")
    out = s.run(".show")
    saw(out, r"Step 1 of 9: Load the socket module\n +Python keeps its "
        r"socket calls(?:.|\n)* +import socket\n +socket\.AF_INET\n",
        "step 1's title, text and code again")
    step_passes(s, "import socket; socket.AF_INET", 1)
    step_passes(s, "s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)",
                2)
    out = s.run(".back")
    saw(out, r"Back to step 2(?:.|\n)*Step 2 of 9: Make a socket",
        "`Back to step 2`, then step 2")
    s.run(".back")
    at_step(s, 1, "Load the socket module")
    out = s.run(".back")
    saw(out, r"first step", "`this is the first step`")
    at_step(s, 1, "Load the socket module")
    # The session kept `s`; a line that is not step 1's does not pass it.
    step_stays(s, "s.fileno() > 0", 1)
    # Step 1 again; step 2's socket is still there, so it passes too.
    out = step_passes(s, "socket.AF_INET", 1)
    saw(out, r"step 2 done \(your line did this one too\)(?:.|\n)*"
        r"Step 3 of 9", "step 2 done too, then step 3")
    leave(s)


def check_lesson_ctrl_c(env, binary):
    """L9. Ctrl-C at the prompt and in a blocking recvfrom() during a
    lesson: KeyboardInterrupt, the same step, the same sockets."""
    s, _ = lesson_at(env, binary, "datagrams-carry-names",
                     "Datagrams carry names")
    step_passes(s, "import socket; srv = socket.socket(socket.AF_INET, "
                "socket.SOCK_DGRAM); srv.bind(('127.0.0.1', 0))", 1)
    interrupt(s)
    at_step(s, 2, "Never wait forever")
    s.send("srv.recvfrom(1024)" + ENTER)
    s.expect(r"srv\.recvfrom\(1024\)\r?\n", what="the echoed recvfrom")
    no_prompt_for(s, 0.5)
    interrupt(s)
    at_step(s, 2, "Never wait forever")
    s.run_expect("srv.getsockname()[1] > 0", r"True\n")
    step_passes(s, "srv.settimeout(2.0)", 2)
    leave(s)


def check_lesson_resume(env, binary):
    """L10. Ctrl-D mid-lesson, then a new process: `.lessons` shows the
    progress; `.lesson NAME` replays the completed steps visibly and
    resumes at the same step, with the sockets rebuilt."""
    s, _ = lesson_at(env, binary, "naming-with-bind",
                     "Naming a socket with bind()")
    step_passes(s, "import socket; s = socket.socket(socket.AF_INET, "
                "socket.SOCK_DGRAM)", 1)
    step_passes(s, "s.bind(('127.0.0.1', 0))", 2)
    step_passes(s, "s.getsockname()", 3)
    leave(s)
    saw(read_progress(env), r"^sockshell-progress 1\n(?:.*\n)*"
        r"naming-with-bind 3\n", "`naming-with-bind 3` in the progress file")
    s = lesson_session(env, binary)
    s.prompt()
    saw(s.run(".lessons"), r"naming-with-bind .*\[3/10\]", "[3/10]")
    out = s.run(".lesson naming-with-bind")
    saw(out, r"Resuming at step 4(?:.|\n)*"
        r">>> import socket\n"
        r">>> s = socket\.socket\(socket\.AF_INET, socket\.SOCK_DGRAM\)\n"
        r">>> s\.bind\(\('127\.0\.0\.1', 0\)\)\n"
        r">>> s\.getsockname\(\)\n\('127\.0\.0\.1', \d+\)\n"
        r"(?:.|\n)*Step 4 of 10: Keep the port",
        "steps 1-3 replayed visibly, then step 4")
    not_saw(out, r"Step [123] of", "a completed step presented again")
    step_passes(s, "port = s.getsockname()[1]", 4)
    leave(s)


def check_lesson_kill9(env, binary):
    """L11. kill -9 mid-lesson leaves a valid progress file (and no temp
    file beside it); a new process resumes from it without complaint."""
    s, _ = lesson_at(env, binary, "naming-with-bind",
                     "Naming a socket with bind()")
    step_passes(s, "import socket; s = socket.socket(socket.AF_INET, "
                "socket.SOCK_DGRAM)", 1)
    step_passes(s, "s.bind(('127.0.0.1', 0))", 2)
    os.kill(s.pid, signal.SIGKILL)
    if s.wait_exit() != -signal.SIGKILL:
        raise Failure("the shell outlived kill -9")
    text = read_progress(env)
    if text != "sockshell-progress 1\nnaming-with-bind 2\n":
        raise Failure("progress file after kill -9: %s" % show(text))
    left = sorted(os.listdir(os.path.dirname(progress_path(env))))
    if left != ["progress"]:
        raise Failure("beside the progress file: %s" % left)
    s = lesson_session(env, binary)
    s.prompt()
    out = s.run(".lesson naming-with-bind")
    not_saw(out, r"progress|corrupt|bad", "a complaint about the file")
    saw(out, r"Resuming at step 3(?:.|\n)*Step 3 of 10: Read the name back",
        "resumed at step 3")
    step_passes(s, "s.getsockname()", 3)
    leave(s)


def check_lesson_stop(env, binary):
    """L12. `.lesson stop` leaves the lesson and keeps the session: no more
    checks, variables and sockets stay; `.lesson NAME` picks it up."""
    s, _ = lesson_at(env, binary, "meet-a-socket", "Meet a socket")
    step_passes(s, "import socket; socket.AF_INET", 1)
    s.run_expect("keep = 42", r"")
    out = s.run(".lesson stop")
    saw(out, r"Left lesson meet-a-socket at step 2 of 9",
        "`Left lesson meet-a-socket at step 2 of 9`")
    out = s.run("s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)")
    not_saw(out, r"done|Step \d", "the lesson reacting after .lesson stop")
    s.run_expect("keep", r"42\n")
    s.run_expect("s.fileno() > 0", r"True\n")
    s.send(".hint" + ENTER)
    s.expect(r"no lesson is running", what="`no lesson is running`")
    s.prompt()
    saw(s.run(".lessons"), r"meet-a-socket .*\[1/9\]", "[1/9]")
    out = s.run(".lesson meet-a-socket")
    saw(out, r"Resuming at step 2\.", "`Resuming at step 2.`")
    not_saw(out, r">>> import socket", "a replay in the same session")
    leave(s)


def check_lesson_skip_all(env, binary):
    """L13. Every shipped lesson, played with `.skip` alone: each step's
    model answer makes its checks hold in the learner's session (no
    "checks still do not hold" note), the lesson completes, and no
    line of lesson text (indented) is wider than 80 columns."""
    names = sorted(f[:-len(".lesson")] for f in os.listdir(lesson_dir())
                   if f.endswith(".lesson"))
    if not names:
        raise Failure("no lessons in %s" % lesson_dir())
    for f in names:
        name = re.sub(r"^\d+-", "", f)
        s = lesson_session(env, binary)
        s.prompt()
        out = s.run(".lesson " + name)
        m = re.search(r"Step 1 of (\d+)", out)
        if not m:
            raise Failure(".lesson %s: no step 1: %s" % (name, show(out)))
        for i in range(1, int(m.group(1)) + 1):
            got = s.run(".skip").replace("\r", "")
            out += got
            saw(got, r"step %d done \(skipped\)" % i,
                "%s: `step %d done (skipped)`" % (name, i))
            not_saw(got, r"still do not hold",
                    "%s step %d: the model answer not passing" % (name, i))
        saw(out, r"Lesson complete", "%s: `Lesson complete`" % name)
        for line in out.replace("\r", "").split("\n"):
            if line.startswith(" ") and len(line) > 80:
                raise Failure("%s: a %d-column line: %s"
                              % (name, len(line), show(line)))
        leave(s)


CHECKS = [
    ("banner", check_banner),
    ("line-editing", check_line_editing),
    ("history", check_history_across_runs),
    ("history-default-dir", check_history_default_dir),
    ("continuation", check_continuation),
    ("blocks", check_blocks),
    ("ctrl-c-prompt", check_ctrl_c_prompt),
    ("ctrl-c-race", check_ctrl_c_race),
    ("ctrl-c-accept", check_ctrl_c_accept),
    ("ctrl-c-recv", check_ctrl_c_recv),
    ("errors", check_errors_keep_session),
    ("ctrl-d", check_ctrl_d),
    ("ctrl-d-continuation", check_ctrl_d_continuation),
    ("terminal-restored", check_terminal_restored),
    ("trace", check_trace),
    ("no-colour-dumb", check_no_colour_dumb),
    ("no-colour-no-color", check_no_colour_no_color),
    ("colour-xterm", check_colour_xterm),
    ("completion", check_completion),
    ("lesson-dot", check_lesson_dot),
    ("lesson-option", check_lesson_option),
    ("lesson-other-ways", check_lesson_other_ways),
    ("lesson-wrong", check_lesson_wrong),
    ("lesson-error", check_lesson_error),
    ("lesson-hints", check_lesson_hints),
    ("lesson-skip", check_lesson_skip),
    ("lesson-back-show", check_lesson_back_show),
    ("lesson-ctrl-c", check_lesson_ctrl_c),
    ("lesson-resume", check_lesson_resume),
    ("lesson-kill9", check_lesson_kill9),
    ("lesson-stop", check_lesson_stop),
    ("lesson-skip-all", check_lesson_skip_all),
]


def on_alarm(signum, frame):
    raise CheckTimeout("the check ran over its hard cap of %d s" % CHECK_CAP)


def main(argv):
    if len(argv) < 2:
        sys.stderr.write("usage: drive.py SOCKSHELL [CHECK]...\n")
        return 99
    binary = os.path.abspath(argv[1])
    if not os.access(binary, os.X_OK):
        print("cannot run %s" % binary)
        print("0 passed, 1 failed")
        return 1
    wanted = argv[2:]
    signal.signal(signal.SIGALRM, on_alarm)
    passed = failed = xfail = 0
    for name, fn in CHECKS:
        if wanted and name not in wanted:
            continue
        env = Env()
        signal.alarm(CHECK_CAP)
        try:
            fn(env, binary)
        except NotImplementedYet as e:
            signal.alarm(0)
            xfail += 1
            print("XFAIL: %s: %s" % (name, e))
        except (Failure, CheckTimeout, OSError) as e:
            signal.alarm(0)
            failed += 1
            print("FAIL: %s: %s" % (name, " ".join(fn.__doc__.split())))
            print("      %s" % e)
        else:
            signal.alarm(0)
            passed += 1
            print("PASS: %s" % name)
        finally:
            signal.alarm(0)
            env.cleanup()
        sys.stdout.flush()
    if xfail:
        print("(%d expected failure%s, counted neither way)"
              % (xfail, "" if xfail == 1 else "s"))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
