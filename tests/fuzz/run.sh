#!/bin/sh
# tests/fuzz/run.sh [SECONDS] -- build the libFuzzer targets, run each for SECONDS.
#
# Each target (tests/fuzz/fuzz_*.c) runs SECONDS (default 10: about a
# minute for all five) under ASan and UBSan, starting from its seed corpus
# tests/fuzz/corpus/TARGET.  What libFuzzer learns goes to
# $FUZZ_OUT/TARGET/corpus (the seeds in the tree are never written), each
# crash, timeout or out-of-memory input to $FUZZ_OUT/TARGET/artifacts/.
# A crash does not stop the run (fork mode): every finding is kept.
#
#   FUZZ_BUILD    build tree with `make fuzz` (configure --enable-fuzz or
#                 CC=clang); default: the top of the tree if configured
#                 there, else tests/../build-fuzz, configured with clang
#   FUZZ_OUT      default $FUZZ_BUILD/fuzz-out
#   FUZZ_TARGETS  default "eval format lesson progress sockaddr"
#   FUZZ_JOBS     parallel fuzzing processes per target, default 1
#   FUZZ_TMPDIR   where the targets' private directories go (default: a
#                 fresh directory in /dev/shm, removed at the end)
#
# For hours: FUZZ_JOBS=2 tests/fuzz/run.sh 3600 (see tests/README.md).
# Reproduce a finding: $FUZZ_BUILD/tests/fuzz/fuzz_TARGET FILE.
# Exit 0 when nothing was found, 1 when something was, 2 when it cannot
# build.

secs=${1:-10}
case $secs in
'' | *[!0-9]*)
	echo "usage: $0 [SECONDS]" >&2
	exit 2
	;;
esac
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
if [ -n "${FUZZ_BUILD:-}" ]; then
	build=$FUZZ_BUILD
elif [ -f "$top/Makefile" ]; then
	build=$top
else
	build=$top/build-fuzz
	if [ ! -f "$build/Makefile" ]; then
		if [ ! -x "$top/configure" ]; then
			(cd "$top" && autoreconf -fi) || exit 2
		fi
		mkdir -p "$build" &&
		    (cd "$build" && "$top/configure" --quiet CC=clang \
		        --enable-fuzz) || exit 2
	fi
fi
if ! make -C "$build" -s fuzz; then
	echo "$0: cannot build the fuzz targets in $build" \
	    "(configure --enable-fuzz, or CC=clang, needs clang)" >&2
	exit 2
fi
out=${FUZZ_OUT:-$build/fuzz-out}
targets=${FUZZ_TARGETS:-"eval format lesson progress sockaddr"}
jobs=${FUZZ_JOBS:-1}

# Each fuzzing process makes its private directory (sandbox.h) in here;
# libFuzzer ends them with _Exit, so only this script can clean up.
if [ -z "${FUZZ_TMPDIR:-}" ]; then
	for d in /dev/shm "${TMPDIR:-/tmp}"; do
		FUZZ_TMPDIR=$(mktemp -d "$d/sockshell-fuzz-run.XXXXXX" 2>/dev/null) &&
		    break
	done
	trap 'rm -rf "$FUZZ_TMPDIR"' EXIT
	trap 'exit 1' HUP INT TERM
fi
export FUZZ_TMPDIR

ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:symbolize=1}
UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export ASAN_OPTIONS UBSAN_OPTIONS

found=0
for t in $targets; do
	bin=$build/tests/fuzz/fuzz_$t
	seeds=$here/corpus/$t
	mkdir -p "$out/$t/corpus" "$out/$t/artifacts" || exit 2
	before=$(ls "$out/$t/artifacts" | wc -l)
	"$bin" -fork="$jobs" -ignore_crashes=1 -ignore_timeouts=1 \
	    -ignore_ooms=1 -max_total_time="$secs" -timeout=10 \
	    -rss_limit_mb=2048 -close_fd_mask=3 \
	    -artifact_prefix="$out/$t/artifacts/" \
	    "$out/$t/corpus" "$seeds" >"$out/$t/log" 2>&1
	after=$(ls "$out/$t/artifacts" | wc -l)
	# The fork-mode status line: "#EXECS: cov: ... crash: ... time: ...".
	line=$(grep '^#[0-9]*: cov:' "$out/$t/log" | tail -n 1)
	execs=$(echo "$line" | sed -n 's/^#\([0-9]*\):.*/\1/p')
	oom=$(echo "$line" | sed -n 's/.*oom\/timeout\/crash: \([0-9\/]*\).*/\1/p')
	printf '%-9s %6ss %10s execs  oom/timeout/crash %s  new findings %d\n' \
	    "$t" "$secs" "${execs:-?}" "${oom:-?}" $((after - before))
	if [ "$after" -gt 0 ]; then
		found=1
		ls "$out/$t/artifacts" | sed "s|^|    $out/$t/artifacts/|"
	fi
done
exit $found
