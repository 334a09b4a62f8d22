# How is the Islamic State connected to the United States?
$ faultline path "Islamic State" "United States"
> Shortest paths from Islamic State (islamic-state) to United States (usa): length 4, 4 found
>
> path  step  fact                                                                    sources
> 1     1     Islamic State claimed Bombing of the Soleimani memorial ceremony        [seed]
> 1     2     Bombing of the Soleimani memorial ceremony targeted Iran                [seed]
> 1     3     Iran —backs→ Harakat al-Nujaba                                          [seed]
> 1     4     Harakat al-Nujaba —hostile_to→ United States                            [seed]
> 2     1     Islamic State claimed Bombing of the Soleimani memorial ceremony        [seed]
> 2     2     Bombing of the Soleimani memorial ceremony targeted Iran                [seed]
> 2     3     Iran —backs→ Harakat al-Nujaba                                          [seed]
> 2     4     United States —designates→ Harakat al-Nujaba as terrorist-organisation  [seed]
> 3     1     Islamic State claimed Bombing of the Soleimani memorial ceremony        [seed]
> 3     2     Bombing of the Soleimani memorial ceremony targeted Iran                [seed]
> 3     3     Iran —hostile_to→ Israel                                                [seed]
> 3     4     United States —backs→ Israel                                            [seed]
> 4     1     Islamic State claimed Bombing of the Soleimani memorial ceremony        [seed]
> 4     2     Bombing of the Soleimani memorial ceremony targeted Iran                [seed]
> 4     3     US assassination of Qassem Soleimani targeted Iran                      [seed]
> 4     4     United States carried out US assassination of Qassem Soleimani          [seed]
>
> Sources
>   [seed] News article on the U.S. airstrike in central Baghdad (untitled in the seed), 2024-01-04
$ faultline path ISIS US --max-paths 1 --format json
> {
>   "from": {
>     "id": "islamic-state",
>     "name": "Islamic State",
>     "kind": "group"
>   },
>   "to": {
>     "id": "usa",
>     "name": "United States",
>     "kind": "state"
>   },
>   "length": 4,
>   "truncated": true,
>   "paths": [
>     [
>       {
>         "from": {
>           "id": "islamic-state",
>           "name": "Islamic State",
>           "kind": "group"
>         },
>         "to": {
>           "id": "kerman-bombing",
>           "name": "Bombing of the Soleimani memorial ceremony",
>           "kind": "incident"
>         },
>         "edge": "role",
>         "forward": true,
>         "fact": "Islamic State claimed Bombing of the Soleimani memorial ceremony",
>         "sources": [
>           "seed"
>         ],
>         "confidence": 1.0,
>         "note": "The article gives \"hundreds wounded\", so `injured` is left unknown. It names neither the city nor the date: Kerman (in the id) and 2024-01-03 are the well-known public ones. It says who claimed the attack, not who carried it out."
>       },
>       {
>         "from": {
>           "id": "kerman-bombing",
>           "name": "Bombing of the Soleimani memorial ceremony",
>           "kind": "incident"
>         },
>         "to": {
>           "id": "iran",
>           "name": "Iran",
>           "kind": "state"
>         },
>         "edge": "role",
>         "forward": false,
>         "fact": "Bombing of the Soleimani memorial ceremony targeted Iran",
>         "sources": [
>           "seed"
>         ],
>         "confidence": 1.0,
>         "note": "The article gives \"hundreds wounded\", so `injured` is left unknown. It names neither the city nor the date: Kerman (in the id) and 2024-01-03 are the well-known public ones. It says who claimed the attack, not who carried it out."
>       },
>       {
>         "from": {
>           "id": "iran",
>           "name": "Iran",
>           "kind": "state"
>         },
>         "to": {
>           "id": "nujaba",
>           "name": "Harakat al-Nujaba",
>           "kind": "group"
>         },
>         "edge": "relation",
>         "forward": true,
>         "fact": "Iran —backs→ Harakat al-Nujaba",
>         "sources": [
>           "seed"
>         ],
>         "confidence": 1.0,
>         "note": "\"the leader of an Iran-backed militia\""
>       },
>       {
>         "from": {
>           "id": "nujaba",
>           "name": "Harakat al-Nujaba",
>           "kind": "group"
>         },
>         "to": {
>           "id": "usa",
>           "name": "United States",
>           "kind": "state"
>         },
>         "edge": "relation",
>         "forward": true,
>         "fact": "Harakat al-Nujaba —hostile_to→ United States",
>         "sources": [
>           "seed"
>         ],
>         "confidence": 1.0,
>         "note": "\"an Iran-backed militia responsible for attacks on U.S. forces in Iraq\""
>       }
>     ]
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
$ faultline path ISIS US --max-paths 1 --format csv
> path,step,from,to,fact,sources
> 1,1,Islamic State (islamic-state),Bombing of the Soleimani memorial ceremony (kerman-bombing),Islamic State claimed Bombing of the Soleimani memorial ceremony,[seed]
> 1,2,Bombing of the Soleimani memorial ceremony (kerman-bombing),Iran (iran),Bombing of the Soleimani memorial ceremony targeted Iran,[seed]
> 1,3,Iran (iran),Harakat al-Nujaba (nujaba),Iran —backs→ Harakat al-Nujaba,[seed]
> 1,4,Harakat al-Nujaba (nujaba),United States (usa),Harakat al-Nujaba —hostile_to→ United States,[seed]
$ faultline path ISIS US --max-paths 1 --format dot
> digraph path {
>   rankdir=LR;
>   node [fontname="Helvetica"];
>   "islamic-state" [label="Islamic State", shape=box];
>   "kerman-bombing" [label="Bombing of the Soleimani memorial ceremony", shape=note];
>   "islamic-state" -> "kerman-bombing" [label="Islamic State claimed Bombing of the Soleimani memorial ceremony"];
>   "iran" [label="Iran", shape=box];
>   "kerman-bombing" -> "iran" [label="Bombing of the Soleimani memorial ceremony targeted Iran"];
>   "nujaba" [label="Harakat al-Nujaba", shape=box];
>   "iran" -> "nujaba" [label="Iran —backs→ Harakat al-Nujaba"];
>   "usa" [label="United States", shape=box];
>   "nujaba" -> "usa" [label="Harakat al-Nujaba —hostile_to→ United States"];
> }
# Only through relations: the Islamic State has none, so no path (exit 1).
$ faultline path "Islamic State" "United States" --no-incidents
> Islamic State (islamic-state) and United States (usa) are not connected in this view
? 1
$ faultline path iran usa --no-incidents --types backs,hostile_to
> Shortest paths from Iran (iran) to United States (usa): length 2, 2 found
>
> path  step  fact                                          sources
> 1     1     Iran —backs→ Harakat al-Nujaba                [seed]
> 1     2     Harakat al-Nujaba —hostile_to→ United States  [seed]
> 2     1     Iran —hostile_to→ Israel                      [seed]
> 2     2     United States —backs→ Israel                  [seed]
>
> Sources
>   [seed] News article on the U.S. airstrike in central Baghdad (untitled in the seed), 2024-01-04
$ faultline path iran usa --types backz
! faultline: error: Unknown relation type "backz": expected one of backs, allied_with, member_of, controls, hostile_to, at_war_with, designates, sanctions, condemns, threatens, negotiates_with, hosts
? 2
$ faultline path iran nobody
! faultline: error: No actor or incident is named "nobody"
? 2
$ faultline path iran usa --max-paths 0
! faultline: error: The number of paths must be at least 1
? 2
# Two paths share "Xan backs Sheba" and both walk it backwards; one walks "Dara hostile_to Bora" backwards.
$ faultline -s {samples}/fixtures/path-shared-facts.yaml path sheba dara --no-incidents
> Shortest paths from Sheba (sheba) to Dara (dara): length 3, 2 found
>
> path  step  fact                    sources
> 1     1     Xan —backs→ Sheba
> 1     2     Xan —backs→ Bora
> 1     3     Dara —hostile_to→ Bora
> 2     1     Xan —backs→ Sheba
> 2     2     Xan —backs→ Cato
> 2     3     Cato —hostile_to→ Dara
# DOT draws each fact once, in the direction its text reads, whichever way the paths walk it.
$ faultline -s {samples}/fixtures/path-shared-facts.yaml path sheba dara --no-incidents --format dot
> digraph path {
>   rankdir=LR;
>   node [fontname="Helvetica"];
>   "xan" [label="Xan", shape=box];
>   "sheba" [label="Sheba", shape=box];
>   "xan" -> "sheba" [label="Xan —backs→ Sheba"];
>   "bora" [label="Bora", shape=box];
>   "xan" -> "bora" [label="Xan —backs→ Bora"];
>   "dara" [label="Dara", shape=box];
>   "dara" -> "bora" [label="Dara —hostile_to→ Bora"];
>   "cato" [label="Cato", shape=box];
>   "xan" -> "cato" [label="Xan —backs→ Cato"];
>   "cato" -> "dara" [label="Cato —hostile_to→ Dara"];
> }
# Roles too: "Border raid targeted Sheba" runs from the raid to Sheba, "Dara carried out Border raid" from Dara to the raid.
$ faultline -s {samples}/fixtures/path-shared-facts.yaml path sheba dara --format dot
> digraph path {
>   rankdir=LR;
>   node [fontname="Helvetica"];
>   "raid" [label="Border raid", shape=note];
>   "sheba" [label="Sheba", shape=box];
>   "raid" -> "sheba" [label="Border raid targeted Sheba"];
>   "dara" [label="Dara", shape=box];
>   "dara" -> "raid" [label="Dara carried out Border raid"];
> }
