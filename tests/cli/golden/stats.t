# Counts of incidents and fatalities: the bundled sample by month and by
# actor, the UCDP GED fixture (best, low and high estimates) by month and
# type, by dyad in JSON, by country in CSV, and the errors.
$ faultline stats
> Incidents by month: 9 incidents, 86 killed (fatalities unknown for 7)
>
> month    incidents  fatalities  unknown
> 2020-01  1          0           1
> 2023-10  2          0           2
> 2024-01  6          86          4
> total    9          86          7
>
> fatalities: the best estimate, summed over the incidents that give one; unknown: incidents whose fatalities are unknown (not counted as zero).
$ faultline stats --by actor --sort fatalities --top 3
> Incidents by actor: 9 incidents, 86 killed (fatalities unknown for 7)
>
> actor                          incidents  fatalities  unknown
> Iran (iran)                    3          84          2
> Islamic State (islamic-state)  1          84          0
> Harakat al-Nujaba (nujaba)     2          2           1
> total                          9          86          7
>
> fatalities: the best estimate, summed over the incidents that give one; unknown: incidents whose fatalities are unknown (not counted as zero).
> An incident counts once for each actor (dyad) involved, so the rows add up to more than the total.
> Showing 3 of 12 rows (--top).
$ faultline stats --by year --actor Iran --format csv
> year,incidents,fatalities,fatalities_unknown,fatalities_low,low_unknown,fatalities_high,high_unknown
> 2020,1,0,1,0,1,0,1
> 2024,2,84,1,0,2,0,2
$ faultline --import ucdp-ged:{samples}/fixtures/events/ucdp-ged.csv stats --by month,type
> Incidents by month, type: 4 incidents, 24 killed
>
> month    type         incidents  fatalities  unknown  low  high
> 2017-06  battle       1          12          0        10   15
> 2019-02  armed-clash  1          3           0        3    3
> 2019-03  attack       1          4           0        4    4
> 2019-05  battle       1          5           0        4    7
> total                 4          24          0        21   29
>
> fatalities: the best estimate, summed over the incidents that give one; unknown: incidents whose fatalities are unknown (not counted as zero).
> low, high: the dataset's low and high estimates.
! Imported {samples}/fixtures/events/ucdp-ged.csv (UCDP GED (41 columns)): 4 of 4 rows
$ faultline --import ucdp-ged:{samples}/fixtures/events/ucdp-ged.csv stats --by dyad --from 2019 --format json
> {
>   "input": "ucdp-ged:{samples}/fixtures/events/ucdp-ged.csv",
>   "by": [
>     "dyad"
>   ],
>   "filters": {
>     "from": "2019",
>     "to": null,
>     "actor": null,
>     "as_of": null,
>     "min_confidence": 0.0,
>     "min_mentions": 0,
>     "min_sources": 0,
>     "root_events_only": false
>   },
>   "sort": "key",
>   "top": null,
>   "rows_before_top": 3,
>   "rows": [
>     {
>       "dyad": [
>         {
>           "id": "civilians-syria",
>           "name": "Civilians (Syria)",
>           "kind": "group"
>         },
>         {
>           "id": "is",
>           "name": "IS",
>           "kind": "group"
>         }
>       ],
>       "incidents": 1,
>       "fatalities": {
>         "best": 4,
>         "unknown": 0,
>         "low": 4,
>         "low_unknown": 0,
>         "high": 4,
>         "high_unknown": 0
>       }
>     },
>     {
>       "dyad": [
>         {
>           "id": "is",
>           "name": "IS",
>           "kind": "group"
>         },
>         {
>           "id": "sdf",
>           "name": "SDF",
>           "kind": "group"
>         }
>       ],
>       "incidents": 1,
>       "fatalities": {
>         "best": 3,
>         "unknown": 0,
>         "low": 3,
>         "low_unknown": 0,
>         "high": 3,
>         "high_unknown": 0
>       }
>     },
>     {
>       "dyad": [
>         {
>           "id": "syria",
>           "name": "Syria",
>           "kind": "state"
>         },
>         {
>           "id": "syrian-insurgents",
>           "name": "Syrian insurgents",
>           "kind": "group"
>         }
>       ],
>       "incidents": 1,
>       "fatalities": {
>         "best": 5,
>         "unknown": 0,
>         "low": 4,
>         "low_unknown": 0,
>         "high": 7,
>         "high_unknown": 0
>       }
>     }
>   ],
>   "total": {
>     "incidents": 3,
>     "fatalities": {
>       "best": 12,
>       "unknown": 0,
>       "low": 11,
>       "low_unknown": 0,
>       "high": 14,
>       "high_unknown": 0
>     }
>   },
>   "counted_per_actor": true
> }
! Imported {samples}/fixtures/events/ucdp-ged.csv (UCDP GED (41 columns)): 4 of 4 rows
$ faultline --import ucdp-ged:{samples}/fixtures/events/ucdp-ged.csv stats --by country,year --format csv
> country,year,incidents,fatalities,fatalities_unknown,fatalities_low,low_unknown,fatalities_high,high_unknown
> IQ,2017,1,12,0,10,0,15,0
> SY,2019,3,12,0,11,0,14,0
! Imported {samples}/fixtures/events/ucdp-ged.csv (UCDP GED (41 columns)): 4 of 4 rows
$ faultline --import acled:{samples}/fixtures/events/acled-current.csv stats --by event-type
> Incidents by event-type: 7 incidents, 6 killed
>
> event-type                                                      incidents  fatalities  unknown
> Battles / Armed clash                                           1          3           0
> Explosions/Remote violence / Air/drone strike                   1          2           0
> Explosions/Remote violence / Shelling/artillery/missile attack  1          0           0
> Protests / Peaceful protest                                     1          0           0
> Riots / Mob violence                                            1          0           0
> Strategic developments / Other                                  1          0           0
> Violence against civilians / Attack                             1          1           0
> total                                                           7          6           0
>
> fatalities: the best estimate, summed over the incidents that give one; unknown: incidents whose fatalities are unknown (not counted as zero).
! Imported {samples}/fixtures/events/acled-current.csv (ACLED (31 columns)): 7 of 9 rows, 2 malformed rows skipped (first: {samples}/fixtures/events/acled-current.csv:7:2: event_date: expected a date YYYY-MM-DD, D-Mon-YY (9-May-20) or DD Month YYYY (09 May 2020), found "2024-13-45")
$ faultline --import acled:{samples}/fixtures/events/acled-current.csv stats --by type,event-type --format csv
> type,event_type,incidents,fatalities,fatalities_unknown,fatalities_low,low_unknown,fatalities_high,high_unknown
> airstrike,Explosions/Remote violence / Air/drone strike,1,2,0,0,1,0,1
> armed-clash,Battles / Armed clash,1,3,0,0,1,0,1
> attack,Riots / Mob violence,1,0,0,0,1,0,1
> attack,Violence against civilians / Attack,1,1,0,0,1,0,1
> demonstration,Protests / Peaceful protest,1,0,0,0,1,0,1
> other,Strategic developments / Other,1,0,0,0,1,0,1
> shelling,Explosions/Remote violence / Shelling/artillery/missile attack,1,0,0,0,1,0,1
! Imported {samples}/fixtures/events/acled-current.csv (ACLED (31 columns)): 7 of 9 rows, 2 malformed rows skipped (first: {samples}/fixtures/events/acled-current.csv:7:2: event_date: expected a date YYYY-MM-DD, D-Mon-YY (9-May-20) or DD Month YYYY (09 May 2020), found "2024-13-45")
$ faultline stats --from 2030
> Incidents by month from 2030: 0 incidents, 0 killed
? 1
$ faultline stats --by weekday
! faultline: error: --by "weekday" is not a dimension: expected actor, dyad, month, year, type, event-type or country
? 2
$ faultline stats --by month,month
! faultline: error: Grouping by month twice: name each dimension once
? 2
$ faultline stats --from 2024-02 --to 2024-01
! faultline: error: The window starts (2024-02) after it ends (2024-01)
? 2
$ faultline stats --sort deaths
! faultline: error: --sort "deaths" is not an order: expected key, incidents or fatalities
? 2
