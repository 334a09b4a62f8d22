$ faultline export --to dot --as-of 2023-12
> digraph faultline {
>   graph [rankdir=LR, fontname="Helvetica"];
>   node [fontname="Helvetica"];
>   edge [fontname="Helvetica", fontsize=10];
>   "usa" [label="United States", shape=doubleoctagon];
>   "iraq" [label="Iraq", shape=doubleoctagon];
>   "iraqi-military" [label="Iraqi military", shape=box];
>   "pmf" [label="Popular Mobilization Forces", shape=box];
>   "nujaba" [label="Harakat al-Nujaba", shape=box];
>   "nujaba-commander" [label="Harakat al-Nujaba commander killed in the Baghdad strike", shape=ellipse];
>   "second-strike-victim" [label="Second person killed in the Baghdad strike", shape=ellipse];
>   "islamic-resistance-in-iraq" [label="Islamic Resistance in Iraq", shape=box];
>   "iran" [label="Iran", shape=doubleoctagon];
>   "soleimani" [label="Qassem Soleimani", shape=ellipse];
>   "israel" [label="Israel", shape=doubleoctagon];
>   "hamas" [label="Hamas", shape=box];
>   "hamas-official" [label="Senior Hamas official assassinated in Lebanon", shape=ellipse];
>   "lebanon" [label="Lebanon", shape=doubleoctagon];
>   "islamic-state" [label="Islamic State", shape=box];
>   "hamas-israel-war-outbreak" [label="Outbreak of the Hamas-Israel war\n2023-10-07", shape=note, style=filled, fillcolor="#f5f5f5"];
>   "iri-attacks-on-us-installations" [label="Islamic Resistance in Iraq attacks on US installations\n2023-10-07", shape=note, style=filled, fillcolor="#f5f5f5"];
>   "soleimani-killing" [label="US assassination of Qassem Soleimani\n2020-01-03", shape=note, style=filled, fillcolor="#f5f5f5"];
>   "iran" -> "nujaba" [label="backs", color="#2e7d32", fontcolor="#2e7d32"];
>   "usa" -> "nujaba" [label="designates", color="#c62828", fontcolor="#c62828"];
>   "iraqi-military" -> "pmf" [label="controls", color="#2e7d32", fontcolor="#2e7d32"];
>   "nujaba" -> "pmf" [label="member_of", color="#2e7d32", fontcolor="#2e7d32"];
>   "nujaba-commander" -> "nujaba" [label="member_of", color="#2e7d32", fontcolor="#2e7d32"];
>   "nujaba-commander" -> "pmf" [label="member_of", color="#2e7d32", fontcolor="#2e7d32"];
>   "nujaba" -> "usa" [label="hostile_to", color="#c62828", fontcolor="#c62828"];
>   "islamic-resistance-in-iraq" -> "usa" [label="hostile_to", color="#c62828", fontcolor="#c62828"];
>   "usa" -> "israel" [label="backs", color="#2e7d32", fontcolor="#2e7d32"];
>   "israel" -> "hamas" [label="at_war_with", color="#c62828", fontcolor="#c62828", dir=both];
>   "iran" -> "israel" [label="hostile_to", color="#c62828", fontcolor="#c62828"];
>   "soleimani" -> "iran" [label="member_of", color="#2e7d32", fontcolor="#2e7d32"];
>   "hamas-official" -> "hamas" [label="member_of", color="#2e7d32", fontcolor="#2e7d32"];
>   "iraqi-military" -> "iraq" [label="member_of", color="#2e7d32", fontcolor="#2e7d32"];
>   "iraq" -> "usa" [label="hosts", color="#2e7d32", fontcolor="#2e7d32"];
>   "hamas" -> "hamas-israel-war-outbreak" [label="perpetrator", style=dashed];
>   "hamas-israel-war-outbreak" -> "israel" [label="target", style=dashed];
>   "islamic-resistance-in-iraq" -> "iri-attacks-on-us-installations" [label="perpetrator", style=dashed];
>   "iri-attacks-on-us-installations" -> "usa" [label="target", style=dashed];
>   "nujaba" -> "iri-attacks-on-us-installations" [label="attributed_to", style=dashed];
>   "usa" -> "soleimani-killing" [label="perpetrator", style=dashed];
>   "soleimani-killing" -> "iran" [label="target", style=dashed];
>   "soleimani-killing" -> "soleimani" [label="victim", style=dashed];
> }
$ faultline export --to json -o {tmp}/sample.json
$ faultline validate --scenario {tmp}/sample.json
> OK: {tmp}/sample.json loads: 15 actors, 9 incidents, 16 relations
$ faultline export --to snapshot
! faultline: error: A snapshot is binary: give -o FILE
? 2
# YAML starts with the format version (no blank line before it); an alias given twice is kept once.
$ faultline -s {samples}/fixtures/duplicate-aliases.yaml export --to yaml
> faultline: 1
> actors:
>   - id: hezbollah
>     kind: group
>     name: Hezbollah
>     aliases: [Hizballah, Hez]
>   - id: asaib
>     kind: group
>     name: Asaib Ahl al-Haq
>     aliases: [AAH]
>   - id: ahl-al-haq
>     kind: group
>     name: Ahl al-Haq brigade
>     aliases: [AAH]
>   - id: usa
>     kind: state
>     name: United States
>     aliases: [US]
>   - id: us-army
>     kind: group
>     name: United States Army
>     aliases: [U.S.]
> relations:
>   - from: hezbollah
>     type: allied_with
>     to: asaib
# Graph tools: Cytoscape.js JSON (one element a line) and a signed Pajek network of the actors.
$ faultline export --to cytoscape
> {"data": {"name": "faultline"}, "directed": true, "multigraph": true,
> "elements": {"nodes": [
> {"data":{"id":"usa","value":"usa","name":"United States","kind":"state","country":"US","aliases":["US","U.S.","USA","United States of America","Washington","America"],"sources":["seed"]}},
> {"data":{"id":"iraq","value":"iraq","name":"Iraq","kind":"state","country":"IQ","aliases":["Republic of Iraq"],"sources":["seed"]}},
> {"data":{"id":"iraqi-military","value":"iraqi-military","name":"Iraqi military","kind":"group","category":"armed-force","country":"IQ","aliases":["Iraqi armed forces"],"sources":["seed"]}},
> {"data":{"id":"pmf","value":"pmf","name":"Popular Mobilization Forces","kind":"group","category":"coalition","country":"IQ","aliases":["PMF","Popular Mobilization Force","Hashd al-Shaabi","al-Hashd al-Shaabi"],"sources":["seed"]}},
> {"data":{"id":"nujaba","value":"nujaba","name":"Harakat al-Nujaba","kind":"group","category":"militia","country":"IQ","aliases":["Harakat al Nujaba","Nujaba","al-Nujaba"],"sources":["seed"]}},
> {"data":{"id":"nujaba-commander","value":"nujaba-commander","name":"Harakat al-Nujaba commander killed in the Baghdad strike","kind":"person","category":"commander","country":"IQ","sources":["seed"]}},
> {"data":{"id":"second-strike-victim","value":"second-strike-victim","name":"Second person killed in the Baghdad strike","kind":"person","sources":["seed"]}},
> {"data":{"id":"islamic-resistance-in-iraq","value":"islamic-resistance-in-iraq","name":"Islamic Resistance in Iraq","kind":"group","category":"armed-group","country":"IQ","aliases":["IRI","Islamic Resistance"],"sources":["seed"]}},
> {"data":{"id":"iran","value":"iran","name":"Iran","kind":"state","country":"IR","aliases":["Islamic Republic of Iran","Tehran"],"sources":["seed"]}},
> {"data":{"id":"soleimani","value":"soleimani","name":"Qassem Soleimani","kind":"person","category":"commander","country":"IR","aliases":["Qasem Soleimani","Qassem Suleimani"],"sources":["seed"]}},
> {"data":{"id":"israel","value":"israel","name":"Israel","kind":"state","country":"IL","aliases":["State of Israel"],"sources":["seed"]}},
> {"data":{"id":"hamas","value":"hamas","name":"Hamas","kind":"group","category":"armed-group","country":"PS","aliases":["Harakat al-Muqawama al-Islamiya"],"sources":["seed"]}},
> {"data":{"id":"hamas-official","value":"hamas-official","name":"Senior Hamas official assassinated in Lebanon","kind":"person","category":"official","sources":["seed"]}},
> {"data":{"id":"lebanon","value":"lebanon","name":"Lebanon","kind":"state","country":"LB","aliases":["Lebanese authorities"],"sources":["seed"]}},
> {"data":{"id":"islamic-state","value":"islamic-state","name":"Islamic State","kind":"group","category":"armed-group","aliases":["IS","ISIS","ISIL","Daesh"],"sources":["seed"]}},
> {"data":{"id":"hamas-israel-war-outbreak","value":"hamas-israel-war-outbreak","name":"Outbreak of the Hamas-Israel war","kind":"incident","date":"2023-10-07","type":"attack","sources":["seed"]}},
> {"data":{"id":"iri-attacks-on-us-installations","value":"iri-attacks-on-us-installations","name":"Islamic Resistance in Iraq attacks on US installations","kind":"incident","date":"2023-10-07","until":"2024-01-04","type":"attack-campaign","place":"Iraq and Syria","sources":["seed"]}},
> {"data":{"id":"baghdad-strike","value":"baghdad-strike","name":"US strike in Baghdad","kind":"incident","date":"2024-01-04","type":"airstrike","place":"Central Baghdad","country":"IQ","fatalities":2,"sources":["seed"]}},
> {"data":{"id":"pmf-condemns-strike","value":"pmf-condemns-strike","name":"PMF condemns the Baghdad strike","kind":"incident","date":"2024-01-04","type":"condemnation","sources":["seed"]}},
> {"data":{"id":"calls-for-us-withdrawal","value":"calls-for-us-withdrawal","name":"Calls for the withdrawal of US forces from Iraq","kind":"incident","date":"2024-01","type":"statement","sources":["seed"]}},
> {"data":{"id":"soleimani-killing","value":"soleimani-killing","name":"US assassination of Qassem Soleimani","kind":"incident","date":"2020-01-03","type":"assassination","sources":["seed"]}},
> {"data":{"id":"kerman-bombing","value":"kerman-bombing","name":"Bombing of the Soleimani memorial ceremony","kind":"incident","date":"2024-01-03","type":"bombing","place":"Memorial ceremony for Qassem Soleimani","country":"IR","fatalities":84,"sources":["seed"]}},
> {"data":{"id":"iran-revenge-pledge","value":"iran-revenge-pledge","name":"Iran pledges revenge for the memorial bombing","kind":"incident","date":"2024-01","type":"pledge-of-revenge","sources":["seed"]}},
> {"data":{"id":"hamas-official-killing","value":"hamas-official-killing","name":"Assassination of a senior Hamas official in Lebanon","kind":"incident","date":"2024-01","type":"assassination","place":"Lebanon","country":"LB","sources":["seed"]}}
> ],
> "edges": [
> {"data":{"id":"r0","source":"iran","target":"nujaba","key":0,"edge":"relation","type":"backs","weight":1.0,"sign":1,"symmetric":false,"confidence":1.0}},
> {"data":{"id":"r1","source":"usa","target":"nujaba","key":1,"edge":"relation","type":"designates","weight":1.0,"sign":-1,"symmetric":false,"confidence":1.0,"qualifier":"terrorist-organisation"}},
> {"data":{"id":"r2","source":"iraqi-military","target":"pmf","key":2,"edge":"relation","type":"controls","weight":1.0,"sign":1,"symmetric":false,"confidence":1.0}},
> {"data":{"id":"r3","source":"nujaba","target":"pmf","key":3,"edge":"relation","type":"member_of","weight":1.0,"sign":1,"symmetric":false,"confidence":0.8}},
> {"data":{"id":"r4","source":"nujaba-commander","target":"nujaba","key":4,"edge":"relation","type":"member_of","weight":1.0,"sign":1,"symmetric":false,"confidence":1.0}},
> {"data":{"id":"r5","source":"nujaba-commander","target":"pmf","key":5,"edge":"relation","type":"member_of","weight":1.0,"sign":1,"symmetric":false,"confidence":0.8}},
> {"data":{"id":"r6","source":"nujaba","target":"usa","key":6,"edge":"relation","type":"hostile_to","weight":1.0,"sign":-1,"symmetric":false,"confidence":1.0}},
> {"data":{"id":"r7","source":"pmf","target":"usa","key":7,"edge":"relation","type":"condemns","weight":0.5,"sign":-1,"symmetric":false,"confidence":1.0,"since":"2024-01-04"}},
> {"data":{"id":"r8","source":"islamic-resistance-in-iraq","target":"usa","key":8,"edge":"relation","type":"hostile_to","weight":1.0,"sign":-1,"symmetric":false,"confidence":1.0,"since":"2023-10"}},
> {"data":{"id":"r9","source":"usa","target":"israel","key":9,"edge":"relation","type":"backs","weight":1.0,"sign":1,"symmetric":false,"confidence":1.0}},
> {"data":{"id":"r10","source":"israel","target":"hamas","key":10,"edge":"relation","type":"at_war_with","weight":1.0,"sign":-1,"symmetric":true,"confidence":1.0,"since":"2023-10-07"}},
> {"data":{"id":"r11","source":"iran","target":"israel","key":11,"edge":"relation","type":"hostile_to","weight":1.0,"sign":-1,"symmetric":false,"confidence":0.6}},
> {"data":{"id":"r12","source":"soleimani","target":"iran","key":12,"edge":"relation","type":"member_of","weight":1.0,"sign":1,"symmetric":false,"confidence":1.0}},
> {"data":{"id":"r13","source":"hamas-official","target":"hamas","key":13,"edge":"relation","type":"member_of","weight":1.0,"sign":1,"symmetric":false,"confidence":1.0}},
> {"data":{"id":"r14","source":"iraqi-military","target":"iraq","key":14,"edge":"relation","type":"member_of","weight":1.0,"sign":1,"symmetric":false,"confidence":0.9}},
> {"data":{"id":"r15","source":"iraq","target":"usa","key":15,"edge":"relation","type":"hosts","weight":0.5,"sign":1,"symmetric":false,"confidence":0.7}},
> {"data":{"id":"o0","source":"hamas","target":"hamas-israel-war-outbreak","key":16,"edge":"role","type":"perpetrator","confidence":1.0}},
> {"data":{"id":"o1","source":"hamas-israel-war-outbreak","target":"israel","key":17,"edge":"role","type":"target","confidence":1.0}},
> {"data":{"id":"o2","source":"islamic-resistance-in-iraq","target":"iri-attacks-on-us-installations","key":18,"edge":"role","type":"perpetrator","confidence":1.0}},
> {"data":{"id":"o3","source":"iri-attacks-on-us-installations","target":"usa","key":19,"edge":"role","type":"target","confidence":1.0}},
> {"data":{"id":"o4","source":"iri-attacks-on-us-installations","target":"nujaba","key":20,"edge":"role","type":"attributed_to","confidence":0.7}},
> {"data":{"id":"o5","source":"usa","target":"baghdad-strike","key":21,"edge":"role","type":"perpetrator","confidence":1.0}},
> {"data":{"id":"o6","source":"baghdad-strike","target":"nujaba","key":22,"edge":"role","type":"target","confidence":1.0}},
> {"data":{"id":"o7","source":"baghdad-strike","target":"nujaba-commander","key":23,"edge":"role","type":"victim","confidence":1.0}},
> {"data":{"id":"o8","source":"baghdad-strike","target":"second-strike-victim","key":24,"edge":"role","type":"victim","confidence":1.0}},
> {"data":{"id":"o9","source":"pmf","target":"baghdad-strike","key":25,"edge":"role","type":"condemned_by","confidence":1.0}},
> {"data":{"id":"o10","source":"pmf","target":"pmf-condemns-strike","key":26,"edge":"role","type":"perpetrator","confidence":1.0}},
> {"data":{"id":"o11","source":"pmf-condemns-strike","target":"usa","key":27,"edge":"role","type":"target","confidence":1.0}},
> {"data":{"id":"o12","source":"calls-for-us-withdrawal","target":"usa","key":28,"edge":"role","type":"target","confidence":1.0}},
> {"data":{"id":"o13","source":"usa","target":"soleimani-killing","key":29,"edge":"role","type":"perpetrator","confidence":1.0}},
> {"data":{"id":"o14","source":"soleimani-killing","target":"iran","key":30,"edge":"role","type":"target","confidence":1.0}},
> {"data":{"id":"o15","source":"soleimani-killing","target":"soleimani","key":31,"edge":"role","type":"victim","confidence":1.0}},
> {"data":{"id":"o16","source":"kerman-bombing","target":"iran","key":32,"edge":"role","type":"target","confidence":1.0}},
> {"data":{"id":"o17","source":"islamic-state","target":"kerman-bombing","key":33,"edge":"role","type":"claimed_by","confidence":1.0}},
> {"data":{"id":"o18","source":"iran","target":"iran-revenge-pledge","key":34,"edge":"role","type":"perpetrator","confidence":1.0}},
> {"data":{"id":"o19","source":"hamas-official-killing","target":"hamas","key":35,"edge":"role","type":"target","confidence":1.0}},
> {"data":{"id":"o20","source":"hamas-official-killing","target":"hamas-official","key":36,"edge":"role","type":"victim","confidence":1.0}},
> {"data":{"id":"o21","source":"hamas-official-killing","target":"israel","key":37,"edge":"role","type":"attributed_to","confidence":0.9,"attributed_by":"lebanon"}},
> {"data":{"id":"l0","source":"baghdad-strike","target":"iri-attacks-on-us-installations","key":38,"edge":"link","type":"responds_to","confidence":0.8}},
> {"data":{"id":"l1","source":"pmf-condemns-strike","target":"baghdad-strike","key":39,"edge":"link","type":"responds_to","confidence":1.0}},
> {"data":{"id":"l2","source":"iran-revenge-pledge","target":"kerman-bombing","key":40,"edge":"link","type":"responds_to","confidence":1.0}}
> ]}}
$ faultline export --to pajek
> *Vertices 15
> 1 "usa"
> 2 "iraq"
> 3 "iraqi-military"
> 4 "pmf"
> 5 "nujaba"
> 6 "nujaba-commander"
> 7 "second-strike-victim"
> 8 "islamic-resistance-in-iraq"
> 9 "iran"
> 10 "soleimani"
> 11 "israel"
> 12 "hamas"
> 13 "hamas-official"
> 14 "lebanon"
> 15 "islamic-state"
> *Arcs
> 9 5 1
> 1 5 -1
> 3 4 1
> 5 4 1
> 6 5 1
> 6 4 1
> 5 1 -1
> 4 1 -0.5
> 8 1 -1
> 1 11 1
> 9 11 -1
> 10 9 1
> 13 12 1
> 3 2 1
> 2 1 0.5
> *Edges
> 11 12 -1
# Neo4j import takes several files: a directory is required.
$ faultline export --to neo4j
! faultline: error: Neo4j import takes several CSV files: give -o DIRECTORY
? 2
# With -o, the five CSV files go into that directory (created); a file there is refused.
$ faultline export --to neo4j -o {tmp}/neo4j
$ faultline export --to neo4j -o {tmp}/sample.json
! faultline: error: Cannot write Neo4j files into {tmp}/sample.json: Not a directory
? 2
$ faultline export --to graphml --as-of 2023-12
$ faultline export --to gexf
$ faultline -s {samples}/fixtures/xml-escaping.yaml export --to graphml
$ faultline -s {samples}/fixtures/xml-escaping.yaml export --to gexf
