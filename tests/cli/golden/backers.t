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
>     "depth": 0,
>     "inherit": false,
>     "as_of": null,
>     "min_confidence": 0.0
>   },
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
> 2     Iraqi military (iraqi-military)  indirect  1         2      Iraqi military —controls→ Popular Mobilization Forces; Harakat al-Nujaba —member_of→ Popular Mobilization Forces  [seed]
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
>     "depth": 0,
>     "inherit": false,
>     "as_of": null,
>     "min_confidence": 0.0
>   },
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
! faultline: error: Format "yaml" is not available here: expected table, json, csv
? 2
