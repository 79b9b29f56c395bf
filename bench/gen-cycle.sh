#!/bin/sh
# gen-cycle.sh -- write the benchmark script: N cycles of socket/bind/getsockname/close
#
# Usage: bench/gen-cycle.sh [N [STYLE]] > FILE
#   N      cycles (default 2000); 0 gives `import socket` alone, to
#          measure start-up
#   STYLE  semi  (default) one cycle per line, statements joined by `;`
#          lines one statement per line (4 lines a cycle)
#
# The shell's Python subset has no loops, so the cycles are unrolled.
# The output is deterministic: bench/cycle.py is `gen-cycle.sh 2000`.
# Script mode echoes nothing, so the `s.getsockname()` value is made
# and dropped, exactly as `python3 bench/cycle.py` does.
set -eu

n=${1:-2000}
style=${2:-semi}
case $n in
'' | *[!0-9]*)
	echo "gen-cycle.sh: N must be a number, not '$n'" >&2
	exit 2
	;;
esac

echo 'import socket'
case $style in
semi)
	awk -v n="$n" 'BEGIN {
		for (i = 0; i < n; i++)
			print "s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); " \
			    "s.bind((\x27127.0.0.1\x27, 0)); s.getsockname(); s.close()"
	}'
	;;
lines)
	awk -v n="$n" 'BEGIN {
		for (i = 0; i < n; i++) {
			print "s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)"
			print "s.bind((\x27127.0.0.1\x27, 0))"
			print "s.getsockname()"
			print "s.close()"
		}
	}'
	;;
*)
	echo "gen-cycle.sh: STYLE is semi or lines, not '$style'" >&2
	exit 2
	;;
esac
