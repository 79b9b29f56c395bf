#!/usr/bin/env python3
"""ptyprompt.py -- time from spawn to the first prompt on a pseudo-terminal.

Usage: ptyprompt.py [--runs N] [--warmup N] [--idle SECONDS] [--prompt TEXT]
                    [--timeout SECONDS] [--verbose] -- COMMAND [ARG]...

Each run opens a fresh pty (80x24, the terminal's window size set before
the child starts, so readline sees a real terminal from its first call) and
posix_spawn()s COMMAND in a new session with the pty as its controlling
terminal and stdin, stdout and stderr.  The clock starts just before the
spawn and stops
when the bytes of the prompt (default '>>> ') have been read from the
master side: that is what a person sees.  The banner, readline's
bracketed-paste switch and anything else before the prompt are part of the
measured time, as they are for a person.

With --idle S the session then sits at the prompt for S seconds; the
child's CPU time and context switches over that window (from /proc) show
whether an idle prompt costs anything (a polling loop shows up here).

Then Ctrl-D (EOF on an empty line) ends the session; a child still alive
after --timeout seconds gets SIGTERM, then SIGKILL.  Only the child this
script started is ever signalled.

Output: one `key=value` line, parsed by bench/run.sh:
  runs, failed, median_ms, min_ms, p90_ms, max_ms (wall clock);
  cpu_at_prompt_ms and runq_wait_ms (the child's own CPU time up to the
  prompt, and its time ready but waiting for a CPU: load from other
  programs, from /proc/PID/schedstat); hwm_at_prompt_kb and
  hwm_end_kb, the child's peak RSS (VmHWM in /proc) at the prompt and just
  before Ctrl-D (after the idle time); with --idle: idle_cpu_ms, idle_ctxsw.
  All medians over the runs.  The peak RSS is read from /proc, not from
  wait4(): Linux folds the spawning process's high-water mark into the
  child's ru_maxrss at exec, and that would be this Python's 15 MB.
Exit status 1 if any run failed to show the prompt.
"""

import fcntl
import os
import select
import signal
import statistics
import struct
import sys
import termios
import time


def proc_status(pid):
    """VmHWM (kB), voluntary+involuntary context switches, from /proc."""
    hwm = ctx = None
    try:
        with open("/proc/%d/status" % pid) as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    hwm = int(line.split()[1])
                elif line.startswith(("voluntary_ctxt_switches:",
                                      "nonvoluntary_ctxt_switches:")):
                    ctx = (ctx or 0) + int(line.split()[1])
    except OSError:
        pass
    return hwm, ctx


def proc_sched_ms(pid):
    """(CPU time, run-queue wait) of pid so far in ms, or (None, None).

    /proc/PID/schedstat is in nanoseconds and, read while the child is
    blocked (as it is at a prompt), exact.  The CPU time hardly depends on
    what else the machine runs; the wait says how much other load delayed
    this run.  Without schedstat, CPU time from /proc/PID/stat in ticks.
    """
    try:
        with open("/proc/%d/schedstat" % pid) as f:
            run_ns, wait_ns = f.read().split()[:2]
        return int(run_ns) / 1e6, int(wait_ns) / 1e6
    except (OSError, ValueError):
        pass
    try:
        with open("/proc/%d/stat" % pid) as f:
            fields = f.read().rsplit(")", 1)[1].split()
        ticks = int(fields[11]) + int(fields[12])  # utime, stime
        return ticks * 1000.0 / os.sysconf("SC_CLK_TCK"), None
    except (OSError, IndexError, ValueError):
        return None, None


def drain(fd, until, want=None, buf=b""):
    """Read fd until `want` is in buf or the deadline passes; (buf, found, eof)."""
    while True:
        if want is not None and want in buf:
            return buf, True, False
        left = until - time.monotonic()
        if left <= 0:
            return buf, False, False
        r, _, _ = select.select([fd], [], [], left)
        if not r:
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # EIO: the child closed its side
            return buf, want is not None and want in buf, True
        if not chunk:
            return buf, want is not None and want in buf, True
        buf += chunk


def spawn(argv):
    """Start argv on a new pty; (pid, master fd, start time in ns).

    posix_spawn, not fork: glibc spawns with vfork semantics, so the
    child never copies this Python process.  A forked child would also
    carry Python's resident pages in its peak-RSS count across exec
    (Linux folds the old image's high-water mark into ru_maxrss).
    After setsid() (done before the file actions) opening the slave
    makes it the child's controlling terminal.
    """
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    path = os.ttyname(slave)
    actions = [(os.POSIX_SPAWN_OPEN, 0, path, os.O_RDWR, 0),
               (os.POSIX_SPAWN_DUP2, 0, 1),
               (os.POSIX_SPAWN_DUP2, 0, 2)]
    t0 = time.perf_counter_ns()
    pid = os.posix_spawnp(argv[0], argv, os.environ, file_actions=actions,
                          setsid=True)
    os.close(slave)
    return pid, master, t0


def finish(pid, master, timeout):
    """Send Ctrl-D, wait for the child; return its rusage (or None)."""
    try:
        os.write(master, b"\x04")
    except OSError:
        pass
    deadline = time.monotonic() + timeout
    ru = None
    for sig in (None, signal.SIGTERM, signal.SIGKILL):
        if sig is not None:
            try:
                os.kill(pid, sig)
            except ProcessLookupError:
                pass
            deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            drain(master, time.monotonic() + 0.05)
            wpid, status, ru = os.wait4(pid, os.WNOHANG)
            if wpid == pid:
                os.close(master)
                return ru, status, sig
        if sig is None:
            sys.stderr.write("ptyprompt: child %d ignored Ctrl-D\n" % pid)
    os.close(master)
    return None, None, signal.SIGKILL


def main(args):
    runs, warmup, idle, prompt, timeout, verbose = 50, 3, 0.0, b">>> ", 5.0, False
    while args and args[0] != "--":
        opt = args.pop(0)
        if opt == "--verbose":
            verbose = True
            continue
        if not args:
            sys.exit("ptyprompt: %s needs a value" % opt)
        val = args.pop(0)
        if opt == "--runs":
            runs = int(val)
        elif opt == "--warmup":
            warmup = int(val)
        elif opt == "--idle":
            idle = float(val)
        elif opt == "--prompt":
            prompt = val.encode()
        elif opt == "--timeout":
            timeout = float(val)
        else:
            sys.exit("ptyprompt: unknown option %s" % opt)
    if not args or args[0] != "--" or len(args) < 2:
        sys.exit(__doc__.split("\n\n")[1])
    argv = args[1:]

    # Unmeasured runs first, so the page cache and the dynamic linker's
    # caches are as warm as on a person's second start.
    for i in range(warmup):
        pid, master, _ = spawn(argv)
        drain(master, time.monotonic() + timeout, prompt)
        finish(pid, master, timeout)

    times, rss, hwms, idle_cpu, idle_ctx, failed = [], [], [], [], [], 0
    cpus, waits = [], []
    for i in range(runs):
        pid, master, t0 = spawn(argv)
        buf, found, eof = drain(master, time.monotonic() + timeout, prompt)
        t1 = time.perf_counter_ns()
        if not found:
            failed += 1
            sys.stderr.write("ptyprompt: run %d: no %r within %gs; output: %r\n"
                             % (i + 1, prompt, timeout, buf[-300:]))
        else:
            times.append((t1 - t0) / 1e6)
            cpu0, wait = proc_sched_ms(pid)
            if cpu0 is not None:
                cpus.append(cpu0)
            if wait is not None:
                waits.append(wait)
            hwm, ctx0 = proc_status(pid)
            if hwm is not None:
                hwms.append(hwm)
            if idle > 0:
                drain(master, time.monotonic() + idle)
                cpu1, _ = proc_sched_ms(pid)
                _, ctx1 = proc_status(pid)
                if None not in (cpu0, cpu1, ctx0, ctx1):
                    idle_cpu.append(cpu1 - cpu0)
                    idle_ctx.append(ctx1 - ctx0)
            hwm, _ = proc_status(pid)
            if hwm is not None:
                rss.append(hwm)
        ru, status, sig = finish(pid, master, timeout)
        if verbose:
            sys.stderr.write("run %d: %s ms, status %s%s\n" % (
                i + 1, "%.3f" % times[-1] if found else "-", status,
                ", killed with %s" % sig.name if sig else ""))

    out = {"runs": len(times), "failed": failed}
    if times:
        times.sort()
        out.update(median_ms="%.3f" % statistics.median(times),
                   min_ms="%.3f" % times[0],
                   p90_ms="%.3f" % times[min(len(times) - 1,
                                             int(0.9 * len(times)))],
                   max_ms="%.3f" % times[-1])
    if cpus:
        out["cpu_at_prompt_ms"] = "%.3f" % statistics.median(cpus)
    if waits:
        out["runq_wait_ms"] = "%.3f" % statistics.median(waits)
    if rss:
        out["hwm_end_kb"] = int(statistics.median(rss))
    if hwms:
        out["hwm_at_prompt_kb"] = int(statistics.median(hwms))
    if idle_cpu:
        out["idle_s"] = "%g" % idle
        out["idle_cpu_ms"] = "%.3f" % statistics.median(idle_cpu)
        out["idle_ctxsw"] = int(statistics.median(idle_ctx))
    print(" ".join("%s=%s" % kv for kv in out.items()))
    return 1 if failed or not times else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
