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
>   "warnings": []
> }
$ faultline validate --scenario {samples}/baghdad-2024-01.yaml
> OK: {samples}/baghdad-2024-01.yaml loads: 15 actors, 9 incidents, 16 relations
$ faultline validate --scenario {samples}/fixtures/duplicate-aliases.yaml
> OK: {samples}/fixtures/duplicate-aliases.yaml loads: 5 actors, 0 incidents, 1 relation
> Warning: {samples}/fixtures/duplicate-aliases.yaml:6:77: alias "Hez" is given twice for actor "hezbollah" (the repeat is ignored)
> Warning: {samples}/fixtures/duplicate-aliases.yaml:8:71: alias "AAH" of actor "ahl-al-haq" is also an alias of actor "asaib" at {samples}/fixtures/duplicate-aliases.yaml:7:64: looking it up finds both
> Warning: {samples}/fixtures/duplicate-aliases.yaml:10:68: alias "U.S." of actor "us-army" is also an alias of actor "usa" (as "US") at {samples}/fixtures/duplicate-aliases.yaml:9:59: looking it up finds both
> Warning: 6 facts cite no source:
>   actor hezbollah
>   actor asaib
>   actor ahl-al-haq
>   actor usa
>   actor us-army
>   relation Hezbollah —allied_with→ Asaib Ahl al-Haq
$ faultline validate --scenario {samples}/fixtures/duplicate-aliases.yaml --format json
> {
>   "valid": true,
>   "input": "{samples}/fixtures/duplicate-aliases.yaml",
>   "actors": 5,
>   "incidents": 0,
>   "relations": 1,
>   "unsourced": [
>     "actor hezbollah",
>     "actor asaib",
>     "actor ahl-al-haq",
>     "actor usa",
>     "actor us-army",
>     "relation Hezbollah —allied_with→ Asaib Ahl al-Haq"
>   ],
>   "warnings": [
>     "{samples}/fixtures/duplicate-aliases.yaml:6:77: alias \"Hez\" is given twice for actor \"hezbollah\" (the repeat is ignored)",
>     "{samples}/fixtures/duplicate-aliases.yaml:8:71: alias \"AAH\" of actor \"ahl-al-haq\" is also an alias of actor \"asaib\" at {samples}/fixtures/duplicate-aliases.yaml:7:64: looking it up finds both",
>     "{samples}/fixtures/duplicate-aliases.yaml:10:68: alias \"U.S.\" of actor \"us-army\" is also an alias of actor \"usa\" (as \"US\") at {samples}/fixtures/duplicate-aliases.yaml:9:59: looking it up finds both"
>   ]
> }
