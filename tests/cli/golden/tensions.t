# Where the signed actor graph strains its blocs (docs/alliances.md). In the
# bundled sample Iraq hosts US forces while its military controls the PMF:
# the one tie that contradicts the two blocs, with the fact behind it; then
# the "enemy of my enemy" inferences, each with its evidence.
$ faultline tensions
> Tensions in the bundled sample against 2 blocs (k = 2, chosen automatically; exact (proved optimal), unique)
>   bloc 1: United States, Israel, Islamic State
>   bloc 2: Iraq, Iraqi military, Popular Mobilization Forces, Harakat al-Nujaba, Harakat al-Nujaba commander killed in the Baghdad strike, Second person killed in the Baghdad strike, Islamic Resistance in Iraq, Iran, Qassem Soleimani, Hamas, Senior Hamas official assassinated in Lebanon
>
> Ties that contradict the blocs: 1
>   1. United States (usa) + Iraq (iraq): friendly between blocs 1 and 2, weight 0.5
>        + Iraq —hosts→ United States, weight 0.5 [seed]
>
> Unbalanced triangles: none
>
> Ties whose facts point both ways: none
>
> Enemy of my enemy (pairs with no tie whose shared ties imply one): 41 (showing 10; raise --limit for more)
>   1. Popular Mobilization Forces (pmf) + Iran (iran): implied friendly, score 2 (2 for, 0 against); the blocs agree
>      via United States: United States (usa) − Popular Mobilization Forces (pmf); United States (usa) − Iran (iran)
>      via Harakat al-Nujaba: Popular Mobilization Forces (pmf) + Harakat al-Nujaba (nujaba); Harakat al-Nujaba (nujaba) + Iran (iran)
>   2. Harakat al-Nujaba (nujaba) + Qassem Soleimani (soleimani): implied friendly, score 2 (2 for, 0 against); the blocs agree
>      via United States: United States (usa) − Harakat al-Nujaba (nujaba); United States (usa) − Qassem Soleimani (soleimani)
>      via Iran: Harakat al-Nujaba (nujaba) + Iran (iran); Iran (iran) + Qassem Soleimani (soleimani)
>   3. Harakat al-Nujaba (nujaba) − Israel (israel): implied hostile, score 2 (2 for, 0 against); the blocs agree
>      via United States: United States (usa) − Harakat al-Nujaba (nujaba); United States (usa) + Israel (israel)
>      via Iran: Harakat al-Nujaba (nujaba) + Iran (iran); Iran (iran) − Israel (israel)
>   4. Harakat al-Nujaba commander killed in the Baghdad strike (nujaba-commander) + Iran (iran): implied friendly, score 2 (2 for, 0 against); the blocs agree
>      via United States: United States (usa) − Harakat al-Nujaba commander killed in the Baghdad strike (nujaba-commander); United States (usa) − Iran (iran)
>      via Harakat al-Nujaba: Harakat al-Nujaba (nujaba) + Harakat al-Nujaba commander killed in the Baghdad strike (nujaba-commander); Harakat al-Nujaba (nujaba) + Iran (iran)
>   5. Qassem Soleimani (soleimani) − Israel (israel): implied hostile, score 2 (2 for, 0 against); the blocs agree
>      via United States: United States (usa) − Qassem Soleimani (soleimani); United States (usa) + Israel (israel)
>      via Iran: Iran (iran) + Qassem Soleimani (soleimani); Iran (iran) − Israel (israel)
>   6. Popular Mobilization Forces (pmf) + Islamic Resistance in Iraq (islamic-resistance-in-iraq): implied friendly, score 2 (1 for, 0 against); the blocs agree
>      via United States: United States (usa) − Popular Mobilization Forces (pmf); United States (usa) − Islamic Resistance in Iraq (islamic-resistance-in-iraq)
>   7. Harakat al-Nujaba (nujaba) + Islamic Resistance in Iraq (islamic-resistance-in-iraq): implied friendly, score 2 (1 for, 0 against); the blocs agree
>      via United States: United States (usa) − Harakat al-Nujaba (nujaba); United States (usa) − Islamic Resistance in Iraq (islamic-resistance-in-iraq)
>   8. United States (usa) − Hamas (hamas): implied hostile, score 1 (1 for, 0 against); the blocs agree
>      via Israel: United States (usa) + Israel (israel); Israel (israel) − Hamas (hamas)
>   9. United States (usa) + Islamic State (islamic-state): implied friendly, score 1 (1 for, 0 against); the blocs agree
>      via Iran: United States (usa) − Iran (iran); Iran (iran) − Islamic State (islamic-state)
>   10. Iraqi military (iraqi-military) + Harakat al-Nujaba (nujaba): implied friendly, score 1 (1 for, 0 against); the blocs agree
>      via Popular Mobilization Forces: Iraqi military (iraqi-military) + Popular Mobilization Forces (pmf); Popular Mobilization Forces (pmf) + Harakat al-Nujaba (nujaba)
>
> Sources
>   [seed] News article on the U.S. airstrike in central Baghdad (untitled in the seed), 2024-01-04
$ faultline tensions --limit 1 --format json
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
>   "blocs": {
>     "k": 2,
>     "count": 2,
>     "criterion": 0.5,
>     "method": "exact (proved optimal)",
>     "proved_optimal": true
>   },
>   "membership": [
>     {
>       "id": "usa",
>       "name": "United States",
>       "kind": "state",
>       "bloc": 1
>     },
>     {
>       "id": "iraq",
>       "name": "Iraq",
>       "kind": "state",
>       "bloc": 2
>     },
>     {
>       "id": "iraqi-military",
>       "name": "Iraqi military",
>       "kind": "group",
>       "bloc": 2
>     },
>     {
>       "id": "pmf",
>       "name": "Popular Mobilization Forces",
>       "kind": "group",
>       "bloc": 2
>     },
>     {
>       "id": "nujaba",
>       "name": "Harakat al-Nujaba",
>       "kind": "group",
>       "bloc": 2
>     },
>     {
>       "id": "nujaba-commander",
>       "name": "Harakat al-Nujaba commander killed in the Baghdad strike",
>       "kind": "person",
>       "bloc": 2
>     },
>     {
>       "id": "second-strike-victim",
>       "name": "Second person killed in the Baghdad strike",
>       "kind": "person",
>       "bloc": 2
>     },
>     {
>       "id": "islamic-resistance-in-iraq",
>       "name": "Islamic Resistance in Iraq",
>       "kind": "group",
>       "bloc": 2
>     },
>     {
>       "id": "iran",
>       "name": "Iran",
>       "kind": "state",
>       "bloc": 2
>     },
>     {
>       "id": "soleimani",
>       "name": "Qassem Soleimani",
>       "kind": "person",
>       "bloc": 2
>     },
>     {
>       "id": "israel",
>       "name": "Israel",
>       "kind": "state",
>       "bloc": 1
>     },
>     {
>       "id": "hamas",
>       "name": "Hamas",
>       "kind": "group",
>       "bloc": 2
>     },
>     {
>       "id": "hamas-official",
>       "name": "Senior Hamas official assassinated in Lebanon",
>       "kind": "person",
>       "bloc": 2
>     },
>     {
>       "id": "islamic-state",
>       "name": "Islamic State",
>       "kind": "group",
>       "bloc": 1
>     }
>   ],
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
>       ],
>       "contradiction": "friendly between blocs",
>       "blocs": [
>         1,
>         2
>       ]
>     }
>   ],
>   "unbalanced_triangles": {
>     "total": 0,
>     "shown": []
>   },
>   "mixed_ties": [],
>   "suggestions": {
>     "total": 41,
>     "shown": [
>       {
>         "a": {
>           "id": "pmf",
>           "name": "Popular Mobilization Forces",
>           "kind": "group"
>         },
>         "b": {
>           "id": "iran",
>           "name": "Iran",
>           "kind": "state"
>         },
>         "implied": "friendly",
>         "score": 2.0,
>         "agreeing": 2,
>         "disagreeing": 0,
>         "blocs_agree": true,
>         "evidence": [
>           {
>             "via": {
>               "id": "usa",
>               "name": "United States",
>               "kind": "state"
>             },
>             "implies": "friendly",
>             "strength": 1.0,
>             "ties": [
>               {
>                 "a": {
>                   "id": "usa",
>                   "name": "United States",
>                   "kind": "state"
>                 },
>                 "b": {
>                   "id": "pmf",
>                   "name": "Popular Mobilization Forces",
>                   "kind": "group"
>                 },
>                 "sign": "hostile",
>                 "weight": 2.0,
>                 "friendly": 0.0,
>                 "hostile": 2.0,
>                 "facts": [
>                   {
>                     "sign": "hostile",
>                     "weight": 0.5,
>                     "fact": "Popular Mobilization Forces —condemns→ United States (since 2024-01-04)",
>                     "kind": "relation",
>                     "relation": {
>                       "from": "pmf",
>                       "type": "condemns",
>                       "to": "usa",
>                       "weight": 0.5,
>                       "as": null,
>                       "against": null,
>                       "conflict": null,
>                       "since": "2024-01-04",
>                       "until": null,
>                       "sources": [
>                         "seed"
>                       ],
>                       "confidence": 1.0,
>                       "note": "The PMF condemned the strike \"as an act of aggression by the United States\"; the date is the strike's."
>                     }
>                   },
>                   {
>                     "sign": "hostile",
>                     "weight": 0.5,
>                     "fact": "Popular Mobilization Forces condemned US strike in Baghdad; United States carried out US strike in Baghdad (2024-01-04)",
>                     "kind": "incident",
>                     "incident": {
>                       "id": "baghdad-strike",
>                       "name": "US strike in Baghdad",
>                       "kind": "incident"
>                     },
>                     "date": "2024-01-04",
>                     "roles": [
>                       "condemned_by",
>                       "perpetrator"
>                     ],
>                     "sources": [
>                       "seed"
>                     ],
>                     "confidence": 1.0,
>                     "note": "The article, dated 2024-01-04, calls the strike recent; 2024-01-04 is the well-known date."
>                   },
>                   {
>                     "sign": "hostile",
>                     "weight": 1.0,
>                     "fact": "Popular Mobilization Forces carried out PMF condemns the Baghdad strike; PMF condemns the Baghdad strike targeted United States (2024-01-04)",
>                     "kind": "incident",
>                     "incident": {
>                       "id": "pmf-condemns-strike",
>                       "name": "PMF condemns the Baghdad strike",
>                       "kind": "incident"
>                     },
>                     "date": "2024-01-04",
>                     "roles": [
>                       "perpetrator",
>                       "target"
>                     ],
>                     "sources": [
>                       "seed"
>                     ],
>                     "confidence": 1.0,
>                     "note": "The article gives no date; the strike's is used."
>                   }
>                 ]
>               },
>               {
>                 "a": {
>                   "id": "usa",
>                   "name": "United States",
>                   "kind": "state"
>                 },
>                 "b": {
>                   "id": "iran",
>                   "name": "Iran",
>                   "kind": "state"
>                 },
>                 "sign": "hostile",
>                 "weight": 1.0,
>                 "friendly": 0.0,
>                 "hostile": 1.0,
>                 "facts": [
>                   {
>                     "sign": "hostile",
>                     "weight": 1.0,
>                     "fact": "United States carried out US assassination of Qassem Soleimani; US assassination of Qassem Soleimani targeted Iran (2020-01-03)",
>                     "kind": "incident",
>                     "incident": {
>                       "id": "soleimani-killing",
>                       "name": "US assassination of Qassem Soleimani",
>                       "kind": "incident"
>                     },
>                     "date": "2020-01-03",
>                     "roles": [
>                       "perpetrator",
>                       "target"
>                     ],
>                     "sources": [
>                       "seed"
>                     ],
>                     "confidence": 1.0,
>                     "note": "2020-01-03 is the well-known public date; the article gives the anniversary only."
>                   }
>                 ]
>               }
>             ]
>           },
>           {
>             "via": {
>               "id": "nujaba",
>               "name": "Harakat al-Nujaba",
>               "kind": "group"
>             },
>             "implies": "friendly",
>             "strength": 1.0,
>             "ties": [
>               {
>                 "a": {
>                   "id": "pmf",
>                   "name": "Popular Mobilization Forces",
>                   "kind": "group"
>                 },
>                 "b": {
>                   "id": "nujaba",
>                   "name": "Harakat al-Nujaba",
>                   "kind": "group"
>                 },
>                 "sign": "friendly",
>                 "weight": 1.0,
>                 "friendly": 1.0,
>                 "hostile": 0.0,
>                 "facts": [
>                   {
>                     "sign": "friendly",
>                     "weight": 1.0,
>                     "fact": "Harakat al-Nujaba —member_of→ Popular Mobilization Forces",
>                     "kind": "relation",
>                     "relation": {
>                       "from": "nujaba",
>                       "type": "member_of",
>                       "to": "pmf",
>                       "weight": 1.0,
>                       "as": null,
>                       "against": null,
>                       "conflict": null,
>                       "since": null,
>                       "until": null,
>                       "sources": [
>                         "seed"
>                       ],
>                       "confidence": 0.8,
>                       "note": "Implied, not said: the PMF is \"a coalition of militias\", and after the strike on a Nujaba commander it \"mourned the loss of its deputy head of operations in Baghdad\"."
>                     }
>                   }
>                 ]
>               },
>               {
>                 "a": {
>                   "id": "nujaba",
>                   "name": "Harakat al-Nujaba",
>                   "kind": "group"
>                 },
>                 "b": {
>                   "id": "iran",
>                   "name": "Iran",
>                   "kind": "state"
>                 },
>                 "sign": "friendly",
>                 "weight": 1.0,
>                 "friendly": 1.0,
>                 "hostile": 0.0,
>                 "facts": [
>                   {
>                     "sign": "friendly",
>                     "weight": 1.0,
>                     "fact": "Iran —backs→ Harakat al-Nujaba",
>                     "kind": "relation",
>                     "relation": {
>                       "from": "iran",
>                       "type": "backs",
>                       "to": "nujaba",
>                       "weight": 1.0,
>                       "as": null,
>                       "against": null,
>                       "conflict": null,
>                       "since": null,
>                       "until": null,
>                       "sources": [
>                         "seed"
>                       ],
>                       "confidence": 1.0,
>                       "note": "\"the leader of an Iran-backed militia\""
>                     }
>                   }
>                 ]
>               }
>             ]
>           }
>         ]
>       }
>     ]
>   },
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
# With membership counting a quarter, the strained tie is Iraq's with its
# military instead. (Attribution counting like a claim only makes Nujaba's
# tie to the United States heavier.)
$ faultline tensions --relation-rule member_of=friendly:0.25 --incident-rule attributed_to-target=hostile:1 --limit 1
> Tensions in the bundled sample against 2 blocs (k = 2, chosen automatically; exact (proved optimal), unique)
>   bloc 1: United States, Iraq, Israel, Islamic State
>   bloc 2: Iraqi military, Popular Mobilization Forces, Harakat al-Nujaba, Harakat al-Nujaba commander killed in the Baghdad strike, Second person killed in the Baghdad strike, Islamic Resistance in Iraq, Iran, Qassem Soleimani, Hamas, Senior Hamas official assassinated in Lebanon
> Aggregation rules changed: member_of=friendly:0.25; attributed_to-target=hostile:1
>
> Ties that contradict the blocs: 1
>   1. Iraq (iraq) + Iraqi military (iraqi-military): friendly between blocs 1 and 2, weight 0.25
>        + Iraqi military —member_of→ Iraq, weight 0.25 [seed]
>
> Unbalanced triangles: none
>
> Ties whose facts point both ways: none
>
> Enemy of my enemy (pairs with no tie whose shared ties imply one): 41 (showing 1; raise --limit for more)
>   1. Harakat al-Nujaba (nujaba) − Israel (israel): implied hostile, score 2 (2 for, 0 against); the blocs agree
>      via United States: United States (usa) − Harakat al-Nujaba (nujaba); United States (usa) + Israel (israel)
>      via Iran: Harakat al-Nujaba (nujaba) + Iran (iran); Iran (iran) − Israel (israel)
>
> Sources
>   [seed] News article on the U.S. airstrike in central Baghdad (untitled in the seed), 2024-01-04
# Gahuku-Gama: two friendly ties across the three blocs, nine unbalanced triangles.
$ faultline --edges {samples}/fixtures/gahuku-gama.csv tensions --limit 3
> Tensions in {samples}/fixtures/gahuku-gama.csv against 3 blocs (k = 3, chosen automatically; exact (proved optimal), unique)
>   bloc 1: Gavev, Kotun, Nagad, Gama
>   bloc 2: Ove, Alika, Gahuk, Asaro, Masil, Ukudz, Geham
>   bloc 3: Nagam, Notoh, Kohik, Seuve, Uheto
>
> Ties that contradict the blocs: 2
>   1. Nagam + Masil: friendly between blocs 3 and 2, weight 1
>        + edge 21: Nagam → Masil, sign +
>   2. Masil + Uheto: friendly between blocs 2 and 3, weight 1
>        + edge 36: Masil → Uheto, sign +
>
> Unbalanced triangles: 9 (showing 3; raise --limit for more)
>   1. Gahuk, Masil, Uheto: ++- (no split satisfies it)
>      Gahuk + Masil
>      Gahuk − Uheto
>      Masil + Uheto
>   2. Masil, Geham, Uheto: ++- (no split satisfies it)
>      Masil + Geham
>      Masil + Uheto
>      Geham − Uheto
>   3. Kotun, Gahuk, Notoh: --- (only three blocs satisfy it)
>      Kotun − Gahuk
>      Kotun − Notoh
>      Gahuk − Notoh
>
> Ties whose facts point both ways: none
>
> Enemy of my enemy (pairs with no tie whose shared ties imply one): 51 (showing 3; raise --limit for more)
>   1. Nagam + Uheto: implied friendly, score 5 (5 for, 0 against); the blocs agree
>      via Nagad: Nagam − Nagad; Nagad − Uheto
>      via Gama: Nagam − Gama; Gama − Uheto
>      via Notoh: Nagam + Notoh; Notoh + Uheto
>      via Masil: Nagam + Masil; Masil + Uheto
>      via Seuve: Nagam + Seuve; Seuve + Uheto
>   2. Gama − Masil: implied hostile, score 5 (5 for, 0 against); the blocs agree
>      via Nagam: Nagam − Gama; Nagam + Masil
>      via Gahuk: Gahuk − Gama; Gahuk + Masil
>      via Asaro: Asaro − Gama; Asaro + Masil
>      via Geham: Gama − Geham; Masil + Geham
>      via Uheto: Gama − Uheto; Masil + Uheto
>   3. Gavev − Masil: implied hostile, score 4 (4 for, 0 against); the blocs agree
>      via Ove: Gavev − Ove; Ove + Masil
>      via Nagam: Gavev − Nagam; Nagam + Masil
>      via Gahuk: Gavev − Gahuk; Gahuk + Masil
>      via Asaro: Gavev − Asaro; Asaro + Masil
$ faultline --edges {samples}/fixtures/gahuku-gama.csv tensions --limit 2 --format csv
> kind,rank,actors,signs,weight,detail
> frustrated,1,Nagam;Masil,+,1,friendly between blocs 3 and 2
> frustrated,2,Masil;Uheto,+,1,friendly between blocs 2 and 3
> triangle,1,Gahuk;Masil;Uheto,++-,3,
> triangle,2,Masil;Geham;Uheto,++-,3,
> suggestion,1,Nagam;Uheto,+,5,via Nagad;Gama;Notoh;Masil;Seuve
> suggestion,2,Gama;Masil,-,5,via Nagam;Gahuk;Asaro;Geham;Uheto
$ faultline --edges {samples}/fixtures/gahuku-gama.csv tensions --limit 1 --format json
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
>   "blocs": {
>     "k": 3,
>     "count": 3,
>     "criterion": 2.0,
>     "method": "exact (proved optimal)",
>     "proved_optimal": true
>   },
>   "membership": [
>     {
>       "id": "Gavev",
>       "name": "Gavev",
>       "bloc": 1
>     },
>     {
>       "id": "Kotun",
>       "name": "Kotun",
>       "bloc": 1
>     },
>     {
>       "id": "Ove",
>       "name": "Ove",
>       "bloc": 2
>     },
>     {
>       "id": "Alika",
>       "name": "Alika",
>       "bloc": 2
>     },
>     {
>       "id": "Nagam",
>       "name": "Nagam",
>       "bloc": 3
>     },
>     {
>       "id": "Gahuk",
>       "name": "Gahuk",
>       "bloc": 2
>     },
>     {
>       "id": "Asaro",
>       "name": "Asaro",
>       "bloc": 2
>     },
>     {
>       "id": "Nagad",
>       "name": "Nagad",
>       "bloc": 1
>     },
>     {
>       "id": "Gama",
>       "name": "Gama",
>       "bloc": 1
>     },
>     {
>       "id": "Notoh",
>       "name": "Notoh",
>       "bloc": 3
>     },
>     {
>       "id": "Kohik",
>       "name": "Kohik",
>       "bloc": 3
>     },
>     {
>       "id": "Masil",
>       "name": "Masil",
>       "bloc": 2
>     },
>     {
>       "id": "Ukudz",
>       "name": "Ukudz",
>       "bloc": 2
>     },
>     {
>       "id": "Seuve",
>       "name": "Seuve",
>       "bloc": 3
>     },
>     {
>       "id": "Geham",
>       "name": "Geham",
>       "bloc": 2
>     },
>     {
>       "id": "Uheto",
>       "name": "Uheto",
>       "bloc": 3
>     }
>   ],
>   "frustrated_ties": [
>     {
>       "a": {
>         "id": "Nagam",
>         "name": "Nagam"
>       },
>       "b": {
>         "id": "Masil",
>         "name": "Masil"
>       },
>       "sign": "friendly",
>       "weight": 1.0,
>       "friendly": 1.0,
>       "hostile": 0.0,
>       "facts": [
>         {
>           "sign": "friendly",
>           "weight": 1.0,
>           "fact": "edge 21: Nagam → Masil, sign +",
>           "kind": "edge",
>           "edge": 21
>         }
>       ],
>       "contradiction": "friendly between blocs",
>       "blocs": [
>         3,
>         2
>       ]
>     },
>     {
>       "a": {
>         "id": "Masil",
>         "name": "Masil"
>       },
>       "b": {
>         "id": "Uheto",
>         "name": "Uheto"
>       },
>       "sign": "friendly",
>       "weight": 1.0,
>       "friendly": 1.0,
>       "hostile": 0.0,
>       "facts": [
>         {
>           "sign": "friendly",
>           "weight": 1.0,
>           "fact": "edge 36: Masil → Uheto, sign +",
>           "kind": "edge",
>           "edge": 36
>         }
>       ],
>       "contradiction": "friendly between blocs",
>       "blocs": [
>         2,
>         3
>       ]
>     }
>   ],
>   "unbalanced_triangles": {
>     "total": 9,
>     "shown": [
>       {
>         "signs": "++-",
>         "weight": 3.0,
>         "actors": [
>           {
>             "id": "Gahuk",
>             "name": "Gahuk"
>           },
>           {
>             "id": "Masil",
>             "name": "Masil"
>           },
>           {
>             "id": "Uheto",
>             "name": "Uheto"
>           }
>         ],
>         "ties": [
>           {
>             "a": {
>               "id": "Gahuk",
>               "name": "Gahuk"
>             },
>             "b": {
>               "id": "Masil",
>               "name": "Masil"
>             },
>             "sign": "friendly",
>             "weight": 1.0,
>             "friendly": 1.0,
>             "hostile": 0.0,
>             "facts": [
>               {
>                 "sign": "friendly",
>                 "weight": 1.0,
>                 "fact": "edge 26: Gahuk → Masil, sign +",
>                 "kind": "edge",
>                 "edge": 26
>               }
>             ]
>           },
>           {
>             "a": {
>               "id": "Gahuk",
>               "name": "Gahuk"
>             },
>             "b": {
>               "id": "Uheto",
>               "name": "Uheto"
>             },
>             "sign": "hostile",
>             "weight": 1.0,
>             "friendly": 0.0,
>             "hostile": 1.0,
>             "facts": [
>               {
>                 "sign": "hostile",
>                 "weight": 1.0,
>                 "fact": "edge 31: Gahuk → Uheto, sign -",
>                 "kind": "edge",
>                 "edge": 31
>               }
>             ]
>           },
>           {
>             "a": {
>               "id": "Masil",
>               "name": "Masil"
>             },
>             "b": {
>               "id": "Uheto",
>               "name": "Uheto"
>             },
>             "sign": "friendly",
>             "weight": 1.0,
>             "friendly": 1.0,
>             "hostile": 0.0,
>             "facts": [
>               {
>                 "sign": "friendly",
>                 "weight": 1.0,
>                 "fact": "edge 36: Masil → Uheto, sign +",
>                 "kind": "edge",
>                 "edge": 36
>               }
>             ]
>           }
>         ]
>       }
>     ]
>   },
>   "mixed_ties": [],
>   "suggestions": {
>     "total": 51,
>     "shown": [
>       {
>         "a": {
>           "id": "Nagam",
>           "name": "Nagam"
>         },
>         "b": {
>           "id": "Uheto",
>           "name": "Uheto"
>         },
>         "implied": "friendly",
>         "score": 5.0,
>         "agreeing": 5,
>         "disagreeing": 0,
>         "blocs_agree": true,
>         "evidence": [
>           {
>             "via": {
>               "id": "Nagad",
>               "name": "Nagad"
>             },
>             "implies": "friendly",
>             "strength": 1.0,
>             "ties": [
>               {
>                 "a": {
>                   "id": "Nagam",
>                   "name": "Nagam"
>                 },
>                 "b": {
>                   "id": "Nagad",
>                   "name": "Nagad"
>                 },
>                 "sign": "hostile",
>                 "weight": 1.0,
>                 "friendly": 0.0,
>                 "hostile": 1.0,
>                 "facts": [
>                   {
>                     "sign": "hostile",
>                     "weight": 1.0,
>                     "fact": "edge 24: Nagam → Nagad, sign -",
>                     "kind": "edge",
>                     "edge": 24
>                   }
>                 ]
>               },
>               {
>                 "a": {
>                   "id": "Nagad",
>                   "name": "Nagad"
>                 },
>                 "b": {
>                   "id": "Uheto",
>                   "name": "Uheto"
>                 },
>                 "sign": "hostile",
>                 "weight": 1.0,
>                 "friendly": 0.0,
>                 "hostile": 1.0,
>                 "facts": [
>                   {
>                     "sign": "hostile",
>                     "weight": 1.0,
>                     "fact": "edge 55: Uheto → Nagad, sign -",
>                     "kind": "edge",
>                     "edge": 55
>                   }
>                 ]
>               }
>             ]
>           },
>           {
>             "via": {
>               "id": "Gama",
>               "name": "Gama"
>             },
>             "implies": "friendly",
>             "strength": 1.0,
>             "ties": [
>               {
>                 "a": {
>                   "id": "Nagam",
>                   "name": "Nagam"
>                 },
>                 "b": {
>                   "id": "Gama",
>                   "name": "Gama"
>                 },
>                 "sign": "hostile",
>                 "weight": 1.0,
>                 "friendly": 0.0,
>                 "hostile": 1.0,
>                 "facts": [
>                   {
>                     "sign": "hostile",
>                     "weight": 1.0,
>                     "fact": "edge 25: Nagam → Gama, sign -",
>                     "kind": "edge",
>                     "edge": 25
>                   }
>                 ]
>               },
>               {
>                 "a": {
>                   "id": "Gama",
>                   "name": "Gama"
>                 },
>                 "b": {
>                   "id": "Uheto",
>                   "name": "Uheto"
>                 },
>                 "sign": "hostile",
>                 "weight": 1.0,
>                 "friendly": 0.0,
>                 "hostile": 1.0,
>                 "facts": [
>                   {
>                     "sign": "hostile",
>                     "weight": 1.0,
>                     "fact": "edge 56: Uheto → Gama, sign -",
>                     "kind": "edge",
>                     "edge": 56
>                   }
>                 ]
>               }
>             ]
>           },
>           {
>             "via": {
>               "id": "Notoh",
>               "name": "Notoh"
>             },
>             "implies": "friendly",
>             "strength": 1.0,
>             "ties": [
>               {
>                 "a": {
>                   "id": "Nagam",
>                   "name": "Nagam"
>                 },
>                 "b": {
>                   "id": "Notoh",
>                   "name": "Notoh"
>                 },
>                 "sign": "friendly",
>                 "weight": 1.0,
>                 "friendly": 1.0,
>                 "hostile": 0.0,
>                 "facts": [
>                   {
>                     "sign": "friendly",
>                     "weight": 1.0,
>                     "fact": "edge 22: Nagam → Notoh, sign +",
>                     "kind": "edge",
>                     "edge": 22
>                   }
>                 ]
>               },
>               {
>                 "a": {
>                   "id": "Notoh",
>                   "name": "Notoh"
>                 },
>                 "b": {
>                   "id": "Uheto",
>                   "name": "Uheto"
>                 },
>                 "sign": "friendly",
>                 "weight": 1.0,
>                 "friendly": 1.0,
>                 "hostile": 0.0,
>                 "facts": [
>                   {
>                     "sign": "friendly",
>                     "weight": 1.0,
>                     "fact": "edge 42: Notoh → Uheto, sign +",
>                     "kind": "edge",
>                     "edge": 42
>                   }
>                 ]
>               }
>             ]
>           },
>           {
>             "via": {
>               "id": "Masil",
>               "name": "Masil"
>             },
>             "implies": "friendly",
>             "strength": 1.0,
>             "ties": [
>               {
>                 "a": {
>                   "id": "Nagam",
>                   "name": "Nagam"
>                 },
>                 "b": {
>                   "id": "Masil",
>                   "name": "Masil"
>                 },
>                 "sign": "friendly",
>                 "weight": 1.0,
>                 "friendly": 1.0,
>                 "hostile": 0.0,
>                 "facts": [
>                   {
>                     "sign": "friendly",
>                     "weight": 1.0,
>                     "fact": "edge 21: Nagam → Masil, sign +",
>                     "kind": "edge",
>                     "edge": 21
>                   }
>                 ]
>               },
>               {
>                 "a": {
>                   "id": "Masil",
>                   "name": "Masil"
>                 },
>                 "b": {
>                   "id": "Uheto",
>                   "name": "Uheto"
>                 },
>                 "sign": "friendly",
>                 "weight": 1.0,
>                 "friendly": 1.0,
>                 "hostile": 0.0,
>                 "facts": [
>                   {
>                     "sign": "friendly",
>                     "weight": 1.0,
>                     "fact": "edge 36: Masil → Uheto, sign +",
>                     "kind": "edge",
>                     "edge": 36
>                   }
>                 ]
>               }
>             ]
>           },
>           {
>             "via": {
>               "id": "Seuve",
>               "name": "Seuve"
>             },
>             "implies": "friendly",
>             "strength": 1.0,
>             "ties": [
>               {
>                 "a": {
>                   "id": "Nagam",
>                   "name": "Nagam"
>                 },
>                 "b": {
>                   "id": "Seuve",
>                   "name": "Seuve"
>                 },
>                 "sign": "friendly",
>                 "weight": 1.0,
>                 "friendly": 1.0,
>                 "hostile": 0.0,
>                 "facts": [
>                   {
>                     "sign": "friendly",
>                     "weight": 1.0,
>                     "fact": "edge 23: Nagam → Seuve, sign +",
>                     "kind": "edge",
>                     "edge": 23
>                   }
>                 ]
>               },
>               {
>                 "a": {
>                   "id": "Seuve",
>                   "name": "Seuve"
>                 },
>                 "b": {
>                   "id": "Uheto",
>                   "name": "Uheto"
>                 },
>                 "sign": "friendly",
>                 "weight": 1.0,
>                 "friendly": 1.0,
>                 "hostile": 0.0,
>                 "facts": [
>                   {
>                     "sign": "friendly",
>                     "weight": 1.0,
>                     "fact": "edge 54: Uheto → Seuve, sign +",
>                     "kind": "edge",
>                     "edge": 54
>                   }
>                 ]
>               }
>             ]
>           }
>         ]
>       }
>     ]
>   }
> }
# Errors.
$ faultline tensions --kind incident
! faultline: error: Unknown actor kind "incident": expected state, group or person
? 2
$ faultline tensions --incident-rule condemned_by-perpetrator=neutral:0.5x
! faultline: error: --incident-rule "condemned_by-perpetrator=neutral:0.5x" is invalid: the weight "0.5x" is not a positive number
? 2
$ faultline --edges {samples}/fixtures/gahuku-gama.csv tensions --window 2024..
! faultline: error: --as-of and --window select dated ties, and {samples}/fixtures/gahuku-gama.csv has none: its header names no date, year, since, until or window column
? 2
