# Blocs of the signed actor graph (docs/alliances.md), from the bundled sample:
# the United States and Israel against Iran, the Islamic Resistance in Iraq,
# Nujaba and the PMF.
$ faultline alliances
> Alliances in the bundled sample: 2 blocs
> k = 2, chosen automatically; exact search, proved optimal, unique
> Frustration 0 (alpha 0.5): 0 hostile inside blocs, 0 friendly between blocs, by weight
> Signed graph: 13 actors with ties, 19 ties (8 friendly, 11 hostile)
>
> bloc  actor                                                                kind    friendly  hostile  frustrated
> 1     United States (usa)                                                  state   1         7        0
> 1     Israel (israel)                                                      state   1         3        0
> 1     Islamic State (islamic-state)                                        group   0         1        0
> 2     Iraqi military (iraqi-military)                                      group   1         0        0
> 2     Popular Mobilization Forces (pmf)                                    group   3         1        0
> 2     Harakat al-Nujaba (nujaba)                                           group   3         1        0
> 2     Harakat al-Nujaba commander killed on 2024-01-04 (nujaba-commander)  person  2         1        0
> 2     Second person killed in the Baghdad strike (second-strike-victim)    person  0         1        0
> 2     Islamic Resistance in Iraq (islamic-resistance-in-iraq)              group   0         1        0
> 2     Iran (iran)                                                          state   2         3        0
> 2     Qassem Soleimani (soleimani)                                         person  1         1        0
> 2     Hamas (hamas)                                                        group   1         1        0
> 2     Senior Hamas official assassinated in Lebanon (hamas-official)       person  1         1        0
>
> k tried (frustration): 1 → 16.5, 2 → 0
>
> Friendly camps (joined by chains of friendly ties):
>   1. United States, Israel
>   2. Iraqi military, Popular Mobilization Forces, Harakat al-Nujaba, Harakat al-Nujaba commander killed on 2024-01-04, Iran, Qassem Soleimani
>   3. Hamas, Senior Hamas official assassinated in Lebanon
>
> Friendly cliques (3 or more actors, all friends of each other):
>   1. Popular Mobilization Forces, Harakat al-Nujaba, Harakat al-Nujaba commander killed on 2024-01-04
>
> Without friendly or hostile ties in this view: Iraq (iraq), Lebanon (lebanon)
$ faultline alliances --format json
> {
>   "input": "the bundled sample",
>   "filters": {
>     "layers": [],
>     "as_of": null,
>     "window": null,
>     "kinds": [],
>     "min_confidence": 0.0,
>     "weighted": true
>   },
>   "graph": {
>     "actors": 15,
>     "actors_without_ties": 2,
>     "friendly_ties": 8,
>     "hostile_ties": 11,
>     "ambivalent_ties": 0,
>     "facts": 27,
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
>     "exact_limit": 40
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
>           "name": "Harakat al-Nujaba commander killed on 2024-01-04",
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
>       "id": "iraq",
>       "name": "Iraq",
>       "kind": "state"
>     },
>     {
>       "id": "lebanon",
>       "name": "Lebanon",
>       "kind": "state"
>     }
>   ],
>   "frustration": {
>     "criterion": 0.0,
>     "hostile_within": 0.0,
>     "friendly_between": 0.0,
>     "frustrated_ties": 0
>   },
>   "search": {
>     "method": "exact",
>     "proved_optimal": true,
>     "unique_optimum": true,
>     "restarts": 32,
>     "restarts_found_best": 29,
>     "exact_steps": 14,
>     "parts": [
>       {
>         "actors": 13,
>         "ties": 19,
>         "criterion": 0.0,
>         "method": "exact",
>         "proved": true,
>         "steps": 14,
>         "restarts_found_best": 29,
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
>         "criterion": 0.0,
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
>       "friendly_ties": 1,
>       "hostile_ties": 7,
>       "frustrated_ties": 0
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
>       "id": "iraqi-military",
>       "name": "Iraqi military",
>       "kind": "group",
>       "bloc": 2,
>       "friendly_ties": 1,
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
>       "name": "Harakat al-Nujaba commander killed on 2024-01-04",
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
>       "id": "iraq",
>       "name": "Iraq",
>       "kind": "state",
>       "bloc": null,
>       "friendly_ties": 0,
>       "hostile_ties": 0,
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
>       "israel"
>     ],
>     [
>       "iraqi-military",
>       "pmf",
>       "nujaba",
>       "nujaba-commander",
>       "iran",
>       "soleimani"
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
> 1,usa,United States,state,1,7,0
> 1,israel,Israel,state,1,3,0
> 1,islamic-state,Islamic State,group,0,1,0
> 2,iraqi-military,Iraqi military,group,1,0,0
> 2,pmf,Popular Mobilization Forces,group,3,1,0
> 2,nujaba,Harakat al-Nujaba,group,3,1,0
> 2,nujaba-commander,Harakat al-Nujaba commander killed on 2024-01-04,person,2,1,0
> 2,second-strike-victim,Second person killed in the Baghdad strike,person,0,1,0
> 2,islamic-resistance-in-iraq,Islamic Resistance in Iraq,group,0,1,0
> 2,iran,Iran,state,2,3,0
> 2,soleimani,Qassem Soleimani,person,1,1,0
> 2,hamas,Hamas,group,1,1,0
> 2,hamas-official,Senior Hamas official assassinated in Lebanon,person,1,1,0
> ,iraq,Iraq,state,0,0,0
> ,lebanon,Lebanon,state,0,0,0
# Layers, kinds and time select the facts; the blocs follow.
$ faultline alliances --layer backs,hostile_to,designates --kind state,group
> Alliances in the bundled sample: 2 blocs
> k = 2, chosen automatically; exact search, proved optimal, unique
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
> 1,usa,United States,state,1,2,0
> 1,israel,Israel,state,1,2,0
> 2,iraqi-military,Iraqi military,group,1,0,0
> 2,pmf,Popular Mobilization Forces,group,3,0,0
> 2,nujaba,Harakat al-Nujaba,group,3,1,0
> 2,nujaba-commander,Harakat al-Nujaba commander killed on 2024-01-04,person,2,0,0
> 2,islamic-resistance-in-iraq,Islamic Resistance in Iraq,group,0,1,0
> 2,iran,Iran,state,2,1,0
> 2,soleimani,Qassem Soleimani,person,1,0,0
> 2,hamas,Hamas,group,1,1,0
> 2,hamas-official,Senior Hamas official assassinated in Lebanon,person,1,0,0
> ,iraq,Iraq,state,0,0,0
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
>     "iraqi-military" [label="Iraqi military", fillcolor="#E69F00"];
>     "pmf" [label="Popular Mobilization Forces", fillcolor="#E69F00"];
>     "nujaba" [label="Harakat al-Nujaba", fillcolor="#E69F00"];
>     "nujaba-commander" [label="Harakat al-Nujaba commander killed on 2024-01-04", fillcolor="#E69F00"];
>     "second-strike-victim" [label="Second person killed in the Baghdad strike", fillcolor="#E69F00"];
>     "islamic-resistance-in-iraq" [label="Islamic Resistance in Iraq", fillcolor="#E69F00"];
>     "iran" [label="Iran", fillcolor="#E69F00"];
>     "soleimani" [label="Qassem Soleimani", fillcolor="#E69F00"];
>     "hamas" [label="Hamas", fillcolor="#E69F00"];
>     "hamas-official" [label="Senior Hamas official assassinated in Lebanon", fillcolor="#E69F00"];
>   }
>   "iraq" [label="Iraq", fillcolor="white"];
>   "lebanon" [label="Lebanon", fillcolor="white"];
>   "usa" -- "pmf" [color="#D73027", style=dashed, penwidth=1, tooltip="hostile, weight 2"];
>   "usa" -- "nujaba" [color="#D73027", style=dashed, penwidth=1, tooltip="hostile, weight 3.5"];
>   "usa" -- "nujaba-commander" [color="#D73027", style=dashed, penwidth=1, tooltip="hostile, weight 1"];
>   "usa" -- "second-strike-victim" [color="#D73027", style=dashed, penwidth=1, tooltip="hostile, weight 1"];
>   "usa" -- "islamic-resistance-in-iraq" [color="#D73027", style=dashed, penwidth=1, tooltip="hostile, weight 2"];
>   "usa" -- "iran" [color="#D73027", style=dashed, penwidth=1, tooltip="hostile, weight 1"];
>   "usa" -- "soleimani" [color="#D73027", style=dashed, penwidth=1, tooltip="hostile, weight 1"];
>   "usa" -- "israel" [color="#1A9850", style=solid, penwidth=1, tooltip="friendly, weight 1"];
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
> k = 3, chosen automatically; exact search, proved optimal, unique
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
# Errors.
$ faultline alliances --k 0
! faultline: error: --k "0" is invalid: expected a whole number of at least 1, or auto
? 2
$ faultline alliances --window 2024
! faultline: error: --window "2024" is not a window: expected FROM..TO with dates YYYY, YYYY-MM or YYYY-MM-DD
? 2
$ faultline alliances --exact --heuristic
! faultline: error: Give --exact or --heuristic, not both
? 2
$ faultline --edges {samples}/fixtures/gahuku-gama.csv alliances --kind state
! faultline: error: --layer, --window and --kind select facts of a scenario; a plain edge list has none: drop them with --edges
? 2
