#!/bin/sh
# trace-vs-strace.sh -- compare what a program says it called with strace
#
# Usage: tests/trace-vs-strace.sh TRACEFILE COMMAND [ARG]...
#
# Runs COMMAND under `strace -e trace=%network,close,poll,ioctl` -- without
# -f, since with it strace counts the pid prefix when it pads "=" to column
# 40 (sockshell does not fork).  The
# command must write the lines its syscall observer received to TRACEFILE,
# one per line (sockshell: the --trace output, prompt and values removed).
# The two are then compared line by line.  Exit 0 when they agree, 1 and
# a diff when they do not, 77 (skip) when strace is missing or cannot
# trace here (no ptrace in some containers).
#
# Normalization, each for a reason:
# - signal and exit lines (--- SIG..., +++ exited) are not calls;
# - "= ? ERESTARTSYS (...)" and the other restart codes become
#   "= -1 EINTR (Interrupted system call)": strace sees the kernel's
#   internal code, the process (and so our trace) only ever sees EINTR;
# - close(N) and ioctl(N, ...) on a descriptor that is not a socket are
#   dropped: the dynamic loader, locale and readline close files and ask
#   the terminal of their own.  A descriptor counts as a socket from the
#   socket/accept4/socketpair that returned it to its successful close; a
#   failing close (EBADF on a closed socket) is kept.
set -u

if [ $# -lt 2 ]; then
	echo "usage: $0 TRACEFILE COMMAND [ARG]..." >&2
	exit 2
fi
tracefile=$1
shift
command -v strace >/dev/null 2>&1 || { echo "strace not found: skipped"; exit 77; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/tvs.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT HUP INT TERM

if ! strace -qq -e trace=%network,close,poll,ioctl -o "$tmp/raw" "$@" \
    >"$tmp/out" 2>"$tmp/err"; then
	if grep -q 'PTRACE\|ptrace' "$tmp/err"; then
		echo "strace cannot trace here: skipped"
		exit 77
	fi
fi

awk '
	/^(---|\+\+\+)/ { next }
	{
		sub(/= \? ERESTART[A-Z_]* \(.*\)$/,
		    "= -1 EINTR (Interrupted system call)")
		sub(/= \? EINTR \(.*\)$/, "= -1 EINTR (Interrupted system call)")
	}
	/^(socket|accept4?)\(/ {
		if (match($0, /= [0-9]+$/))
			sock[substr($0, RSTART + 2)] = 1
	}
	/^socketpair\(.*\[[0-9]+, [0-9]+\]\)/ {
		s = $0
		sub(/^.*\[/, "", s); sub(/\].*$/, "", s)
		split(s, fds, ", ")
		sock[fds[1]] = 1; sock[fds[2]] = 1
	}
	/^(close|ioctl)\(/ {
		fd = $0
		sub(/^[a-z]*\(/, "", fd); sub(/[,)].*$/, "", fd)
		failed = $0 ~ /= -1 [A-Z]+ \(.*\)$/
		if (!(fd in sock) && !(/^close/ && failed))
			next
		if (/^close/ && !failed)
			delete sock[fd]
	}
	{ print }
' "$tmp/raw" >"$tmp/strace"

if diff -u "$tmp/strace" "$tracefile" >"$tmp/diff"; then
	echo "trace matches strace: $(wc -l <"$tracefile") lines"
	exit 0
fi
echo "trace and strace differ (- strace, + trace):"
cat "$tmp/diff"
exit 1
