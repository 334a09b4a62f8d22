# Scenario -> snapshot -> JSON -> YAML: every form loads to the same graph.
$ faultline convert {samples}/baghdad-2024-01.yaml {tmp}/sample.snap
! Wrote {tmp}/sample.snap (snapshot): 15 actors, 9 incidents, 16 relations
$ faultline info --scenario {tmp}/sample.snap --format json
> {
>   "input": "{tmp}/sample.snap",
>   "scenarios": [
>     {
>       "id": "baghdad-2024-01",
>       "title": "US strike in Baghdad, 2024-01-04",
>       "as_of": "2024-01-04"
>     }
>   ],
>   "actors": {
>     "total": 15,
>     "state": 5,
>     "group": 6,
>     "person": 4
>   },
>   "incidents": 9,
>   "relations": 16,
>   "roles": 22,
>   "incident_links": 3,
>   "sources": 1,
>   "relation_types": 12,
>   "filters": null
> }
$ faultline convert {tmp}/sample.snap {tmp}/sample.json
! Wrote {tmp}/sample.json (json): 15 actors, 9 incidents, 16 relations
$ faultline convert {tmp}/sample.json {tmp}/sample.yaml
! Wrote {tmp}/sample.yaml (yaml): 15 actors, 9 incidents, 16 relations
$ faultline backers nujaba --scenario {tmp}/sample.yaml --format csv
> rank,backer,how,strength,steps,chain,sources
> 1,Iran (iran),direct,1,1,Iran —backs→ Harakat al-Nujaba,[seed]
$ faultline backers nujaba --scenario {tmp}/sample.snap --format csv
> rank,backer,how,strength,steps,chain,sources
> 1,Iran (iran),direct,1,1,Iran —backs→ Harakat al-Nujaba,[seed]
# `actors` reads a snapshot in place (each actor's incidents from its postings), and agrees with the scenario.
$ faultline actors --scenario {tmp}/sample.snap --kind state --format csv
> id,name,kind,category,country,relations,incidents,aliases
> iran,Iran,state,,IR,3,3,Islamic Republic of Iran; Tehran
> iraq,Iraq,state,,IQ,2,0,Republic of Iraq
> israel,Israel,state,,IL,3,2,State of Israel
> lebanon,Lebanon,state,,LB,0,0,Lebanese authorities
> usa,United States,state,,US,6,5,US; U.S.; USA; United States of America; Washington; America
$ faultline actors --scenario {samples}/baghdad-2024-01.yaml --kind state --format csv
> id,name,kind,category,country,relations,incidents,aliases
> iran,Iran,state,,IR,3,3,Islamic Republic of Iran; Tehran
> iraq,Iraq,state,,IQ,2,0,Republic of Iraq
> israel,Israel,state,,IL,3,2,State of Israel
> lebanon,Lebanon,state,,LB,0,0,Lebanese authorities
> usa,United States,state,,US,6,5,US; U.S.; USA; United States of America; Washington; America
# `timeline` on a snapshot reads only the incidents the window or the actor can hold, and agrees with the scenario.
$ faultline timeline --scenario {tmp}/sample.snap --actor iran --from 2024-01-03 --format csv
> date,incident_id,incident,type,rung,perpetrators,claimed_by,attributed_to,targets,fatalities,cameo,goldstein,sources
> 2024-01-03,kerman-bombing,Bombing of the Soleimani memorial ceremony,bombing,9 mass-casualty,,Islamic State,,Iran,84,,,[seed]
> 2024-01,iran-revenge-pledge,Iran pledges revenge for the memorial bombing,pledge-of-revenge,2 threat,Iran,,,,unknown,,,[seed]
$ faultline timeline --scenario {samples}/baghdad-2024-01.yaml --actor iran --from 2024-01-03 --format csv
> date,incident_id,incident,type,rung,perpetrators,claimed_by,attributed_to,targets,fatalities,cameo,goldstein,sources
> 2024-01-03,kerman-bombing,Bombing of the Soleimani memorial ceremony,bombing,9 mass-casualty,,Islamic State,,Iran,84,,,[seed]
> 2024-01,iran-revenge-pledge,Iran pledges revenge for the memorial bombing,pledge-of-revenge,2 threat,Iran,,,,unknown,,,[seed]
# `escalation` with a window on a snapshot reads only the window's incidents, and agrees with the scenario.
$ faultline escalation --scenario {tmp}/sample.snap --since 2023-10 --until 2024-01 --top 3 --format csv
> chain,score,step,date,incident_id,incident,who,rung,link,rule,gap_days,link_score,why,sources,ids
> 1,3.2,1,2023-10-07,iri-attacks-on-us-installations,Islamic Resistance in Iraq attacks on US installations,Islamic Resistance in Iraq (attributed to Harakat al-Nujaba) against United States,5 attack,,,,,,[seed],1
> 1,3.2,2,2024-01-04,baghdad-strike,US strike in Baghdad,United States against Harakat al-Nujaba,7 leadership-killing,explicit,explicit,0,0.8,explicit responds_to (confidence 0.8),[seed],1
$ faultline escalation --scenario {samples}/baghdad-2024-01.yaml --since 2023-10 --until 2024-01 --top 3 --format csv
> chain,score,step,date,incident_id,incident,who,rung,link,rule,gap_days,link_score,why,sources,ids
> 1,3.2,1,2023-10-07,iri-attacks-on-us-installations,Islamic Resistance in Iraq attacks on US installations,Islamic Resistance in Iraq (attributed to Harakat al-Nujaba) against United States,5 attack,,,,,,[seed],1
> 1,3.2,2,2024-01-04,baghdad-strike,US strike in Baghdad,United States against Harakat al-Nujaba,7 leadership-killing,explicit,explicit,0,0.8,explicit responds_to (confidence 0.8),[seed],1
# `stats` with a window or an actor on a snapshot reads only those incidents, and agrees with the scenario.
$ faultline stats --scenario {tmp}/sample.snap --by type --from 2024-01 --actor usa --format csv
> type,incidents,fatalities,fatalities_unknown,fatalities_low,low_unknown,fatalities_high,high_unknown
> airstrike,1,2,0,0,1,0,1
> condemnation,1,0,1,0,1,0,1
> statement,1,0,1,0,1,0,1
$ faultline stats --scenario {samples}/baghdad-2024-01.yaml --by type --from 2024-01 --actor usa --format csv
> type,incidents,fatalities,fatalities_unknown,fatalities_low,low_unknown,fatalities_high,high_unknown
> airstrike,1,2,0,0,1,0,1
> condemnation,1,0,1,0,1,0,1
> statement,1,0,1,0,1,0,1
# A response whose answered incident lies outside the window still orders it (M, dated 2024-01, answers
# D2 of 2024-01-20): the in-place read falls back to the whole graph, and the rows come in the same order.
$ write {tmp}/order.yaml "faultline: 1\nactors:\n  - {id: a, kind: state, name: A}\n  - {id: b, kind: group, name: B}\nincidents:\n  - {id: d1, date: 2024-01-05, type: attack, perpetrator: [a], target: [b]}\n  - {id: m, date: 2024-01, type: attack, perpetrator: [b], target: [a], responds_to: [d2]}\n  - {id: d2, date: 2024-01-20, type: attack, perpetrator: [a], target: [b]}\n"
$ faultline convert {tmp}/order.yaml {tmp}/order.snap
! Wrote {tmp}/order.snap (snapshot): 2 actors, 3 incidents, 0 relations
$ faultline timeline --scenario {tmp}/order.snap --to 2024-01-10 --format csv
> date,incident_id,incident,type,rung,perpetrators,claimed_by,attributed_to,targets,fatalities,cameo,goldstein,sources
> 2024-01-05,d1,d1,attack,5 attack,A,,,B,unknown,,,
> 2024-01,m,m,attack,5 attack,B,,,A,unknown,,,
$ faultline timeline --scenario {tmp}/order.yaml --to 2024-01-10 --format csv
> date,incident_id,incident,type,rung,perpetrators,claimed_by,attributed_to,targets,fatalities,cameo,goldstein,sources
> 2024-01-05,d1,d1,attack,5 attack,A,,,B,unknown,,,
> 2024-01,m,m,attack,5 attack,B,,,A,unknown,,,
# Without links the window is read in place (d1 and m hold the window, d2 does not; no link crosses), and
# the answers agree with the scenario's; a name that is no actor's is reported as from the whole graph.
$ write {tmp}/free.yaml "faultline: 1\nactors:\n  - {id: a, kind: state, name: A}\n  - {id: b, kind: group, name: B}\nincidents:\n  - {id: d1, date: 2024-01-05, type: attack, perpetrator: [a], target: [b]}\n  - {id: m, date: 2024-01, type: attack, perpetrator: [b], target: [a]}\n  - {id: d2, date: 2024-01-20, type: airstrike, perpetrator: [a], target: [b], fatalities: 3}\n"
$ faultline convert {tmp}/free.yaml {tmp}/free.snap
! Wrote {tmp}/free.snap (snapshot): 2 actors, 3 incidents, 0 relations
$ faultline timeline --scenario {tmp}/free.snap --to 2024-01-10 --format csv
> date,incident_id,incident,type,rung,perpetrators,claimed_by,attributed_to,targets,fatalities,cameo,goldstein,sources
> 2024-01,m,m,attack,5 attack,B,,,A,unknown,,,
> 2024-01-05,d1,d1,attack,5 attack,A,,,B,unknown,,,
$ faultline timeline --scenario {tmp}/free.yaml --to 2024-01-10 --format csv
> date,incident_id,incident,type,rung,perpetrators,claimed_by,attributed_to,targets,fatalities,cameo,goldstein,sources
> 2024-01,m,m,attack,5 attack,B,,,A,unknown,,,
> 2024-01-05,d1,d1,attack,5 attack,A,,,B,unknown,,,
$ faultline stats --scenario {tmp}/free.snap --by type --from 2024-01-10 --actor a --format csv
> type,incidents,fatalities,fatalities_unknown,fatalities_low,low_unknown,fatalities_high,high_unknown
> airstrike,1,3,0,0,1,0,1
$ faultline stats --scenario {tmp}/free.yaml --by type --from 2024-01-10 --actor a --format csv
> type,incidents,fatalities,fatalities_unknown,fatalities_low,low_unknown,fatalities_high,high_unknown
> airstrike,1,3,0,0,1,0,1
$ faultline timeline --scenario {tmp}/free.snap --actor d2 --to 2024-01-10
! faultline: error: "d2" is an incident (d2), not an actor
? 2
$ faultline timeline --scenario {tmp}/free.yaml --actor d2 --to 2024-01-10
! faultline: error: "d2" is an incident (d2), not an actor
? 2
# Damaged snapshots are refused with a clear message and exit 2.
$ faultline convert {samples}/baghdad-2024-01.yaml {tmp}/damaged.snap
! Wrote {tmp}/damaged.snap (snapshot): 15 actors, 9 incidents, 16 relations
$ flip {tmp}/damaged.snap 200
$ faultline info --scenario {tmp}/damaged.snap
! faultline: error: {tmp}/damaged.snap is damaged: the checksum of its header does not match
? 2
# Version-4 snapshots (faultline 0.3) are still read; convert rewrites one in version 5.
$ faultline convert {samples}/fixtures/snapshots/baghdad-2024-01.v4.snap {tmp}/rewritten.snap
! Wrote {tmp}/rewritten.snap (snapshot): 15 actors, 9 incidents, 16 relations
$ faultline info --scenario {tmp}/rewritten.snap
> Loaded {tmp}/rewritten.snap
>   scenario baghdad-2024-01: US strike in Baghdad, 2024-01-04 (as of 2024-01-04)
>
> what            count
> actors          15
>   states        5
>   groups        6
>   persons       4
> incidents       9
> relations       16
> incident roles  22
> incident links  3
> sources         1
> relation types  12
# Damage in a section (version 5 checks each section on its own) names the section.
$ faultline convert {samples}/baghdad-2024-01.yaml {tmp}/damaged.snap
! Wrote {tmp}/damaged.snap (snapshot): 15 actors, 9 incidents, 16 relations
$ flip {tmp}/damaged.snap 12000
$ faultline info --scenario {tmp}/damaged.snap
! faultline: error: {tmp}/damaged.snap is damaged: the checksum of its section actors, relations and sources does not match
? 2
$ truncate {tmp}/sample.snap 100
$ faultline info --scenario {tmp}/sample.snap
! faultline: error: {tmp}/sample.snap is truncated: its header announces 16015 bytes, the file holds 100
? 2
$ truncate {tmp}/sample.snap 20
$ faultline info --scenario {tmp}/sample.snap
! faultline: error: {tmp}/sample.snap is truncated: 20 bytes, shorter than the 64-byte header of a version-5 snapshot
? 2
$ write {tmp}/foreign.snap "FLTSNAP\0 this is not one"
$ faultline info --scenario {tmp}/foreign.snap
! faultline: error: {tmp}/foreign.snap is truncated: 24 bytes, shorter than the 32-byte header
? 2
$ faultline convert {samples}/baghdad-2024-01.yaml {tmp}/out.txt
! faultline: error: Cannot tell the output format from "{tmp}/out.txt": use the extension .yaml, .json or .snap, or give --to yaml|json|snapshot
? 2
$ faultline convert {tmp}/missing.yaml {tmp}/out.snap
! faultline: error: Cannot open {tmp}/missing.yaml: No such file or directory
? 2
$ write {tmp}/picture.png "\x89PNG not a scenario at all"
$ faultline info --scenario {tmp}/picture.png
! faultline: error: {tmp}/picture.png:1:1: the scenario file must be a mapping of `key: value` pairs
? 2
