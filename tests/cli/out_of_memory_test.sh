#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Memory that runs out is exit 2 with a message saying so, not exit 3
# ("internal error: std::bad_alloc", issue 17, 6), under a 100 MB
# address-space limit (ulimit -v):
# - PageRank on a 3,000,000-edge list cannot get the memory it needs (it
#   does with 200 MB);
# - a snapshot is mapped whole: one larger than the address space the
#   process may use is refused at once, saying so. The file is the header of
#   a version-5 snapshot made sparse to 400 MB (no disk is used).
# Usage: out_of_memory_test.sh FAULTLINE
set -eu
faultline=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

# limited CASE MESSAGE ARGS...: runs faultline ARGS under the limit and
# expects exit 2 with MESSAGE (a grep pattern) on standard error.
limited() {
  case_name=$1
  message=$2
  shift 2
  status=0
  (ulimit -v 100000 && exec "$faultline" "$@") > "$dir/out.txt" 2> "$dir/err.txt" || status=$?
  if [ "$status" != 2 ]; then
    echo "FAIL: $case_name: expected exit 2, got $status: $(cat "$dir/err.txt")" >&2
    exit 1
  fi
  grep -q "$message" "$dir/err.txt" || {
    echo "FAIL: $case_name: unexpected message: $(cat "$dir/err.txt")" >&2
    exit 1
  }
}

awk 'BEGIN { print "source,target"; for (i = 0; i < 3000000; i++) print i % 500000 "," (i * 7919) % 500000 }' \
  > "$dir/big.csv"
limited "pagerank" "^faultline: error: not enough memory for this input and command" \
  --edges "$dir/big.csv" centrality -m pagerank --top 1

"$faultline" convert "$(dirname "$0")/../../samples/baghdad-2024-01.yaml" "$dir/small.snap" 2>/dev/null
head -c 64 "$dir/small.snap" > "$dir/big.snap"
truncate -s 400M "$dir/big.snap"
limited "big snapshot" \
  "do not fit in the address space this process may use; a snapshot is mapped whole" \
  -s "$dir/big.snap" info
echo PASS
