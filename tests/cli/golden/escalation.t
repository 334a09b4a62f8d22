# Escalation chains in the bundled sample: what the Baghdad strike answered,
# what it set off, and how far the chains climb the ladder (docs/escalation.md).
$ faultline escalation --to "US strike in Baghdad"
> Chains leading to US strike in Baghdad (baghdad-strike): 1 chain found
> Links: explicit responds_to, and inferred within 30 days (minimum score 0). Chain score: net climb + peak climb - descents, each link weighted by its score.
>
> chain  score  net  climb  descent  peak                  incidents  from                                                    to
> 1      3.2    2    2      0        7 leadership-killing  2          Islamic Resistance in Iraq attacks on US installations  US strike in Baghdad
>
> chain  step  date        incident                                                who                                                                                 rung                  why linked                             sources
> 1      1     2023-10-07  Islamic Resistance in Iraq attacks on US installations  Islamic Resistance in Iraq (attributed to Harakat al-Nujaba) against United States  5 attack              start                                  [seed]
> 1      2     2024-01-04  US strike in Baghdad                                    United States against Harakat al-Nujaba                                             7 leadership-killing  explicit responds_to (confidence 0.8)  [seed]
>
> US strike in Baghdad set off (see --from):
>   2024-01-04  PMF condemns the Baghdad strike: explicit responds_to
>
> Sources
>   [seed] News article on the U.S. airstrike in central Baghdad (untitled in the seed), 2024-01-04
$ faultline escalation --to baghdad-strike --format json
> {
>   "query": "to",
>   "subject": {
>     "id": "baghdad-strike",
>     "name": "US strike in Baghdad",
>     "kind": "incident"
>   },
>   "options": {
>     "window_days": 30,
>     "min_score": 0.0,
>     "top": 10,
>     "since": null,
>     "until": null,
>     "sides": true,
>     "fold_duplicates": true,
>     "as_of": null,
>     "min_confidence": 0.0,
>     "min_mentions": 0,
>     "min_sources": 0,
>     "root_events_only": false
>   },
>   "truncated": false,
>   "chains": [
>     {
>       "rank": 1,
>       "score": 3.2,
>       "climb": 2,
>       "net_climb": 2,
>       "descent": 0,
>       "peak": {
>         "level": 7,
>         "id": "leadership-killing"
>       },
>       "incidents": 2,
>       "steps": [
>         {
>           "step": 1,
>           "date": "2023-10-07",
>           "incident": {
>             "id": "iri-attacks-on-us-installations",
>             "name": "Islamic Resistance in Iraq attacks on US installations",
>             "kind": "incident"
>           },
>           "ids": 1,
>           "duplicates": [],
>           "type": "attack-campaign",
>           "perpetrators": [
>             "islamic-resistance-in-iraq"
>           ],
>           "claimed_by": [],
>           "attributed_to": [
>             {
>               "actor": "nujaba",
>               "by": null
>             }
>           ],
>           "targets": [
>             "usa"
>           ],
>           "victims": [],
>           "fatalities": null,
>           "rung": {
>             "level": 5,
>             "id": "attack",
>             "name": "Attacks without casualties",
>             "basis": "type",
>             "why": "type attack-campaign"
>           },
>           "link": null,
>           "sources": [
>             "seed"
>           ]
>         },
>         {
>           "step": 2,
>           "date": "2024-01-04",
>           "incident": {
>             "id": "baghdad-strike",
>             "name": "US strike in Baghdad",
>             "kind": "incident"
>           },
>           "ids": 1,
>           "duplicates": [],
>           "type": "airstrike",
>           "perpetrators": [
>             "usa"
>           ],
>           "claimed_by": [],
>           "attributed_to": [],
>           "targets": [
>             "nujaba"
>           ],
>           "victims": [
>             "nujaba-commander",
>             "second-strike-victim"
>           ],
>           "fatalities": 2,
>           "rung": {
>             "level": 7,
>             "id": "leadership-killing",
>             "name": "Killing of commanders and leaders",
>             "basis": "leadership",
>             "why": "victim Harakat al-Nujaba commander killed in the Baghdad strike"
>           },
>           "link": {
>             "kind": "explicit",
>             "rule": "explicit",
>             "answers": "iri-attacks-on-us-installations",
>             "gap_days": 0,
>             "score": 0.8,
>             "why": "explicit responds_to (confidence 0.8)",
>             "responder": null,
>             "against": null,
>             "sources": [
>               "seed"
>             ],
>             "confidence": 0.8,
>             "note": "Implied, not said: the strike \"targeted the leader of an Iran-backed militia responsible for attacks on U.S. forces in Iraq\"; the article does not call it an answer to the Islamic Resistance in Iraq's attacks."
>           },
>           "sources": [
>             "seed"
>           ]
>         }
>       ]
>     }
>   ],
>   "set_off": [
>     {
>       "incident": {
>         "id": "pmf-condemns-strike",
>         "name": "PMF condemns the Baghdad strike",
>         "kind": "incident"
>       },
>       "date": "2024-01-04",
>       "link": {
>         "kind": "explicit",
>         "rule": "explicit",
>         "answers": "baghdad-strike",
>         "gap_days": 0,
>         "score": 1.0,
>         "why": "explicit responds_to",
>         "responder": null,
>         "against": null,
>         "sources": [
>           "seed"
>         ],
>         "confidence": 1.0,
>         "note": "The article gives no date; the strike's is used."
>       }
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
# The Kerman bombing set off Iran's pledge of revenge: a descent of 7 rungs, net −7, score −7 − 7 = −14.
$ faultline escalation --from kerman-bombing
> Chains following from Bombing of the Soleimani memorial ceremony (kerman-bombing): 1 chain found
> Links: explicit responds_to, and inferred within 30 days (minimum score 0). Chain score: net climb + peak climb - descents, each link weighted by its score.
>
> chain  score  net  climb  descent  peak             incidents  from                                        to
> 1      -14    -7   0      7        9 mass-casualty  2          Bombing of the Soleimani memorial ceremony  Iran pledges revenge for the memorial bombing
>
> chain  step  date        incident                                       who                                     rung             why linked            sources
> 1      1     2024-01-03  Bombing of the Soleimani memorial ceremony     claimed by Islamic State, against Iran  9 mass-casualty  start                 [seed]
> 1      2     2024-01     Iran pledges revenge for the memorial bombing  Iran                                    2 threat         explicit responds_to  [seed]
>
> Sources
>   [seed] News article on the U.S. airstrike in central Baghdad (untitled in the seed), 2024-01-04
# Between the United States and Harakat al-Nujaba, with their sides (the PMF has Nujaba as a member).
$ faultline escalation --between "United States" "Harakat al-Nujaba"
> Chains between United States (usa) and Harakat al-Nujaba (nujaba), with their sides: 1 chain found
> Links: explicit responds_to, and inferred within 30 days (minimum score 0). Chain score: net climb + peak climb - descents, each link weighted by its score.
>
> chain  score  net  climb  descent  peak                  incidents  from                                                    to
> 1      -8.8   -4   2      6        7 leadership-killing  3          Islamic Resistance in Iraq attacks on US installations  PMF condemns the Baghdad strike
>
> chain  step  date        incident                                                who                                                                                 rung                  why linked                             sources
> 1      1     2023-10-07  Islamic Resistance in Iraq attacks on US installations  Islamic Resistance in Iraq (attributed to Harakat al-Nujaba) against United States  5 attack              start                                  [seed]
> 1      2     2024-01-04  US strike in Baghdad                                    United States against Harakat al-Nujaba                                             7 leadership-killing  explicit responds_to (confidence 0.8)  [seed]
> 1      3     2024-01-04  PMF condemns the Baghdad strike                         Popular Mobilization Forces against United States                                   1 statement           explicit responds_to                   [seed]
>
> Sources
>   [seed] News article on the U.S. airstrike in central Baghdad (untitled in the seed), 2024-01-04
$ faultline escalation --between "United States" "Harakat al-Nujaba" --format json
> {
>   "query": "between",
>   "subject": [
>     {
>       "id": "usa",
>       "name": "United States",
>       "kind": "state"
>     },
>     {
>       "id": "nujaba",
>       "name": "Harakat al-Nujaba",
>       "kind": "group"
>     }
>   ],
>   "options": {
>     "window_days": 30,
>     "min_score": 0.0,
>     "top": 10,
>     "since": null,
>     "until": null,
>     "sides": true,
>     "fold_duplicates": true,
>     "as_of": null,
>     "min_confidence": 0.0,
>     "min_mentions": 0,
>     "min_sources": 0,
>     "root_events_only": false
>   },
>   "truncated": false,
>   "chains": [
>     {
>       "rank": 1,
>       "score": -8.8,
>       "climb": 2,
>       "net_climb": -4,
>       "descent": 6,
>       "peak": {
>         "level": 7,
>         "id": "leadership-killing"
>       },
>       "incidents": 3,
>       "steps": [
>         {
>           "step": 1,
>           "date": "2023-10-07",
>           "incident": {
>             "id": "iri-attacks-on-us-installations",
>             "name": "Islamic Resistance in Iraq attacks on US installations",
>             "kind": "incident"
>           },
>           "ids": 1,
>           "duplicates": [],
>           "type": "attack-campaign",
>           "perpetrators": [
>             "islamic-resistance-in-iraq"
>           ],
>           "claimed_by": [],
>           "attributed_to": [
>             {
>               "actor": "nujaba",
>               "by": null
>             }
>           ],
>           "targets": [
>             "usa"
>           ],
>           "victims": [],
>           "fatalities": null,
>           "rung": {
>             "level": 5,
>             "id": "attack",
>             "name": "Attacks without casualties",
>             "basis": "type",
>             "why": "type attack-campaign"
>           },
>           "link": null,
>           "sources": [
>             "seed"
>           ]
>         },
>         {
>           "step": 2,
>           "date": "2024-01-04",
>           "incident": {
>             "id": "baghdad-strike",
>             "name": "US strike in Baghdad",
>             "kind": "incident"
>           },
>           "ids": 1,
>           "duplicates": [],
>           "type": "airstrike",
>           "perpetrators": [
>             "usa"
>           ],
>           "claimed_by": [],
>           "attributed_to": [],
>           "targets": [
>             "nujaba"
>           ],
>           "victims": [
>             "nujaba-commander",
>             "second-strike-victim"
>           ],
>           "fatalities": 2,
>           "rung": {
>             "level": 7,
>             "id": "leadership-killing",
>             "name": "Killing of commanders and leaders",
>             "basis": "leadership",
>             "why": "victim Harakat al-Nujaba commander killed in the Baghdad strike"
>           },
>           "link": {
>             "kind": "explicit",
>             "rule": "explicit",
>             "answers": "iri-attacks-on-us-installations",
>             "gap_days": 0,
>             "score": 0.8,
>             "why": "explicit responds_to (confidence 0.8)",
>             "responder": null,
>             "against": null,
>             "sources": [
>               "seed"
>             ],
>             "confidence": 0.8,
>             "note": "Implied, not said: the strike \"targeted the leader of an Iran-backed militia responsible for attacks on U.S. forces in Iraq\"; the article does not call it an answer to the Islamic Resistance in Iraq's attacks."
>           },
>           "sources": [
>             "seed"
>           ]
>         },
>         {
>           "step": 3,
>           "date": "2024-01-04",
>           "incident": {
>             "id": "pmf-condemns-strike",
>             "name": "PMF condemns the Baghdad strike",
>             "kind": "incident"
>           },
>           "ids": 1,
>           "duplicates": [],
>           "type": "condemnation",
>           "perpetrators": [
>             "pmf"
>           ],
>           "claimed_by": [],
>           "attributed_to": [],
>           "targets": [
>             "usa"
>           ],
>           "victims": [],
>           "fatalities": null,
>           "rung": {
>             "level": 1,
>             "id": "statement",
>             "name": "Statements and condemnations",
>             "basis": "type",
>             "why": "type condemnation"
>           },
>           "link": {
>             "kind": "explicit",
>             "rule": "explicit",
>             "answers": "baghdad-strike",
>             "gap_days": 0,
>             "score": 1.0,
>             "why": "explicit responds_to",
>             "responder": null,
>             "against": null,
>             "sources": [
>               "seed"
>             ],
>             "confidence": 1.0,
>             "note": "The article gives no date; the strike's is used."
>           },
>           "sources": [
>             "seed"
>           ]
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
$ faultline escalation --between US Nujaba --actors-only --format csv
> chain,score,step,date,incident_id,incident,who,rung,link,rule,gap_days,link_score,why,sources,ids
> 1,3.2,1,2023-10-07,iri-attacks-on-us-installations,Islamic Resistance in Iraq attacks on US installations,Islamic Resistance in Iraq (attributed to Harakat al-Nujaba) against United States,5 attack,,,,,,[seed],1
> 1,3.2,2,2024-01-04,baghdad-strike,US strike in Baghdad,United States against Harakat al-Nujaba,7 leadership-killing,explicit,explicit,0,0.8,explicit responds_to (confidence 0.8),[seed],1
# With no query: the most escalatory chains.
$ faultline escalation
> Most escalatory chains: 1 chain found
> Links: explicit responds_to, and inferred within 30 days (minimum score 0). Chain score: net climb + peak climb - descents, each link weighted by its score.
>
> chain  score  net  climb  descent  peak                  incidents  from                                                    to
> 1      3.2    2    2      0        7 leadership-killing  2          Islamic Resistance in Iraq attacks on US installations  US strike in Baghdad
>
> chain  step  date        incident                                                who                                                                                 rung                  why linked                             sources
> 1      1     2023-10-07  Islamic Resistance in Iraq attacks on US installations  Islamic Resistance in Iraq (attributed to Harakat al-Nujaba) against United States  5 attack              start                                  [seed]
> 1      2     2024-01-04  US strike in Baghdad                                    United States against Harakat al-Nujaba                                             7 leadership-killing  explicit responds_to (confidence 0.8)  [seed]
>
> Sources
>   [seed] News article on the U.S. airstrike in central Baghdad (untitled in the seed), 2024-01-04
# A wider window infers a link: the assassination in Lebanon, attributed to Israel, answers the outbreak 86 days on.
$ faultline escalation --from hamas-israel-war-outbreak --window 90 --format csv
> chain,score,step,date,incident_id,incident,who,rung,link,rule,gap_days,link_score,why,sources,ids
> 1,2.089,1,2023-10-07,hamas-israel-war-outbreak,Outbreak of the Hamas-Israel war,Hamas against Israel,5 attack,,,,,,[seed],1
> 1,2.089,2,2024-01,hamas-official-killing,Assassination of a senior Hamas official in Lebanon,"attributed to Israel by Lebanon, against Hamas",7 leadership-killing,inferred,direct_reprisal,86,0.522,"inferred direct reprisal after 86 days, score 0.522: by Israel (to whom it is attributed by Lebanon), its target; against Hamas, its perpetrator",[seed],1
$ faultline escalation --from hamas-israel-war-outbreak --window 90 --min-score 0.5 --format dot
> digraph escalation {
>   rankdir=LR;
>   node [fontname="Helvetica", shape=note];
>   "hamas-israel-war-outbreak" [label="2023-10-07\nOutbreak of the Hamas-Israel war\nHamas against Israel\nrung 5 attack"];
>   "hamas-official-killing" [label="2024-01\nAssassination of a senior Hamas official in Lebanon\nattributed to Israel by Lebanon, against Hamas\nrung 7 leadership-killing"];
>   "hamas-israel-war-outbreak" -> "hamas-official-killing" [label="direct reprisal, 86 days, 0.522", style=dashed];
> }
# In JSON, the inferred link says what part each actor played: Israel is the
# outbreak's target and the one to whom the killing is attributed.
$ faultline escalation --from hamas-israel-war-outbreak --window 90 --format json
> {
>   "query": "from",
>   "subject": {
>     "id": "hamas-israel-war-outbreak",
>     "name": "Outbreak of the Hamas-Israel war",
>     "kind": "incident"
>   },
>   "options": {
>     "window_days": 90,
>     "min_score": 0.0,
>     "top": 10,
>     "since": null,
>     "until": null,
>     "sides": true,
>     "fold_duplicates": true,
>     "as_of": null,
>     "min_confidence": 0.0,
>     "min_mentions": 0,
>     "min_sources": 0,
>     "root_events_only": false
>   },
>   "truncated": false,
>   "chains": [
>     {
>       "rank": 1,
>       "score": 2.0888888888888886,
>       "climb": 2,
>       "net_climb": 2,
>       "descent": 0,
>       "peak": {
>         "level": 7,
>         "id": "leadership-killing"
>       },
>       "incidents": 2,
>       "steps": [
>         {
>           "step": 1,
>           "date": "2023-10-07",
>           "incident": {
>             "id": "hamas-israel-war-outbreak",
>             "name": "Outbreak of the Hamas-Israel war",
>             "kind": "incident"
>           },
>           "ids": 1,
>           "duplicates": [],
>           "type": "attack",
>           "perpetrators": [
>             "hamas"
>           ],
>           "claimed_by": [],
>           "attributed_to": [],
>           "targets": [
>             "israel"
>           ],
>           "victims": [],
>           "fatalities": null,
>           "rung": {
>             "level": 5,
>             "id": "attack",
>             "name": "Attacks without casualties",
>             "basis": "type",
>             "why": "type attack"
>           },
>           "link": null,
>           "sources": [
>             "seed"
>           ]
>         },
>         {
>           "step": 2,
>           "date": "2024-01",
>           "incident": {
>             "id": "hamas-official-killing",
>             "name": "Assassination of a senior Hamas official in Lebanon",
>             "kind": "incident"
>           },
>           "ids": 1,
>           "duplicates": [],
>           "type": "assassination",
>           "perpetrators": [],
>           "claimed_by": [],
>           "attributed_to": [
>             {
>               "actor": "israel",
>               "by": "lebanon"
>             }
>           ],
>           "targets": [
>             "hamas"
>           ],
>           "victims": [
>             "hamas-official"
>           ],
>           "fatalities": null,
>           "rung": {
>             "level": 7,
>             "id": "leadership-killing",
>             "name": "Killing of commanders and leaders",
>             "basis": "type",
>             "why": "type assassination"
>           },
>           "link": {
>             "kind": "inferred",
>             "rule": "direct_reprisal",
>             "answers": "hamas-israel-war-outbreak",
>             "gap_days": 86,
>             "score": 0.5222222222222221,
>             "why": "inferred direct reprisal after 86 days, score 0.522: by Israel (to whom it is attributed by Lebanon), its target; against Hamas, its perpetrator",
>             "responder": {
>               "actor": "israel",
>               "role": "attributed_to",
>               "tie": "same",
>               "of": "israel",
>               "of_role": "target",
>               "weight": 1.0,
>               "relation": null
>             },
>             "against": {
>               "actor": "hamas",
>               "role": "target",
>               "tie": "same",
>               "of": "hamas",
>               "of_role": "perpetrator",
>               "weight": 1.0,
>               "relation": null
>             },
>             "sources": []
>           },
>           "sources": [
>             "seed"
>           ]
>         }
>       ]
>     }
>   ],
>   "answers": [],
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
# Time-respecting paths through incidents.
$ faultline escalation --paths "Islamic Resistance in Iraq" "Harakat al-Nujaba"
> Time-respecting paths from Islamic Resistance in Iraq (islamic-resistance-in-iraq) to Harakat al-Nujaba (nujaba) through incidents (each one after the previous one ended)
>
> path              departs  arrives  days  incidents
> earliest arrival  -        -        -     none
> fewest steps      -        -        -     none
> fastest           -        -        -     none
? 1
$ faultline escalation --paths IRI Nujaba --format json
> {
>   "query": "paths",
>   "from": {
>     "id": "islamic-resistance-in-iraq",
>     "name": "Islamic Resistance in Iraq",
>     "kind": "group"
>   },
>   "to": {
>     "id": "nujaba",
>     "name": "Harakat al-Nujaba",
>     "kind": "group"
>   },
>   "paths": {
>     "earliest_arrival": null,
>     "fewest_steps": null,
>     "fastest": null
>   },
>   "sources": []
> }
? 1
# Nothing follows from the PMF's condemnation: exit 1.
$ faultline escalation --from pmf-condemns-strike
> Chains following from PMF condemns the Baghdad strike (pmf-condemns-strike): 0 chains found
> Links: explicit responds_to, and inferred within 30 days (minimum score 0). Chain score: net climb + peak climb - descents, each link weighted by its score.
>
> PMF condemns the Baghdad strike answers (see --to):
>   2024-01-04  US strike in Baghdad: explicit responds_to
>
> Sources
>   [seed] News article on the U.S. airstrike in central Baghdad (untitled in the seed), 2024-01-04
? 1
# Errors.
$ faultline escalation --to Iran
! faultline: error: --to takes an incident, but "Iran" is an actor (iran)
? 2
$ faultline escalation --to "Bagdad strike"
! faultline: error: No actor or incident is named "Bagdad strike"; did you mean "US strike in Baghdad (baghdad-strike)"?
? 2
$ faultline escalation --to baghdad-strike --from kerman-bombing
! faultline: error: Give one of --to, --from, --between or --paths (or none for the top chains)
? 2
$ faultline escalation --window -1
! faultline: error: Window -1 is invalid: expected 0 to 36500 days
? 2
$ faultline escalation --as-of 2023-12-31 --to baghdad-strike
! faultline: error: Incident "baghdad-strike" is not in this view (see --as-of and --min-confidence)
? 2
$ faultline escalation --format graphml
! faultline: error: Format "graphml" is not available here: expected table, json, csv, dot, svg
? 2
$ write {tmp}/cycle.yaml "faultline: 1\nincidents:\n  - {id: a, date: 2024-01-01, responds_to: [c]}\n  - {id: b, date: 2024-01-02, responds_to: [a]}\n  - {id: c, date: 2024-01-03, responds_to: [b]}\n"
$ faultline escalation --scenario {tmp}/cycle.yaml
! faultline: error: {tmp}/cycle.yaml:3:45: incident "a" (2024-01-01) responds to "c" (2024-01-03), which comes later: a response cannot come before what it answers
? 2
$ write {tmp}/back.yaml "faultline: 1\nincidents:\n  - {id: early, date: 2024-01, responds_to: [late]}\n  - {id: late, date: 2024-02-01}\n"
$ faultline timeline --scenario {tmp}/back.yaml
! faultline: error: {tmp}/back.yaml:3:46: incident "early" (2024-01) responds to "late" (2024-02-01), which comes later: a response cannot come before what it answers
? 2
# GDELT's duplicates (issue 12): one threat under three ids counts once and says so; a state's organ
# (a bare GOV placed in the United States, a bare MIL placed in Israel) is not answered by its own state.
$ faultline --import gdelt:{samples}/fixtures/events/gdelt-organs-duplicates.tsv escalation --from gdelt-1300000012
> Chains following from Threaten to use military force, not specified below (CAMEO 138) (gdelt-1300000010): 1 chain found
> Links: explicit responds_to, and inferred within 30 days (minimum score 0). Chain score: net climb + peak climb - descents, each link weighted by its score; 2 duplicate GDELT ids folded into the events they repeat.
>
> chain  score  net  climb  descent  peak               incidents  from                                                             to
> 1      11     6    6      0        8 strike-on-state  2          Threaten to use military force, not specified below (CAMEO 138)  Employ aerial weapons (CAMEO 195)
>
> chain  step  date        incident                                                                 who                         rung               why linked                                                                                                       sources
> 1      1     2024-01-20  Threaten to use military force, not specified below (CAMEO 138) (3 ids)  Iran against United States  2 threat           start                                                                                                            [gdelt-gdelt-organs-duplicates-tsv]
> 1      2     2024-01-25  Employ aerial weapons (CAMEO 195)                                        United States against Iran  8 strike-on-state  inferred direct reprisal after 5 days, score 0.917: by United States, its target; against Iran, its perpetrator  [gdelt-gdelt-organs-duplicates-tsv]
>
> Sources
>   [gdelt-gdelt-organs-duplicates-tsv] GDELT 2.0 event export gdelt-organs-duplicates.tsv, The GDELT Project, https://www.gdeltproject.org/
! Imported {samples}/fixtures/events/gdelt-organs-duplicates.tsv (GDELT 2.0 (61 columns)): 9 of 9 rows
$ faultline --import gdelt:{samples}/fixtures/events/gdelt-organs-duplicates.tsv escalation --from gdelt-1300000012 --keep-duplicates --format csv
> chain,score,step,date,incident_id,incident,who,rung,link,rule,gap_days,link_score,why,sources,ids
> 1,11,1,2024-01-20,gdelt-1300000012,"Threaten to use military force, not specified below (CAMEO 138)",Iran against United States,2 threat,,,,,,[gdelt-gdelt-organs-duplicates-tsv],1
> 1,11,2,2024-01-25,gdelt-1300000020,Employ aerial weapons (CAMEO 195),United States against Iran,8 strike-on-state,inferred,direct_reprisal,5,0.917,"inferred direct reprisal after 5 days, score 0.917: by United States, its target; against Iran, its perpetrator",[gdelt-gdelt-organs-duplicates-tsv],1
! Imported {samples}/fixtures/events/gdelt-organs-duplicates.tsv (GDELT 2.0 (61 columns)): 9 of 9 rows
$ faultline --import gdelt:{samples}/fixtures/events/gdelt-organs-duplicates.tsv escalation --top 5 --format json
> {
>   "query": "top",
>   "subject": null,
>   "options": {
>     "window_days": 30,
>     "min_score": 0.0,
>     "top": 5,
>     "since": null,
>     "until": null,
>     "sides": true,
>     "fold_duplicates": true,
>     "as_of": null,
>     "min_confidence": 0.0,
>     "min_mentions": 0,
>     "min_sources": 0,
>     "root_events_only": false
>   },
>   "truncated": false,
>   "chains": [
>     {
>       "rank": 1,
>       "score": 11.0,
>       "climb": 6,
>       "net_climb": 6,
>       "descent": 0,
>       "peak": {
>         "level": 8,
>         "id": "strike-on-state"
>       },
>       "incidents": 2,
>       "steps": [
>         {
>           "step": 1,
>           "date": "2024-01-20",
>           "incident": {
>             "id": "gdelt-1300000010",
>             "name": "Threaten to use military force, not specified below (CAMEO 138)",
>             "kind": "incident"
>           },
>           "ids": 3,
>           "duplicates": [
>             "gdelt-1300000011",
>             "gdelt-1300000012"
>           ],
>           "type": "threat",
>           "perpetrators": [
>             "iran"
>           ],
>           "claimed_by": [],
>           "attributed_to": [],
>           "targets": [
>             "united-states"
>           ],
>           "victims": [],
>           "fatalities": null,
>           "rung": {
>             "level": 2,
>             "id": "threat",
>             "name": "Threats and pledges of revenge",
>             "basis": "cameo",
>             "why": "CAMEO 138"
>           },
>           "link": null,
>           "sources": [
>             "gdelt-gdelt-organs-duplicates-tsv"
>           ]
>         },
>         {
>           "step": 2,
>           "date": "2024-01-25",
>           "incident": {
>             "id": "gdelt-1300000020",
>             "name": "Employ aerial weapons (CAMEO 195)",
>             "kind": "incident"
>           },
>           "ids": 1,
>           "duplicates": [],
>           "type": "airstrike",
>           "perpetrators": [
>             "united-states"
>           ],
>           "claimed_by": [],
>           "attributed_to": [],
>           "targets": [
>             "iran"
>           ],
>           "victims": [],
>           "fatalities": null,
>           "rung": {
>             "level": 8,
>             "id": "strike-on-state",
>             "name": "Strikes on a state's own territory or capital",
>             "basis": "state_territory",
>             "why": "targets Iran on its territory"
>           },
>           "link": {
>             "kind": "inferred",
>             "rule": "direct_reprisal",
>             "answers": "gdelt-1300000010",
>             "gap_days": 5,
>             "score": 0.9166666666666666,
>             "why": "inferred direct reprisal after 5 days, score 0.917: by United States, its target; against Iran, its perpetrator",
>             "responder": {
>               "actor": "united-states",
>               "role": "perpetrator",
>               "tie": "same",
>               "of": "united-states",
>               "of_role": "target",
>               "weight": 1.0,
>               "relation": null
>             },
>             "against": {
>               "actor": "iran",
>               "role": "target",
>               "tie": "same",
>               "of": "iran",
>               "of_role": "perpetrator",
>               "weight": 1.0,
>               "relation": null
>             },
>             "sources": []
>           },
>           "sources": [
>             "gdelt-gdelt-organs-duplicates-tsv"
>           ]
>         }
>       ]
>     }
>   ],
>   "sources": [
>     {
>       "id": "gdelt-gdelt-organs-duplicates-tsv",
>       "title": "GDELT 2.0 event export gdelt-organs-duplicates.tsv",
>       "publisher": "The GDELT Project",
>       "date": null,
>       "url": "https://www.gdeltproject.org/",
>       "note": "imported by faultline from {samples}/fixtures/events/gdelt-organs-duplicates.tsv"
>     }
>   ]
> }
! Imported {samples}/fixtures/events/gdelt-organs-duplicates.tsv (GDELT 2.0 (61 columns)): 9 of 9 rows
# Intrastate violence is rated by fatalities; only Pakistan's shelling of Afghan posts is a strike on the state (issue 12).
$ faultline --import acled:{samples}/fixtures/events/acled-afghanistan-intrastate.csv timeline
> Timeline: 8 incidents
>
> date        incident                                     rung               by                                                      targets                                                 fatalities  sources
> 2020-05-01  Remote explosive/landmine/IED in Arghandab   5 attack           Taliban                                                 Afghanistan                                             0           [acled-acled-afghanistan-intrastate-csv]
> 2020-05-03  Armed clash in Nad-e Ali                     6 lethal-attack    Taliban                                                 Afghanistan                                             3           [acled-acled-afghanistan-intrastate-csv]
> 2020-05-05  Suicide bomb in Kabul                        9 mass-casualty    Taliban                                                 Afghanistan                                             30          [acled-acled-afghanistan-intrastate-csv]
> 2020-05-07  Shelling/artillery/missile attack in Dangam  8 strike-on-state  Pakistan                                                Afghanistan                                             0           [acled-acled-afghanistan-intrastate-csv]
> 2020-05-09  Armed clash in Kabul - Pul-e-Charkhi         5 attack           Taliban                                                 Police Forces of Afghanistan (2004-2021) Prison Guards  0           [acled-acled-afghanistan-intrastate-csv]
> 2020-05-11  Agreement in Kandahar                        1 statement        Afghanistan                                             Taliban                                                 0           [acled-acled-afghanistan-intrastate-csv]
> 2020-05-13  Armed clash in Kabul - Pul-e-Charkhi         5 attack           Police Forces of Afghanistan (2004-2021) Prison Guards  Afghanistan                                             0           [acled-acled-afghanistan-intrastate-csv]
> 2020-05-15  Armed clash in Kabul - Pul-e-Charkhi         5 attack           Afghanistan                                             Police Forces of Afghanistan (2004-2021) Prison Guards  0           [acled-acled-afghanistan-intrastate-csv]
>
> Sources
>   [acled-acled-afghanistan-intrastate-csv] ACLED event export acled-afghanistan-intrastate.csv, Armed Conflict Location & Event Data Project (ACLED), https://acleddata.com/
! Imported {samples}/fixtures/events/acled-afghanistan-intrastate.csv (ACLED (31 columns)): 8 of 8 rows
# `validate` (every command) refuses backward and cyclic responds_to, and part_of cycles, where they are written (issue 12).
$ faultline validate --scenario {tmp}/back.yaml
! faultline: error: {tmp}/back.yaml:3:46: incident "early" (2024-01) responds to "late" (2024-02-01), which comes later: a response cannot come before what it answers
? 2
$ write {tmp}/loop.yaml "faultline: 1\nincidents:\n  - {id: a, date: 2024-01, responds_to: [b]}\n  - {id: b, date: 2024-01, responds_to: [a]}\n"
$ faultline validate --scenario {tmp}/loop.yaml
! faultline: error: {tmp}/loop.yaml:4:42: the responds_to links form a cycle, so some response would come before what it answers: "a" (2024-01) responds to "b" (2024-01), which responds to "a"; remove one of these links
? 2
$ write {tmp}/parts.yaml "faultline: 1\nincidents:\n  - {id: a, date: 2024-01, part_of: [b]}\n  - {id: b, date: 2024-01, part_of: [a]}\n"
$ faultline validate --scenario {tmp}/parts.yaml
! faultline: error: {tmp}/parts.yaml:4:38: the part_of links form a cycle: "a" (2024-01) is part of "b" (2024-01), which is part of "a"; remove one of these links
? 2
$ faultline escalation --from hamas-israel-war-outbreak --window 90 --min-score 0.6 --format dot
> digraph escalation {
>   rankdir=LR;
>   node [fontname="Helvetica", shape=note];
> }
? 1
