#!/bin/bash
# run.sh -- measure sockshell against the budgets of issue 2
#
#   first prompt within 5 ms; 2000 cycles of socket/bind/getsockname/close
#   within 2x the time of a C program making the same calls; peak RSS
#   under 6 MB.
#
# Usage: bench/run.sh [--quick] [--runs N] [--no-callgrind] [--no-write]
#
#   --quick         fewer runs (a rough look, not numbers to report;
#                   implies --no-write)
#   --runs N        runs per timing (default 30; the pty prompt gets 50)
#   --no-callgrind  skip (d), valgrind's instruction counts (slow)
#   --no-write      do not rewrite bench/results/LATEST.md
#
# Environment: SOCKSHELL (default src/sockshell under the top directory,
# i.e. an in-tree build), CC, PYTHON3 (default python3).
#
# This is a benchmark, not a test: it prints numbers and a PASS/OVER per
# budget, and exits 0 unless it could not measure at all.  Wall-clock
# numbers depend on the machine's load; run it on an idle machine and read
# the run-queue wait it prints.  Instruction counts (d) do not depend on
# load and are the numbers to compare between commits.
#
# Sections: (a) the 2000-cycle script, (b) start-up and first prompt,
# (c) peak RSS, (d) callgrind, (e) system calls per cycle (strace).
# Only loopback addresses are used (127.0.0.1, port 0).

set -u
LC_ALL=C
export LC_ALL

here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/.." && pwd)
SOCKSHELL=${SOCKSHELL:-$top/src/sockshell}
CC=${CC:-cc}
PYTHON3=${PYTHON3:-python3}
runs=30
prompt_runs=50
callgrind=1
write=1
cycles=2000

while [ $# -gt 0 ]; do
	case $1 in
	--quick) runs=10 prompt_runs=20 write=0 ;;
	--runs)
		runs=${2:?--runs needs a number}
		prompt_runs=$runs
		shift
		;;
	--no-callgrind) callgrind=0 ;;
	--no-write) write=0 ;;
	-h | --help)
		sed -n '2,/^$/s/^# \{0,1\}//p' "$0"
		exit 0
		;;
	*)
		echo "run.sh: unknown option '$1' (see bench/run.sh --help)" >&2
		exit 2
		;;
	esac
	shift
done

die() {
	echo "run.sh: $*" >&2
	exit 1
}

[ -x "$SOCKSHELL" ] || die "no $SOCKSHELL: build first (./configure && make), or set SOCKSHELL"
command -v "$PYTHON3" >/dev/null || die "python3 is needed for the pty measurements"

work=$(mktemp -d "${TMPDIR:-/tmp}/sockshell-bench.XXXXXX") || die "mktemp failed"
trap 'rm -rf "$work"' EXIT
# A private home: no history file of the person running this is read or
# written, and every start sees the same (empty) state.
export HOME="$work/home" XDG_STATE_HOME="$work/state" XDG_CONFIG_HOME="$work/config"
mkdir -p "$HOME" "$XDG_STATE_HOME"
# Readline reads the terminal description; use a common one, not the caller's.
export TERM=xterm-256color

report="$work/report.md" # the lines that go to LATEST.md
: >"$report"
say() { # print and keep for the summary
	printf '%s\n' "$*"
	printf '%s\n' "$*" >>"$report"
}

# ---------------------------------------------------------------------------
# Set-up

"$CC" -O2 -o "$work/cycle" "$here/cycle.c" || die "cannot build bench/cycle.c with $CC"
"$here/gen-cycle.sh" "$cycles" >"$work/cycle.py"
"$here/gen-cycle.sh" 0 >"$work/cycle0.py"
cmp -s "$work/cycle.py" "$here/cycle.py" ||
	echo "run.sh: note: bench/cycle.py differs from gen-cycle.sh $cycles; using the generated one" >&2
script=$work/cycle.py
printf '\n' >"$work/newline"

# The script must run cleanly, silently, as under python3.
out=$("$SOCKSHELL" "$script" 2>&1)
rc=$?
[ $rc -eq 0 ] && [ -z "$out" ] ||
	die "sockshell $script: exit $rc, output: $(printf '%s' "$out" | tail -3)"
if ldd "$SOCKSHELL" 2>/dev/null | grep -q -E 'libasan|libubsan'; then
	echo "run.sh: warning: $SOCKSHELL is built with sanitizers; numbers are meaningless" >&2
fi

HYPERFINE=$(command -v hyperfine || true)
# BENCH_NO_HYPERFINE=1 exercises the fallback timer on a machine that has it.
[ -n "${BENCH_NO_HYPERFINE:-}" ] && HYPERFINE=
ncpu=$(nproc 2>/dev/null || echo '?')
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo 2>/dev/null | head -1)
rev=$(git -C "$top" rev-parse --short HEAD 2>/dev/null || echo unknown)
dirty=$(git -C "$top" status --porcelain -- src 2>/dev/null | head -1)
[ -n "$dirty" ] && rev="$rev (src/ modified)"

say "# sockshell benchmark"
say ""
say "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
say "- commit: $rev; binary: ${SOCKSHELL#"$top"/} ($(stat -c %s "$SOCKSHELL") bytes)"
say "- machine: $ncpu CPUs, ${cpu:-unknown CPU}, Linux $(uname -r)"
say "- load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -n "$HYPERFINE" ]; then
	timer="hyperfine $("$HYPERFINE" --version | cut -d' ' -f2) (-N unless stdin is redirected)"
else
	timer="a bash loop read with \$EPOCHREALTIME (hyperfine not installed)"
fi
say "- timer: $timer, 3 warm-up runs, medians"
say ""

# ---------------------------------------------------------------------------
# Timing: median wall-clock ms of a command, stdout and stderr discarded.
#
# bench_ms INPUT CMD [ARG]...  -> sets MS (median) and MIN (fastest run)
#   INPUT is a file for standard input, or - for /dev/null with no shell.
#
# With hyperfine: INPUT - runs the command with -N (no shell, nothing to
# subtract; stdin is /dev/null); a file runs it through sh with a
# redirection and hyperfine subtracts its measured start of sh.  That
# correction has an error of its own, so commands compared with each
# other get the same INPUT style (section b gives them all a file).
# Without: a loop timed with bash's $EPOCHREALTIME (no fork per reading,
# unlike `date +%s%N`, whose own start would be counted), or date as a
# last resort.

quote() { # POSIX single-quoting, which hyperfine's word splitter reads
	local a out=
	for a; do
		out="$out '${a//\'/\'\\\'\'}'"
	done
	printf '%s' "${out# }"
}

now_us() {
	if [ -n "${EPOCHREALTIME:-}" ]; then
		local t=${EPOCHREALTIME/[.,]/}
		echo $((10#$t))
	else
		echo $(($(date +%s%N) / 1000))
	fi
}

bench_ms() {
	local input=$1 i t0 t1 n
	shift
	MS=nan MIN=nan
	if [ -n "$HYPERFINE" ]; then
		local json=$work/hf.json
		if [ "$input" = - ]; then
			"$HYPERFINE" -N --warmup 3 --runs "$runs" --style none \
			    --export-json "$json" "$(quote "$@")" >/dev/null 2>&1
		else
			"$HYPERFINE" --warmup 3 --runs "$runs" --style none \
			    --export-json "$json" "$(quote "$@") < $(quote "$input")" \
			    >/dev/null 2>&1
		fi || {
			echo "run.sh: hyperfine failed on: $*" >&2
			return 1
		}
		MS=$(awk -F: '/"median"/ { gsub(/[ ,]/, "", $2); printf "%.3f", $2 * 1000 }' "$json")
		MIN=$(awk -F: '/"min"/ { gsub(/[ ,]/, "", $2); printf "%.3f", $2 * 1000 }' "$json")
		return 0
	fi
	[ "$input" = - ] && input=/dev/null
	for i in 1 2 3; do
		"$@" <"$input" >/dev/null 2>&1 || {
			echo "run.sh: failed: $*" >&2
			return 1
		}
	done
	: >"$work/times"
	for ((i = 0; i < runs; i++)); do
		t0=$(now_us)
		"$@" <"$input" >/dev/null 2>&1
		t1=$(now_us)
		echo $((t1 - t0)) >>"$work/times"
	done
	n=$(wc -l <"$work/times")
	MS=$(sort -n "$work/times" | awk -v n="$n" '
	    { v[NR] = $1 }
	    END { m = (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
		  printf "%.3f", m / 1000 }')
	MIN=$(sort -n "$work/times" | head -1 | awk '{ printf "%.3f", $1 / 1000 }')
}

calc() { awk "BEGIN { printf \"$1\", $2 }"; }
verdict() { # verdict VALUE LIMIT -> PASS or OVER
	awk -v v="$1" -v l="$2" 'BEGIN { print (v + 0 <= l + 0) ? "PASS" : "OVER" }'
}

# ---------------------------------------------------------------------------
say "## (a) $cycles cycles of socket/bind/getsockname/close"
say ""
say "Whole-process wall time, median of $runs runs (fastest in brackets)."
say "The C program makes exactly the script's system calls (see bench/cycle.c)."
say ""

bench_ms - "$work/cycle" "$cycles" && c_ms=$MS c_min=$MIN
bench_ms - "$work/cycle" 0 && c0_ms=$MS
bench_ms - "$SOCKSHELL" "$script" && s_ms=$MS s_min=$MIN
bench_ms - "$SOCKSHELL" "$work/cycle0.py" && s0_ms=$MS
bench_ms - "$PYTHON3" "$script" && p_ms=$MS p_min=$MIN
bench_ms - "$PYTHON3" "$work/cycle0.py" && p0_ms=$MS
ratio=$(calc %.2f "$s_ms / $c_ms")
say "| program | $cycles cycles | start-up alone (0 cycles) |"
say "|---|---|---|"
say "| C (bench/cycle.c, -O2) | $c_ms ms [$c_min] | $c0_ms ms |"
say "| sockshell | $s_ms ms [$s_min] | $s0_ms ms |"
say "| python3 (reference) | $p_ms ms [$p_min] | $p0_ms ms |"
say ""
say "- **ratio sockshell / C: ${ratio}x** (budget 2x): $(verdict "$ratio" 2)"
say "- python3 / C: $(calc %.2f "$p_ms / $c_ms")x"
say "- per cycle, start-up taken out: C $(calc %.2f "($c_ms - $c0_ms) * 1000 / $cycles") us," \
	"sockshell $(calc %.2f "($s_ms - $s0_ms) * 1000 / $cycles") us"
say ""

# ---------------------------------------------------------------------------
say "## (b) start-up and first prompt"
say ""

# ptyprompt.py output is `key=value ...`; kv KEY LINE
kv() { printf '%s\n' "$2" | tr ' ' '\n' | sed -n "s/^$1=//p"; }

pty() { # pty [ptyprompt options] -- CMD...
	"$PYTHON3" "$here/ptyprompt.py" "$@" 2>"$work/pty.err" || {
		echo "run.sh: ptyprompt failed: $*" >&2
		tail -3 "$work/pty.err" >&2
	}
}

floor=$(pty --runs "$prompt_runs" -- /bin/echo -n '>>> ')
first=$(pty --runs "$prompt_runs" -- "$SOCKSHELL")
# A learner's second day: a full history file (the shell keeps 1000 lines).
mkdir -p "$XDG_STATE_HOME/sockshell"
sed -n '2,1001p' "$here/cycle.py" >"$XDG_STATE_HOME/sockshell/history"
chmod 600 "$XDG_STATE_HOME/sockshell/history"
first_h=$(pty --runs "$prompt_runs" -- "$SOCKSHELL")
rm -rf "$XDG_STATE_HOME/sockshell"

fp=$(kv median_ms "$first")
say "Spawn on a new pty (80x24, TERM=$TERM) until the bytes '>>> ' are read"
say "(bench/ptyprompt.py), median of $prompt_runs runs after 3 warm-up runs."
say "CPU is the shell's own CPU time up to the prompt, and run-queue wait the"
say "time it was ready but another program had the CPU (both from /proc)."
say ""
say "| what | median | fastest | p90 | CPU to prompt | run-queue wait |"
say "|---|---|---|---|---|---|"
for row in "spawn floor (/bin/echo -n '>>> ')|$floor" \
	"**sockshell, first prompt**|$first" \
	"sockshell, 1000-line history|$first_h"; do
	l=${row#*|}
	say "| ${row%%|*} | $(kv median_ms "$l") ms | $(kv min_ms "$l") ms" \
		"| $(kv p90_ms "$l") ms | $(kv cpu_at_prompt_ms "$l") ms | $(kv runq_wait_ms "$l") ms |"
done
say ""
say "- **first prompt: ${fp:-?} ms** (budget 5 ms): $(verdict "${fp:-inf}" 5)"

bench_ms /dev/null "$SOCKSHELL" -c pass && cpass=$MS cpass_min=$MIN
bench_ms "$work/newline" "$SOCKSHELL" && cstdin=$MS cstdin_min=$MIN
bench_ms /dev/null "$work/cycle" 0 && cnull=$MS
say "- \`sockshell -c pass\`: $cpass ms [$cpass_min]"
say "- \`echo | sockshell\` (stdin a file holding one newline): $cstdin ms [$cstdin_min]"
say "- for scale, a C program that does nothing (\`cycle 0\`): $cnull ms"
[ -n "$HYPERFINE" ] &&
	say "- (these three run through sh with stdin redirected, hyperfine subtracting sh's start)"
say ""

# ---------------------------------------------------------------------------
say "## (c) peak RSS"
say ""

rss_kb() { # rss_kb CMD... -> median "Maximum resident set size" of 5 runs
	local i
	for i in 1 2 3 4 5; do
		/usr/bin/time -v -o "$work/time.out" "$@" </dev/null >/dev/null 2>&1
		sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.out"
	done | sort -n | sed -n 3p
}

if [ -x /usr/bin/time ] && /usr/bin/time -v true >/dev/null 2>&1; then
	r_script=$(rss_kb "$SOCKSHELL" "$script")
	r_c=$(rss_kb "$work/cycle" "$cycles")
	r_py=$(rss_kb "$PYTHON3" "$script")
	r_pass=$(rss_kb "$SOCKSHELL" -c pass)
	for n in 500 8000; do
		"$here/gen-cycle.sh" "$n" >"$work/cycle$n.py"
	done
	r_500=$(rss_kb "$SOCKSHELL" "$work/cycle500.py")
	r_8000=$(rss_kb "$SOCKSHELL" "$work/cycle8000.py")
	r_stdin=$(/usr/bin/time -f %M -o "$work/time.out" "$SOCKSHELL" <"$script" >/dev/null 2>&1
		cat "$work/time.out")
	# On a pty: /usr/bin/time around the shell, Ctrl-D at the prompt.
	# (The child of /usr/bin/time starts as a copy of time, ~1-2 MB; its
	# high-water mark is folded in at exec, so tiny values would be time's.)
	for i in 1 2 3; do
		pty --runs 1 --warmup 0 -- /usr/bin/time -v -o "$work/pty$i.out" "$SOCKSHELL" >/dev/null
		sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/pty$i.out"
	done | sort -n | sed -n 2p >"$work/rss_pty"
	r_pty=$(cat "$work/rss_pty")
	pty --runs 1 --warmup 0 --idle 3 -- /usr/bin/time -v -o "$work/idle.out" "$SOCKSHELL" >/dev/null
	r_idle=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/idle.out")
	idle=$(pty --runs 3 --warmup 0 --idle 3 -- "$SOCKSHELL")

	say "\`/usr/bin/time -v\` \"Maximum resident set size\", median of 5 runs (3 on the pty)."
	say ""
	say "| what | peak RSS |"
	say "|---|---|"
	say "| **sockshell, $cycles-cycle script** | **$r_script kB** |"
	say "| sockshell, 500-cycle script | $r_500 kB |"
	say "| sockshell, 8000-cycle script | $r_8000 kB |"
	say "| sockshell < $cycles-cycle script (stdin mode, line by line) | $r_stdin kB |"
	say "| sockshell -c pass | $r_pass kB |"
	say "| **sockshell on a pty, start then Ctrl-D** | **$r_pty kB** |"
	say "| **sockshell on a pty, idle 3 s at the prompt** | **$r_idle kB** |"
	say "| C program, $cycles cycles | $r_c kB |"
	say "| python3, $cycles-cycle script (reference) | $r_py kB |"
	say ""
	worst=$(printf '%s\n' "$r_script" "$r_pty" "$r_idle" | sort -n | tail -1)
	say "- **worst of the three: $worst kB** (budget 6 MB = 6144 kB): $(verdict "$worst" 6144)"
	say "- idle at the prompt for 3 s (median of 3, /proc): CPU $(kv idle_cpu_ms "$idle") ms," \
		"$(kv idle_ctxsw "$idle") context switches, VmHWM $(kv hwm_end_kb "$idle") kB"
else
	say "(skipped: /usr/bin/time is missing; apt-get install time)"
fi
say ""

# ---------------------------------------------------------------------------
say "## (d) instruction counts (callgrind)"
say ""

ir() { # ir OUTFILE CMD... -> total instructions (Ir)
	local f=$1
	shift
	valgrind --tool=callgrind --callgrind-out-file="$f" "$@" </dev/null >/dev/null 2>&1 || return 1
	sed -n 's/^totals: //p;s/^summary: //p' "$f" | head -1
}

if [ $callgrind -eq 1 ] && command -v valgrind >/dev/null; then
	i_script=$(ir "$work/cg.script" "$SOCKSHELL" "$script")
	i_zero=$(ir "$work/cg.zero" "$SOCKSHELL" "$work/cycle0.py")
	i_pass=$(ir "$work/cg.pass" "$SOCKSHELL" -c pass)
	i_c=$(ir "$work/cg.c" "$work/cycle" "$cycles")
	i_c0=$(ir "$work/cg.c0" "$work/cycle" 0)
	say "User-space instructions executed (valgrind --tool=callgrind, Ir): the"
	say "same on every run and on any load, so compare these between commits."
	say ""
	say "| what | Ir |"
	say "|---|---|"
	say "| sockshell, $cycles-cycle script | $i_script |"
	say "| sockshell, import socket alone | $i_zero |"
	say "| sockshell -c pass | $i_pass |"
	say "| C, $cycles cycles | $i_c |"
	say "| C, 0 cycles | $i_c0 |"
	say ""
	say "- per cycle: sockshell $(calc %.0f "($i_script - $i_zero) / $cycles") Ir," \
		"C $(calc %.0f "($i_c - $i_c0) / $cycles") Ir (callgrind counts user space only:"
	say "  the C program's cycle is nearly all kernel time, so the sockshell number is"
	say "  its overhead over the system calls)"
	say ""
	if command -v callgrind_annotate >/dev/null; then
		mkdir -p "$here/results"
		# callgrind_annotate lists a function once per source file name
		# its lines carry (src/x.c and /abs/src/x.c when code is inlined),
		# and recursive calls as f'2 with their cost counted again: keep
		# the rows tied to an object file, drop the recursion rows and
		# the loader and libc start-up frames.
		top10() { # top10 yes|no -> the program's top 10 functions
			callgrind_annotate --inclusive="$1" --auto=no "$work/cg.script" 2>/dev/null |
			    sed -n '/file:function/,$p' | grep -E '\]$' |
			    grep -v -E "'[0-9]+ \[|ld-linux|\(below main\)|libc_start|\?\?\?:" |
			    sed "s|$top/||g; s|/usr/lib/x86_64-linux-gnu/||; s|\./[a-z]*/\.\./sysdeps/x86_64/multiarch/||" |
			    head -10
		}
		{
			echo "# callgrind, sockshell ${script##*/} ($cycles cycles), commit $rev"
			echo "# total Ir: $i_script"
			echo
			echo "## top 10 by inclusive cost"
			top10 yes
			echo
			echo "## top 10 by exclusive (self) cost"
			top10 no
			echo
			echo "## who calls the library functions among them"
			callgrind_annotate --tree=caller --auto=no "$work/cg.script" 2>/dev/null |
			    awk -v top="$top/" '
				/^$/ { if (blk ~ /\* .*(libc|ld-linux)/ && blk ~ /< .*sockshell/) {
					gsub(top, "", blk); n++; if (n <= 6) print blk }
				       blk = ""; next }
				{ blk = blk $0 "\n" }'
		} >"$here/results/callgrind-top10.txt"
		say "Top 10 functions by inclusive cost (full list: bench/results/callgrind-top10.txt):"
		say ""
		say '```'
		top10 yes | while IFS= read -r line; do say "$line"; done
		say '```'
		say ""
		say "Top 10 by exclusive (self) cost:"
		say ""
		say '```'
		top10 no | while IFS= read -r line; do say "$line"; done
		say '```'
	fi
else
	say "(skipped: --no-callgrind, or valgrind is missing)"
fi
say ""

# ---------------------------------------------------------------------------
say "## (e) system calls"
say ""
if command -v strace >/dev/null; then
	count() { # count CMD... -> total system calls
		strace -f -c -o "$work/strace.out" "$@" </dev/null >/dev/null 2>&1
		awk '$NF == "total" { print $4 }' "$work/strace.out"
	}
	n_s=$(count "$SOCKSHELL" "$script")
	n_s0=$(count "$SOCKSHELL" "$work/cycle0.py")
	n_c=$(count "$work/cycle" "$cycles")
	n_c0=$(count "$work/cycle" 0)
	say "strace -c: sockshell $n_s calls ($n_s0 for import socket alone), C $n_c ($n_c0 for 0 cycles)."
	say "Per cycle: sockshell $(calc %.2f "($n_s - $n_s0) / $cycles"), C $(calc %.2f "($n_c - $n_c0) / $cycles")" \
		"(4 is the floor: socket, bind, getsockname, close)."
else
	say "(skipped: strace is missing)"
fi

if [ $write -eq 1 ]; then
	mkdir -p "$here/results"
	cp "$report" "$here/results/LATEST.md"
	echo
	echo "run.sh: wrote bench/results/LATEST.md"
fi
