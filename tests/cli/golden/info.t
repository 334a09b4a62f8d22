$ faultline info
> Loaded the bundled sample
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
$ faultline info --format json
> {
>   "input": "the bundled sample",
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
$ faultline validate
> OK: the bundled sample loads: 15 actors, 9 incidents, 16 relations
$ faultline validate --format json
> {
>   "valid": true,
>   "input": "the bundled sample",
>   "actors": 15,
>   "incidents": 9,
>   "relations": 16,
>   "unsourced": [],
>   "warnings": [
>     "<bundled>/baghdad-2024-01.yaml:97:50: alias \"Qasem Soleimani\" is given twice for actor \"soleimani\" (the repeat is ignored)"
>   ]
> }
$ faultline validate --scenario {samples}/baghdad-2024-01.yaml
> OK: {samples}/baghdad-2024-01.yaml loads: 15 actors, 9 incidents, 16 relations
$ faultline validate --scenario {samples}/fixtures/duplicate-aliases.yaml
$ faultline validate --scenario {samples}/fixtures/duplicate-aliases.yaml --format json
