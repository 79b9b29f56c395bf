# tests/lib.sh -- shell functions shared by the black-box test scripts.
#
# Sourced (". lib.sh") by tests/*.test, which run under POSIX sh.  The
# test scripts get SOCKSHELL (absolute path of the binary), PYTHON3 (path
# of python3, possibly empty) and srcdir from Makefile.am; run by hand,
# they default to src/sockshell, python3 from PATH and ".".
#
# Conventions for the scripts:
#   exit 0 pass, 1 fail, 77 skip (only when python3 is needed and missing);
#   the last line printed is "N passed, N failed" (", N skipped" optional).

: "${srcdir:=.}"
: "${SOCKSHELL:=$(pwd)/src/sockshell}"

# Seconds any one run of a program under test may take; nothing in the
# corpus should come near it, so a hit means "it blocked".
ss_time_limit=${SOCKSHELL_TEST_TIMEOUT:-30}

# ss_python3 -- set ss_py to a runnable python3, or to "" if there is none.
# PYTHON3 set but empty means configure found none: do not second-guess it.
ss_python3() {
	if [ "${PYTHON3+set}" = set ]; then
		ss_py=$PYTHON3
	else
		ss_py=$(command -v python3 2>/dev/null || true)
	fi
	if [ -n "$ss_py" ] && ! "$ss_py" -c 'pass' >/dev/null 2>&1; then
		ss_py=
	fi
}

# ss_check_binary -- fail loudly (never skip) when the binary is missing.
ss_check_binary() {
	if [ ! -x "$SOCKSHELL" ]; then
		echo "$0: SOCKSHELL=$SOCKSHELL is not an executable file" >&2
		echo "0 passed, 1 failed"
		exit 1
	fi
}

# ss_mktemp -- print the name of a fresh private directory.
ss_mktemp() {
	mktemp -d "${TMPDIR:-/tmp}/sockshell-test.XXXXXX"
}

# ss_run_limited CMD... -- run CMD under the time limit when timeout(1)
# exists (exit status 124 means the limit was hit), with descriptors 3-9
# closed: under make -j the jobserver's pipe may be open there, and the
# first socket must get fd 3 as it does in a fresh python3.
ss_run_limited() {
	if command -v timeout >/dev/null 2>&1; then
		timeout -k 5 "$ss_time_limit" "$@" 3>&- 4>&- 5>&- 6>&- 7>&- 8>&- 9>&-
	else
		"$@" 3>&- 4>&- 5>&- 6>&- 7>&- 8>&- 9>&-
	fi
}

# Kernel-chosen ports come from ip_local_port_range; only ports inside it
# are normalised, so a literal 80 or 8080 in a scenario is still compared.
ss_port_lo=1024
ss_port_hi=65535
# (cat, not read: dash's byte-wise read of this /proc file came back short
# under gVisor.)  Inside a function, set -- leaves the caller's $@ alone.
ss_read_port_range() {
	# shellcheck disable=SC2046
	set -- $(cat /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null)
	case "$#:${1-}:${2-}" in
	2:*[!0-9:]*) ;;
	2:?*:?*) ss_port_lo=$1 ss_port_hi=$2 ;;
	esac
}
ss_read_port_range

# A token unique to this run of this test script.  Scenarios write the
# placeholder XUNIQX inside names that live in a shared namespace (abstract
# unix names); ss_uniquify replaces it before the run and ss_normalize
# turns it back, so parallel runs (make -j, other checkouts) never collide.
ss_uniq="u$$x$(date +%s 2>/dev/null || echo 0)"

# ss_uniquify IN OUT -- copy IN to OUT with XUNIQX made unique.
ss_uniquify() {
	sed "s/XUNIQX/$ss_uniq/g" "$1" >"$2"
}

# ss_normalize [FILE] -- print FILE (or stdin) with the values the kernel
# chooses replaced by placeholders, numbered in order of first appearance
# so that the same value always gets the same placeholder within a file:
#   ports inside address tuples and reprs, e.g. ('127.0.0.1', 40123),
#     ('::1', 40123, 0, 0), laddr=('0.0.0.0', 40123)  -> <P1>, <P2>, ...
#     (only ports in ip_local_port_range; literal 80 or 9 stay)
#   file descriptors "fd=7" (not fd=-1)                -> fd=<F1>, ...
#   autobound abstract unix names b'\x00' + 5 hex digits -> b'<A1>', ...
#   this run's unique token                            -> XUNIQX
# Already-normalised text passes through unchanged, so expected files may
# hold placeholders.
ss_normalize() {
	awk -v lo="$ss_port_lo" -v hi="$ss_port_hi" -v uniq="$ss_uniq" '
	function ports(s,    out, m, i, num, host) {
		out = ""
		# A quoted address (hex digits, dots, colons) then ", PORT".
		while (match(s, /\047[0-9a-fA-F:.]*\047, [0-9]+/)) {
			m = substr(s, RSTART, RLENGTH)
			i = index(m, "\047, ")
			host = substr(m, 1, i + 2)
			num = substr(m, i + 3)
			if (num + 0 >= lo + 0 && num + 0 <= hi + 0) {
				if (!(num in pmap))
					pmap[num] = "<P" (++np) ">"
				num = pmap[num]
			}
			out = out substr(s, 1, RSTART - 1) host num
			s = substr(s, RSTART + RLENGTH)
		}
		return out s
	}
	function fds(s,    out, num) {
		out = ""
		while (match(s, /fd=[0-9]+/)) {
			num = substr(s, RSTART + 3, RLENGTH - 3)
			if (!(num in fmap))
				fmap[num] = "<F" (++nf) ">"
			out = out substr(s, 1, RSTART - 1) "fd=" fmap[num]
			s = substr(s, RSTART + RLENGTH)
		}
		return out s
	}
	function abstract(s,    out, name) {
		out = ""
		while (match(s, /b\047\\x00[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]\047/)) {
			name = substr(s, RSTART, RLENGTH)
			if (!(name in amap))
				amap[name] = "b\047<A" (++na) ">\047"
			out = out substr(s, 1, RSTART - 1) amap[name]
			s = substr(s, RSTART + RLENGTH)
		}
		return out s
	}
	{
		line = $0
		if (uniq != "")
			gsub(uniq, "XUNIQX", line)
		print abstract(fds(ports(line)))
	}' ${1+"$1"}
}

# ss_last_line FILE -- print the last line of FILE (nothing if empty).
ss_last_line() {
	sed -n '$p' "$1"
}

# Counters and the closing line.
ss_pass=0
ss_fail=0
ss_skip=0
ss_ok() {
	ss_pass=$((ss_pass + 1))
	echo "PASS: $1"
}
ss_bad() {
	ss_fail=$((ss_fail + 1))
	echo "FAIL: $1"
}
ss_skipped() {
	ss_skip=$((ss_skip + 1))
	echo "SKIP: $1"
}

# ss_finish -- print the closing line and exit with the right status.
ss_finish() {
	if [ "$ss_skip" -gt 0 ]; then
		echo "$ss_pass passed, $ss_fail failed, $ss_skip skipped"
	else
		echo "$ss_pass passed, $ss_fail failed"
	fi
	[ "$ss_fail" -eq 0 ] || exit 1
	exit 0
}
