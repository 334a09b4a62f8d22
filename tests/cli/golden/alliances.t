# Blocs of the signed actor graph (docs/alliances.md), from the bundled sample:
# the United States and Israel against Iran, the Islamic Resistance in Iraq,
# Nujaba and the PMF.
$ faultline alliances
> Alliances in the bundled sample: 2 blocs
> k = 2, chosen automatically; exact (proved optimal), unique
> Frustration 0.5 (alpha 0.5): 0 hostile inside blocs, 0.5 friendly between blocs, by weight
> Signed graph: 14 actors with ties, 21 ties (10 friendly, 11 hostile)
>
> bloc  actor                                                                        kind    friendly  hostile  frustrated
> 1     United States (usa)                                                          state   2         7        1
> 1     Israel (israel)                                                              state   1         3        0
> 1     Islamic State (islamic-state)                                                group   0         1        0
> 2     Iraq (iraq)                                                                  state   2         0        1
> 2     Iraqi military (iraqi-military)                                              group   2         0        0
> 2     Popular Mobilization Forces (pmf)                                            group   3         1        0
> 2     Harakat al-Nujaba (nujaba)                                                   group   3         1        0
> 2     Harakat al-Nujaba commander killed in the Baghdad strike (nujaba-commander)  person  2         1        0
> 2     Second person killed in the Baghdad strike (second-strike-victim)            person  0         1        0
> 2     Islamic Resistance in Iraq (islamic-resistance-in-iraq)                      group   0         1        0
> 2     Iran (iran)                                                                  state   2         3        0
> 2     Qassem Soleimani (soleimani)                                                 person  1         1        0
> 2     Hamas (hamas)                                                                group   1         1        0
> 2     Senior Hamas official assassinated in Lebanon (hamas-official)               person  1         1        0
>
> k tried (frustration): 1 → 16.5, 2 → 0.5, 3 → 0.5
>
> Friendly camps (joined by chains of friendly ties):
>   1. United States, Iraq, Iraqi military, Popular Mobilization Forces, Harakat al-Nujaba, Harakat al-Nujaba commander killed in the Baghdad strike, Iran, Qassem Soleimani, Israel
>   2. Hamas, Senior Hamas official assassinated in Lebanon
>
> Friendly cliques (3 or more actors, all friends of each other):
>   1. Popular Mobilization Forces, Harakat al-Nujaba, Harakat al-Nujaba commander killed in the Baghdad strike
>
> Without friendly or hostile ties in this view: Lebanon (lebanon)
$ faultline alliances --format json
> {
>   "input": "the bundled sample",
>   "filters": {
>     "layers": [],
>     "as_of": null,
>     "window": null,
>     "kinds": [],
>     "min_confidence": 0.0,
>     "min_mentions": 0,
>     "min_sources": 0,
>     "root_events_only": false,
>     "min_events": 1,
>     "weighted": true,
>     "relation_rules": [],
>     "incident_rules": [],
>     "default_incident_rules": true
>   },
>   "graph": {
>     "actors": 15,
>     "actors_without_ties": 1,
>     "friendly_ties": 10,
>     "hostile_ties": 11,
>     "ambivalent_ties": 0,
>     "facts": 29,
>     "neutral_facts_ignored": 0,
>     "self_loops_ignored": 0
>   },
>   "options": {
>     "k": "auto",
>     "method": "automatic",
>     "alpha": 0.5,
>     "seed": 1,
>     "restarts": 32,
>     "max_k": 8,
>     "exact_limit": 256,
>     "exact_budget": 1000000
>   },
>   "k": 2,
>   "blocs": [
>     {
>       "bloc": 1,
>       "members": [
>         {
>           "id": "usa",
>           "name": "United States",
>           "kind": "state"
>         },
>         {
>           "id": "israel",
>           "name": "Israel",
>           "kind": "state"
>         },
>         {
>           "id": "islamic-state",
>           "name": "Islamic State",
>           "kind": "group"
>         }
>       ]
>     },
>     {
>       "bloc": 2,
>       "members": [
>         {
>           "id": "iraq",
>           "name": "Iraq",
>           "kind": "state"
>         },
>         {
>           "id": "iraqi-military",
>           "name": "Iraqi military",
>           "kind": "group"
>         },
>         {
>           "id": "pmf",
>           "name": "Popular Mobilization Forces",
>           "kind": "group"
>         },
>         {
>           "id": "nujaba",
>           "name": "Harakat al-Nujaba",
>           "kind": "group"
>         },
>         {
>           "id": "nujaba-commander",
>           "name": "Harakat al-Nujaba commander killed in the Baghdad strike",
>           "kind": "person"
>         },
>         {
>           "id": "second-strike-victim",
>           "name": "Second person killed in the Baghdad strike",
>           "kind": "person"
>         },
>         {
>           "id": "islamic-resistance-in-iraq",
>           "name": "Islamic Resistance in Iraq",
>           "kind": "group"
>         },
>         {
>           "id": "iran",
>           "name": "Iran",
>           "kind": "state"
>         },
>         {
>           "id": "soleimani",
>           "name": "Qassem Soleimani",
>           "kind": "person"
>         },
>         {
>           "id": "hamas",
>           "name": "Hamas",
>           "kind": "group"
>         },
>         {
>           "id": "hamas-official",
>           "name": "Senior Hamas official assassinated in Lebanon",
>           "kind": "person"
>         }
>       ]
>     }
>   ],
>   "without_ties": [
>     {
>       "id": "lebanon",
>       "name": "Lebanon",
>       "kind": "state"
>     }
>   ],
>   "frustration": {
>     "criterion": 0.5,
>     "hostile_within": 0.0,
>     "friendly_between": 0.5,
>     "frustrated_ties": 1
>   },
>   "search": {
>     "method": "exact (proved optimal)",
>     "proved_optimal": true,
>     "unique_optimum": true,
>     "restarts": 32,
>     "restarts_found_best": 22,
>     "exact_steps": 15,
>     "parts": [
>       {
>         "actors": 14,
>         "ties": 21,
>         "criterion": 0.5,
>         "method": "exact (proved optimal)",
>         "proved": true,
>         "steps": 15,
>         "restarts_found_best": 22,
>         "optimal_partitions": 1
>       }
>     ],
>     "k_trials": [
>       {
>         "k": 1,
>         "criterion": 16.5,
>         "proved": true
>       },
>       {
>         "k": 2,
>         "criterion": 0.5,
>         "proved": true
>       },
>       {
>         "k": 3,
>         "criterion": 0.5,
>         "proved": true
>       }
>     ]
>   },
>   "actors": [
>     {
>       "id": "usa",
>       "name": "United States",
>       "kind": "state",
>       "bloc": 1,
>       "friendly_ties": 2,
>       "hostile_ties": 7,
>       "frustrated_ties": 1
>     },
>     {
>       "id": "israel",
>       "name": "Israel",
>       "kind": "state",
>       "bloc": 1,
>       "friendly_ties": 1,
>       "hostile_ties": 3,
>       "frustrated_ties": 0
>     },
>     {
>       "id": "islamic-state",
>       "name": "Islamic State",
>       "kind": "group",
>       "bloc": 1,
>       "friendly_ties": 0,
>       "hostile_ties": 1,
>       "frustrated_ties": 0
>     },
>     {
>       "id": "iraq",
>       "name": "Iraq",
>       "kind": "state",
>       "bloc": 2,
>       "friendly_ties": 2,
>       "hostile_ties": 0,
>       "frustrated_ties": 1
>     },
>     {
>       "id": "iraqi-military",
>       "name": "Iraqi military",
>       "kind": "group",
>       "bloc": 2,
>       "friendly_ties": 2,
>       "hostile_ties": 0,
>       "frustrated_ties": 0
>     },
>     {
>       "id": "pmf",
>       "name": "Popular Mobilization Forces",
>       "kind": "group",
>       "bloc": 2,
>       "friendly_ties": 3,
>       "hostile_ties": 1,
>       "frustrated_ties": 0
>     },
>     {
>       "id": "nujaba",
>       "name": "Harakat al-Nujaba",
>       "kind": "group",
>       "bloc": 2,
>       "friendly_ties": 3,
>       "hostile_ties": 1,
>       "frustrated_ties": 0
>     },
>     {
>       "id": "nujaba-commander",
>       "name": "Harakat al-Nujaba commander killed in the Baghdad strike",
>       "kind": "person",
>       "bloc": 2,
>       "friendly_ties": 2,
>       "hostile_ties": 1,
>       "frustrated_ties": 0
>     },
>     {
>       "id": "second-strike-victim",
>       "name": "Second person killed in the Baghdad strike",
>       "kind": "person",
>       "bloc": 2,
>       "friendly_ties": 0,
>       "hostile_ties": 1,
>       "frustrated_ties": 0
>     },
>     {
>       "id": "islamic-resistance-in-iraq",
>       "name": "Islamic Resistance in Iraq",
>       "kind": "group",
>       "bloc": 2,
>       "friendly_ties": 0,
>       "hostile_ties": 1,
>       "frustrated_ties": 0
>     },
>     {
>       "id": "iran",
>       "name": "Iran",
>       "kind": "state",
>       "bloc": 2,
>       "friendly_ties": 2,
>       "hostile_ties": 3,
>       "frustrated_ties": 0
>     },
>     {
>       "id": "soleimani",
>       "name": "Qassem Soleimani",
>       "kind": "person",
>       "bloc": 2,
>       "friendly_ties": 1,
>       "hostile_ties": 1,
>       "frustrated_ties": 0
>     },
>     {
>       "id": "hamas",
>       "name": "Hamas",
>       "kind": "group",
>       "bloc": 2,
>       "friendly_ties": 1,
>       "hostile_ties": 1,
>       "frustrated_ties": 0
>     },
>     {
>       "id": "hamas-official",
>       "name": "Senior Hamas official assassinated in Lebanon",
>       "kind": "person",
>       "bloc": 2,
>       "friendly_ties": 1,
>       "hostile_ties": 1,
>       "frustrated_ties": 0
>     },
>     {
>       "id": "lebanon",
>       "name": "Lebanon",
>       "kind": "state",
>       "bloc": null,
>       "friendly_ties": 0,
>       "hostile_ties": 0,
>       "frustrated_ties": 0
>     }
>   ],
>   "friendly_camps": [
>     [
>       "usa",
>       "iraq",
>       "iraqi-military",
>       "pmf",
>       "nujaba",
>       "nujaba-commander",
>       "iran",
>       "soleimani",
>       "israel"
>     ],
>     [
>       "hamas",
>       "hamas-official"
>     ]
>   ],
>   "friendly_cliques": [
>     [
>       "pmf",
>       "nujaba",
>       "nujaba-commander"
>     ]
>   ],
>   "friendly_cliques_truncated": false
> }
$ faultline alliances --format csv
> bloc,id,name,kind,friendly,hostile,frustrated
> 1,usa,United States,state,2,7,1
> 1,israel,Israel,state,1,3,0
> 1,islamic-state,Islamic State,group,0,1,0
> 2,iraq,Iraq,state,2,0,1
> 2,iraqi-military,Iraqi military,group,2,0,0
> 2,pmf,Popular Mobilization Forces,group,3,1,0
> 2,nujaba,Harakat al-Nujaba,group,3,1,0
> 2,nujaba-commander,Harakat al-Nujaba commander killed in the Baghdad strike,person,2,1,0
> 2,second-strike-victim,Second person killed in the Baghdad strike,person,0,1,0
> 2,islamic-resistance-in-iraq,Islamic Resistance in Iraq,group,0,1,0
> 2,iran,Iran,state,2,3,0
> 2,soleimani,Qassem Soleimani,person,1,1,0
> 2,hamas,Hamas,group,1,1,0
> 2,hamas-official,Senior Hamas official assassinated in Lebanon,person,1,1,0
> ,lebanon,Lebanon,state,0,0,0
# Layers, kinds and time select the facts; the blocs follow.
$ faultline alliances --layer backs,hostile_to,designates --kind state,group
> Alliances in the bundled sample: 2 blocs
> k = 2, chosen automatically; exact (proved optimal), unique
> Frustration 0 (alpha 0.5): 0 hostile inside blocs, 0 friendly between blocs, by weight
> Signed graph: 5 actors with ties, 5 ties (2 friendly, 3 hostile)
>
> bloc  actor                                                    kind   friendly  hostile  frustrated
> 1     United States (usa)                                      state  1         2        0
> 1     Israel (israel)                                          state  1         1        0
> 2     Harakat al-Nujaba (nujaba)                               group  1         1        0
> 2     Islamic Resistance in Iraq (islamic-resistance-in-iraq)  group  0         1        0
> 2     Iran (iran)                                              state  1         1        0
>
> k tried (frustration): 1 → 4, 2 → 0
>
> Friendly camps (joined by chains of friendly ties):
>   1. United States, Israel
>   2. Harakat al-Nujaba, Iran
>
> Without friendly or hostile ties in this view: Iraq (iraq), Iraqi military (iraqi-military), Popular Mobilization Forces (pmf), Hamas (hamas), Lebanon (lebanon), Islamic State (islamic-state)
$ faultline alliances --window 2023-10..2023-12 --heuristic --seed 7 --format csv
> bloc,id,name,kind,friendly,hostile,frustrated
> 1,usa,United States,state,2,2,1
> 1,israel,Israel,state,1,2,0
> 2,iraq,Iraq,state,2,0,1
> 2,iraqi-military,Iraqi military,group,2,0,0
> 2,pmf,Popular Mobilization Forces,group,3,0,0
> 2,nujaba,Harakat al-Nujaba,group,3,1,0
> 2,nujaba-commander,Harakat al-Nujaba commander killed in the Baghdad strike,person,2,0,0
> 2,islamic-resistance-in-iraq,Islamic Resistance in Iraq,group,0,1,0
> 2,iran,Iran,state,2,1,0
> 2,soleimani,Qassem Soleimani,person,1,0,0
> 2,hamas,Hamas,group,1,1,0
> 2,hamas-official,Senior Hamas official assassinated in Lebanon,person,1,0,0
> ,second-strike-victim,Second person killed in the Baghdad strike,person,0,0,0
> ,lebanon,Lebanon,state,0,0,0
> ,islamic-state,Islamic State,group,0,0,0
$ faultline alliances --format dot
> graph "alliances" {
>   node [fontname="Helvetica", style=filled, shape=box];
>   edge [fontname="Helvetica"];
>   subgraph "cluster_1" {
>     label="Bloc 1";
>     color="#56B4E9";
>     "usa" [label="United States", fillcolor="#56B4E9"];
>     "israel" [label="Israel", fillcolor="#56B4E9"];
>     "islamic-state" [label="Islamic State", fillcolor="#56B4E9"];
>   }
>   subgraph "cluster_2" {
>     label="Bloc 2";
>     color="#E69F00";
>     "iraq" [label="Iraq", fillcolor="#E69F00"];
>     "iraqi-military" [label="Iraqi military", fillcolor="#E69F00"];
>     "pmf" [label="Popular Mobilization Forces", fillcolor="#E69F00"];
>     "nujaba" [label="Harakat al-Nujaba", fillcolor="#E69F00"];
>     "nujaba-commander" [label="Harakat al-Nujaba commander killed in the Baghdad strike", fillcolor="#E69F00"];
>     "second-strike-victim" [label="Second person killed in the Baghdad strike", fillcolor="#E69F00"];
>     "islamic-resistance-in-iraq" [label="Islamic Resistance in Iraq", fillcolor="#E69F00"];
>     "iran" [label="Iran", fillcolor="#E69F00"];
>     "soleimani" [label="Qassem Soleimani", fillcolor="#E69F00"];
>     "hamas" [label="Hamas", fillcolor="#E69F00"];
>     "hamas-official" [label="Senior Hamas official assassinated in Lebanon", fillcolor="#E69F00"];
>   }
>   "lebanon" [label="Lebanon", fillcolor="white"];
>   "usa" -- "iraq" [color="#1A9850", style=solid, penwidth=3, tooltip="friendly, weight 0.5", label="frustrated"];
>   "usa" -- "pmf" [color="#D73027", style=dashed, penwidth=1, tooltip="hostile, weight 2"];
>   "usa" -- "nujaba" [color="#D73027", style=dashed, penwidth=1, tooltip="hostile, weight 3.5"];
>   "usa" -- "nujaba-commander" [color="#D73027", style=dashed, penwidth=1, tooltip="hostile, weight 1"];
>   "usa" -- "second-strike-victim" [color="#D73027", style=dashed, penwidth=1, tooltip="hostile, weight 1"];
>   "usa" -- "islamic-resistance-in-iraq" [color="#D73027", style=dashed, penwidth=1, tooltip="hostile, weight 2"];
>   "usa" -- "iran" [color="#D73027", style=dashed, penwidth=1, tooltip="hostile, weight 1"];
>   "usa" -- "soleimani" [color="#D73027", style=dashed, penwidth=1, tooltip="hostile, weight 1"];
>   "usa" -- "israel" [color="#1A9850", style=solid, penwidth=1, tooltip="friendly, weight 1"];
>   "iraq" -- "iraqi-military" [color="#1A9850", style=solid, penwidth=1, tooltip="friendly, weight 1"];
>   "iraqi-military" -- "pmf" [color="#1A9850", style=solid, penwidth=1, tooltip="friendly, weight 1"];
>   "pmf" -- "nujaba" [color="#1A9850", style=solid, penwidth=1, tooltip="friendly, weight 1"];
>   "pmf" -- "nujaba-commander" [color="#1A9850", style=solid, penwidth=1, tooltip="friendly, weight 1"];
>   "nujaba" -- "nujaba-commander" [color="#1A9850", style=solid, penwidth=1, tooltip="friendly, weight 1"];
>   "nujaba" -- "iran" [color="#1A9850", style=solid, penwidth=1, tooltip="friendly, weight 1"];
>   "iran" -- "soleimani" [color="#1A9850", style=solid, penwidth=1, tooltip="friendly, weight 1"];
>   "iran" -- "israel" [color="#D73027", style=dashed, penwidth=1, tooltip="hostile, weight 1"];
>   "iran" -- "islamic-state" [color="#D73027", style=dashed, penwidth=1, tooltip="hostile, weight 1"];
>   "israel" -- "hamas" [color="#D73027", style=dashed, penwidth=1, tooltip="hostile, weight 2.5"];
>   "israel" -- "hamas-official" [color="#D73027", style=dashed, penwidth=1, tooltip="hostile, weight 0.5"];
>   "hamas" -- "hamas-official" [color="#1A9850", style=solid, penwidth=1, tooltip="friendly, weight 1"];
> }
# A signed edge list: Read's Gahuku-Gama tribes split into three blocs with two frustrated ties.
$ faultline --edges {samples}/fixtures/gahuku-gama.csv alliances
> Alliances in {samples}/fixtures/gahuku-gama.csv: 3 blocs
> k = 3, chosen automatically; exact (proved optimal), unique
> Frustration 2 (alpha 0.5): 0 hostile inside blocs, 2 friendly between blocs, by weight
> Signed graph: 16 actors with ties, 58 ties (29 friendly, 29 hostile)
>
> bloc  actor  friendly  hostile  frustrated
> 1     Gavev  3         5        0
> 1     Kotun  3         5        0
> 1     Nagad  3         6        0
> 1     Gama   3         6        0
> 2     Ove    4         2        0
> 2     Alika  2         1        0
> 2     Gahuk  5         5        0
> 2     Asaro  4         4        0
> 2     Masil  7         0        2
> 2     Ukudz  6         1        0
> 2     Geham  4         5        0
> 3     Nagam  3         4        1
> 3     Notoh  3         4        0
> 3     Kohik  2         3        0
> 3     Seuve  2         3        0
> 3     Uheto  4         4        1
>
> k tried (frustration): 1 → 29, 2 → 7, 3 → 2, 4 → 2
>
> Friendly camps (joined by chains of friendly ties):
>   1. Gavev, Kotun, Nagad, Gama
>   2. Ove, Alika, Nagam, Gahuk, Asaro, Notoh, Kohik, Masil, Ukudz, Seuve, Geham, Uheto
>
> Friendly cliques (3 or more actors, all friends of each other):
>   1. Gahuk, Asaro, Masil, Ukudz, Geham
>   2. Gavev, Kotun, Nagad, Gama
>   3. Ove, Gahuk, Masil, Ukudz
>   4. Ove, Alika, Ukudz
>   5. Notoh, Kohik, Uheto
$ faultline --edges {samples}/fixtures/gahuku-gama.net alliances --k 3 --heuristic --restarts 8 --format csv
> bloc,id,name,friendly,hostile,frustrated
> 1,Gavev,Gavev,3,5,0
> 1,Kotun,Kotun,3,5,0
> 1,Nagad,Nagad,3,6,0
> 1,Gama,Gama,3,6,0
> 2,Ove,Ove,4,2,0
> 2,Alika,Alika,2,1,0
> 2,Gahuk,Gahuk,5,5,0
> 2,Masil,Masil,7,0,2
> 2,Ukudz,Ukudz,6,1,0
> 2,Geham,Geham,4,5,0
> 2,Asaro,Asaro,4,4,0
> 3,Nagam,Nagam,3,4,1
> 3,Notoh,Notoh,3,4,0
> 3,Kohik,Kohik,2,3,0
> 3,Uheto,Uheto,4,4,1
> 3,Seuve,Seuve,2,3,0
# The aggregation rules are options: with membership counting a quarter, Iraq
# sides with the United States it hosts rather than with its own military.
$ faultline alliances --relation-rule member_of=friendly:0.25
> Alliances in the bundled sample: 2 blocs
> k = 2, chosen automatically; exact (proved optimal), unique
> Aggregation rules changed: member_of=friendly:0.25
> Frustration 0.25 (alpha 0.5): 0 hostile inside blocs, 0.25 friendly between blocs, by weight
> Signed graph: 14 actors with ties, 21 ties (10 friendly, 11 hostile)
>
> bloc  actor                                                                        kind    friendly  hostile  frustrated
> 1     United States (usa)                                                          state   2         7        0
> 1     Iraq (iraq)                                                                  state   2         0        1
> 1     Israel (israel)                                                              state   1         3        0
> 1     Islamic State (islamic-state)                                                group   0         1        0
> 2     Iraqi military (iraqi-military)                                              group   2         0        1
> 2     Popular Mobilization Forces (pmf)                                            group   3         1        0
> 2     Harakat al-Nujaba (nujaba)                                                   group   3         1        0
> 2     Harakat al-Nujaba commander killed in the Baghdad strike (nujaba-commander)  person  2         1        0
> 2     Second person killed in the Baghdad strike (second-strike-victim)            person  0         1        0
> 2     Islamic Resistance in Iraq (islamic-resistance-in-iraq)                      group   0         1        0
> 2     Iran (iran)                                                                  state   2         3        0
> 2     Qassem Soleimani (soleimani)                                                 person  1         1        0
> 2     Hamas (hamas)                                                                group   1         1        0
> 2     Senior Hamas official assassinated in Lebanon (hamas-official)               person  1         1        0
>
> k tried (frustration): 1 → 16.5, 2 → 0.25, 3 → 0.25
>
> Friendly camps (joined by chains of friendly ties):
>   1. United States, Iraq, Iraqi military, Popular Mobilization Forces, Harakat al-Nujaba, Harakat al-Nujaba commander killed in the Baghdad strike, Iran, Qassem Soleimani, Israel
>   2. Hamas, Senior Hamas official assassinated in Lebanon
>
> Friendly cliques (3 or more actors, all friends of each other):
>   1. Popular Mobilization Forces, Harakat al-Nujaba, Harakat al-Nujaba commander killed in the Baghdad strike
>
> Without friendly or hostile ties in this view: Lebanon (lebanon)
$ faultline alliances --relation-rule member_of=+:0.25 --incident-rule target-perpetrator=hostile:2 --no-default-incident-rules --format csv
> bloc,id,name,kind,friendly,hostile,frustrated
> 1,usa,United States,state,2,4,0
> 1,iraq,Iraq,state,2,0,1
> 1,israel,Israel,state,1,2,0
> 2,iraqi-military,Iraqi military,group,2,0,1
> 2,pmf,Popular Mobilization Forces,group,3,1,0
> 2,nujaba,Harakat al-Nujaba,group,3,1,0
> 2,nujaba-commander,Harakat al-Nujaba commander killed in the Baghdad strike,person,2,0,0
> 2,islamic-resistance-in-iraq,Islamic Resistance in Iraq,group,0,1,0
> 2,iran,Iran,state,2,2,0
> 2,soleimani,Qassem Soleimani,person,1,0,0
> 2,hamas,Hamas,group,1,1,0
> 2,hamas-official,Senior Hamas official assassinated in Lebanon,person,1,0,0
> ,second-strike-victim,Second person killed in the Baghdad strike,person,0,0,0
> ,lebanon,Lebanon,state,0,0,0
> ,islamic-state,Islamic State,group,0,0,0
# Errors.
$ faultline alliances --k 0
! faultline: error: --k "0" is invalid: expected a whole number of at least 1, or auto
? 2
$ faultline alliances --window 2024
! faultline: error: --window "2024" is not a window: expected FROM..TO (dates YYYY, YYYY-MM or YYYY-MM-DD; either end may be left out)
? 2
$ faultline balance --window ..
! faultline: error: --window ".." is not a window: expected FROM..TO (dates YYYY, YYYY-MM or YYYY-MM-DD; either end may be left out)
? 2
$ faultline tensions --window 2024-01..2024-13
! faultline: error: --window: the end "2024-13" is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD
? 2
$ faultline centrality -m degree --window 2023-99..
! faultline: error: --window: the start "2023-99" is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD
? 2
$ faultline alliances --exact --heuristic
! faultline: error: Give --exact or --heuristic, not both
? 2
$ faultline alliances --relation-rule backs
! faultline: error: --relation-rule "backs" is invalid: expected TYPE=friendly|hostile|neutral[:FACTOR]
? 2
$ faultline alliances --relation-rule backs=ally
! faultline: error: --relation-rule "backs=ally" is invalid: the sign "ally" is not friendly, hostile or neutral
? 2
$ faultline alliances --relation-rule backs=friendly:0
! faultline: error: --relation-rule "backs=friendly:0" is invalid: the factor "0" is not a positive number
? 2
$ faultline alliances --relation-rule backs=friendly:x
! faultline: error: --relation-rule "backs=friendly:x" is invalid: the factor "x" is not a positive number
? 2
$ faultline alliances --relation-rule bakcs=hostile
! faultline: error: --relation-rule "bakcs=hostile" is invalid: unknown relation type "bakcs": expected one of backs, allied_with, member_of, controls, hostile_to, at_war_with, designates, sanctions, condemns, threatens, negotiates_with, hosts
? 2
$ faultline alliances --incident-rule perpetrator-bystander=hostile
! faultline: error: --incident-rule "perpetrator-bystander=hostile" is invalid: "perpetrator-bystander" is not two roles: expected ROLE-ROLE with roles perpetrator, target, victim, claimed_by, attributed_to or condemned_by
? 2
$ faultline alliances --incident-rule perpetrator=hostile:1
! faultline: error: --incident-rule "perpetrator=hostile:1" is invalid: "perpetrator" is not two roles: expected ROLE-ROLE with roles perpetrator, target, victim, claimed_by, attributed_to or condemned_by
? 2
$ faultline alliances --incident-rule perpetrator-target=hostile:-1
! faultline: error: --incident-rule "perpetrator-target=hostile:-1" is invalid: the weight "-1" is not a positive number
? 2
$ faultline --edges {samples}/fixtures/gahuku-gama.csv alliances --relation-rule backs=hostile
! faultline: error: --relation-rule, --incident-rule and --no-default-incident-rules say how the facts of a scenario count; a plain edge list has signed edges instead: drop them with --edges
? 2
$ faultline --edges {samples}/fixtures/gahuku-gama.csv alliances --kind state
! faultline: error: --layer and --kind select facts of a scenario; a plain edge list has none: drop them with --edges
? 2
# A budget too small for the proof, and a part above the exact search's limit.
$ faultline --edges {samples}/fixtures/gahuku-gama.csv alliances --k 3 --exact-budget 5
> Alliances in {samples}/fixtures/gahuku-gama.csv: 3 blocs
> k = 3; heuristic (exact search stopped after 5 nodes); 30 of 32 heuristic restarts found the best
> Frustration 2 (alpha 0.5): 0 hostile inside blocs, 2 friendly between blocs, by weight
> Signed graph: 16 actors with ties, 58 ties (29 friendly, 29 hostile)
>
> bloc  actor  friendly  hostile  frustrated
> 1     Gavev  3         5        0
> 1     Kotun  3         5        0
> 1     Nagad  3         6        0
> 1     Gama   3         6        0
> 2     Ove    4         2        0
> 2     Alika  2         1        0
> 2     Gahuk  5         5        0
> 2     Asaro  4         4        0
> 2     Masil  7         0        2
> 2     Ukudz  6         1        0
> 2     Geham  4         5        0
> 3     Nagam  3         4        1
> 3     Notoh  3         4        0
> 3     Kohik  2         3        0
> 3     Seuve  2         3        0
> 3     Uheto  4         4        1
>
> Friendly camps (joined by chains of friendly ties):
>   1. Gavev, Kotun, Nagad, Gama
>   2. Ove, Alika, Nagam, Gahuk, Asaro, Notoh, Kohik, Masil, Ukudz, Seuve, Geham, Uheto
>
> Friendly cliques (3 or more actors, all friends of each other):
>   1. Gahuk, Asaro, Masil, Ukudz, Geham
>   2. Gavev, Kotun, Nagad, Gama
>   3. Ove, Gahuk, Masil, Ukudz
>   4. Ove, Alika, Ukudz
>   5. Notoh, Kohik, Uheto
$ faultline --edges {samples}/fixtures/gahuku-gama.csv alliances --k 3 --exact-limit 10
> Alliances in {samples}/fixtures/gahuku-gama.csv: 3 blocs
> k = 3; heuristic (16 actors: above the exact search's limit of 10); 30 of 32 heuristic restarts found the best
> Frustration 2 (alpha 0.5): 0 hostile inside blocs, 2 friendly between blocs, by weight
> Signed graph: 16 actors with ties, 58 ties (29 friendly, 29 hostile)
>
> bloc  actor  friendly  hostile  frustrated
> 1     Gavev  3         5        0
> 1     Kotun  3         5        0
> 1     Nagad  3         6        0
> 1     Gama   3         6        0
> 2     Ove    4         2        0
> 2     Alika  2         1        0
> 2     Gahuk  5         5        0
> 2     Asaro  4         4        0
> 2     Masil  7         0        2
> 2     Ukudz  6         1        0
> 2     Geham  4         5        0
> 3     Nagam  3         4        1
> 3     Notoh  3         4        0
> 3     Kohik  2         3        0
> 3     Seuve  2         3        0
> 3     Uheto  4         4        1
>
> Friendly camps (joined by chains of friendly ties):
>   1. Gavev, Kotun, Nagad, Gama
>   2. Ove, Alika, Nagam, Gahuk, Asaro, Notoh, Kohik, Masil, Ukudz, Seuve, Geham, Uheto
>
> Friendly cliques (3 or more actors, all friends of each other):
>   1. Gahuk, Asaro, Masil, Ukudz, Geham
>   2. Gavev, Kotun, Nagad, Gama
>   3. Ove, Gahuk, Masil, Ukudz
>   4. Ove, Alika, Ukudz
>   5. Notoh, Kohik, Uheto
