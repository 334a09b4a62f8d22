#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# `import --append` under a lock (issue 17, 3): an import into a snapshot
# that another holds waits for it, says so, and then adds to what the other
# wrote; two appends started together both land.
# Usage: append_lock_test.sh FAULTLINE EVENTS_FIXTURE_DIR
set -eu
faultline=$1
events=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cd "$dir"

fail() {
  echo "FAIL: $*" >&2
  exit 1
}
# Waits until the background `flock FILE sleep` holds FILE's lock.
wait_for_holder() {
  tries=0
  while flock -n "$1" true; do
    tries=$((tries + 1))
    [ $tries -lt 100 ] || fail "the holder never took the lock"
    sleep 0.05
  done
}
incidents() {
  "$faultline" -s "$1" info --format json | sed -n 's/^  "incidents": \([0-9]*\),$/\1/p'
}

# 4 UCDP GED events, then 7 ACLED events (counted by hand in the fixtures:
# ucdp-ged.csv has 4 rows, acled-current.csv 9 rows of which 2 are malformed).
"$faultline" import ucdp-ged "$events/ucdp-ged.csv" -o s.snap > /dev/null
[ "$(incidents s.snap)" = 4 ] || fail "the base snapshot should hold 4 incidents"

# 1. A held lock: the append waits until it is released.
flock s.snap sleep 2 &
holder=$!
wait_for_holder s.snap
"$faultline" import acled "$events/acled-current.csv" -o s.snap --append > out.txt 2> err.txt &
appender=$!
sleep 1
kill -0 $appender 2> /dev/null || fail "the append finished while another held the lock"
wait $holder
wait $appender || fail "the append failed after the lock was released: $(cat err.txt)"
grep -q "waiting for another import or convert into s.snap to finish" err.txt || fail "no waiting message: $(cat err.txt)"
[ "$(incidents s.snap)" = 11 ] || fail "expected 4 + 7 incidents after the append, found $(incidents s.snap)"

# 2. Two appends at once: GDELT adds 8 incidents (the count
# event_import_test works out by hand for gdelt-v2.tsv) and UCDP/PRIO ACD
# relations only, as many as it adds to a snapshot of its own. Both land,
# whichever goes first.
"$faultline" import ucdp-acd "$events/ucdp-acd.csv" -o alone.snap > /dev/null
"$faultline" import gdelt "$events/gdelt-v2.tsv" -o s.snap --append > /dev/null 2>&1 &
one=$!
"$faultline" import ucdp-acd "$events/ucdp-acd.csv" -o s.snap --append > /dev/null 2>&1 &
two=$!
wait $one || fail "the first concurrent append failed"
wait $two || fail "the second concurrent append failed"
[ "$(incidents s.snap)" = 19 ] || fail "expected 11 + 8 incidents after both appends, found $(incidents s.snap)"
relations=$("$faultline" -s s.snap info --format json | sed -n 's/^  "relations": \([0-9]*\),$/\1/p')
alone=$("$faultline" -s alone.snap info --format json | sed -n 's/^  "relations": \([0-9]*\),$/\1/p')
[ -n "$alone" ] && [ "$alone" -gt 0 ] || fail "the ACD import alone should add relations"
[ "$relations" = "$alone" ] || fail "expected the $alone relations of the ACD append, found $relations"

# 3. `convert s.snap s.snap` (rewriting a snapshot in place) takes the same
# lock: it waits for a holder, then reads what the holder left, so an
# import made meanwhile is not lost.
flock s.snap sleep 2 &
holder=$!
wait_for_holder s.snap
"$faultline" convert s.snap s.snap > out.txt 2> err.txt &
converter=$!
sleep 1
kill -0 $converter 2> /dev/null || fail "the convert finished while another held the lock"
wait $holder
wait $converter || fail "the convert failed after the lock was released: $(cat err.txt)"
grep -q "waiting for another import or convert into s.snap to finish" err.txt || fail "no waiting message: $(cat err.txt)"
[ "$(incidents s.snap)" = 19 ] || fail "the converted snapshot should still hold 19 incidents, found $(incidents s.snap)"
echo PASS
