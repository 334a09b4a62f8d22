#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Load benchmark: time and peak memory of loading the bundled sample and a
# generated large scenario (YAML, optionally JSON) and of reloading its
# snapshot. See bench/README.md. Each measurement is its own process, since
# peak RSS is per process.
#
# Settings (environment variables):
#   ACTORS=100000 RELATIONS=1000000 INCIDENTS=(ACTORS/10) SEED=1
#   JSON=1          also generate and measure the same scenario as JSON
#   BREAKDOWN=1     also time the phases of loading (one more process per file)
#   SCENARIO_RUNS=1 processes per large scenario load (the minimum time is reported)
#   SNAPSHOT_RUNS=3 processes per snapshot load (the minimum time is reported)
#   SAMPLE_REPEAT=50  in-process repetitions for the small sample
#   BUILD_DIR=<repo>/build-bench  (configured as Release if it has no CMakeCache.txt)
#   WORK_DIR=<new temporary directory>, removed at the end unless KEEP=1 (a
#                   directory given here is kept; only the files written are removed)
#   JOBS=2          build parallelism
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ACTORS=${ACTORS:-100000}
RELATIONS=${RELATIONS:-1000000}
INCIDENTS=${INCIDENTS:-$((ACTORS / 10))}
SEED=${SEED:-1}
JSON=${JSON:-1}
BREAKDOWN=${BREAKDOWN:-1}
SCENARIO_RUNS=${SCENARIO_RUNS:-1}
SNAPSHOT_RUNS=${SNAPSHOT_RUNS:-3}
SAMPLE_REPEAT=${SAMPLE_REPEAT:-50}
BUILD_DIR=${BUILD_DIR:-$repo/build-bench}
JOBS=${JOBS:-2}
KEEP=${KEEP:-0}
PYTHON=${PYTHON:-/usr/bin/python3}
sample="$repo/samples/baghdad-2024-01.yaml"

own_work_dir=0
if [[ -z "${WORK_DIR:-}" ]]; then
  WORK_DIR=$(mktemp -d "${TMPDIR:-/tmp}/faultline-load-bench.XXXXXX")
  own_work_dir=1
fi
mkdir -p "$WORK_DIR"
cleanup() {
  if [[ "$KEEP" == 1 ]]; then
    echo "Kept the generated files in $WORK_DIR" >&2
  elif [[ "$own_work_dir" == 1 ]]; then
    rm -rf "$WORK_DIR"
  else  # a directory given by the caller: remove only what this script wrote
    rm -f "$WORK_DIR"/synthetic-* "$WORK_DIR"/sample.snap "$WORK_DIR"/*.out "$WORK_DIR"/*.time "$WORK_DIR"/*.timev
  fi
}
trap cleanup EXIT

# Build the benchmark program.
if [[ ! -f "$BUILD_DIR/CMakeCache.txt" ]]; then
  cmake -S "$repo" -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release -DFAULTLINE_BUILD_TESTS=OFF -DFAULTLINE_BUILD_BENCH=ON >&2
fi
cmake --build "$BUILD_DIR" --target bench -j"$JOBS" >&2
bench="$BUILD_DIR/bench/load_bench"
[[ -x "$bench" ]] || { echo "run_load_bench.sh: $bench was not built" >&2; exit 1; }

have_time=0
if [[ -x /usr/bin/time ]] && /usr/bin/time -v true 2>/dev/null; then have_time=1; fi
if [[ "$have_time" == 0 ]]; then
  echo "run_load_bench.sh: /usr/bin/time (GNU time) not found; no cross-check of peak RSS (apt-get install time)" >&2
fi

# field KEY FILE: the value of KEY in the RESULT line of FILE.
field() { tr '\t' '\n' <"$2" | sed -n "s/^$1=//p" | head -n 1; }

# measure NAME ARGS...: runs load_bench ARGS in its own process (under
# /usr/bin/time -v when available); the RESULT line goes to $WORK_DIR/NAME.out
# and the peak RSS reported by GNU time to $WORK_DIR/NAME.time.
measure() {
  local name=$1
  shift
  if [[ "$have_time" == 1 ]]; then
    /usr/bin/time -v -o "$WORK_DIR/$name.timev" "$bench" "$@" >"$WORK_DIR/$name.out"
    sed -n 's/^\s*Maximum resident set size (kbytes): //p' "$WORK_DIR/$name.timev" >"$WORK_DIR/$name.time"
  else
    "$bench" "$@" >"$WORK_DIR/$name.out"
    echo "-" >"$WORK_DIR/$name.time"
  fi
  echo "  $name: load $(field load_s "$WORK_DIR/$name.out") s, peak RSS $(field peak_rss_load_kib "$WORK_DIR/$name.out") KiB" >&2
}

# measure_runs NAME RUNS ARGS...: RUNS processes NAME.1..NAME.RUNS; NAME.out
# gets the one with the smallest load time, NAME.time the largest GNU time peak.
measure_runs() {
  local name=$1 runs=$2 best="" best_time="" max_rss=0
  shift 2
  for ((k = 1; k <= runs; ++k)); do
    measure "$name.$k" "$@"
    local t rss
    t=$(field load_s "$WORK_DIR/$name.$k.out")
    rss=$(cat "$WORK_DIR/$name.$k.time")
    if [[ -z "$best" ]] || awk -v a="$t" -v b="$best_time" 'BEGIN { exit !(a < b) }'; then
      best=$k
      best_time=$t
    fi
    if [[ "$rss" != "-" ]] && ((rss > max_rss)); then max_rss=$rss; fi
  done
  cp "$WORK_DIR/$name.$best.out" "$WORK_DIR/$name.out"
  if [[ "$have_time" == 1 ]]; then echo "$max_rss" >"$WORK_DIR/$name.time"; else echo "-" >"$WORK_DIR/$name.time"; fi
}

big="synthetic-${ACTORS}a-${RELATIONS}r-s${SEED}"
echo "Generating $big ($ACTORS actors, $RELATIONS relations, $INCIDENTS incidents, seed $SEED) in $WORK_DIR" >&2
gen() {
  local format=$1 start end
  start=$(date +%s.%N)
  "$PYTHON" "$repo/bench/gen_scenario.py" --actors "$ACTORS" --relations "$RELATIONS" --incidents "$INCIDENTS" \
    --seed "$SEED" --format "$format" -o "$WORK_DIR/$big.$format"
  end=$(date +%s.%N)
  echo "  $big.$format: $(stat -c %s "$WORK_DIR/$big.$format") bytes in $(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }') s" >&2
}
gen yaml
if [[ "$JSON" == 1 ]]; then gen json; fi

load_start=$(cut -d' ' -f1-3 /proc/loadavg)
echo "Measuring (one process per measurement); load average $load_start" >&2
# The sample: tiny, so repeated in-process; its peak RSS is mostly the process itself.
measure sample-yaml --repeat "$SAMPLE_REPEAT" --snapshot-out "$WORK_DIR/sample.snap" "$sample"
measure sample-snap --repeat "$SAMPLE_REPEAT" "$WORK_DIR/sample.snap"
# The large scenario: load only, then load and write its snapshot, then reload the snapshot.
measure_runs big-yaml "$SCENARIO_RUNS" "$WORK_DIR/$big.yaml"
if [[ "$JSON" == 1 ]]; then measure_runs big-json "$SCENARIO_RUNS" "$WORK_DIR/$big.json"; fi
measure big-write --snapshot-out "$WORK_DIR/$big.snap" "$WORK_DIR/$big.yaml"
measure_runs big-snap "$SNAPSHOT_RUNS" "$WORK_DIR/$big.snap"
if [[ "$BREAKDOWN" == 1 ]]; then
  measure big-yaml-phases --breakdown "$WORK_DIR/$big.yaml"
  measure big-snap-phases --breakdown "$WORK_DIR/$big.snap"
fi

load_end=$(cut -d' ' -f1-3 /proc/loadavg)

# Report.
seconds() { awk -v t="$1" 'BEGIN { if (t < 0.1) printf "%.2f ms", t * 1000; else printf "%.2f s", t }'; }
mib() { awk -v b="$1" 'BEGIN { if (b < 1048576) printf "%.1f KiB", b / 1024; else printf "%.1f MiB", b / 1048576 }'; }
kib_mib() { if [[ "$1" == "-" || -z "$1" ]]; then echo "-"; else awk -v k="$1" 'BEGIN { printf "%.0f MiB", k / 1024 }'; fi; }
row() {
  local label=$1 name=$2 out="$WORK_DIR/$2.out"
  local bytes load peak hwm after trimmed
  bytes=$(field bytes "$out")
  load=$(field load_s "$out")
  peak=$(field peak_rss_load_kib "$out")
  after=$(field rss_after_load_kib "$out")
  trimmed=$(field rss_after_trim_kib "$out")
  hwm=$(cat "$WORK_DIR/$name.time")
  # Bigger of ru_maxrss and the current RSS: ru_maxrss can lag the current RSS by a few pages.
  ((after > peak)) && peak=$after
  printf "| %-34s | %10s | %9s | %9s | %6s | %9s | %12s | %9s | %10s |\n" "$label" "$(mib "$bytes")" \
    "$(seconds "$load")" "$(seconds "$(field load_cpu_s "$out")")" \
    "$(awk -v b="$bytes" -v t="$load" 'BEGIN { printf "%.1f", b / 1048576 / t }')" \
    "$(kib_mib "$peak")" "$(kib_mib "$hwm")" "$(kib_mib "$after")" "$(kib_mib "$trimmed")"
}

echo
echo "faultline load benchmark, $(date -u +%Y-%m-%d), $(nproc) cores, $(uname -m), commit $(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo unknown)"
echo "Generated: gen_scenario.py --actors $ACTORS --relations $RELATIONS --incidents $INCIDENTS --seed $SEED" \
  "($(field actors "$WORK_DIR/big-yaml.out") actors, $(field relations "$WORK_DIR/big-yaml.out") relations," \
  "$(field incidents "$WORK_DIR/big-yaml.out") incidents, $(field roles "$WORK_DIR/big-yaml.out") roles)"
echo
echo "| input                              |  file size | load time |  CPU time |  MiB/s |  peak RSS | time -v peak | RSS after | after trim |"
echo "|------------------------------------|-----------:|----------:|----------:|-------:|----------:|-------------:|----------:|-----------:|"
row "sample (baghdad-2024-01.yaml)" sample-yaml
row "sample snapshot" sample-snap
row "$big.yaml" big-yaml
if [[ "$JSON" == 1 ]]; then row "$big.json" big-json; fi
row "$big.snap" big-snap
echo
snap_size=$(field snapshot_size "$WORK_DIR/big-write.out")
yaml_size=$(field bytes "$WORK_DIR/big-yaml.out")
echo "Snapshot of the large scenario: $snap_size bytes ($(mib "$snap_size"); $(awk -v s="$snap_size" -v y="$yaml_size" 'BEGIN { printf "%.2f", s / y }')x the YAML);" \
  "snapshot_bytes $(field snapshot_bytes_s "$WORK_DIR/big-write.out") s, write_file_atomic (with fsync) $(field snapshot_write_s "$WORK_DIR/big-write.out") s."
ratio() { awk -v a="$(field "$3" "$WORK_DIR/$1.out")" -v b="$(field "$3" "$WORK_DIR/$2.out")" 'BEGIN { printf "%.1f", a / b }'; }
echo "Snapshot reload vs YAML load: $(ratio big-yaml big-snap load_s)x faster in wall time ($(ratio big-yaml big-snap load_cpu_s)x in CPU time) for the large scenario;" \
  "$(ratio sample-yaml sample-snap load_s)x ($(ratio sample-yaml sample-snap load_cpu_s)x) for the sample. DESIGN target: at least 10x."
if [[ "$JSON" == 1 ]]; then
  echo "Snapshot reload vs JSON load: $(ratio big-json big-snap load_s)x faster in wall time ($(ratio big-json big-snap load_cpu_s)x in CPU time)."
fi
echo "Load time: wall time of load_files; CPU time: user + system time of the process during it. Minimum of $SCENARIO_RUNS process(es) for the scenario(s), $SNAPSHOT_RUNS for the snapshot, $SAMPLE_REPEAT in-process repetitions for the sample."
echo "Peak RSS: getrusage ru_maxrss of the process after loading (includes the ~4 MiB of the process itself); 'time -v peak': GNU time's"
echo "maximum RSS of the whole process; 'RSS after': resident size once load_files has returned; 'after trim': the same after"
echo "malloc_trim(0), i.e. about what the loaded graph occupies. Load average during the run: $load_start at the start, $load_end at the end."
if [[ "$BREAKDOWN" == 1 ]]; then
  y="$WORK_DIR/big-yaml-phases.out" s="$WORK_DIR/big-snap-phases.out"
  echo
  echo "Phases (one more process each, seconds):"
  echo "  YAML:     read_file $(field read_file_s "$y"), parser events alone $(field parse_only_s "$y") (CPU $(field parse_only_cpu_s "$y")), load_inputs $(field load_inputs_s "$y"), copy of graph_data $(field copy_data_s "$y"), graph constructor $(field graph_ctor_s "$y")"
  echo "  snapshot: read_file $(field read_file_s "$s"), read_snapshot alone $(field read_snapshot_s "$s"), load_inputs $(field load_inputs_s "$s"), copy of graph_data $(field copy_data_s "$s"), graph constructor $(field graph_ctor_s "$s")"
fi
