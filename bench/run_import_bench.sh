#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Import benchmark (issue 6): generates a GDELT 2.0 event export of BYTES
# bytes (bench/gen_gdelt.cpp) and times, in the same run and on the same
# file with a warm page cache:
#   - `wc -l FILE`                     the floor: reading the bytes once
#   - `faultline import gdelt FILE -o SNAP --format json`, with the default
#     threads and with --threads 1
#   - pandas `read_csv(FILE, sep='\t', header=None)` (Debian's python3-pandas),
#     what a user would otherwise do
# Each is its own process, under GNU time -v for the peak RSS, run RUNS times;
# the best wall time is kept (and the largest peak RSS). Prints a table: MB/s
# (MB = 10^6 bytes), faultline against wc and pandas, and faultline's peak RSS
# against the snapshot's size. Targets (issue 6): >= 300 MB/s, >= 10x pandas,
# peak memory below twice the snapshot size. See bench/README.md.
#
# Builds nothing: give it a build directory that has `faultline` and
# `gen_gdelt` built, as the first argument or BUILD_DIR:
#   cmake --build build-bench --target faultline faultline_gen_gdelt -j2
#   bench/run_import_bench.sh build-bench
#
# Settings (environment variables):
#   BYTES=1000000000  size of the generated file
#   SEED=1            generator seed
#   RUNS=2            processes per measurement (best wall time kept)
#   THREADS1=1        also measure faultline with --threads 1
#   PANDAS=1          also measure pandas (needs python3-pandas for $PYTHON)
#   PYTHON=/usr/bin/python3
#   BUILD_DIR=<repo>/build-bench (or the first argument)
#   WORK_DIR=<new temporary directory>, removed at the end unless KEEP=1 (a
#                   directory given here is kept; only the files written are removed)
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD_DIR=${1:-${BUILD_DIR:-$repo/build-bench}}
BYTES=${BYTES:-1000000000}
SEED=${SEED:-1}
RUNS=${RUNS:-2}
THREADS1=${THREADS1:-1}
PANDAS=${PANDAS:-1}
PYTHON=${PYTHON:-/usr/bin/python3}
KEEP=${KEEP:-0}

faultline="$BUILD_DIR/cli/faultline"
gen="$BUILD_DIR/bench/gen_gdelt"
for exe in "$faultline" "$gen"; do
  if [[ ! -x "$exe" ]]; then
    echo "run_import_bench.sh: $exe is missing; build it first:" >&2
    echo "  cmake --build $BUILD_DIR --target faultline faultline_gen_gdelt -j2" >&2
    exit 1
  fi
done
if ! [[ -x /usr/bin/time ]] || ! /usr/bin/time -v true 2>/dev/null; then
  echo "run_import_bench.sh: GNU time (/usr/bin/time -v) is needed for the peak RSS (apt-get install time)" >&2
  exit 1
fi
if [[ "$PANDAS" == 1 ]] && ! "$PYTHON" -c 'import pandas' 2>/dev/null; then
  echo "run_import_bench.sh: $PYTHON has no pandas (apt-get install python3-pandas), or set PANDAS=0" >&2
  exit 1
fi

own_work_dir=0
if [[ -z "${WORK_DIR:-}" ]]; then
  WORK_DIR=$(mktemp -d "${TMPDIR:-/tmp}/faultline-import-bench.XXXXXX")
  own_work_dir=1
fi
mkdir -p "$WORK_DIR"
data="$WORK_DIR/gdelt2-${BYTES}b-s${SEED}.export.CSV"
snap="$WORK_DIR/gdelt2-${BYTES}b-s${SEED}.snap"
cleanup() {
  if [[ "$KEEP" == 1 ]]; then
    echo "Kept the generated files in $WORK_DIR" >&2
  elif [[ "$own_work_dir" == 1 ]]; then
    rm -rf "$WORK_DIR"
  else  # a directory given by the caller: remove only what this script wrote
    rm -f "$data" "$snap" "$snap".* "$WORK_DIR"/m-*
  fi
}
trap cleanup EXIT

# The pandas side: import time and read_csv time measured inside the process.
pandas_script='
import resource, sys, time, warnings
warnings.simplefilter("ignore")  # DtypeWarning on mixed columns: the default behaviour, just quiet
t0 = time.perf_counter()
import pandas as pd
t1 = time.perf_counter()
df = pd.read_csv(sys.argv[1], sep="\t", header=None)
t2 = time.perf_counter()
print(f"pandas={pd.__version__} import_s={t1 - t0:.3f} read_s={t2 - t1:.3f} rows={len(df)} columns={df.shape[1]}")
'

# measure NAME CMD...: runs CMD RUNS times, each under GNU time -v; the
# standard output of run k goes to m-NAME.k.out. Keeps in m-NAME.best the
# line `wall=... cpu=... rss_kib=... run=k` of the run with the smallest
# wall time, rss_kib being the largest peak RSS of all runs.
measure() {
  local name=$1 best_wall="" best_cpu="" best_k="" max_rss=0
  shift
  for ((k = 1; k <= RUNS; ++k)); do
    rm -f "$snap"
    local start end wall user sys rss
    start=$(date +%s.%N)
    /usr/bin/time -v -o "$WORK_DIR/m-$name.$k.timev" "$@" >"$WORK_DIR/m-$name.$k.out" || {
      local rc=$?
      # (faultline import also exits 1 when it imported nothing: a failure here too.)
      echo "run_import_bench.sh: $name run $k failed (exit $rc):" >&2
      tail -n 5 "$WORK_DIR/m-$name.$k.timev" >&2
      exit 1
    }
    end=$(date +%s.%N)
    wall=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')
    user=$(sed -n 's/^\s*User time (seconds): //p' "$WORK_DIR/m-$name.$k.timev")
    sys=$(sed -n 's/^\s*System time (seconds): //p' "$WORK_DIR/m-$name.$k.timev")
    rss=$(sed -n 's/^\s*Maximum resident set size (kbytes): //p' "$WORK_DIR/m-$name.$k.timev")
    echo "  $name run $k: wall $wall s, CPU $(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }') s (user $user, sys $sys), peak RSS $((rss / 1024)) MiB" >&2
    if [[ -z "$best_wall" ]] || awk -v a="$wall" -v b="$best_wall" 'BEGIN { exit !(a < b) }'; then
      best_wall=$wall
      best_cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.3f", u + s }')
      best_k=$k
    fi
    if ((rss > max_rss)); then max_rss=$rss; fi
  done
  echo "wall=$best_wall cpu=$best_cpu rss_kib=$max_rss run=$best_k" >"$WORK_DIR/m-$name.best"
}

# get NAME KEY: a field of m-NAME.best.
get() { tr ' ' '\n' <"$WORK_DIR/m-$1.best" | sed -n "s/^$2=//p"; }
# json NAME KEY: a top-level field of the JSON report of the best run of NAME.
json() { jq -r ".$2" "$WORK_DIR/m-$1.$(get "$1" run).out"; }
# pandas_field KEY: a field of the best pandas run's output line.
pandas_field() { tr ' ' '\n' <"$WORK_DIR/m-pandas.$(get pandas run).out" | sed -n "s/^$1=//p"; }

echo "Generating $BYTES bytes of GDELT 2.0 events (seed $SEED) in $WORK_DIR" >&2
start=$(date +%s.%N)
gen_line=$("$gen" --bytes "$BYTES" --seed "$SEED" -o "$data")
end=$(date +%s.%N)
file_bytes=$(stat -c %s "$data")
echo "  $gen_line ($(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }') s)" >&2

echo "Warming the page cache: cat FILE > /dev/null (every measurement reads the file from memory)" >&2
cat "$data" >/dev/null
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
echo "Measuring, $RUNS runs each; load average $load_start" >&2

measure wc wc -l "$data"
measure faultline "$faultline" import gdelt "$data" -o "$snap" --format json
snap_bytes=$(stat -c %s "$snap")
if [[ "$THREADS1" == 1 ]]; then
  measure faultline-t1 "$faultline" import gdelt "$data" -o "$snap" --format json --threads 1
fi
if [[ "$PANDAS" == 1 ]]; then
  measure pandas "$PYTHON" -c "$pandas_script" "$data"
fi
load_end=$(cut -d' ' -f1-3 /proc/loadavg)

# Checks: every line is a row for faultline and for pandas.
lines=$(awk '{ print $1 }' "$WORK_DIR/m-wc.$(get wc run).out")
fl_rows=$(json faultline rows)
[[ "$fl_rows" == "$lines" ]] || echo "WARNING: faultline read $fl_rows rows, wc -l counts $lines lines" >&2
if [[ "$PANDAS" == 1 ]]; then
  pd_rows=$(pandas_field rows)
  [[ "$pd_rows" == "$lines" ]] || echo "WARNING: pandas read $pd_rows rows, wc -l counts $lines lines" >&2
fi

mbs() { awk -v b="$file_bytes" -v t="$1" 'BEGIN { printf "%.0f", b / 1e6 / t }'; }
mib() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }
div() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
fl_wall=$(get faultline wall)
row() {  # row LABEL WALL CPU RSS_KIB: one line of the table
  local vs_wc pandas_x="-" cpu_mbs="-"
  vs_wc=$(div "$2" "$(get wc wall)")
  if [[ -n "$pd_read" ]]; then pandas_x=$(div "$pd_read" "$2"); fi
  if [[ "$3" != "-" ]] && awk -v c="$3" 'BEGIN { exit !(c > 0) }'; then cpu_mbs=$(mbs "$3"); fi
  printf "| %-44s | %8s | %8s | %9s | %8s | %9s | %7s | %8s |\n" "$1" "$2" "$3" "$(mbs "$2")" "$cpu_mbs" \
    "$(if [[ "$4" == "-" ]]; then echo "-"; else mib "$4"; fi)" "$vs_wc" "$pandas_x"
}
pd_read=""
if [[ "$PANDAS" == 1 ]]; then pd_read=$(pandas_field read_s); fi

echo
echo "faultline import benchmark, $(date -u +%Y-%m-%d), $(nproc) cores, $(uname -m), commit $(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$repo" diff --quiet HEAD 2>/dev/null || echo ' + uncommitted changes')"
echo "File: gen_gdelt --bytes $BYTES --seed $SEED: $file_bytes bytes, $lines rows ($(awk -v b="$file_bytes" -v n="$lines" 'BEGIN { printf "%.0f", b / n }') bytes/row), GDELT 2.0 layout (61 columns)"
echo "Page cache warm (cat FILE > /dev/null first); best wall time of $RUNS runs, largest peak RSS (GNU time -v); MB = 10^6 bytes."
echo
echo "| measurement                                  |   wall s |    CPU s | MB/s wall | MB/s CPU |  peak MiB | time/wc | pandas/x |"
echo "|----------------------------------------------|---------:|---------:|----------:|---------:|----------:|--------:|---------:|"
row "wc -l (floor)" "$(get wc wall)" "$(get wc cpu)" "$(get wc rss_kib)"
row "faultline import gdelt (default threads)" "$fl_wall" "$(get faultline cpu)" "$(get faultline rss_kib)"
if [[ "$THREADS1" == 1 ]]; then
  row "faultline import gdelt --threads 1" "$(get faultline-t1 wall)" "$(get faultline-t1 cpu)" "$(get faultline-t1 rss_kib)"
fi
if [[ "$PANDAS" == 1 ]]; then
  row "pandas read_csv, whole process ($(pandas_field pandas))" "$(get pandas wall)" "$(get pandas cpu)" "$(get pandas rss_kib)"
  row "pandas read_csv alone (timed inside)" "$pd_read" "-" "-"
fi
echo
fl_rss_bytes=$(($(get faultline rss_kib) * 1024))
echo "faultline (best default-threads run): $(json faultline rows) rows, $(json faultline imported) imported, $(json faultline malformed) malformed;" \
  "graph: $(jq -r '.graph.actors' "$WORK_DIR/m-faultline.$(get faultline run).out") actors, $(jq -r '.graph.incidents' "$WORK_DIR/m-faultline.$(get faultline run).out") incidents," \
  "$(jq -r '.graph.roles' "$WORK_DIR/m-faultline.$(get faultline run).out") roles; its own timer (import + graph + snapshot write): $(json faultline seconds | xargs printf '%.3f') s."
echo "Snapshot: $snap_bytes bytes ($(awk -v b="$snap_bytes" 'BEGIN { printf "%.0f", b / 1048576 }') MiB, $(div "$snap_bytes" "$file_bytes")x the file)."
echo "faultline peak RSS / snapshot size: $(div "$fl_rss_bytes" "$snap_bytes") (default threads)$(
  [[ "$THREADS1" == 1 ]] && echo ", $(div "$(($(get faultline-t1 rss_kib) * 1024))" "$snap_bytes") (--threads 1)")."
echo "Targets (issue 6): >= 300 MB/s: $(mbs "$fl_wall") MB/s;" \
  ">= 10x pandas: $(if [[ -n "$pd_read" ]]; then div "$pd_read" "$fl_wall"; else echo "-"; fi)x (pandas read_csv alone against the whole faultline process);" \
  "peak memory < 2x snapshot: $(div "$fl_rss_bytes" "$snap_bytes")x."
echo "Columns: wall s = process wall time (faultline: start to exit, including writing the snapshot); CPU s = user + system"
echo "(GNU time); MB/s wall and MB/s CPU = file size / those times (CPU: the steadier figure on a loaded machine);"
echo "time/wc = this wall time / wc -l's (how far from the floor); pandas/x = pandas read_csv time / this wall time."
echo "Load average: $load_start at the start, $load_end at the end ($(nproc) cores)."
