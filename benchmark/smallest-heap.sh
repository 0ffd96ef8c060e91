#!/usr/bin/env bash
# The smallest Java heap (-Xmx) with which Segment Stress Granules completes one 1024x1024 4-channel field
# (the pipeline alone, and the command with all its outputs) and a folder of fields on 1 and 2 threads.
# Each try is a JVM of its own that stops at its first OutOfMemoryError; a bisection over -Xmx finds the
# smallest heap with which TRIES runs in a row complete. `bin/als-stress benchmark` reports a quicker version
# (one try, one field and the folder on every core).
# Build first: mvn -o -q -DskipTests package
# Usage: benchmark/smallest-heap.sh [fields in the folder (8)] [step in MB (4)] [tries (2)]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# a copy of the classes, so that a rebuild during the run does not change what is measured
cp -r "$here/target/classes" "$work/classes"
java -Djava.awt.headless=true -cp "$work/classes:$(cat "$here/target/classpath.txt")" \
	org.alsstress.granules.GranuleHeapProbe smallest "${1:-8}" "${2:-4}" "${3:-2}"
