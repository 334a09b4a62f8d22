# Structural balance as R's signnet measures it (docs/alliances.md).
$ faultline balance
> Structural balance of the bundled sample
> Signed graph: 15 actors, 21 ties (10 friendly, 11 hostile)
>
> measure              value      note
> triangles            8          +++ 1, ++- 0, +-- 7, --- 0
> triangle balance     1          share of balanced triangles (+++ and +--)
> walk balance         0.9747841  tr exp(A) / tr exp(|A|) (Estrada)
> frustration index    1          in ties; exact (proved optimal)
> frustration balance  0.9047619  1 - L / (m / 2)
>
> Split into two sides attaining it:
>   A: United States, Israel, Islamic State
>   B: Iraq, Iraqi military, Popular Mobilization Forces, Harakat al-Nujaba, Harakat al-Nujaba commander killed in the Baghdad strike, Second person killed in the Baghdad strike, Islamic Resistance in Iraq, Iran, Qassem Soleimani, Hamas, Senior Hamas official assassinated in Lebanon
>
> Frustrated ties (1):
>   1. United States (usa) + Iraq (iraq): friendly across the sides, weight 0.5
>        + Iraq —hosts→ United States, weight 0.5 [seed]
>
> Sources
>   [seed] News article on the U.S. airstrike in central Baghdad (untitled in the seed), 2024-01-04
$ faultline balance --format json
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
>   "triangles": {
>     "+++": 1,
>     "++-": 0,
>     "+--": 7,
>     "---": 0,
>     "total": 8,
>     "balanced": 8
>   },
>   "triangle_balance": 1.0,
>   "walk_balance": 0.9747841081476287,
>   "walk_skipped": false,
>   "frustration": {
>     "index": 1.0,
>     "by": "ties",
>     "balance": 0.9047619047619048,
>     "proved": true,
>     "unique": false,
>     "method": "exact (proved optimal)",
>     "exact_budget": 1000000,
>     "restarts_found_best": 25,
>     "exact_steps": 28
>   },
>   "split": [
>     {
>       "id": "usa",
>       "name": "United States",
>       "kind": "state",
>       "side": "A",
>       "part": 1
>     },
>     {
>       "id": "iraq",
>       "name": "Iraq",
>       "kind": "state",
>       "side": "B",
>       "part": 1
>     },
>     {
>       "id": "iraqi-military",
>       "name": "Iraqi military",
>       "kind": "group",
>       "side": "B",
>       "part": 1
>     },
>     {
>       "id": "pmf",
>       "name": "Popular Mobilization Forces",
>       "kind": "group",
>       "side": "B",
>       "part": 1
>     },
>     {
>       "id": "nujaba",
>       "name": "Harakat al-Nujaba",
>       "kind": "group",
>       "side": "B",
>       "part": 1
>     },
>     {
>       "id": "nujaba-commander",
>       "name": "Harakat al-Nujaba commander killed in the Baghdad strike",
>       "kind": "person",
>       "side": "B",
>       "part": 1
>     },
>     {
>       "id": "second-strike-victim",
>       "name": "Second person killed in the Baghdad strike",
>       "kind": "person",
>       "side": "B",
>       "part": 1
>     },
>     {
>       "id": "islamic-resistance-in-iraq",
>       "name": "Islamic Resistance in Iraq",
>       "kind": "group",
>       "side": "B",
>       "part": 1
>     },
>     {
>       "id": "iran",
>       "name": "Iran",
>       "kind": "state",
>       "side": "B",
>       "part": 1
>     },
>     {
>       "id": "soleimani",
>       "name": "Qassem Soleimani",
>       "kind": "person",
>       "side": "B",
>       "part": 1
>     },
>     {
>       "id": "israel",
>       "name": "Israel",
>       "kind": "state",
>       "side": "A",
>       "part": 1
>     },
>     {
>       "id": "hamas",
>       "name": "Hamas",
>       "kind": "group",
>       "side": "B",
>       "part": 1
>     },
>     {
>       "id": "hamas-official",
>       "name": "Senior Hamas official assassinated in Lebanon",
>       "kind": "person",
>       "side": "B",
>       "part": 1
>     },
>     {
>       "id": "islamic-state",
>       "name": "Islamic State",
>       "kind": "group",
>       "side": "A",
>       "part": 1
>     }
>   ],
>   "frustrated_total": 1,
>   "frustrated_ties": [
>     {
>       "a": {
>         "id": "usa",
>         "name": "United States",
>         "kind": "state"
>       },
>       "b": {
>         "id": "iraq",
>         "name": "Iraq",
>         "kind": "state"
>       },
>       "sign": "friendly",
>       "weight": 0.5,
>       "friendly": 0.5,
>       "hostile": 0.0,
>       "facts": [
>         {
>           "sign": "friendly",
>           "weight": 0.5,
>           "fact": "Iraq —hosts→ United States",
>           "kind": "relation",
>           "relation": {
>             "from": "iraq",
>             "type": "hosts",
>             "to": "usa",
>             "weight": 0.5,
>             "as": null,
>             "against": null,
>             "conflict": null,
>             "since": null,
>             "until": null,
>             "sources": [
>               "seed"
>             ],
>             "confidence": 0.7,
>             "note": "Inferred: the article speaks of \"U.S. forces in Iraq\", \"attacks against American bases\" and \"U.S. installations in both Iraq and Syria\", amid \"calls for the withdrawal of U.S. forces from Iraq\". It does not say the Iraqi government consents (well-known: they are there at its invitation)."
>           }
>         }
>       ]
>     }
>   ],
>   "sources": [
>     {
>       "id": "seed",
>       "title": "News article on the U.S. airstrike in central Baghdad (untitled in the seed)",
>       "publisher": null,
>       "date": "2024-01-04",
>       "url": null,
>       "note": "The seed article of this project (shared/seeds/000_d0595a3512c437e2.txt)."
>     }
>   ]
> }
# Read's Gahuku-Gama tribes: signnet gives 0.8676471 (triangles), 0.3575761
# (walk) and 0.7586207 (frustration, L = 7).
$ faultline --edges {samples}/fixtures/gahuku-gama.csv balance
> Structural balance of {samples}/fixtures/gahuku-gama.csv
> Signed graph: 16 actors, 58 ties (29 friendly, 29 hostile)
>
> measure              value      note
> triangles            68         +++ 19, ++- 2, +-- 40, --- 7
> triangle balance     0.8676471  share of balanced triangles (+++ and +--)
> walk balance         0.3575761  tr exp(A) / tr exp(|A|) (Estrada)
> frustration index    7          in ties; exact (proved optimal), unique split
> frustration balance  0.7586207  1 - L / (m / 2)
>
> Split into two sides attaining it:
>   A: Gavev, Kotun, Nagad, Gama
>   B: Ove, Alika, Nagam, Gahuk, Asaro, Notoh, Kohik, Masil, Ukudz, Seuve, Geham, Uheto
>
> Frustrated ties (7):
>   1. Gahuk − Notoh: hostile within a side
>        − edge 28: Gahuk → Notoh, sign -
>   2. Gahuk − Uheto: hostile within a side
>        − edge 31: Gahuk → Uheto, sign -
>   3. Asaro − Seuve: hostile within a side
>        − edge 51: Asaro → Seuve, sign -
>   4. Notoh − Geham: hostile within a side
>        − edge 41: Notoh → Geham, sign -
>   5. Kohik − Geham: hostile within a side
>        − edge 44: Kohik → Geham, sign -
>   6. Ukudz − Seuve: hostile within a side
>        − edge 39: Ukudz → Seuve, sign -
>   7. Geham − Uheto: hostile within a side
>        − edge 48: Geham → Uheto, sign -
$ faultline --edges {samples}/fixtures/gahuku-gama.net balance --format csv
> measure,value
> actors,16
> friendly_ties,29
> hostile_ties,29
> ambivalent_ties,0
> triangles_ppp,19
> triangles_ppn,2
> triangles_pnn,40
> triangles_nnn,7
> triangle_balance,0.8676471
> walk_balance,0.3575761
> frustration_index,7
> frustration_balance,0.7586207
> frustration_proved,true
> frustration_unique,true
$ faultline --edges {samples}/fixtures/gahuku-gama.csv balance --heuristic --format json
> {
>   "input": "{samples}/fixtures/gahuku-gama.csv",
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
>     "actors": 16,
>     "actors_without_ties": 0,
>     "friendly_ties": 29,
>     "hostile_ties": 29,
>     "ambivalent_ties": 0,
>     "facts": 58,
>     "neutral_facts_ignored": 0,
>     "self_loops_ignored": 0
>   },
>   "triangles": {
>     "+++": 19,
>     "++-": 2,
>     "+--": 40,
>     "---": 7,
>     "total": 68,
>     "balanced": 59
>   },
>   "triangle_balance": 0.8676470588235294,
>   "walk_balance": 0.3575761056584685,
>   "walk_skipped": false,
>   "frustration": {
>     "index": 7.0,
>     "by": "ties",
>     "balance": 0.7586206896551724,
>     "proved": false,
>     "unique": false,
>     "method": "heuristic",
>     "exact_budget": 1000000,
>     "restarts_found_best": 22,
>     "exact_steps": 0
>   },
>   "split": [
>     {
>       "id": "Gavev",
>       "name": "Gavev",
>       "side": "A",
>       "part": 1
>     },
>     {
>       "id": "Kotun",
>       "name": "Kotun",
>       "side": "A",
>       "part": 1
>     },
>     {
>       "id": "Ove",
>       "name": "Ove",
>       "side": "B",
>       "part": 1
>     },
>     {
>       "id": "Alika",
>       "name": "Alika",
>       "side": "B",
>       "part": 1
>     },
>     {
>       "id": "Nagam",
>       "name": "Nagam",
>       "side": "B",
>       "part": 1
>     },
>     {
>       "id": "Gahuk",
>       "name": "Gahuk",
>       "side": "B",
>       "part": 1
>     },
>     {
>       "id": "Asaro",
>       "name": "Asaro",
>       "side": "B",
>       "part": 1
>     },
>     {
>       "id": "Nagad",
>       "name": "Nagad",
>       "side": "A",
>       "part": 1
>     },
>     {
>       "id": "Gama",
>       "name": "Gama",
>       "side": "A",
>       "part": 1
>     },
>     {
>       "id": "Notoh",
>       "name": "Notoh",
>       "side": "B",
>       "part": 1
>     },
>     {
>       "id": "Kohik",
>       "name": "Kohik",
>       "side": "B",
>       "part": 1
>     },
>     {
>       "id": "Masil",
>       "name": "Masil",
>       "side": "B",
>       "part": 1
>     },
>     {
>       "id": "Ukudz",
>       "name": "Ukudz",
>       "side": "B",
>       "part": 1
>     },
>     {
>       "id": "Seuve",
>       "name": "Seuve",
>       "side": "B",
>       "part": 1
>     },
>     {
>       "id": "Geham",
>       "name": "Geham",
>       "side": "B",
>       "part": 1
>     },
>     {
>       "id": "Uheto",
>       "name": "Uheto",
>       "side": "B",
>       "part": 1
>     }
>   ],
>   "frustrated_total": 7,
>   "frustrated_ties": [
>     {
>       "a": {
>         "id": "Gahuk",
>         "name": "Gahuk"
>       },
>       "b": {
>         "id": "Notoh",
>         "name": "Notoh"
>       },
>       "sign": "hostile",
>       "weight": 1.0,
>       "friendly": 0.0,
>       "hostile": 1.0,
>       "facts": [
>         {
>           "sign": "hostile",
>           "weight": 1.0,
>           "fact": "edge 28: Gahuk → Notoh, sign -",
>           "kind": "edge",
>           "edge": 28
>         }
>       ]
>     },
>     {
>       "a": {
>         "id": "Gahuk",
>         "name": "Gahuk"
>       },
>       "b": {
>         "id": "Uheto",
>         "name": "Uheto"
>       },
>       "sign": "hostile",
>       "weight": 1.0,
>       "friendly": 0.0,
>       "hostile": 1.0,
>       "facts": [
>         {
>           "sign": "hostile",
>           "weight": 1.0,
>           "fact": "edge 31: Gahuk → Uheto, sign -",
>           "kind": "edge",
>           "edge": 31
>         }
>       ]
>     },
>     {
>       "a": {
>         "id": "Asaro",
>         "name": "Asaro"
>       },
>       "b": {
>         "id": "Seuve",
>         "name": "Seuve"
>       },
>       "sign": "hostile",
>       "weight": 1.0,
>       "friendly": 0.0,
>       "hostile": 1.0,
>       "facts": [
>         {
>           "sign": "hostile",
>           "weight": 1.0,
>           "fact": "edge 51: Asaro → Seuve, sign -",
>           "kind": "edge",
>           "edge": 51
>         }
>       ]
>     },
>     {
>       "a": {
>         "id": "Notoh",
>         "name": "Notoh"
>       },
>       "b": {
>         "id": "Geham",
>         "name": "Geham"
>       },
>       "sign": "hostile",
>       "weight": 1.0,
>       "friendly": 0.0,
>       "hostile": 1.0,
>       "facts": [
>         {
>           "sign": "hostile",
>           "weight": 1.0,
>           "fact": "edge 41: Notoh → Geham, sign -",
>           "kind": "edge",
>           "edge": 41
>         }
>       ]
>     },
>     {
>       "a": {
>         "id": "Kohik",
>         "name": "Kohik"
>       },
>       "b": {
>         "id": "Geham",
>         "name": "Geham"
>       },
>       "sign": "hostile",
>       "weight": 1.0,
>       "friendly": 0.0,
>       "hostile": 1.0,
>       "facts": [
>         {
>           "sign": "hostile",
>           "weight": 1.0,
>           "fact": "edge 44: Kohik → Geham, sign -",
>           "kind": "edge",
>           "edge": 44
>         }
>       ]
>     },
>     {
>       "a": {
>         "id": "Ukudz",
>         "name": "Ukudz"
>       },
>       "b": {
>         "id": "Seuve",
>         "name": "Seuve"
>       },
>       "sign": "hostile",
>       "weight": 1.0,
>       "friendly": 0.0,
>       "hostile": 1.0,
>       "facts": [
>         {
>           "sign": "hostile",
>           "weight": 1.0,
>           "fact": "edge 39: Ukudz → Seuve, sign -",
>           "kind": "edge",
>           "edge": 39
>         }
>       ]
>     },
>     {
>       "a": {
>         "id": "Geham",
>         "name": "Geham"
>       },
>       "b": {
>         "id": "Uheto",
>         "name": "Uheto"
>       },
>       "sign": "hostile",
>       "weight": 1.0,
>       "friendly": 0.0,
>       "hostile": 1.0,
>       "facts": [
>         {
>           "sign": "hostile",
>           "weight": 1.0,
>           "fact": "edge 48: Geham → Uheto, sign -",
>           "kind": "edge",
>           "edge": 48
>         }
>       ]
>     }
>   ]
> }
# Incidents count only who attacked and who killed whom: no claims,
# attributions or condemnations (the relations count as before).
$ faultline balance --no-default-incident-rules --incident-rule perpetrator-target=hostile --incident-rule perpetrator-victim=hostile --format json
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
>     "incident_rules": [
>       "perpetrator-target=hostile",
>       "perpetrator-victim=hostile"
>     ],
>     "default_incident_rules": false
>   },
>   "graph": {
>     "actors": 15,
>     "actors_without_ties": 2,
>     "friendly_ties": 10,
>     "hostile_ties": 9,
>     "ambivalent_ties": 0,
>     "facts": 24,
>     "neutral_facts_ignored": 0,
>     "self_loops_ignored": 0
>   },
>   "triangles": {
>     "+++": 1,
>     "++-": 0,
>     "+--": 6,
>     "---": 0,
>     "total": 7,
>     "balanced": 7
>   },
>   "triangle_balance": 1.0,
>   "walk_balance": 0.9726953401005775,
>   "walk_skipped": false,
>   "frustration": {
>     "index": 1.0,
>     "by": "ties",
>     "balance": 0.8947368421052632,
>     "proved": true,
>     "unique": false,
>     "method": "exact (proved optimal)",
>     "exact_budget": 1000000,
>     "restarts_found_best": 24,
>     "exact_steps": 25
>   },
>   "split": [
>     {
>       "id": "usa",
>       "name": "United States",
>       "kind": "state",
>       "side": "A",
>       "part": 1
>     },
>     {
>       "id": "iraq",
>       "name": "Iraq",
>       "kind": "state",
>       "side": "A",
>       "part": 1
>     },
>     {
>       "id": "iraqi-military",
>       "name": "Iraqi military",
>       "kind": "group",
>       "side": "A",
>       "part": 1
>     },
>     {
>       "id": "pmf",
>       "name": "Popular Mobilization Forces",
>       "kind": "group",
>       "side": "B",
>       "part": 1
>     },
>     {
>       "id": "nujaba",
>       "name": "Harakat al-Nujaba",
>       "kind": "group",
>       "side": "B",
>       "part": 1
>     },
>     {
>       "id": "nujaba-commander",
>       "name": "Harakat al-Nujaba commander killed in the Baghdad strike",
>       "kind": "person",
>       "side": "B",
>       "part": 1
>     },
>     {
>       "id": "second-strike-victim",
>       "name": "Second person killed in the Baghdad strike",
>       "kind": "person",
>       "side": "B",
>       "part": 1
>     },
>     {
>       "id": "islamic-resistance-in-iraq",
>       "name": "Islamic Resistance in Iraq",
>       "kind": "group",
>       "side": "B",
>       "part": 1
>     },
>     {
>       "id": "iran",
>       "name": "Iran",
>       "kind": "state",
>       "side": "B",
>       "part": 1
>     },
>     {
>       "id": "soleimani",
>       "name": "Qassem Soleimani",
>       "kind": "person",
>       "side": "B",
>       "part": 1
>     },
>     {
>       "id": "israel",
>       "name": "Israel",
>       "kind": "state",
>       "side": "A",
>       "part": 1
>     },
>     {
>       "id": "hamas",
>       "name": "Hamas",
>       "kind": "group",
>       "side": "B",
>       "part": 1
>     },
>     {
>       "id": "hamas-official",
>       "name": "Senior Hamas official assassinated in Lebanon",
>       "kind": "person",
>       "side": "B",
>       "part": 1
>     }
>   ],
>   "frustrated_total": 1,
>   "frustrated_ties": [
>     {
>       "a": {
>         "id": "iraqi-military",
>         "name": "Iraqi military",
>         "kind": "group"
>       },
>       "b": {
>         "id": "pmf",
>         "name": "Popular Mobilization Forces",
>         "kind": "group"
>       },
>       "sign": "friendly",
>       "weight": 1.0,
>       "friendly": 1.0,
>       "hostile": 0.0,
>       "facts": [
>         {
>           "sign": "friendly",
>           "weight": 1.0,
>           "fact": "Iraqi military —controls→ Popular Mobilization Forces",
>           "kind": "relation",
>           "relation": {
>             "from": "iraqi-military",
>             "type": "controls",
>             "to": "pmf",
>             "weight": 1.0,
>             "as": null,
>             "against": null,
>             "conflict": null,
>             "since": null,
>             "until": null,
>             "sources": [
>               "seed"
>             ],
>             "confidence": 1.0,
>             "note": "\"The Popular Mobilization Force (PMF), a coalition of militias controlled by the Iraqi military\""
>           }
>         }
>       ]
>     }
>   ],
>   "sources": [
>     {
>       "id": "seed",
>       "title": "News article on the U.S. airstrike in central Baghdad (untitled in the seed)",
>       "publisher": null,
>       "date": "2024-01-04",
>       "url": null,
>       "note": "The seed article of this project (shared/seeds/000_d0595a3512c437e2.txt)."
>     }
>   ]
> }
# A rule given with its roles the other way round replaces the default
# perpetrator-target rule: every attack now counts as friendly, so ties with
# hostile relations behind them turn ambivalent.
$ faultline balance --incident-rule target-perpetrator=friendly
> Structural balance of the bundled sample
> Aggregation rules changed: target-perpetrator=friendly
> Signed graph: 15 actors, 19 ties (11 friendly, 8 hostile), 2 ambivalent (left out)
>
> measure              value      note
> triangles            6          +++ 1, ++- 3, +-- 2, --- 0
> triangle balance     0.5        share of balanced triangles (+++ and +--)
> walk balance         0.7300729  tr exp(A) / tr exp(|A|) (Estrada)
> frustration index    2          in ties; exact (proved optimal)
> frustration balance  0.7894737  1 - L / (m / 2)
>
> Split into two sides attaining it:
>   A: United States, Iraq, Iraqi military, Israel, Islamic State
>   B: Popular Mobilization Forces, Harakat al-Nujaba, Harakat al-Nujaba commander killed in the Baghdad strike, Second person killed in the Baghdad strike, Iran, Qassem Soleimani, Hamas, Senior Hamas official assassinated in Lebanon
>
> Frustrated ties (2):
>   1. United States (usa) + Iran (iran): friendly across the sides
>        + United States carried out US assassination of Qassem Soleimani; US assassination of Qassem Soleimani targeted Iran (2020-01-03) [seed]
>   2. Iraqi military (iraqi-military) + Popular Mobilization Forces (pmf): friendly across the sides
>        + Iraqi military —controls→ Popular Mobilization Forces [seed]
>
> Sources
>   [seed] News article on the U.S. airstrike in central Baghdad (untitled in the seed), 2024-01-04
# Errors.
$ faultline balance --weighted --unweighted
! faultline: error: Give --weighted or --unweighted, not both
? 2
$ faultline balance --format yaml
! faultline: error: Format "yaml" is not available here: expected table, json, csv, dot
? 2
$ faultline balance --incident-rule claimed_by-target=enemy
! faultline: error: --incident-rule "claimed_by-target=enemy" is invalid: the sign "enemy" is not friendly, hostile or neutral
? 2
$ faultline --edges {samples}/fixtures/gahuku-gama.csv balance --no-default-incident-rules
! faultline: error: --relation-rule, --incident-rule and --no-default-incident-rules say how the facts of a scenario count; a plain edge list has signed edges instead: drop them with --edges
? 2
$ faultline balance --layer friends
! faultline: error: Unknown layer "friends": expected incidents, backs, allied_with, member_of, controls, hostile_to, at_war_with, designates, sanctions, condemns, threatens, negotiates_with, hosts
? 2
# A series of signed windows in one CSV (the Correlates-of-War layout): --as-of picks the window that holds on
# that date and ends first; --window picks one by its label. Window 46-49 (USA, GBR, FRN against RUS): balanced.
$ faultline --edges {samples}/fixtures/cow-windows.csv --source-column country1 --target-column country2 --undirected --as-of 1946 balance
> Structural balance of {samples}/fixtures/cow-windows.csv (window 46-49)
> Signed graph: 4 actors, 4 ties (2 friendly, 2 hostile)
>
> measure              value  note
> triangles            1      +++ 0, ++- 0, +-- 1, --- 0
> triangle balance     1      share of balanced triangles (+++ and +--)
> walk balance         1      tr exp(A) / tr exp(|A|) (Estrada)
> frustration index    0      in ties; exact (proved optimal), unique split
> frustration balance  1      1 - L / (m / 2)
>
> Split into two sides attaining it:
>   A: USA, GBR, FRN
>   B: RUS
$ faultline --edges {samples}/fixtures/cow-windows.csv --source-column country1 --target-column country2 --undirected balance --window 48-51 --format json
> {
>   "input": "{samples}/fixtures/cow-windows.csv (window 48-51)",
>   "filters": {
>     "layers": [],
>     "as_of": null,
>     "window": "48-51",
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
>     "actors": 5,
>     "actors_without_ties": 0,
>     "friendly_ties": 3,
>     "hostile_ties": 2,
>     "ambivalent_ties": 0,
>     "facts": 5,
>     "neutral_facts_ignored": 0,
>     "self_loops_ignored": 0
>   },
>   "triangles": {
>     "+++": 0,
>     "++-": 0,
>     "+--": 1,
>     "---": 0,
>     "total": 1,
>     "balanced": 1
>   },
>   "triangle_balance": 1.0,
>   "walk_balance": 1.0,
>   "walk_skipped": false,
>   "frustration": {
>     "index": 0.0,
>     "by": "ties",
>     "balance": 1.0,
>     "proved": true,
>     "unique": true,
>     "method": "exact (proved optimal)",
>     "exact_budget": 1000000,
>     "restarts_found_best": 26,
>     "exact_steps": 6
>   },
>   "split": [
>     {
>       "id": "USA",
>       "name": "USA",
>       "side": "A",
>       "part": 1
>     },
>     {
>       "id": "GBR",
>       "name": "GBR",
>       "side": "A",
>       "part": 1
>     },
>     {
>       "id": "RUS",
>       "name": "RUS",
>       "side": "B",
>       "part": 1
>     },
>     {
>       "id": "FRN",
>       "name": "FRN",
>       "side": "A",
>       "part": 1
>     },
>     {
>       "id": "CHN",
>       "name": "CHN",
>       "side": "B",
>       "part": 1
>     }
>   ],
>   "frustrated_total": 0,
>   "frustrated_ties": []
> }
$ faultline --edges {samples}/fixtures/cow-windows.csv --source-column country1 --target-column country2 --undirected balance --window 45-48
! faultline: error: No window "45-48" in {samples}/fixtures/cow-windows.csv: expected one of its window labels (46-49, 47-50, 48-51) or FROM..TO
? 2
$ faultline --edges {samples}/fixtures/gahuku-gama.csv balance --limit 3
> Structural balance of {samples}/fixtures/gahuku-gama.csv
> Signed graph: 16 actors, 58 ties (29 friendly, 29 hostile)
>
> measure              value      note
> triangles            68         +++ 19, ++- 2, +-- 40, --- 7
> triangle balance     0.8676471  share of balanced triangles (+++ and +--)
> walk balance         0.3575761  tr exp(A) / tr exp(|A|) (Estrada)
> frustration index    7          in ties; exact (proved optimal), unique split
> frustration balance  0.7586207  1 - L / (m / 2)
>
> Split into two sides attaining it:
>   A: Gavev, Kotun, Nagad, Gama
>   B: Ove, Alika, Nagam, Gahuk, Asaro, Notoh, Kohik, Masil, Ukudz, Seuve, Geham, Uheto
>
> Frustrated ties (7; showing 3, raise --limit for more):
>   1. Gahuk − Notoh: hostile within a side
>        − edge 28: Gahuk → Notoh, sign -
>   2. Gahuk − Uheto: hostile within a side
>        − edge 31: Gahuk → Uheto, sign -
>   3. Asaro − Seuve: hostile within a side
>        − edge 51: Asaro → Seuve, sign -
$ faultline --edges {samples}/fixtures/gahuku-gama.csv balance --exact-budget 5 --limit 1 --format json
> {
>   "input": "{samples}/fixtures/gahuku-gama.csv",
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
>     "actors": 16,
>     "actors_without_ties": 0,
>     "friendly_ties": 29,
>     "hostile_ties": 29,
>     "ambivalent_ties": 0,
>     "facts": 58,
>     "neutral_facts_ignored": 0,
>     "self_loops_ignored": 0
>   },
>   "triangles": {
>     "+++": 19,
>     "++-": 2,
>     "+--": 40,
>     "---": 7,
>     "total": 68,
>     "balanced": 59
>   },
>   "triangle_balance": 0.8676470588235294,
>   "walk_balance": 0.3575761056584685,
>   "walk_skipped": false,
>   "frustration": {
>     "index": 7.0,
>     "by": "ties",
>     "balance": 0.7586206896551724,
>     "proved": false,
>     "unique": false,
>     "method": "heuristic (exact search stopped after 5 nodes)",
>     "exact_budget": 5,
>     "restarts_found_best": 22,
>     "exact_steps": 5
>   },
>   "split": [
>     {
>       "id": "Gavev",
>       "name": "Gavev",
>       "side": "A",
>       "part": 1
>     },
>     {
>       "id": "Kotun",
>       "name": "Kotun",
>       "side": "A",
>       "part": 1
>     },
>     {
>       "id": "Ove",
>       "name": "Ove",
>       "side": "B",
>       "part": 1
>     },
>     {
>       "id": "Alika",
>       "name": "Alika",
>       "side": "B",
>       "part": 1
>     },
>     {
>       "id": "Nagam",
>       "name": "Nagam",
>       "side": "B",
>       "part": 1
>     },
>     {
>       "id": "Gahuk",
>       "name": "Gahuk",
>       "side": "B",
>       "part": 1
>     },
>     {
>       "id": "Asaro",
>       "name": "Asaro",
>       "side": "B",
>       "part": 1
>     },
>     {
>       "id": "Nagad",
>       "name": "Nagad",
>       "side": "A",
>       "part": 1
>     },
>     {
>       "id": "Gama",
>       "name": "Gama",
>       "side": "A",
>       "part": 1
>     },
>     {
>       "id": "Notoh",
>       "name": "Notoh",
>       "side": "B",
>       "part": 1
>     },
>     {
>       "id": "Kohik",
>       "name": "Kohik",
>       "side": "B",
>       "part": 1
>     },
>     {
>       "id": "Masil",
>       "name": "Masil",
>       "side": "B",
>       "part": 1
>     },
>     {
>       "id": "Ukudz",
>       "name": "Ukudz",
>       "side": "B",
>       "part": 1
>     },
>     {
>       "id": "Seuve",
>       "name": "Seuve",
>       "side": "B",
>       "part": 1
>     },
>     {
>       "id": "Geham",
>       "name": "Geham",
>       "side": "B",
>       "part": 1
>     },
>     {
>       "id": "Uheto",
>       "name": "Uheto",
>       "side": "B",
>       "part": 1
>     }
>   ],
>   "frustrated_total": 7,
>   "frustrated_ties": [
>     {
>       "a": {
>         "id": "Gahuk",
>         "name": "Gahuk"
>       },
>       "b": {
>         "id": "Notoh",
>         "name": "Notoh"
>       },
>       "sign": "hostile",
>       "weight": 1.0,
>       "friendly": 0.0,
>       "hostile": 1.0,
>       "facts": [
>         {
>           "sign": "hostile",
>           "weight": 1.0,
>           "fact": "edge 28: Gahuk → Notoh, sign -",
>           "kind": "edge",
>           "edge": 28
>         }
>       ]
>     }
>   ]
> }
$ faultline --edges {samples}/fixtures/gahuku-gama.csv balance --exact-budget 0
! faultline: error: The exact search needs at least 1 step
? 2
$ faultline --edges {samples}/fixtures/gahuku-gama.csv balance --exact-limit 10
> Structural balance of {samples}/fixtures/gahuku-gama.csv
> Signed graph: 16 actors, 58 ties (29 friendly, 29 hostile)
>
> measure              value      note
> triangles            68         +++ 19, ++- 2, +-- 40, --- 7
> triangle balance     0.8676471  share of balanced triangles (+++ and +--)
> walk balance         0.3575761  tr exp(A) / tr exp(|A|) (Estrada)
> frustration index    7          in ties; heuristic (16 actors: above the exact search's limit of 10): an upper bound
> frustration balance  0.7586207  1 - L / (m / 2)
>
> Split into two sides attaining it:
>   A: Gavev, Kotun, Nagad, Gama
>   B: Ove, Alika, Nagam, Gahuk, Asaro, Notoh, Kohik, Masil, Ukudz, Seuve, Geham, Uheto
>
> Frustrated ties (7):
>   1. Gahuk − Notoh: hostile within a side
>        − edge 28: Gahuk → Notoh, sign -
>   2. Gahuk − Uheto: hostile within a side
>        − edge 31: Gahuk → Uheto, sign -
>   3. Asaro − Seuve: hostile within a side
>        − edge 51: Asaro → Seuve, sign -
>   4. Notoh − Geham: hostile within a side
>        − edge 41: Notoh → Geham, sign -
>   5. Kohik − Geham: hostile within a side
>        − edge 44: Kohik → Geham, sign -
>   6. Ukudz − Seuve: hostile within a side
>        − edge 39: Ukudz → Seuve, sign -
>   7. Geham − Uheto: hostile within a side
>        − edge 48: Geham → Uheto, sign -
