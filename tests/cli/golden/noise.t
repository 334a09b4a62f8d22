# Noise controls: GDELT's minimum mentions, minimum sources and root events,
# at import and at query time; --min-events on ties; the global filters in
# info; centrality --incidents following the events' stance.
$ faultline import gdelt {samples}/fixtures/events/gdelt-v2.tsv --min-mentions 5 --min-sources 2
> Imported gdelt (GDELT 2.0 (61 columns)) from gdelt-v2.tsv: 4731 bytes in {time}
>   rows read                         13
>   imported                           5
>   filtered out                       3
>   duplicates skipped                 1
>   malformed, skipped                 4
>   sides naming no one                0
>   actors added                       7
>   existing actors matched            0
>   names merged                       8
>   incidents added                    5
>   roles added                        9
>   relations added                    0
>   sources added                      1
> Malformed rows:
>   {samples}/fixtures/events/gdelt-v2.tsv:9:2: SQLDATE: expected a date YYYYMMDD, found "20241345"
>   {samples}/fixtures/events/gdelt-v2.tsv:10:32: NumMentions: expected a count (a whole number, not negative), found "many"
>   {samples}/fixtures/events/gdelt-v2.tsv:11:31: GoldsteinScale: expected a Goldstein value from -10 to 10, found "-12.5"
>   {samples}/fixtures/events/gdelt-v2.tsv:12: expected 61 tab-separated columns, as on the first line (GDELT 2.0 (61 columns)), found 60
> Nothing written (no -o): 7 actors, 5 incidents, 0 relations
$ faultline import acled {samples}/fixtures/events/acled-current.csv --root-events-only
! faultline: error: --min-mentions, --min-sources and --root-events-only filter GDELT events by their counts; acled has none
? 2
$ faultline --import gdelt:{samples}/fixtures/events/gdelt-v2.tsv --min-mentions 5 info
> Loaded gdelt:{samples}/fixtures/events/gdelt-v2.tsv
> Counting what the filters keep (GDELT mentions at least 5): 5 incidents of 8, 0 relations of 0
>
> what            count
> actors          8
>   states        5
>   groups        3
>   persons       0
> incidents       5
> relations       0
> incident roles  9
> incident links  0
> sources         1
> relation types  11
! Imported {samples}/fixtures/events/gdelt-v2.tsv (GDELT 2.0 (61 columns)): 8 of 13 rows, 1 duplicate skipped, 4 malformed rows skipped (first: {samples}/fixtures/events/gdelt-v2.tsv:9:2: SQLDATE: expected a date YYYYMMDD, found "20241345")
$ faultline --import gdelt:{samples}/fixtures/events/gdelt-v2.tsv --min-sources 3 --root-events-only info --format json
> {
>   "input": "gdelt:{samples}/fixtures/events/gdelt-v2.tsv",
>   "scenarios": [],
>   "actors": {
>     "total": 8,
>     "state": 5,
>     "group": 3,
>     "person": 0
>   },
>   "incidents": 2,
>   "relations": 0,
>   "roles": 4,
>   "incident_links": 0,
>   "sources": 1,
>   "relation_types": 11,
>   "filters": {
>     "applied": "GDELT sources at least 3, GDELT root events only",
>     "loaded": {
>       "incidents": 8,
>       "relations": 0,
>       "roles": 13,
>       "incident_links": 0
>     }
>   }
> }
! Imported {samples}/fixtures/events/gdelt-v2.tsv (GDELT 2.0 (61 columns)): 8 of 13 rows, 1 duplicate skipped, 4 malformed rows skipped (first: {samples}/fixtures/events/gdelt-v2.tsv:9:2: SQLDATE: expected a date YYYYMMDD, found "20241345")
$ faultline --min-confidence 0.95 info
> Loaded the bundled sample
>   scenario baghdad-2024-01: US strike in Baghdad, 2024-01-04 (as of 2024-01-04)
> Counting what the filters keep (confidence at least 0.95): 9 incidents of 9, 11 relations of 16
>
> what            count
> actors          15
>   states        5
>   groups        6
>   persons       4
> incidents       9
> relations       11
> incident roles  20
> incident links  2
> sources         1
> relation types  12
$ faultline --import gdelt:{samples}/fixtures/events/gdelt-v2.tsv centrality --metric degree --incidents --sign positive
> Degree on gdelt:{samples}/fixtures/events/gdelt-v2.tsv: 8 actors, 5 ties (directed, signed)
>
> rank  actor                                       score
> 1     Iraq (iraq)                                 1.000000
> 2     United States (united-states)               1.000000
> 3     Hamas (hamas)                               0.000000
> 4     Hezbollah (hezbollah)                       0.000000
> 5     Iran (iran)                                 0.000000
> 6     Iraq: Rebels (IRQREB) (iraq-rebels-irqreb)  0.000000
> 7     Israel (israel)                             0.000000
> 8     Lebanon (lebanon)                           0.000000
! Imported {samples}/fixtures/events/gdelt-v2.tsv (GDELT 2.0 (61 columns)): 8 of 13 rows, 1 duplicate skipped, 4 malformed rows skipped (first: {samples}/fixtures/events/gdelt-v2.tsv:9:2: SQLDATE: expected a date YYYYMMDD, found "20241345")
$ write {tmp}/twice.yaml "faultline: 1\nactors:\n  - {id: a, kind: state}\n  - {id: b, kind: group}\n  - {id: c, kind: group}\nincidents:\n  - {id: i1, date: 2024-01-01, perpetrator: [a], target: [b]}\n  - {id: i2, date: 2024-01-02, perpetrator: [b], target: [a]}\n  - {id: i3, date: 2024-01-03, perpetrator: [a], target: [c]}\n"
$ faultline -s {tmp}/twice.yaml centrality --metric degree --incidents --min-events 2
> Degree on {tmp}/twice.yaml: 3 actors, 2 ties (directed, signed)
>
> rank  actor  score
> 1     a      2.000000
> 2     b      2.000000
> 3     c      0.000000
$ faultline -s {tmp}/twice.yaml alliances --min-events 2 --format csv
> bloc,id,name,kind,friendly,hostile,frustrated
> 1,a,a,state,0,1,0
> 2,b,b,group,0,1,0
> ,c,c,group,0,0,0
$ faultline -s {tmp}/twice.yaml tensions --min-events 2
> Tensions in {tmp}/twice.yaml against 2 blocs (k = 2, chosen automatically; exact (proved optimal), unique)
>   bloc 1: a
>   bloc 2: b
> Incidents tie two actors only when at least 2 are between them (--min-events)
>
> Ties that contradict the blocs: none
>
> Unbalanced triangles: none
>
> Ties whose facts point both ways: none
>
> Enemy of my enemy (pairs with no tie whose shared ties imply one): none
? 1
$ faultline centrality --metric degree --min-events 2
! faultline: error: --min-events counts incidents between two actors: give --incidents too
? 2
$ faultline --import gdelt:{samples}/fixtures/events/gdelt-v2.tsv --min-mentions 10 stats --by actor
> Incidents by actor: 1 incident, 0 killed (fatalities unknown for 1)
>
> actor            incidents  fatalities  unknown
> Hamas (hamas)    1          0           1
> Israel (israel)  1          0           1
> total            1          0           1
>
> fatalities: the best estimate, summed over the incidents that give one; unknown: incidents whose fatalities are unknown (not counted as zero).
> An incident counts once for each actor (dyad) involved, so the rows add up to more than the total.
! Imported {samples}/fixtures/events/gdelt-v2.tsv (GDELT 2.0 (61 columns)): 8 of 13 rows, 1 duplicate skipped, 4 malformed rows skipped (first: {samples}/fixtures/events/gdelt-v2.tsv:9:2: SQLDATE: expected a date YYYYMMDD, found "20241345")
$ faultline --min-confidence 0.95 convert {samples}/baghdad-2024-01.yaml {tmp}/sure.snap
! Wrote {tmp}/sure.snap (snapshot): 15 actors, 9 incidents, 11 relations
$ faultline --min-mentions 5 --import gdelt:{samples}/fixtures/events/gdelt-v2.tsv export --to snapshot -o {tmp}/strong.snap
! Imported {samples}/fixtures/events/gdelt-v2.tsv (GDELT 2.0 (61 columns)): 8 of 13 rows, 1 duplicate skipped, 4 malformed rows skipped (first: {samples}/fixtures/events/gdelt-v2.tsv:9:2: SQLDATE: expected a date YYYYMMDD, found "20241345")
$ faultline -s {tmp}/strong.snap info --format json
> {
>   "input": "{tmp}/strong.snap",
>   "scenarios": [],
>   "actors": {
>     "total": 8,
>     "state": 5,
>     "group": 3,
>     "person": 0
>   },
>   "incidents": 5,
>   "relations": 0,
>   "roles": 9,
>   "incident_links": 0,
>   "sources": 1,
>   "relation_types": 11,
>   "filters": null
> }
