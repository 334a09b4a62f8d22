#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Scale benchmark (issue 15): for each size, generates that many GDELT 2.0
# events with bench/gen_gdelt and pipes them straight into
#   faultline import gdelt - -o SNAP
# (no file of the events on disk), then times the analysis commands on the
# snapshot, each its own process under GNU time -v (wall, CPU = user + system,
# peak RSS), with a timeout and a memory ceiling so that no command hangs or
# runs the machine out of memory: a command that passes them is reported as
# "timeout" or "out of memory" in the table instead. Prints one Markdown
# table for all sizes. See bench/README.md.
#
# Builds nothing: give it a build directory with `faultline` and `gen_gdelt`
# built (a Release build), as the first argument or BUILD_DIR:
#   cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release
#   cmake --build build-bench --target faultline faultline_gen_gdelt -j2
#   nice -n 10 bench/run_scale_bench.sh build-bench --sizes 2.5M,10M
#
# Options (each also an environment variable):
#   --sizes LIST       SIZES=10M,100M   event counts, comma-separated; K, M, G
#                                       suffixes and decimals (2.5M) allowed
#   --timeout SECONDS  TIMEOUT=600      per command (the import too)
#   --mem-gb GB        MEM_GB=8         ceiling on each command's address
#                                       space (ulimit -v), in GiB; a command
#                                       that needs more fails to allocate
#   --seed S           SEED=1           generator seed
#   --work-dir DIR     WORK_DIR=<new temporary directory>, where the snapshots
#                                       go (about 120 bytes per event today);
#                                       removed at the end unless --keep
#   --keep             KEEP=1           keep the snapshots and the outputs
#   --only LIST        ONLY=            run only the commands whose names are
#                                       listed (comma-separated; "import" is
#                                       always run)
#
# The actor, months and year the commands use exist in gen_gdelt's data
# (events dated 2024; Israel and Iran are among its most frequent actors).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=${BUILD_DIR:-}
SIZES=${SIZES:-10M,100M}
TIMEOUT=${TIMEOUT:-600}
MEM_GB=${MEM_GB:-8}
SEED=${SEED:-1}
KEEP=${KEEP:-0}
ONLY=${ONLY:-}
WORK_DIR=${WORK_DIR:-}

usage() {
  sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d' | sed 's/^# \{0,1\}//' >&2
  exit 2
}
while [[ $# -gt 0 ]]; do
  case "$1" in
    --sizes) SIZES=$2; shift 2 ;;
    --timeout) TIMEOUT=$2; shift 2 ;;
    --mem-gb) MEM_GB=$2; shift 2 ;;
    --seed) SEED=$2; shift 2 ;;
    --work-dir) WORK_DIR=$2; shift 2 ;;
    --keep) KEEP=1; shift ;;
    --only) ONLY=$2; shift 2 ;;
    -h|--help) usage ;;
    -*) echo "run_scale_bench.sh: unknown option $1" >&2; usage ;;
    *) BUILD_DIR=$1; shift ;;
  esac
done
BUILD_DIR=${BUILD_DIR:-$repo/build-bench}

faultline="$BUILD_DIR/cli/faultline"
gen="$BUILD_DIR/bench/gen_gdelt"
for exe in "$faultline" "$gen"; do
  if [[ ! -x "$exe" ]]; then
    echo "run_scale_bench.sh: $exe is missing; build it first:" >&2
    echo "  cmake --build $BUILD_DIR --target faultline faultline_gen_gdelt -j2" >&2
    exit 1
  fi
done
if ! [[ -x /usr/bin/time ]] || ! /usr/bin/time -v true 2>/dev/null; then
  echo "run_scale_bench.sh: GNU time (/usr/bin/time -v) is needed for the peak RSS (apt-get install time)" >&2
  exit 1
fi
command -v timeout >/dev/null || { echo "run_scale_bench.sh: timeout (coreutils) is needed" >&2; exit 1; }

# "2.5M" -> 2500000
count_of() {
  awk -v s="$1" 'BEGIN {
    m = 1; u = toupper(substr(s, length(s)))
    if (u == "K") m = 1e3; else if (u == "M") m = 1e6; else if (u == "G") m = 1e9
    if (m > 1) s = substr(s, 1, length(s) - 1)
    if (s !~ /^[0-9]+(\.[0-9]+)?$/) exit 1
    printf "%d\n", s * m + 0.5 }'
}

created_work=0
if [[ -z "$WORK_DIR" ]]; then
  WORK_DIR=$(mktemp -d "${TMPDIR:-/tmp}/faultline-scale.XXXXXX")
  created_work=1
fi
mkdir -p "$WORK_DIR"
cleanup() {
  if [[ "$KEEP" != 1 ]]; then
    if [[ "$created_work" == 1 ]]; then rm -rf "$WORK_DIR"; else rm -f "$WORK_DIR"/scale-*; fi
  fi
}
trap cleanup EXIT

mem_kb=$(awk -v g="$MEM_GB" 'BEGIN { printf "%d\n", g * 1024 * 1024 }')
rows=()

# status TIMEV CODE ERRFILE: "ok", "timeout", "out of memory" or "failed (exit N)".
status_of() {
  local timev=$1 code=$2 err=$3
  if [[ "$code" == 0 ]]; then echo ok
  elif [[ "$code" == 124 ]] || grep -q 'signal 9$' "$timev" 2>/dev/null; then echo timeout
  elif grep -qiE 'bad_alloc|out of memory|not enough memory|cannot allocate|memory exhausted' "$err" 2>/dev/null \
       || [[ "$code" == 134 || "$code" == 139 ]]; then echo "out of memory"
  else echo "failed (exit $code)"
  fi
}

# record SIZE NAME TIMEV STATUS: appends a row of the table.
record() {
  local size=$1 name=$2 timev=$3 status=$4
  local wall cpu rss
  wall=$(sed -n 's/^\s*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$timev" |
    awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.1f", s }')
  cpu=$(awk -F': ' '/User time \(seconds\)|System time \(seconds\)/ { s += $2 } END { printf "%.1f", s }' "$timev")
  rss=$(sed -n 's/^\s*Maximum resident set size (kbytes): //p' "$timev" | awk '{ printf "%.0f", $1 / 1024 }')
  rows+=("| $size | \`$name\` | ${wall:-?} | ${cpu:-?} | ${rss:-?} | $status |")
  printf '%-10s %-60s %8s s %8s s %8s MB  %s\n' "$size" "$name" "${wall:-?}" "${cpu:-?}" "${rss:-?}" "$status" >&2
}

# The commands timed on each snapshot: a name for the table, then the arguments.
commands=(
  "info|info"
  "actors|actors"
  "show israel|show israel"
  "timeline --actor israel (one month)|timeline --actor israel --from 2024-06-01 --to 2024-06-30"
  "escalation --top 10 (one month)|escalation --top 10 --since 2024-06 --until 2024-06"
  "escalation --top 10 (one year)|escalation --top 10 --since 2024-01 --until 2024-12"
  "alliances --kind state|alliances --kind state"
  "balance|balance"
  "tensions|tensions"
  "centrality -m pagerank --incidents|centrality -m pagerank --incidents"
  "backers israel|backers israel"
  "path israel iran|path israel iran"
  "stats --by month|stats --by month"
  "export --to json|export --to json"
  "convert to a snapshot|convert {snap} {work}/scale-converted.snap"
)

wanted() {
  [[ -z "$ONLY" ]] && return 0
  local n
  IFS=, read -ra n <<<"$ONLY"
  for x in "${n[@]}"; do [[ "$1" == "$x"* ]] && return 0; done
  return 1
}

IFS=, read -ra sizes <<<"$SIZES"
for size in "${sizes[@]}"; do
  events=$(count_of "$size") || { echo "run_scale_bench.sh: bad size \"$size\" (e.g. 2.5M, 10M, 100M)" >&2; exit 2; }
  snap="$WORK_DIR/scale-$size.snap"
  timev="$WORK_DIR/scale-$size-import.timev"
  echo "== $size events ($events): gen_gdelt | faultline import gdelt - -o $snap" >&2
  set +e
  (
    ulimit -v "$mem_kb"
    "$gen" --events "$events" --seed "$SEED" -o - 2>"$WORK_DIR/scale-$size-gen.log" |
      /usr/bin/time -v -o "$timev" timeout "$TIMEOUT" "$faultline" import gdelt - -o "$snap" --format json \
        >"$WORK_DIR/scale-$size-import.json" 2>"$WORK_DIR/scale-$size-import.err"
  )
  code=$?
  set -e
  status=$(status_of "$timev" "$code" "$WORK_DIR/scale-$size-import.err")
  if [[ "$status" == ok ]]; then
    snap_mb=$(awk -v b="$(stat -c %s "$snap")" 'BEGIN { printf "%.0f", b / 1e6 }')
    status="ok, snapshot $snap_mb MB"
  fi
  record "$size" "import gdelt - -o SNAP (piped from gen_gdelt)" "$timev" "$status"
  [[ -f "$snap" ]] || continue
  for c in "${commands[@]}"; do
    name=${c%%|*}
    args=${c#*|}
    wanted "$name" || continue
    args=${args//\{snap\}/$snap}
    args=${args//\{work\}/$WORK_DIR}
    read -ra argv <<<"$args"
    tag=$(echo "$name" | tr -c 'a-zA-Z0-9\n' '_')
    timev="$WORK_DIR/scale-$size-$tag.timev"
    set +e
    (
      ulimit -v "$mem_kb"
      if [[ "${argv[0]}" == convert ]]; then
        /usr/bin/time -v -o "$timev" timeout "$TIMEOUT" "$faultline" "${argv[@]}" \
          >/dev/null 2>"$WORK_DIR/scale-$size-$tag.err"
      else
        /usr/bin/time -v -o "$timev" timeout "$TIMEOUT" "$faultline" -s "$snap" "${argv[@]}" \
          >/dev/null 2>"$WORK_DIR/scale-$size-$tag.err"
      fi
    )
    code=$?
    set -e
    # Exit code 1 is "no result" (e.g. no chain in the window): the command ran.
    [[ "$code" == 1 ]] && code=0
    record "$size" "$name" "$timev" "$(status_of "$timev" "$code" "$WORK_DIR/scale-$size-$tag.err")"
    rm -f "$WORK_DIR/scale-converted.snap"
  done
done

echo
echo "faultline $(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo '?'), $(date -u +%Y-%m-%d), $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo);" \
  "each command under GNU time -v, timeout ${TIMEOUT} s, address space at most ${MEM_GB} GiB (ulimit -v). CPU = user + system."
echo
echo "| events | command | wall s | CPU s | peak RSS MB | status |"
echo "|---|---|---:|---:|---:|---|"
printf '%s\n' "${rows[@]}"
