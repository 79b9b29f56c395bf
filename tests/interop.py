"""interop.py -- sockshell against peers it did not write (python3, socat).

sockshell runs with piped standard input, so each line we send runs as if
typed and its echo comes back on stdout (the shell flushes after each
entry).  A peer program on the other end checks that both sides see the
same socket names.  Loopback and a temporary directory only.
"""
import os
import shutil
import socket
import subprocess
import sys
import tempfile

SOCKSHELL = os.environ["SOCKSHELL"]
passed = failed = 0


class Shell:
    def __init__(self, cwd):
        self.p = subprocess.Popen([SOCKSHELL], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT, cwd=cwd,
                                  text=True, bufsize=1)

    def ask(self, line):
        """Run an expression line; return the echoed repr line."""
        self.p.stdin.write(line + "\n")
        self.p.stdin.flush()
        return self.p.stdout.readline().rstrip("\n")

    def run(self, line):
        """Run a statement that echoes nothing."""
        self.p.stdin.write(line + "\n")
        self.p.stdin.flush()

    def close(self):
        self.p.stdin.close()
        rest = self.p.stdout.read()
        return self.p.wait(timeout=10), rest


def check(name, ok, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print("PASS:", name)
    else:
        failed += 1
        print("FAIL:", name, detail)


def tcp_python_server(tmp):
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen()
    srv.settimeout(5)
    sh = Shell(tmp)
    sh.run("import socket")
    sh.run("c = socket.socket(); c.settimeout(5)")
    sh.run("c.connect(%r)" % (srv.getsockname(),))
    conn, addr = srv.accept()
    local = sh.ask("c.getsockname()")
    peer = sh.ask("c.getpeername()")
    check("tcp: python3 server sees sockshell's getsockname()",
          local == repr(addr), "%s vs %r" % (local, addr))
    check("tcp: sockshell's getpeername() is the server's name",
          peer == repr(conn.getsockname()), peer)
    sh.run("c.sendall(b'from sockshell')")
    conn.settimeout(5)
    check("tcp: data reaches python3", conn.recv(100) == b"from sockshell")
    conn.sendall(b"from python3")
    got = sh.ask("c.recv(100)")
    check("tcp: data reaches sockshell", got == "b'from python3'", got)
    rc, rest = sh.close()
    check("tcp: sockshell exits 0 with no error", rc == 0 and rest == "",
          rest)
    conn.close()
    srv.close()


def tcp_sockshell_server_socat(tmp):
    if shutil.which("socat") is None:
        print("SKIP: socat client (socat not installed)")
        return
    sh = Shell(tmp)
    sh.run("import socket")
    sh.run("srv = socket.socket(); srv.bind(('127.0.0.1', 0)); srv.listen()")
    sh.run("srv.settimeout(5)")
    port = int(sh.ask("srv.getsockname()[1]"))
    client = subprocess.Popen(
        ["socat", "-", "TCP:127.0.0.1:%d,bind=127.0.0.7" % port],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    sh.run("conn, addr = srv.accept()")
    addr = sh.ask("addr[0]")
    check("tcp: socat client bound to 127.0.0.7 is named so by accept()",
          addr == "'127.0.0.7'", addr)
    client.stdin.write("hello from socat\n")
    client.stdin.flush()
    got = sh.ask("conn.recv(100)")
    check("tcp: socat's bytes arrive", got == "b'hello from socat\\n'", got)
    sh.run("conn.sendall(b'bye\\n'); conn.close()")
    out, _ = client.communicate(timeout=5)
    check("tcp: socat reads sockshell's reply", out == "bye\n", repr(out))
    rc, rest = sh.close()
    check("tcp(socat): sockshell exits 0 with no error", rc == 0 and rest == "",
          rest)


def udp_python_sender(tmp):
    sh = Shell(tmp)
    sh.run("import socket")
    sh.run("u = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)")
    sh.run("u.bind(('127.0.0.1', 0)); u.settimeout(5)")
    port = int(sh.ask("u.getsockname()[1]"))
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.sendto(b"ping", ("127.0.0.1", port))
    got = sh.ask("u.recvfrom(100)")
    want = repr((b"ping", ("127.0.0.1", s.getsockname()[1])))
    check("udp: recvfrom() names python3's socket", got == want,
          "%s vs %s" % (got, want))
    sh.run("n = u.sendto(b'pong', %r)" % (s.getsockname(),))
    s.settimeout(5)
    data, sender = s.recvfrom(100)
    check("udp: python3 sees the reply from sockshell's name",
          data == b"pong" and sender == ("127.0.0.1", port), repr(sender))
    s.close()
    rc, rest = sh.close()
    check("udp: sockshell exits 0 with no error", rc == 0 and rest == "", rest)


def ipv6_python_server(tmp):
    srv = socket.socket(socket.AF_INET6)
    srv.bind(("::1", 0))
    srv.listen()
    srv.settimeout(5)
    sh = Shell(tmp)
    sh.run("import socket")
    sh.run("c = socket.socket(socket.AF_INET6); c.settimeout(5)")
    sh.run("c.connect(%r)" % (srv.getsockname(),))
    conn, addr = srv.accept()
    local = sh.ask("c.getsockname()")
    check("ipv6: 4-tuple names agree", local == repr(addr),
          "%s vs %r" % (local, addr))
    conn.close()
    srv.close()
    sh.close()


def unix_python_server(tmp):
    path = os.path.join(tmp, "peer.sock")
    srv = socket.socket(socket.AF_UNIX)
    srv.bind(path)
    srv.listen()
    srv.settimeout(5)
    sh = Shell(tmp)
    sh.run("import socket")
    sh.run("c = socket.socket(socket.AF_UNIX); c.settimeout(5)")
    sh.run("c.connect(%r)" % path)
    conn, addr = srv.accept()
    peer = sh.ask("c.getpeername()")
    local = sh.ask("c.getsockname()")
    check("unix: sockshell's peer is the path", peer == repr(path), peer)
    check("unix: unnamed on both sides", local == "''" and addr == "",
          "%s %r" % (local, addr))
    conn.close()
    srv.close()
    sh.close()


def main():
    if sys.version_info < (3, 6):
        print("SKIP: python3 too old")
        sys.exit(77)
    tmp = tempfile.mkdtemp(prefix="interop.")
    try:
        for test in (tcp_python_server, tcp_sockshell_server_socat,
                     udp_python_sender, ipv6_python_server,
                     unix_python_server):
            try:
                test(tmp)
            except Exception as e:  # a hang or crash is a failure, not a stop
                check(test.__name__, False, repr(e))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("%d passed, %d failed" % (passed, failed))
    sys.exit(1 if failed else 0)


main()
