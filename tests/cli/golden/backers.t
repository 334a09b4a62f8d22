# Who backs whom, from the bundled sample.
$ faultline backers nujaba
> Backers of Harakat al-Nujaba (nujaba): 1 found
>
> rank  backer       how     strength  steps  chain                           sources
> 1     Iran (iran)  direct  1         1      Iran —backs→ Harakat al-Nujaba  [seed]
>
> Sources
>   [seed] News article on the U.S. airstrike in central Baghdad (untitled in the seed), 2024-01-04
$ faultline backers "Harakat al-Nujaba" --format json
> {
>   "query": "backers",
>   "subject": {
>     "id": "nujaba",
>     "name": "Harakat al-Nujaba",
>     "kind": "group"
>   },
>   "options": {
>     "depth": 3,
>     "inherit": false,
>     "through_governments": false,
>     "across_conflicts": false,
>     "decay": 0.5,
>     "as_of": null,
>     "min_confidence": 0.0
>   },
>   "truncated": false,
>   "cut_off": 0,
>   "answers": [
>     {
>       "backer": {
>         "id": "iran",
>         "name": "Iran",
>         "kind": "state"
>       },
>       "direct": true,
>       "strength": 1.0,
>       "steps": 1,
>       "chain": [
>         {
>           "step": "backs",
>           "from": "iran",
>           "to": "nujaba",
>           "relation": {
>             "from": "iran",
>             "type": "backs",
>             "to": "nujaba",
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
>             "note": "\"the leader of an Iran-backed militia\""
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
$ faultline backers "harakat al nujaba" --format csv
> rank,backer,how,strength,steps,chain,sources
> 1,Iran (iran),direct,1,1,Iran —backs→ Harakat al-Nujaba,[seed]
# --inherit: backing passes through membership and control.
$ faultline backers nujaba --inherit
> Backers of Harakat al-Nujaba (nujaba): 2 found
>
> rank  backer                           how       strength  steps  chain                                                                                                             sources
> 1     Iran (iran)                      direct    1         1      Iran —backs→ Harakat al-Nujaba                                                                                    [seed]
> 2     Iraqi military (iraqi-military)  indirect  0.4       2      Iraqi military —controls→ Popular Mobilization Forces; Harakat al-Nujaba —member_of→ Popular Mobilization Forces  [seed]
>
> Sources
>   [seed] News article on the U.S. airstrike in central Baghdad (untitled in the seed), 2024-01-04
$ faultline backers pmf --inherit
> Backers of Popular Mobilization Forces (pmf): 1 found
>
> rank  backer                           how       strength  steps  chain                                                  sources
> 1     Iraqi military (iraqi-military)  controls  1         1      Iraqi military —controls→ Popular Mobilization Forces  [seed]
>
> Sources
>   [seed] News article on the U.S. airstrike in central Baghdad (untitled in the seed), 2024-01-04
$ faultline backers Israel
> Backers of Israel (israel): 1 found
>
> rank  backer               how     strength  steps  chain                         sources
> 1     United States (usa)  direct  1         1      United States —backs→ Israel  [seed]
>
> Sources
>   [seed] News article on the U.S. airstrike in central Baghdad (untitled in the seed), 2024-01-04
# Nobody backs Iran in the sample: exit 1, no result.
$ faultline backers iran
> Backers of Iran (iran): 0 found
? 1
$ faultline backers iran --format json
> {
>   "query": "backers",
>   "subject": {
>     "id": "iran",
>     "name": "Iran",
>     "kind": "state"
>   },
>   "options": {
>     "depth": 3,
>     "inherit": false,
>     "through_governments": false,
>     "across_conflicts": false,
>     "decay": 0.5,
>     "as_of": null,
>     "min_confidence": 0.0
>   },
>   "truncated": false,
>   "cut_off": 0,
>   "answers": [],
>   "sources": []
> }
? 1
# Errors: a near miss, an incident, an invalid depth, an unknown format.
$ faultline backers nujba
! faultline: error: No actor or incident is named "nujba"; did you mean "Harakat al-Nujaba (nujaba)"?
? 2
$ faultline backers kerman-bombing
! faultline: error: "kerman-bombing" is an incident (kerman-bombing), not an actor
? 2
$ faultline backers nujaba --depth 5000
! faultline: error: Depth 5000 is too large: expected 0 (no limit) to 1000
? 2
$ faultline backers nujaba --format yaml
! faultline: error: Format "yaml" is not available here: expected table, json, csv, svg
? 2
# The backing rules on an invented scenario (samples/fixtures/backing-rules.yaml,
# expected strengths worked by hand in its header): the state's backer and the
# other conflict's backer are cut, strength decays, the depth cut is reported.
$ faultline -s {samples}/fixtures/backing-rules.yaml backers red-front
> Backers of Red Front (red-front): 4 found
>
> rank  backer                       how       strength  steps  chain                                                                                                                   sources
> 1     Beloria (beloria)            direct    1         1      Beloria —backs→ Red Front (vs Corvia, x-1)
> 2     Blue League (blue-league)    direct    0.8       1      Blue League —backs→ Red Front (vs Corvia, x-1)
> 3     Grey Brigade (grey-brigade)  indirect  0.2       2      Grey Brigade —backs→ Blue League (x-1); Blue League —backs→ Red Front (vs Corvia, x-1)
> 4     Zeta Cell (zeta)             indirect  0.1       3      Zeta Cell —backs→ Grey Brigade; Grey Brigade —backs→ Blue League (x-1); Blue League —backs→ Red Front (vs Corvia, x-1)
>
> Chains are cut at 3 steps: a deeper search finds 1 more backer (--depth 0 for no limit)
$ faultline -s {samples}/fixtures/backing-rules.yaml backers red-front --through-governments --across-conflicts
> Backers of Red Front (red-front): 6 found
>
> rank  backer                         how       strength  steps  chain                                                                                                                   sources
> 1     Beloria (beloria)              direct    1         1      Beloria —backs→ Red Front (vs Corvia, x-1)
> 2     Blue League (blue-league)      direct    0.8       1      Blue League —backs→ Red Front (vs Corvia, x-1)
> 3     Arvenia (arvenia)              indirect  0.5       2      Arvenia —backs→ Beloria; Beloria —backs→ Red Front (vs Corvia, x-1)
> 4     Green Militia (green-militia)  indirect  0.4       2      Green Militia —backs→ Blue League (x-3); Blue League —backs→ Red Front (vs Corvia, x-1)
> 5     Grey Brigade (grey-brigade)    indirect  0.2       2      Grey Brigade —backs→ Blue League (x-1); Blue League —backs→ Red Front (vs Corvia, x-1)
> 6     Zeta Cell (zeta)               indirect  0.1       3      Zeta Cell —backs→ Grey Brigade; Grey Brigade —backs→ Blue League (x-1); Blue League —backs→ Red Front (vs Corvia, x-1)
>
> Chains are cut at 3 steps: a deeper search finds 1 more backer (--depth 0 for no limit)
$ faultline -s {samples}/fixtures/backing-rules.yaml backers red-front --depth 0 --decay 1
> Backers of Red Front (red-front): 5 found
>
> rank  backer                       how       strength  steps  chain                                                                                                                                                  sources
> 1     Beloria (beloria)            direct    1         1      Beloria —backs→ Red Front (vs Corvia, x-1)
> 2     Blue League (blue-league)    direct    0.8       1      Blue League —backs→ Red Front (vs Corvia, x-1)
> 3     Grey Brigade (grey-brigade)  indirect  0.4       2      Grey Brigade —backs→ Blue League (x-1); Blue League —backs→ Red Front (vs Corvia, x-1)
> 4     Zeta Cell (zeta)             indirect  0.4       3      Zeta Cell —backs→ Grey Brigade; Grey Brigade —backs→ Blue League (x-1); Blue League —backs→ Red Front (vs Corvia, x-1)
> 5     Omega Group (omega)          indirect  0.4       4      Omega Group —backs→ Zeta Cell; Zeta Cell —backs→ Grey Brigade; Grey Brigade —backs→ Blue League (x-1); Blue League —backs→ Red Front (vs Corvia, x-1)
$ faultline -s {samples}/fixtures/backing-rules.yaml backers red-front --depth 1 --format json
> {
>   "query": "backers",
>   "subject": {
>     "id": "red-front",
>     "name": "Red Front",
>     "kind": "group"
>   },
>   "options": {
>     "depth": 1,
>     "inherit": false,
>     "through_governments": false,
>     "across_conflicts": false,
>     "decay": 0.5,
>     "as_of": null,
>     "min_confidence": 0.0
>   },
>   "truncated": true,
>   "cut_off": 3,
>   "answers": [
>     {
>       "backer": {
>         "id": "beloria",
>         "name": "Beloria",
>         "kind": "state"
>       },
>       "direct": true,
>       "strength": 1.0,
>       "steps": 1,
>       "chain": [
>         {
>           "step": "backs",
>           "from": "beloria",
>           "to": "red-front",
>           "relation": {
>             "from": "beloria",
>             "type": "backs",
>             "to": "red-front",
>             "weight": 1.0,
>             "as": null,
>             "against": "corvia",
>             "conflict": "x-1",
>             "since": null,
>             "until": null,
>             "sources": [],
>             "confidence": 1.0,
>             "note": null
>           }
>         }
>       ]
>     },
>     {
>       "backer": {
>         "id": "blue-league",
>         "name": "Blue League",
>         "kind": "group"
>       },
>       "direct": true,
>       "strength": 0.8,
>       "steps": 1,
>       "chain": [
>         {
>           "step": "backs",
>           "from": "blue-league",
>           "to": "red-front",
>           "relation": {
>             "from": "blue-league",
>             "type": "backs",
>             "to": "red-front",
>             "weight": 1.0,
>             "as": null,
>             "against": "corvia",
>             "conflict": "x-1",
>             "since": null,
>             "until": null,
>             "sources": [],
>             "confidence": 0.8,
>             "note": null
>           }
>         }
>       ]
>     }
>   ],
>   "sources": []
> }
$ faultline -s {samples}/fixtures/backing-rules.yaml backers red-front --depth 1 --format csv
> rank,backer,how,strength,steps,chain,sources
> 1,Beloria (beloria),direct,1,1,"Beloria —backs→ Red Front (vs Corvia, x-1)",
> 2,Blue League (blue-league),direct,0.8,1,"Blue League —backs→ Red Front (vs Corvia, x-1)",
$ faultline backers nujaba --decay 0
! faultline: error: Decay 0 is out of range: expected a number in (0, 1]
? 2
$ faultline backers nujaba --decay 1.5
! faultline: error: Decay 1.5 is out of range: expected a number in (0, 1]
? 2
