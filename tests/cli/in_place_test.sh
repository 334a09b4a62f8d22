#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Commands that read a columnar snapshot in place answer as the whole graph
# does. Each command runs twice, on the same content under the same file
# name: once as a version-5 snapshot (read in place: its columns, date
# index and postings) and once as a JSON scenario (loaded whole, the
# long-tested path). The two outputs must be byte for byte the same, in
# every format asked. Inputs: the bundled sample, a scenario written for
# this test, and, when ../shared/data is there, UCDP GED Syria and a GDELT
# 2.0 export.
#
# Usage: in_place_test.sh FAULTLINE SAMPLES_DIR [SHARED_DATA_DIR]
set -u
faultline=$(realpath "$1")
samples=$2
shared=${3:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
checks=0

# make_pair NAME: turns $work/NAME.src (anything faultline loads) into
# $work/NAME/snap/in (a snapshot) and $work/NAME/whole/in (a JSON scenario).
make_pair() {
  local name=$1
  mkdir -p "$work/$name/snap" "$work/$name/whole"
  "$faultline" convert "$work/$name.src" "$work/$name/snap/in.snap" 2>/dev/null || {
    echo "FAIL: converting $name to a snapshot"
    exit 1
  }
  "$faultline" convert "$work/$name.src" "$work/$name/whole/in.json" 2>/dev/null || {
    echo "FAIL: converting $name to JSON"
    exit 1
  }
  mv "$work/$name/snap/in.snap" "$work/$name/snap/in"
  mv "$work/$name/whole/in.json" "$work/$name/whole/in"
}

# same NAME ARGS...: runs `faultline -s in ARGS` in both forms of NAME and
# compares standard output, standard error and the exit status.
same() {
  local name=$1
  shift
  checks=$((checks + 1))
  local a b
  a=$(cd "$work/$name/snap" && "$faultline" -s in "$@" 2>&1; echo "exit $?")
  b=$(cd "$work/$name/whole" && "$faultline" -s in "$@" 2>&1; echo "exit $?")
  if [[ "$a" != "$b" ]]; then
    failures=$((failures + 1))
    echo "FAIL [$name] faultline -s in $*"
    diff <(echo "$b") <(echo "$a") | head -20
  fi
}

# A scenario whose incidents carry confidences, a coded stance, a
# condemnation, two perpetrators and an end date (a campaign), so that the
# view's filters, the rules and the window all have something to decide.
cat >"$work/made.src" <<'EOF'
faultline: 1
scenario: {id: made, title: In-place test}
sources:
  - {id: s1, title: A report}
actors:
  - {id: a, name: Arland, kind: state}
  - {id: b, name: Borvia, kind: state}
  - {id: c, name: Cadre Front, kind: group}
  - {id: d, name: Dalen Militia, kind: group}
  - {id: e, name: Edo Tamsin, kind: person}
relations:
  - {from: a, type: backs, to: c, since: 2020-01, sources: [s1]}
  - {from: b, type: hostile_to, to: a, since: 2019, until: 2021-06}
  - {from: d, type: allied_with, to: c, confidence: 0.4}
  - {from: a, type: allied_with, to: b, since: 2020-06}
  - {from: e, type: member_of, to: d}
incidents:
  - id: i1
    name: Raid on Dalen
    date: 2020-03-02
    type: raid
    perpetrator: [c, d]
    target: [b]
    sources: [s1]
  - id: i2
    name: Border campaign
    date: 2020-05
    until: 2021-02
    type: campaign
    perpetrator: [b]
    target: [a, c]
    confidence: 0.6
  - id: i3
    name: Statement
    date: 2020-06-10
    type: condemnation
    condemned_by: [a]
    perpetrator: [b]
  - id: i4
    name: Ambush
    date: 2021
    type: ambush
    perpetrator: [d]
    target: [b]
    victim: [e]
  - id: i5
    name: Second raid
    date: 2021-03-04
    type: raid
    perpetrator: [c]
    target: [b]
    claimed_by:
      - {actor: d, confidence: 0.3, sources: [s1]}
EOF
make_pair made
cp "$samples/baghdad-2024-01.yaml" "$work/sample.src"
make_pair sample

for name in made sample; do
  for format in table json csv; do
    same "$name" alliances --format "$format"
    same "$name" balance --format "$format"
    same "$name" tensions --format "$format"
    same "$name" centrality -m pagerank --incidents --format "$format"
  done
  same "$name" alliances --kind state,group --min-events 2 --format json
  same "$name" alliances --format svg  # tooltips list each tie's first facts
  same "$name" alliances --format dot
  same "$name" alliances --layer incidents --format json
  same "$name" alliances --window 2020-04..2020-12 --format json
  same "$name" alliances --window 2024-01..2024-01 --format json
  same "$name" --as-of 2020-12 balance --format json
  same "$name" --min-confidence 0.5 tensions --format json
  same "$name" --min-confidence 0.5 centrality -m degree --incidents --format csv
  same "$name" --min-confidence 0.5 alliances --incident-rule perpetrator-claimed_by=hostile:2 --format json
  same "$name" tensions --incident-rule condemned_by-perpetrator=hostile:2 --format json
  same "$name" centrality -m degree --format csv
  same "$name" centrality -m degree --incidents --window 2021 --format csv
  same "$name" centrality -m betweenness --incidents --min-events 2 --format csv
  same "$name" --as-of 2020-06 centrality -m harmonic --incidents --format csv
  same "$name" actors --format csv
  same "$name" stats --by type --format csv
  same "$name" stats --by month,actor --sort fatalities --format json
  same "$name" stats --by dyad --from 2020-03 --to 2021 --format csv
  same "$name" --as-of 2021-01 stats --by year,type --top 3 --format table
  same "$name" --min-confidence 0.5 stats --by actor --actor c --format csv
  same "$name" timeline --from 2020-06 --to 2021-03 --format csv
  same "$name" escalation --since 2020 --until 2021 --format csv
done
same made backers c --format json
for format in table json csv dot; do
  same made path a b --format "$format"
  same made path Arland "Edo Tamsin" --format "$format"
  same made path i1 i5 --format "$format"
  same made path e i4 --max-paths 1 --format "$format"
done
same made path a e --no-incidents --format json
same made path a e --directed --format json
same made path a d --types backs,allied_with --format json
same made --min-confidence 0.5 path c d --format json
same made --as-of 2020-06 path a d --format csv
same made path a nobody --format csv
same sample path "Islamic State" "United States" --format json
same sample path nujaba iran --max-paths 20 --format csv
same sample path kerman-bombing baghdad-strike --format json
for format in table json; do
  for name in a Borvia c d "Edo Tamsin" i1 "Border campaign" i5 statement nobody Raid; do
    same made show "$name" --format "$format"
  done
  same made --as-of 2020-12 show Borvia --format "$format"
  same made --min-confidence 0.5 show d --format "$format"
  for name in nujaba usa "Baghdad strike" kerman-bombing iri-attacks-on-us-installations iran-revenge-pledge; do
    same sample show "$name" --format "$format"
  done
done
same made proxies a --format csv
same made backers Statement --format csv  # an incident's name, not an actor's
same made backers nobody --format csv
same made timeline --actor Arland --format csv
same sample backers nujaba --format json
same sample proxies iran --format csv
same sample backers "Baghdad strike" --format csv

if [[ -n "$shared" && -f "$shared/ucdp/ucdp_ged_syria_2019.csv" ]]; then
  "$faultline" import ucdp-ged "$shared/ucdp/ucdp_ged_syria_2019.csv" -o "$work/ucdp.src" 2>/dev/null
  make_pair ucdp
  same ucdp alliances --kind state,group --format json
  same ucdp tensions --format csv
  same ucdp balance --window 2019-03..2019-05 --format json
  same ucdp centrality -m pagerank --incidents --top 20 --format csv
  same ucdp --min-confidence 0.9 centrality -m degree --incidents --format csv
  same ucdp show "Government of Syria" --format json
  same ucdp stats --by month --format csv
  same ucdp path "Government of Syria" Israel --format json
  same ucdp path hts iran --max-paths 2 --format csv
  same ucdp stats --by dyad --sort fatalities --top 10 --format json
  same ucdp show ucdp-ged-276102 --format json  # an event by its exact id
else
  echo "note: ../shared/data/ucdp/ucdp_ged_syria_2019.csv is absent: the UCDP comparisons are skipped"
fi
if [[ -n "$shared" && -f "$shared/gdelt_v2_events_sample/20180326044500.export.CSV" ]]; then
  "$faultline" import gdelt "$shared/gdelt_v2_events_sample/20180326044500.export.CSV" -o "$work/gdelt.src" 2>/dev/null
  make_pair gdelt
  same gdelt alliances --kind state --format json
  same gdelt alliances --kind state --format svg
  same gdelt --min-mentions 3 alliances --kind state --format csv
  same gdelt --root-events-only tensions --format json
  same gdelt centrality -m pagerank --incidents --top 20 --format csv
  same gdelt backers usa --format csv
  same gdelt show usa --format json
  same gdelt stats --by event-type --format csv
  same gdelt path usa russia --max-paths 3 --format json
  same gdelt --min-sources 2 stats --by country,actor --top 20 --format csv
  same gdelt show gdelt-741917022 --format json
else
  echo "note: ../shared/data/gdelt_v2_events_sample/20180326044500.export.CSV is absent: the GDELT comparisons are skipped"
fi

echo "$checks comparisons, $failures failed"
[[ $failures -eq 0 ]]
