# The clients of a sponsor.
$ faultline proxies iran
> Proxies of Iran (iran): 1 found
>
> rank  proxy                       how     strength  steps  chain                           sources
> 1     Harakat al-Nujaba (nujaba)  direct  1         1      Iran —backs→ Harakat al-Nujaba  [seed]
>
> Sources
>   [seed] News article on the U.S. airstrike in central Baghdad (untitled in the seed), 2024-01-04
$ faultline proxies iran --format json
> {
>   "query": "proxies",
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
>   "answers": [
>     {
>       "proxy": {
>         "id": "nujaba",
>         "name": "Harakat al-Nujaba",
>         "kind": "group"
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
$ faultline proxies Washington --format csv
> rank,proxy,how,strength,steps,chain,sources
> 1,Israel (israel),direct,1,1,United States —backs→ Israel,[seed]
$ faultline proxies hamas
> Proxies of Hamas (hamas): 0 found
? 1
$ faultline proxies tehran --depth 1
> Proxies of Iran (iran): 1 found
>
> rank  proxy                       how     strength  steps  chain                           sources
> 1     Harakat al-Nujaba (nujaba)  direct  1         1      Iran —backs→ Harakat al-Nujaba  [seed]
>
> Sources
>   [seed] News article on the U.S. airstrike in central Baghdad (untitled in the seed), 2024-01-04
# Backing given to a government ends a chain: Arvenia's proxy is Beloria, not
# what Beloria backs (samples/fixtures/backing-rules.yaml).
$ faultline -s {samples}/fixtures/backing-rules.yaml proxies arvenia
> Proxies of Arvenia (arvenia): 1 found
>
> rank  proxy              how     strength  steps  chain                    sources
> 1     Beloria (beloria)  direct  1         1      Arvenia —backs→ Beloria
$ faultline -s {samples}/fixtures/backing-rules.yaml proxies arvenia --through-governments
> Proxies of Arvenia (arvenia): 2 found
>
> rank  proxy                  how       strength  steps  chain                                                                sources
> 1     Beloria (beloria)      direct    1         1      Arvenia —backs→ Beloria
> 2     Red Front (red-front)  indirect  0.5       2      Arvenia —backs→ Beloria; Beloria —backs→ Red Front (vs Corvia, x-1)
$ faultline -s {samples}/fixtures/backing-rules.yaml proxies omega --depth 2
> Proxies of Omega Group (omega): 2 found
>
> rank  proxy                        how       strength  steps  chain                                                          sources
> 1     Zeta Cell (zeta)             direct    1         1      Omega Group —backs→ Zeta Cell
> 2     Grey Brigade (grey-brigade)  indirect  0.5       2      Omega Group —backs→ Zeta Cell; Zeta Cell —backs→ Grey Brigade
>
> Chains are cut at 2 steps: a deeper search finds 2 more proxies (--depth 0 for no limit)
