#!/usr/bin/env bash
# Whole-process speed and memory of `bin/als-stress segment-stress-granules` against the scikit-image
# reference script (shared/peers/sg_skimage_folder.py) over the same folder of busy 1024x1024 4-channel
# arsenite fields (about 40 cells and 470 granules each; `simulate-validation-fields --regime busy-arsenite`).
#
# For each folder size: one untimed run of each (page cache; the toolkit's class-data archive is written on
# its first run after a build), then RUNS pairs, toolkit and reference alternating, each a whole process
# (the JVM's start included) timed by /usr/bin/time -v. Prints every run's user+sys CPU, wall time and peak
# resident memory, the medians, per-field figures and the median of the pair-by-pair ratios toolkit/reference
# (the machine's speed drifts; a ratio of two runs side by side holds better than either time). CPU ratios
# are more robust than wall ratios on a loaded machine.
#
# Usage: benchmark/sg-vs-skimage.sh [--runs N (3)] [--fields "1 8" (default; add 64 for the long one)] [--64]
#          [--warmup N (1): untimed runs of each command before the pairs of each folder size]
#   The toolkit runs with its default settings (threads 0 = every core); the reference is single-threaded.
#   Fixture folders are made once and kept in target/sg-bench/fields-N/ (about 8 MB per field).
#   SKIMAGE_FOLDER_SCRIPT=path overrides where the reference script is looked for; PYTHON=... the interpreter
#   (Debian's /usr/bin/python3 with python3-skimage and python3-tifffile).
# Build first: mvn -B -q -DskipTests package
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs=3
warmup=1
sizes="1 8"
while [ $# -gt 0 ]; do
	case "$1" in
		--runs) runs="$2"; shift 2 ;;
		--fields) sizes="$2"; shift 2 ;;
		--64) sizes="$sizes 64"; shift ;;
		--warmup) warmup="$2"; shift 2 ;;
		-h | --help) sed -n '2,21p' "$0"; exit 0 ;;
		*) echo "sg-vs-skimage: unknown argument '$1' (see --help)" >&2; exit 2 ;;
	esac
done
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "sg-vs-skimage: --runs must be a whole number >= 1" >&2; exit 2; }
[[ "$warmup" =~ ^[0-9]+$ ]] || { echo "sg-vs-skimage: --warmup must be a whole number >= 0" >&2; exit 2; }

python="${PYTHON:-/usr/bin/python3}"
script="${SKIMAGE_FOLDER_SCRIPT:-}"
if [ -z "$script" ]; then
	for candidate in "$here/../shared/peers" "$here/../../shared/peers" /work/shared/peers; do
		[ -f "$candidate/sg_skimage_folder.py" ] && { script="$(cd "$candidate" && pwd)/sg_skimage_folder.py"; break; }
	done
fi
[ -n "$script" ] && [ -f "$script" ] ||
	{ echo "sg-vs-skimage: sg_skimage_folder.py not found; set SKIMAGE_FOLDER_SCRIPT" >&2; exit 2; }
"$python" -c 'import skimage, tifffile' 2>/dev/null || {
	echo "sg-vs-skimage: $python lacks scikit-image or tifffile (apt-get install python3-skimage python3-tifffile)" >&2
	exit 2
}
[ -x /usr/bin/time ] || { echo "sg-vs-skimage: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }
toolkit="$here/bin/als-stress"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

fixture() { # prints the folder of N busy-arsenite fields, making it once
	local n="$1" dir="$here/target/sg-bench/fields-$1"
	if [ ! -f "$dir/.complete" ]; then
		rm -rf "$dir"
		mkdir -p "$(dirname "$dir")"
		"$toolkit" simulate-validation-fields --regime busy-arsenite --fields "$n" --seed 1 --output "$dir" \
			>"$work/simulate.log" 2>&1 || { cat "$work/simulate.log" >&2; exit 1; }
		touch "$dir/.complete"
	fi
	echo "$dir"
}

# one timed whole process: prints "cpu wall rss_mb"; the command's output goes to $work/last.log
timed() {
	local out="$1"; shift
	rm -rf "$out"
	if ! /usr/bin/time -v -o "$work/time.txt" "$@" >"$work/last.log" 2>&1; then
		echo "sg-vs-skimage: failed: $*" >&2
		tail -20 "$work/last.log" >&2
		exit 1
	fi
	awk -F': ' '
		/User time/ { u = $2 } /System time/ { s = $2 } /Maximum resident/ { r = $2 }
		/Elapsed \(wall clock\)/ { n = split($2, p, ":"); w = 0; for (i = 1; i <= n; i++) w = w * 60 + p[i] }
		END { printf "%.2f %.2f %.0f\n", u + s, w, r / 1024 }' "$work/time.txt"
	rm -rf "$out"
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "machine: $(nproc) cores, load average at start $(cut -d' ' -f1-3 /proc/loadavg)"
echo "toolkit: $toolkit segment-stress-granules --input DIR --output OUT --cell_channel 3 --apoptosis_channel 4"
echo "reference: $python $script DIR OUT --nuc-ch 1 --sg-ch 2 --cell-ch 3 --apo-ch 4 --pixel-size 0.13"
for n in $sizes; do
	dir="$(fixture "$n")"
	toolkit_run=("$toolkit" segment-stress-granules --input "$dir" --output "$work/toolkit-out" --cell_channel 3
		--apoptosis_channel 4)
	reference_run=(env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE "$python" "$script" "$dir" "$work/reference-out"
		--nuc-ch 1 --sg-ch 2 --cell-ch 3 --apo-ch 4 --pixel-size 0.13)
	for ((r = 1; r <= warmup; r++)); do
		timed "$work/toolkit-out" "${toolkit_run[@]}" >/dev/null
		timed "$work/reference-out" "${reference_run[@]}" >/dev/null
	done
	: >"$work/runs.txt"
	echo
	echo "== $n field(s), $runs pairs (cpu = user + sys seconds, wall seconds, peak RSS MB)"
	for ((r = 1; r <= runs; r++)); do
		read -r tc tw tm < <(timed "$work/toolkit-out" "${toolkit_run[@]}")
		read -r sc sw sm < <(timed "$work/reference-out" "${reference_run[@]}")
		echo "$tc $tw $tm $sc $sw $sm" >>"$work/runs.txt"
		printf 'pair %d: toolkit cpu %6.2f wall %6.2f rss %4d | reference cpu %6.2f wall %6.2f rss %4d | ratio cpu %.2f wall %.2f\n' \
			"$r" "$tc" "$tw" "$tm" "$sc" "$sw" "$sm" "$(echo "$tc $sc" | awk '{ print $1 / $2 }')" \
			"$(echo "$tw $sw" | awk '{ print $1 / $2 }')"
	done
	col() { awk -v c="$1" '{ print $c }' "$work/runs.txt" | median; }
	ratio() { awk -v a="$1" -v b="$2" '{ print $a / $b }' "$work/runs.txt" | median; }
	tc=$(col 1) tw=$(col 2) tm=$(col 3) sc=$(col 4) sw=$(col 5) sm=$(col 6)
	printf 'median toolkit:   cpu %6.2f s (%.3f s per field)  wall %6.2f s (%.3f s per field)  peak RSS %.0f MB\n' \
		"$tc" "$(echo "$tc $n" | awk '{ print $1 / $2 }')" "$tw" "$(echo "$tw $n" | awk '{ print $1 / $2 }')" "$tm"
	printf 'median reference: cpu %6.2f s (%.3f s per field)  wall %6.2f s (%.3f s per field)  peak RSS %.0f MB\n' \
		"$sc" "$(echo "$sc $n" | awk '{ print $1 / $2 }')" "$sw" "$(echo "$sw $n" | awk '{ print $1 / $2 }')" "$sm"
	printf 'median of pair ratios toolkit/reference: cpu %.2f  wall %.2f  (issue 11 asks cpu <= 0.50, wall <= 0.33 on 2 cores)\n' \
		"$(ratio 1 4)" "$(ratio 2 5)"
done
echo
echo "load average at end $(cut -d' ' -f1-3 /proc/loadavg)"
