#!/usr/bin/env bash
# The smallest Java heap (-Xmx) with which Segment Stress Granules completes: one 1024x1024 4-channel field
# (pipeline only, and the command with all its outputs) and a folder of fields on 2 threads.
# Each try is a JVM of its own that exits at the first OutOfMemoryError; a bisection over -Xmx (MB) finds
# the smallest heap that works, to STEP MB (default 4). Build first: mvn -o -q -DskipTests package
# Usage: benchmark/smallest-heap.sh [fields in the folder, default 8]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
fields="${1:-8}"
STEP="${STEP:-4}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# a copy of the classes, so that a rebuild during the run does not change what is measured
cp -r "$here/target/classes" "$work/classes"
cp="$work/classes:$(cat "$here/target/classpath.txt")"
# Close to the limit a run may pass or fail by chance (thread timing, GC): a heap works when TRIES runs in
# a row complete.
TRIES="${TRIES:-2}"
probe() { # heap_mb args...
	local t
	for (( t = 0; t < TRIES; t++ )); do once "$@" || return 1; done
}
once() { # heap_mb args...
	local heap="$1"; shift
	timeout 300 java -Djava.awt.headless=true -Xmx"${heap}m" -XX:+ExitOnOutOfMemoryError -cp "$cp" \
		org.alsstress.granules.GranuleHeapProbe "$@" >"$work/last.log" 2>&1
}
smallest() { # label args...
	local label="$1"; shift
	local lo=8 hi=1024
	if ! probe "$hi" "$@"; then echo "$label: fails even with ${hi} MB"; cat "$work/last.log"; return; fi
	while (( hi - lo > STEP )); do
		local mid=$(( (lo + hi) / 2 ))
		if probe "$mid" "$@"; then hi=$mid; else lo=$mid; fi
	done
	local start=$(date +%s.%N)
	once "$hi" "$@" || echo "(a further run at ${hi} MB failed: the limit is not sharp)"
	printf '%s: smallest working -Xmx %d MB (fails at %d MB; %.1f s per run at %d MB)\n' "$label" "$hi" "$lo" \
		"$(echo "$(date +%s.%N) - $start" | bc)" "$hi"
}
java -Djava.awt.headless=true -cp "$cp" org.alsstress.granules.GranuleHeapProbe fields "$work/fields" "$fields"
echo "$(nproc) cores visible, $(java -version 2>&1 | head -1)"
smallest "One field, pipeline only (open, load, analyse)" analyze "$work/fields/field_01.tif"
mkdir -p "$work/one" && cp "$work/fields/field_01.tif" "$work/one/"
smallest "One field, Segment Stress Granules command (all outputs), 1 thread" command "$work/one" "$work/out" 1
smallest "Folder of $fields fields, command, 1 thread" command "$work/fields" "$work/out" 1
smallest "Folder of $fields fields, command, 2 threads" command "$work/fields" "$work/out" 2
