#!/bin/bash
# sockets.sh -- how long `.sockets` takes with N socketpairs (issue 11)
#
# Usage: bench/sockets.sh [--tcp] [N...]        (default: 100 1000 5000)
#
# For each N, a session gets N socketpairs (2N sockets, kept in a list:
# `a.append(socket.socketpair())`, one line each, since the subset has no
# loops) or, with --tcp, N loopback TCP connections to one listener (both
# ends kept, so every pair and every accepted socket has a footer line)
# through a pipe, once without `.sockets` and once with it; the
# difference of the two wall-clock times is the table's.  The table is
# written to /dev/null.  `ulimit -n` is raised to 2N + 64 (the hard limit
# permitting; 20,000 here, so 5000 pairs make 10,000 sockets).
# Environment: SOCKSHELL (default src/sockshell).  Only unix socketpairs
# and 127.0.0.1 with kernel-chosen ports.

set -u
LC_ALL=C
top=$(cd "$(dirname "$0")/.." && pwd)
sockshell=${SOCKSHELL:-$top/src/sockshell}
[ -x "$sockshell" ] || { echo "no $sockshell: build first" >&2; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/sockshell-bench.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT

# seconds since the epoch, to the nanosecond
now() { date +%s.%N; }

run() { # run FILE: wall-clock seconds of one session fed FILE
	local t0 t1
	t0=$(now)
	"$sockshell" <"$1" >/dev/null 2>&1
	t1=$(now)
	echo "$t1 - $t0" | bc -l
}

tcp=0
if [ "${1:-}" = --tcp ]; then
	tcp=1
	shift
fi
[ $# -gt 0 ] || set -- 100 1000 5000
printf '%8s %8s %12s %12s %12s\n' "$([ "$tcp" = 1 ] && echo conns || echo pairs)" sockets "no table s" "with table s" ".sockets s"
for n in "$@"; do
	need=$((2 * n + 64))
	if [ "$(ulimit -n)" != unlimited ] && [ "$(ulimit -n)" -lt "$need" ]; then
		ulimit -n "$need" 2>/dev/null ||
		    { echo "$n: ulimit -n $need refused" >&2; continue; }
	fi
	{
		echo 'import socket'
		echo 'a = []'
		if [ "$tcp" = 1 ]; then
			echo 'l = socket.socket()'
			echo "l.bind(('127.0.0.1', 0))"
			echo 'l.listen(8)'
			echo 'b = []'
			awk -v n="$n" 'BEGIN { for (i = 0; i < n; i++) {
				print "a.append(socket.create_connection(l.getsockname()))"
				print "b.append(l.accept()[0])" } }'
		else
			awk -v n="$n" 'BEGIN { for (i = 0; i < n; i++)
				print "a.append(socket.socketpair())" }'
		fi
	} >"$work/pairs.in"
	cp "$work/pairs.in" "$work/table.in"
	echo '.sockets' >>"$work/table.in"
	base=$(run "$work/pairs.in")
	with=$(run "$work/table.in")
	printf '%8d %8d %12.3f %12.3f %12.3f\n' "$n" $((2 * n)) "$base" \
	    "$with" "$(echo "$with - $base" | bc -l)"
done
