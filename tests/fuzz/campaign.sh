#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# A fuzzing campaign: every fuzz target for SECONDS seconds (default 600),
# one after the other, under AddressSanitizer and UndefinedBehaviorSanitizer,
# seeded with samples/ and tests/fuzz/corpus/. Crashes are written to
# OUT/art/, each target's log (with libFuzzer's final figures: runs, cov,
# peak RSS) to OUT/logs/, the grown corpora to OUT/work/. A crash input,
# once fixed, goes into tests/fuzz/corpus/ so that the suite replays it.
#
# Build the targets first (clang, libFuzzer):
#   CC=clang CXX=clang++ cmake -S . -B build-fuzz -DFAULTLINE_FUZZ=ON -DFAULTLINE_SANITIZE=ON \
#     -DFAULTLINE_RUNTIME_CHECKS=ON -DFAULTLINE_PYTHON=OFF
#   cmake --build build-fuzz --target fuzz_scenario fuzz_snapshot fuzz_columns fuzz_records \
#     fuzz_edge_list fuzz_events fuzz_inputs
# Usage: tests/fuzz/campaign.sh BUILD_DIR OUT_DIR [SECONDS] [TARGET...]
set -u
build=$1
out=$2
seconds=${3:-600}
shift $(($# < 3 ? $# : 3))
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_scenario fuzz_snapshot fuzz_columns fuzz_records fuzz_edge_list fuzz_events fuzz_inputs)
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
mkdir -p "$out/logs" "$out/art"
export ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=0
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
for t in "${targets[@]}"; do
  mkdir -p "$out/work/$t"
  echo "$(date -u +%H:%M:%S) start $t" | tee -a "$out/logs/campaign.log"
  "$build/tests/$t" -max_total_time="$seconds" -rss_limit_mb=4096 -timeout=30 -print_final_stats=1 \
    -artifact_prefix="$out/art/$t-" "$out/work/$t" "$root/samples" "$root/tests/fuzz/corpus" > "$out/logs/$t.log" 2>&1
  status=$?
  echo "$(date -u +%H:%M:%S) end $t (exit $status): $(grep -E '^#[0-9]+' "$out/logs/$t.log" | tail -1)" |
    tee -a "$out/logs/campaign.log"
done
