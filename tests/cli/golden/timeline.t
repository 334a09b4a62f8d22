# The incidents in time order with their rungs. A month-precision incident
# sorts at the start of its month, but after what it responds to.
$ faultline timeline
> Timeline: 9 incidents
>
> date                      incident                                                rung                  by                                                            targets            fatalities  sources
> 2020-01-03                US assassination of Qassem Soleimani                    7 leadership-killing  United States                                                 Iran               unknown     [seed]
> 2023-10-07                Outbreak of the Hamas-Israel war                        5 attack              Hamas                                                         Israel             unknown     [seed]
> 2023-10-07 to 2024-01-04  Islamic Resistance in Iraq attacks on US installations  5 attack              Islamic Resistance in Iraq (attributed to Harakat al-Nujaba)  United States      unknown     [seed]
> 2024-01                   Calls for the withdrawal of US forces from Iraq         1 statement                                                                         United States      unknown     [seed]
> 2024-01                   Assassination of a senior Hamas official in Lebanon     7 leadership-killing  attributed to Israel by Lebanon                               Hamas              unknown     [seed]
> 2024-01-03                Bombing of the Soleimani memorial ceremony              9 mass-casualty       claimed by Islamic State                                      Iran               84          [seed]
> 2024-01                   Iran pledges revenge for the memorial bombing           2 threat              Iran                                                                             unknown     [seed]
> 2024-01-04                US strike in Baghdad                                    7 leadership-killing  United States                                                 Harakat al-Nujaba  2           [seed]
> 2024-01-04                PMF condemns the Baghdad strike                         1 statement           Popular Mobilization Forces                                   United States      unknown     [seed]
>
> Sources
>   [seed] News article on the U.S. airstrike in central Baghdad (untitled in the seed), 2024-01-04
$ faultline timeline --actor Iran
> Timeline of Iran (iran): 3 incidents
>
> date        incident                                       rung                  by                        targets  fatalities  sources
> 2020-01-03  US assassination of Qassem Soleimani           7 leadership-killing  United States             Iran     unknown     [seed]
> 2024-01-03  Bombing of the Soleimani memorial ceremony     9 mass-casualty       claimed by Islamic State  Iran     84          [seed]
> 2024-01     Iran pledges revenge for the memorial bombing  2 threat              Iran                               unknown     [seed]
>
> Sources
>   [seed] News article on the U.S. airstrike in central Baghdad (untitled in the seed), 2024-01-04
$ faultline timeline --actor nujaba --format json
> {
>   "input": "the bundled sample",
>   "filters": {
>     "actor": {
>       "id": "nujaba",
>       "name": "Harakat al-Nujaba",
>       "kind": "group"
>     },
>     "from": null,
>     "to": null,
>     "as_of": null,
>     "min_confidence": 0.0,
>     "min_mentions": 0,
>     "min_sources": 0,
>     "root_events_only": false
>   },
>   "incidents": [
>     {
>       "date": "2023-10-07",
>       "until": "2024-01-04",
>       "incident": {
>         "id": "iri-attacks-on-us-installations",
>         "name": "Islamic Resistance in Iraq attacks on US installations",
>         "kind": "incident"
>       },
>       "type": "attack-campaign",
>       "place": "Iraq and Syria",
>       "country": null,
>       "rung": {
>         "level": 5,
>         "id": "attack",
>         "name": "Attacks without casualties",
>         "basis": "type",
>         "why": "type attack-campaign"
>       },
>       "perpetrators": [
>         "islamic-resistance-in-iraq"
>       ],
>       "claimed_by": [],
>       "attributed_to": [
>         {
>           "actor": "nujaba",
>           "by": null
>         }
>       ],
>       "targets": [
>         "usa"
>       ],
>       "victims": [],
>       "fatalities": null,
>       "injured": null,
>       "cameo": null,
>       "goldstein": null,
>       "coding": null,
>       "sources": [
>         "seed"
>       ],
>       "confidence": 1.0,
>       "note": "The campaign runs from the outbreak of the war (\"since the outbreak\"; 2023-10-07 is the well-known date) to the article's date."
>     },
>     {
>       "date": "2024-01-04",
>       "until": null,
>       "incident": {
>         "id": "baghdad-strike",
>         "name": "US strike in Baghdad",
>         "kind": "incident"
>       },
>       "type": "airstrike",
>       "place": "Central Baghdad",
>       "country": "IQ",
>       "rung": {
>         "level": 7,
>         "id": "leadership-killing",
>         "name": "Killing of commanders and leaders",
>         "basis": "leadership",
>         "why": "victim Harakat al-Nujaba commander killed in the Baghdad strike"
>       },
>       "perpetrators": [
>         "usa"
>       ],
>       "claimed_by": [],
>       "attributed_to": [],
>       "targets": [
>         "nujaba"
>       ],
>       "victims": [
>         "nujaba-commander",
>         "second-strike-victim"
>       ],
>       "fatalities": 2,
>       "injured": null,
>       "cameo": null,
>       "goldstein": null,
>       "coding": null,
>       "sources": [
>         "seed"
>       ],
>       "confidence": 1.0,
>       "note": "The article, dated 2024-01-04, calls the strike recent; 2024-01-04 is the well-known date."
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
$ faultline timeline --from 2024-01-04 --to 2024-01 --format csv
> date,incident_id,incident,type,rung,perpetrators,claimed_by,attributed_to,targets,fatalities,cameo,goldstein,sources
> 2023-10-07 to 2024-01-04,iri-attacks-on-us-installations,Islamic Resistance in Iraq attacks on US installations,attack-campaign,5 attack,Islamic Resistance in Iraq,,Harakat al-Nujaba,United States,unknown,,,[seed]
> 2024-01,calls-for-us-withdrawal,Calls for the withdrawal of US forces from Iraq,statement,1 statement,,,,United States,unknown,,,[seed]
> 2024-01,hamas-official-killing,Assassination of a senior Hamas official in Lebanon,assassination,7 leadership-killing,,,Israel (by Lebanon),Hamas,unknown,,,[seed]
> 2024-01,iran-revenge-pledge,Iran pledges revenge for the memorial bombing,pledge-of-revenge,2 threat,Iran,,,,unknown,,,[seed]
> 2024-01-04,baghdad-strike,US strike in Baghdad,airstrike,7 leadership-killing,United States,,,Harakat al-Nujaba,2,,,[seed]
> 2024-01-04,pmf-condemns-strike,PMF condemns the Baghdad strike,condemnation,1 statement,Popular Mobilization Forces,,,United States,unknown,,,[seed]
# Claims and attributions keep their names: the Islamic State claimed the bombing
# (no one is said to have carried it out), Lebanon holds Israel responsible.
$ faultline timeline --actor "Islamic State" --format csv
> date,incident_id,incident,type,rung,perpetrators,claimed_by,attributed_to,targets,fatalities,cameo,goldstein,sources
> 2024-01-03,kerman-bombing,Bombing of the Soleimani memorial ceremony,bombing,9 mass-casualty,,Islamic State,,Iran,84,,,[seed]
$ faultline timeline --actor Israel --format json --to 2024-01
> {
>   "input": "the bundled sample",
>   "filters": {
>     "actor": {
>       "id": "israel",
>       "name": "Israel",
>       "kind": "state"
>     },
>     "from": null,
>     "to": "2024-01",
>     "as_of": null,
>     "min_confidence": 0.0,
>     "min_mentions": 0,
>     "min_sources": 0,
>     "root_events_only": false
>   },
>   "incidents": [
>     {
>       "date": "2023-10-07",
>       "until": null,
>       "incident": {
>         "id": "hamas-israel-war-outbreak",
>         "name": "Outbreak of the Hamas-Israel war",
>         "kind": "incident"
>       },
>       "type": "attack",
>       "place": null,
>       "country": null,
>       "rung": {
>         "level": 5,
>         "id": "attack",
>         "name": "Attacks without casualties",
>         "basis": "type",
>         "why": "type attack"
>       },
>       "perpetrators": [
>         "hamas"
>       ],
>       "claimed_by": [],
>       "attributed_to": [],
>       "targets": [
>         "israel"
>       ],
>       "victims": [],
>       "fatalities": null,
>       "injured": null,
>       "cameo": null,
>       "goldstein": null,
>       "coding": null,
>       "sources": [
>         "seed"
>       ],
>       "confidence": 1.0,
>       "note": "The article gives neither the date nor the place; 2023-10-07 is the well-known public date."
>     },
>     {
>       "date": "2024-01",
>       "until": null,
>       "incident": {
>         "id": "hamas-official-killing",
>         "name": "Assassination of a senior Hamas official in Lebanon",
>         "kind": "incident"
>       },
>       "type": "assassination",
>       "place": "Lebanon",
>       "country": "LB",
>       "rung": {
>         "level": 7,
>         "id": "leadership-killing",
>         "name": "Killing of commanders and leaders",
>         "basis": "type",
>         "why": "type assassination"
>       },
>       "perpetrators": [],
>       "claimed_by": [],
>       "attributed_to": [
>         {
>           "actor": "israel",
>           "by": "lebanon"
>         }
>       ],
>       "targets": [
>         "hamas"
>       ],
>       "victims": [
>         "hamas-official"
>       ],
>       "fatalities": null,
>       "injured": null,
>       "cameo": null,
>       "goldstein": null,
>       "coding": null,
>       "sources": [
>         "seed"
>       ],
>       "confidence": 1.0,
>       "note": "Publicly dated 2024-01-02; the article gives no date, so the month is used."
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
# Nothing before 2020: exit 1.
$ faultline timeline --to 2019
> Timeline to 2019: 0 incidents
? 1
# Errors.
$ faultline timeline --from 2024-13
! faultline: error: --from "2024-13" is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD
? 2
$ faultline timeline --from 2024-02 --to 2024-01
! faultline: error: The timeline starts (2024-02) after it ends (2024-01)
? 2
$ faultline timeline --actor Mossad
! faultline: error: No actor or incident is named "Mossad"
? 2
