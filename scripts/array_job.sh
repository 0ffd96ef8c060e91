#!/usr/bin/env bash
# One task of a cluster array job: runs a toolkit command on the N-th line of
# a list of inputs (one image folder or image file per line), into its own
# results folder. Merge the tasks afterwards with Summarize Experiment.
#
#   ls -d /data/exp7/plate*/ > inputs.txt
#   sbatch --array=1-$(wc -l < inputs.txt) --cpus-per-task=2 --mem=4G \
#       scripts/array_job.sh inputs.txt /scratch/exp7/results \
#       --conditions /data/exp7/conditions.csv --nuclei_channel 1 --granule_channel 2
#   # when all tasks are done:
#   bin/als-stress summarize-experiment --measurements /scratch/exp7/results \
#       --output /scratch/exp7/summary --metric pct_sg_positive --unit_of_analysis "mean per image"
#
# The task number comes from SLURM_ARRAY_TASK_ID, SGE_TASK_ID, PBS_ARRAYID or
# TASK_ID. COMMAND (default segment-stress-granules) and INPUT_PARAMETER
# (default input) choose the command and the parameter that gets the line.
set -euo pipefail
if [ $# -lt 2 ]; then
	echo "usage: array_job.sh <list of inputs> <results root> [--parameter value ...]" >&2
	exit 2
fi
list=$1
results=$2
shift 2
task=${SLURM_ARRAY_TASK_ID:-${SGE_TASK_ID:-${PBS_ARRAYID:-${TASK_ID:-}}}}
if [ -z "$task" ]; then
	echo "array_job.sh: no task number (SLURM_ARRAY_TASK_ID, SGE_TASK_ID, PBS_ARRAYID or TASK_ID)" >&2
	exit 2
fi
input=$(sed -n "${task}p" "$list")
if [ -z "$input" ]; then
	echo "array_job.sh: line $task of $list is empty or missing" >&2
	exit 2
fi
name=$(basename "$input")
name=${name%.*}
als_stress=${ALS_STRESS:-"$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/bin/als-stress"}
exec "$als_stress" "${COMMAND:-segment-stress-granules}" --"${INPUT_PARAMETER:-input}" "$input" \
	--output "$results/task-$(printf '%04d' "$task")-$name" "$@"
