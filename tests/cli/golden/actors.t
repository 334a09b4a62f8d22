$ faultline actors
> id                          name                                                      kind    category     country  relations  incidents  aliases
> hamas                       Hamas                                                     group   armed-group  PS       2          2          Harakat al-Muqawama al-Islamiya
> hamas-official              Senior Hamas official assassinated in Lebanon             person  official              1          1
> iran                        Iran                                                      state                IR       3          3          Islamic Republic of Iran; Tehran
> iraq                        Iraq                                                      state                IQ       2          0          Republic of Iraq
> iraqi-military              Iraqi military                                            group   armed-force  IQ       2          0          Iraqi armed forces
> islamic-resistance-in-iraq  Islamic Resistance in Iraq                                group   armed-group  IQ       1          1          IRI; Islamic Resistance
> islamic-state               Islamic State                                             group   armed-group           0          1          IS; ISIS; ISIL; Daesh
> israel                      Israel                                                    state                IL       3          2          State of Israel
> lebanon                     Lebanon                                                   state                LB       0          0          Lebanese authorities
> nujaba                      Harakat al-Nujaba                                         group   militia      IQ       5          2          Harakat al Nujaba; Nujaba; al-Nujaba
> nujaba-commander            Harakat al-Nujaba commander killed in the Baghdad strike  person  commander    IQ       2          1
> pmf                         Popular Mobilization Forces                               group   coalition    IQ       4          2          PMF; Popular Mobilization Force; Hashd al-Shaabi; al-Hashd al-Shaabi
> second-strike-victim        Second person killed in the Baghdad strike                person                        0          1
> soleimani                   Qassem Soleimani                                          person  commander    IR       1          1          Qasem Soleimani; Qassem Suleimani
> usa                         United States                                             state                US       6          5          US; U.S.; USA; United States of America; Washington; America
$ faultline actors --kind person --format csv
> id,name,kind,category,country,relations,incidents,aliases
> hamas-official,Senior Hamas official assassinated in Lebanon,person,official,,1,1,
> nujaba-commander,Harakat al-Nujaba commander killed in the Baghdad strike,person,commander,IQ,2,1,
> second-strike-victim,Second person killed in the Baghdad strike,person,,,0,1,
> soleimani,Qassem Soleimani,person,commander,IR,1,1,Qasem Soleimani; Qassem Suleimani
$ faultline actors --kind state --format json
> {
>   "actors": [
>     {
>       "id": "iran",
>       "name": "Iran",
>       "kind": "state",
>       "category": null,
>       "country": "IR",
>       "aliases": [
>         "Islamic Republic of Iran",
>         "Tehran"
>       ],
>       "tags": [],
>       "relations": 3,
>       "incidents": 3
>     },
>     {
>       "id": "iraq",
>       "name": "Iraq",
>       "kind": "state",
>       "category": null,
>       "country": "IQ",
>       "aliases": [
>         "Republic of Iraq"
>       ],
>       "tags": [],
>       "relations": 2,
>       "incidents": 0
>     },
>     {
>       "id": "israel",
>       "name": "Israel",
>       "kind": "state",
>       "category": null,
>       "country": "IL",
>       "aliases": [
>         "State of Israel"
>       ],
>       "tags": [],
>       "relations": 3,
>       "incidents": 2
>     },
>     {
>       "id": "lebanon",
>       "name": "Lebanon",
>       "kind": "state",
>       "category": null,
>       "country": "LB",
>       "aliases": [
>         "Lebanese authorities"
>       ],
>       "tags": [],
>       "relations": 0,
>       "incidents": 0
>     },
>     {
>       "id": "usa",
>       "name": "United States",
>       "kind": "state",
>       "category": null,
>       "country": "US",
>       "aliases": [
>         "US",
>         "U.S.",
>         "USA",
>         "United States of America",
>         "Washington",
>         "America"
>       ],
>       "tags": [],
>       "relations": 6,
>       "incidents": 5
>     }
>   ]
> }
# An actor that carried out, claimed and is held responsible for one incident
# has one incident, not three roles.
$ write {tmp}/claim.yaml "faultline: 1\nactors:\n  - {id: a, kind: group, name: Alpha}\n  - {id: b, kind: state, name: Beta}\n  - {id: c, kind: state, name: Gamma}\nincidents:\n  - {id: x, date: 2024-01-02, perpetrator: a, claimed_by: a, target: b, attributed_to: [{actor: a, by: c}]}\n"
$ faultline -s {tmp}/claim.yaml actors --format csv
> id,name,kind,category,country,relations,incidents,aliases
> a,Alpha,group,,,0,1,
> b,Beta,state,,,0,1,
> c,Gamma,state,,,0,0,
$ faultline -s {tmp}/claim.yaml show a
> Alpha (a)
> field  value
> kind   group
>
> Relations (0)
>
> Incidents (1)
> date        incident  role                      sources
> 2024-01-02  x (x)     perpetrator
> 2024-01-02  x (x)     claimed_by
> 2024-01-02  x (x)     attributed_to (by Gamma)
$ faultline -s {tmp}/claim.yaml timeline
> Timeline: 1 incident
>
> date        incident  rung         by                                                targets  fatalities  sources
> 2024-01-02  x         1 statement  Alpha (claimed it; attributed to Alpha by Gamma)  Beta     unknown
$ faultline actors --category nothing-like-this
> id  name  kind  category  country  relations  incidents  aliases
? 1
$ faultline actors --kind incident
! faultline: error: --kind "incident" is not an actor kind: expected state, group or person
? 2
