$ faultline show pmf
> Popular Mobilization Forces (pmf)
> field        value
> kind         group
> category     coalition
> country      IQ
> aliases      PMF, Popular Mobilization Force, Hashd al-Shaabi, al-Hashd al-Shaabi
> description  A coalition of militias controlled by the Iraqi military.
> sources      [seed]
>
> Relations (4)
> relation                                                                                          weight  confidence  sources
> Popular Mobilization Forces —condemns→ United States (since 2024-01-04)                           0.5     1           [seed]
> Iraqi military —controls→ Popular Mobilization Forces                                             1       1           [seed]
> Harakat al-Nujaba —member_of→ Popular Mobilization Forces                                         1       0.8         [seed]
> Harakat al-Nujaba commander killed in the Baghdad strike —member_of→ Popular Mobilization Forces  1       0.8         [seed]
>
> Incidents (2)
> date        incident                                               role          sources
> 2024-01-04  US strike in Baghdad (baghdad-strike)                  condemned_by  [seed]
> 2024-01-04  PMF condemns the Baghdad strike (pmf-condemns-strike)  perpetrator   [seed]
>
> Sources
>   [seed] News article on the U.S. airstrike in central Baghdad (untitled in the seed), 2024-01-04
$ faultline show pmf --format json
> {
>   "id": "pmf",
>   "name": "Popular Mobilization Forces",
>   "kind": "group",
>   "category": "coalition",
>   "country": "IQ",
>   "aliases": [
>     "PMF",
>     "Popular Mobilization Force",
>     "Hashd al-Shaabi",
>     "al-Hashd al-Shaabi"
>   ],
>   "merged": [],
>   "tags": [],
>   "description": "A coalition of militias controlled by the Iraqi military.",
>   "sources": [
>     "seed"
>   ],
>   "confidence": 1.0,
>   "note": null,
>   "relations": [
>     {
>       "from": "pmf",
>       "type": "condemns",
>       "to": "usa",
>       "weight": 0.5,
>       "as": null,
>       "against": null,
>       "conflict": null,
>       "since": "2024-01-04",
>       "until": null,
>       "sources": [
>         "seed"
>       ],
>       "confidence": 1.0,
>       "note": "The PMF condemned the strike \"as an act of aggression by the United States\"; the date is the strike's."
>     },
>     {
>       "from": "iraqi-military",
>       "type": "controls",
>       "to": "pmf",
>       "weight": 1.0,
>       "as": null,
>       "against": null,
>       "conflict": null,
>       "since": null,
>       "until": null,
>       "sources": [
>         "seed"
>       ],
>       "confidence": 1.0,
>       "note": "\"The Popular Mobilization Force (PMF), a coalition of militias controlled by the Iraqi military\""
>     },
>     {
>       "from": "nujaba",
>       "type": "member_of",
>       "to": "pmf",
>       "weight": 1.0,
>       "as": null,
>       "against": null,
>       "conflict": null,
>       "since": null,
>       "until": null,
>       "sources": [
>         "seed"
>       ],
>       "confidence": 0.8,
>       "note": "Implied, not said: the PMF is \"a coalition of militias\", and after the strike on a Nujaba commander it \"mourned the loss of its deputy head of operations in Baghdad\"."
>     },
>     {
>       "from": "nujaba-commander",
>       "type": "member_of",
>       "to": "pmf",
>       "weight": 1.0,
>       "as": null,
>       "against": null,
>       "conflict": null,
>       "since": null,
>       "until": null,
>       "sources": [
>         "seed"
>       ],
>       "confidence": 0.8,
>       "note": "Implied, not said: after the strike the PMF \"mourned the loss of its deputy head of operations in Baghdad\"; the article does not say whether he was the commander or the other person killed."
>     }
>   ],
>   "incidents": [
>     {
>       "part": "condemned_by",
>       "role": "condemned_by",
>       "incident": "baghdad-strike",
>       "actor": "pmf",
>       "by": null,
>       "sources": [
>         "seed"
>       ],
>       "confidence": 1.0,
>       "note": "The article, dated 2024-01-04, calls the strike recent; 2024-01-04 is the well-known date."
>     },
>     {
>       "part": "perpetrator",
>       "role": "perpetrator",
>       "incident": "pmf-condemns-strike",
>       "actor": "pmf",
>       "by": null,
>       "sources": [
>         "seed"
>       ],
>       "confidence": 1.0,
>       "note": "The article gives no date; the strike's is used."
>     }
>   ],
>   "cited_sources": [
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
$ faultline show baghdad-strike
> US strike in Baghdad (baghdad-strike)
> field        value
> kind         incident
> date         2024-01-04
> type         airstrike
> place        Central Baghdad (IQ)
> fatalities   2
> injured      unknown
> description  A U.S. airstrike in central Baghdad aimed at a commander of Harakat al Nujaba kills him and another individual, according to an anonymous U.S. official.
> sources      [seed]
> note         The article, dated 2024-01-04, calls the strike recent; 2024-01-04 is the well-known date.
>
> Actors (5)
> role          actor                                                                        sources
> perpetrator   United States (usa)                                                          [seed]
> target        Harakat al-Nujaba (nujaba)                                                   [seed]
> victim        Harakat al-Nujaba commander killed in the Baghdad strike (nujaba-commander)  [seed]
> victim        Second person killed in the Baghdad strike (second-strike-victim)            [seed]
> condemned_by  Popular Mobilization Forces (pmf)                                            [seed]
>
> Links (2)
> link                                                                                       sources
> US strike in Baghdad —responds_to→ Islamic Resistance in Iraq attacks on US installations  [seed]
> PMF condemns the Baghdad strike —responds_to→ US strike in Baghdad                         [seed]
>
> Sources
>   [seed] News article on the U.S. airstrike in central Baghdad (untitled in the seed), 2024-01-04
$ faultline show "U.S." --as-of 2023-12
> United States (usa)
> field    value
> kind     state
> country  US
> aliases  US, U.S., USA, United States of America, Washington, America
> sources  [seed]
>
> Relations (5)
> relation                                                                weight  confidence  sources
> United States —designates→ Harakat al-Nujaba as terrorist-organisation  1       1           [seed]
> United States —backs→ Israel                                            1       1           [seed]
> Harakat al-Nujaba —hostile_to→ United States                            1       1           [seed]
> Islamic Resistance in Iraq —hostile_to→ United States (since 2023-10)   1       1           [seed]
> Iraq —hosts→ United States                                              0.5     0.7         [seed]
>
> Incidents (2)
> date        incident                                                                                  role         sources
> 2020-01-03  US assassination of Qassem Soleimani (soleimani-killing)                                  perpetrator  [seed]
> 2023-10-07  Islamic Resistance in Iraq attacks on US installations (iri-attacks-on-us-installations)  target       [seed]
>
> Sources
>   [seed] News article on the U.S. airstrike in central Baghdad (untitled in the seed), 2024-01-04
$ faultline show "hamas-official-killing" --format json
> {
>   "id": "hamas-official-killing",
>   "name": "Assassination of a senior Hamas official in Lebanon",
>   "kind": "incident",
>   "date": "2024-01",
>   "until": null,
>   "type": "assassination",
>   "place": {
>     "name": "Lebanon",
>     "country": "LB",
>     "lat": null,
>     "lon": null
>   },
>   "fatalities": null,
>   "injured": null,
>   "description": "In Lebanon, a senior Hamas official is assassinated, with authorities holding Israel responsible for the attack.",
>   "cameo": null,
>   "goldstein": null,
>   "coding": null,
>   "sources": [
>     "seed"
>   ],
>   "confidence": 1.0,
>   "note": "Publicly dated 2024-01-02; the article gives no date, so the month is used.",
>   "roles": [
>     {
>       "part": "target",
>       "role": "target",
>       "incident": "hamas-official-killing",
>       "actor": "hamas",
>       "by": null,
>       "sources": [
>         "seed"
>       ],
>       "confidence": 1.0,
>       "note": "Publicly dated 2024-01-02; the article gives no date, so the month is used."
>     },
>     {
>       "part": "victim",
>       "role": "victim",
>       "incident": "hamas-official-killing",
>       "actor": "hamas-official",
>       "by": null,
>       "sources": [
>         "seed"
>       ],
>       "confidence": 1.0,
>       "note": "Publicly dated 2024-01-02; the article gives no date, so the month is used."
>     },
>     {
>       "part": "attributed_to",
>       "role": "attributed_to",
>       "incident": "hamas-official-killing",
>       "actor": "israel",
>       "by": "lebanon",
>       "sources": [
>         "seed"
>       ],
>       "confidence": 0.9,
>       "note": "The article says \"authorities\" hold Israel responsible, in a sentence set in Lebanon: that they are Lebanon's is implied."
>     }
>   ],
>   "links": [],
>   "cited_sources": [
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
# An actor that attributes an incident lists it: Lebanon holds Israel responsible.
$ faultline show lebanon
> Lebanon (lebanon)
> field    value
> kind     state
> country  LB
> aliases  Lebanese authorities
> sources  [seed]
>
> Relations (0)
>
> Incidents (1)
> date     incident                                                                      role                     sources
> 2024-01  Assassination of a senior Hamas official in Lebanon (hamas-official-killing)  attributes it to Israel  [seed]
>
> Sources
>   [seed] News article on the U.S. airstrike in central Baghdad (untitled in the seed), 2024-01-04
$ faultline show lebanon --format json
> {
>   "id": "lebanon",
>   "name": "Lebanon",
>   "kind": "state",
>   "category": null,
>   "country": "LB",
>   "aliases": [
>     "Lebanese authorities"
>   ],
>   "merged": [],
>   "tags": [],
>   "description": null,
>   "sources": [
>     "seed"
>   ],
>   "confidence": 1.0,
>   "note": null,
>   "relations": [],
>   "incidents": [
>     {
>       "part": "attributed_by",
>       "role": "attributed_to",
>       "incident": "hamas-official-killing",
>       "actor": "israel",
>       "by": "lebanon",
>       "sources": [
>         "seed"
>       ],
>       "confidence": 0.9,
>       "note": "The article says \"authorities\" hold Israel responsible, in a sentence set in Lebanon: that they are Lebanon's is implied."
>     }
>   ],
>   "cited_sources": [
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
$ faultline show hamass
! faultline: error: No actor or incident is named "hamass"; did you mean "Hamas (hamas)"?
? 2
