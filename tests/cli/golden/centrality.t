# Who matters: PageRank on the bundled sample (directed relations, relation weights).
$ faultline centrality --metric pagerank --top 5
> PageRank on the bundled sample: 15 actors, 16 ties (directed, weighted, signed)
> Converged in 57 iterations
>
> rank  actor                              score
> 1     Israel (israel)                    0.322417
> 2     Hamas (hamas)                      0.296349
> 3     United States (usa)                0.115305
> 4     Harakat al-Nujaba (nujaba)         0.075646
> 5     Popular Mobilization Forces (pmf)  0.054439
> (10 more: raise --top)
# Brokers of the sample, relations taken as undirected ties, hop counts.
$ faultline centrality -m betweenness --undirected --unweighted --normalized --top 5 --format json
> {
>   "metric": "betweenness",
>   "input": "the bundled sample",
>   "graph": {
>     "directed": false,
>     "actors": 15,
>     "ties": 16,
>     "weighted": false,
>     "signed": true
>   },
>   "options": {
>     "layer": [],
>     "as_of": null,
>     "window": null,
>     "incidents": false,
>     "min_events": 1,
>     "normalized": true
>   },
>   "ranked_by": "score",
>   "iterations": null,
>   "scores": [
>     {
>       "rank": 1,
>       "node": {
>         "id": "usa",
>         "name": "United States",
>         "kind": "state"
>       },
>       "score": 0.293040293
>     },
>     {
>       "rank": 2,
>       "node": {
>         "id": "israel",
>         "name": "Israel",
>         "kind": "state"
>       },
>       "score": 0.2307692308
>     },
>     {
>       "rank": 3,
>       "node": {
>         "id": "iran",
>         "name": "Iran",
>         "kind": "state"
>       },
>       "score": 0.1373626374
>     },
>     {
>       "rank": 4,
>       "node": {
>         "id": "nujaba",
>         "name": "Harakat al-Nujaba",
>         "kind": "group"
>       },
>       "score": 0.1355311355
>     },
>     {
>       "rank": 5,
>       "node": {
>         "id": "hamas",
>         "name": "Hamas",
>         "kind": "group"
>       },
>       "score": 0.1098901099
>     }
>   ]
> }
# Degree on two layers, as CSV.
$ faultline centrality -m degree --layer backs,hostile_to --top 6 --format csv
> rank,id,name,score
> 1,usa,United States,3.000000
> 2,iran,Iran,2.000000
> 3,israel,Israel,2.000000
> 4,nujaba,Harakat al-Nujaba,2.000000
> 5,islamic-resistance-in-iraq,Islamic Resistance in Iraq,1.000000
> 6,hamas,Hamas,0.000000
# A window that selects nothing: no tie, nothing to rank, exit code 1.
$ faultline centrality -m betweenness --layer condemns --window ..2023-12 --top 3
> Betweenness on the bundled sample: 15 actors, 0 ties (directed); layer condemns; window ..2023-12
> No ties in this view: there is nothing to rank
? 1
# Plain edge lists: Zachary's karate club (undirected, weighted by ZACHC).
$ faultline --edges {samples}/fixtures/centrality/karate.csv --undirected centrality -m betweenness --unweighted --top 5
> Betweenness on {samples}/fixtures/centrality/karate.csv: 34 nodes, 78 ties (undirected)
>
> rank  node  score
> 1     1     231.071429
> 2     34    160.551587
> 3     33    76.690476
> 4     3     75.850794
> 5     32    73.009524
> (29 more: raise --top)
$ faultline --edges {samples}/fixtures/centrality/karate.csv --undirected centrality -m pagerank --top 3 --format csv
> rank,id,name,score
> 1,34,34,0.096980
> 2,1,1,0.088508
> 3,33,33,0.075926
$ faultline --edges {samples}/fixtures/centrality/karate.csv --undirected centrality -m betweenness --unweighted --samples 8 --seed 1 --top 3
> Betweenness on {samples}/fixtures/centrality/karate.csv: 34 nodes, 78 ties (undirected)
> Estimated from 8 random sources (seed 1)
>
> rank  node  score
> 1     34    165.999603
> 2     1     153.871925
> 3     32    101.967956
> (31 more: raise --top)
# Padgett's Florentine families: closeness and the edge that bridges most.
$ faultline --edges {samples}/fixtures/centrality/florentine.csv --undirected centrality -m closeness --top 3
> Closeness on {samples}/fixtures/centrality/florentine.csv: 15 nodes, 20 ties (undirected)
>
> rank  node     score
> 1     Medici   0.560000
> 2     Ridolfi  0.500000
> 3     Albizzi  0.482759
> (12 more: raise --top)
$ faultline --edges {samples}/fixtures/centrality/florentine.csv --undirected centrality -m edge-betweenness --top 3
> Edge betweenness on {samples}/fixtures/centrality/florentine.csv: 15 nodes, 20 ties (undirected)
>
> rank  from    to         score
> 1     Medici  Salviati   26.000000
> 2     Medici  Albizzi    22.333333
> 3     Medici  Barbadori  18.500000
> (17 more: raise --top)
# Read's Gahuku-Gama tribes, signed: the PN index and signed eigenvector centrality.
$ faultline --edges {samples}/fixtures/centrality/gahuku_gama.csv --undirected centrality -m pn --top 4
> PN index on {samples}/fixtures/centrality/gahuku_gama.csv: 16 nodes, 58 ties (undirected, signed)
> Converged in 12 iterations
>
> rank  node   score
> 1     Masil  1.223561
> 2     Ukudz  1.141460
> 3     Ove    1.041977
> 4     Alika  1.022604
> (12 more: raise --top)
$ faultline --edges {samples}/fixtures/centrality/gahuku_gama.csv --undirected centrality -m signed-eigenvector --top 4 --format json
> {
>   "metric": "signed-eigenvector",
>   "input": "{samples}/fixtures/centrality/gahuku_gama.csv",
>   "graph": {
>     "directed": false,
>     "nodes": 16,
>     "ties": 58,
>     "weighted": false,
>     "signed": true
>   },
>   "options": {
>     "layer": [],
>     "as_of": null,
>     "window": null,
>     "incidents": false,
>     "min_events": 1,
>     "normalized": false
>   },
>   "ranked_by": "magnitude",
>   "iterations": null,
>   "scores": [
>     {
>       "rank": 1,
>       "node": {
>         "id": "Gavev",
>         "name": "Gavev"
>       },
>       "score": 1.0
>     },
>     {
>       "rank": 2,
>       "node": {
>         "id": "Gama",
>         "name": "Gama"
>       },
>       "score": 0.9872490924
>     },
>     {
>       "rank": 3,
>       "node": {
>         "id": "Gahuk",
>         "name": "Gahuk"
>       },
>       "score": -0.9545496623
>     },
>     {
>       "rank": 4,
>       "node": {
>         "id": "Asaro",
>         "name": "Asaro"
>       },
>       "score": -0.9135298342
>     }
>   ]
> }
# Errors.
$ faultline centrality -m influence
! faultline: error: Unknown metric "influence": expected one of degree, betweenness, edge-betweenness, pagerank, eigenvector, closeness, harmonic, katz, pn, signed-eigenvector
? 2
$ faultline --edges {samples}/fixtures/centrality/gahuku_gama.csv centrality -m signed-eigenvector
! faultline: error: Signed eigenvector centrality needs an undirected graph (its matrix must be symmetric): give --undirected
? 2
$ faultline --edges {samples}/fixtures/centrality/karate.csv --undirected centrality -m eigenvector --max-iter 2
! faultline: error: Eigenvector centrality did not converge in 2 iterations (last L1 change 1.1434982950814485, needed below 3.4e-05): raise --max-iter or --tolerance; a graph whose leading eigenvalue is not unique (e.g. several equally strong parts) has no single answer: try PageRank or Katz
? 2
$ faultline centrality -m pn
! faultline: error: The PN index of a directed graph needs --mode in or --mode out (or give --undirected)
? 2
$ write {tmp}/negative.csv source,target,weight\na,b,1\nb,c,-2\n
$ faultline --edges {tmp}/negative.csv centrality -m closeness
! faultline: error: Closeness needs weights that are not negative, and this graph has a negative weight: drop the weights (--unweighted) or the negative edges; signed ties belong in the sign column
? 2
$ faultline --edges {tmp}/negative.csv centrality -m pagerank --format csv
! faultline: error: PageRank needs weights that are not negative, and this graph has a negative weight: drop the weights (--unweighted) or the negative edges; signed ties belong in the sign column
? 2
# A Pajek project: the network read is named; --undirected reads *Arcs as edges, a pair of opposite arcs as one
# (betweenness of the path Medici-Albizzi-Guadagni-Strozzi: 2 for the two middle families, by hand).
$ faultline --edges {samples}/fixtures/two-networks.paj --undirected centrality --metric betweenness
> Betweenness on {samples}/fixtures/two-networks.paj (network 1 of 2, "marriages"; undirected: 3 pairs of opposite arcs read as one edge each): 4 nodes, 3 ties (undirected, signed)
>
> rank  node      score
> 1     Albizzi   2.000000
> 2     Guadagni  2.000000
> 3     Medici    0.000000
> 4     Strozzi   0.000000
$ faultline --edges {samples}/fixtures/two-networks.paj centrality --metric betweenness
> Betweenness on {samples}/fixtures/two-networks.paj (network 1 of 2, "marriages"): 4 nodes, 6 ties (directed, signed)
>
> rank  node      score
> 1     Albizzi   4.000000
> 2     Guadagni  4.000000
> 3     Medici    0.000000
> 4     Strozzi   0.000000
$ faultline --edges {samples}/fixtures/two-networks.paj --network business centrality --metric degree --format json
> {
>   "metric": "degree",
>   "input": "{samples}/fixtures/two-networks.paj (network 2 of 2, \"business\")",
>   "graph": {
>     "directed": false,
>     "nodes": 4,
>     "ties": 1,
>     "weighted": false,
>     "signed": true
>   },
>   "options": {
>     "layer": [],
>     "as_of": null,
>     "window": null,
>     "incidents": false,
>     "min_events": 1,
>     "normalized": false
>   },
>   "ranked_by": "score",
>   "iterations": null,
>   "scores": [
>     {
>       "rank": 1,
>       "node": {
>         "id": "Medici",
>         "name": "Medici"
>       },
>       "score": 1.0
>     },
>     {
>       "rank": 2,
>       "node": {
>         "id": "Strozzi",
>         "name": "Strozzi"
>       },
>       "score": 1.0
>     },
>     {
>       "rank": 3,
>       "node": {
>         "id": "Albizzi",
>         "name": "Albizzi"
>       },
>       "score": 0.0
>     },
>     {
>       "rank": 4,
>       "node": {
>         "id": "Guadagni",
>         "name": "Guadagni"
>       },
>       "score": 0.0
>     }
>   ]
> }
# A dated edge list (window column): --as-of and --window pick one window.
$ faultline --edges {samples}/fixtures/cow-windows.csv --source-column country1 --target-column country2 --undirected --as-of 1950 centrality --metric degree
> Degree on {samples}/fixtures/cow-windows.csv (window 47-50, the first to end of the 2 holding on 1950: 47-50, 48-51): 5 nodes, 5 ties (undirected, signed); as of 1950
>
> rank  node  score
> 1     RUS   3.000000
> 2     USA   3.000000
> 3     GBR   2.000000
> 4     CHN   1.000000
> 5     FRN   1.000000
$ faultline --edges {samples}/fixtures/cow-windows.csv --source-column country1 --target-column country2 --undirected centrality --metric degree --window 48-51
> Degree on {samples}/fixtures/cow-windows.csv (window 48-51): 5 nodes, 5 ties (undirected, signed); window 48-51
>
> rank  node  score
> 1     USA   3.000000
> 2     CHN   2.000000
> 3     GBR   2.000000
> 4     RUS   2.000000
> 5     FRN   1.000000
$ faultline --edges {samples}/fixtures/cow-windows.csv --source-column country1 --target-column country2 centrality --metric degree --window 1946..1950
! faultline: error: --window 1946..1950 holds 2 windows of {samples}/fixtures/cow-windows.csv (46-49, 47-50), whose ties would be counted together: give one, e.g. --window 46-49
? 2
$ faultline --edges {samples}/fixtures/gahuku-gama.csv --as-of 2024 centrality --metric degree
! faultline: error: --as-of and --window select dated ties, and {samples}/fixtures/gahuku-gama.csv has none: its header names no date, year, since, until or window column
? 2
$ faultline --edges {samples}/fixtures/centrality/gahuku_gama.csv --undirected centrality -m signed-eigenvector
> Signed eigenvector centrality on {samples}/fixtures/centrality/gahuku_gama.csv: 16 nodes, 58 ties (undirected, signed)
> Ranked by magnitude |score|; the sign is the side of the main split (opposite signs, opposite sides)
>
> rank  node   score
> 1     Gavev  1.000000
> 2     Gama   0.987249
> 3     Gahuk  -0.954550
> 4     Asaro  -0.913530
> 5     Nagad  0.911939
> 6     Kotun  0.888796
> 7     Masil  -0.760177
> 8     Nagam  -0.743032
> 9     Ove    -0.716095
> 10    Geham  -0.696397
> 11    Ukudz  -0.671005
> 12    Alika  -0.368188
> 13    Kohik  -0.238900
> 14    Uheto  -0.233908
> 15    Notoh  -0.210635
> 16    Seuve  -0.058558
$ faultline --edges {samples}/fixtures/centrality/gahuku_gama.csv --undirected centrality -m signed-eigenvector --top 3 --format csv
> rank,id,name,score
> 1,Gavev,Gavev,1.000000
> 2,Gama,Gama,0.987249
> 3,Gahuk,Gahuk,-0.954550
