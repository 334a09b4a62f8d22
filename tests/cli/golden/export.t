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
>   "iri-attacks-on-us-installations" -> "nujaba" [label="attributed_to", style=dashed];
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
> <?xml version="1.0" encoding="UTF-8"?>
> <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
>   <key id="labels" for="node" attr.name="labels" attr.type="string"/>
>   <key id="kind" for="node" attr.name="kind" attr.type="string"/>
>   <key id="name" for="node" attr.name="name" attr.type="string"/>
>   <key id="category" for="node" attr.name="category" attr.type="string"/>
>   <key id="country" for="node" attr.name="country" attr.type="string"/>
>   <key id="aliases" for="node" attr.name="aliases" attr.type="string"/>
>   <key id="date" for="node" attr.name="date" attr.type="string"/>
>   <key id="until" for="node" attr.name="until" attr.type="string"/>
>   <key id="type" for="node" attr.name="type" attr.type="string"/>
>   <key id="place" for="node" attr.name="place" attr.type="string"/>
>   <key id="fatalities" for="node" attr.name="fatalities" attr.type="long"/>
>   <key id="cameo" for="node" attr.name="cameo" attr.type="string"/>
>   <key id="goldstein" for="node" attr.name="goldstein" attr.type="double"/>
>   <key id="sources" for="node" attr.name="sources" attr.type="string"/>
>   <key id="label" for="edge" attr.name="label" attr.type="string"/>
>   <key id="edge_kind" for="edge" attr.name="edge_kind" attr.type="string"/>
>   <key id="edge_type" for="edge" attr.name="type" attr.type="string"/>
>   <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
>   <key id="sign" for="edge" attr.name="sign" attr.type="long"/>
>   <key id="since" for="edge" attr.name="since" attr.type="string"/>
>   <key id="edge_until" for="edge" attr.name="until" attr.type="string"/>
>   <key id="confidence" for="edge" attr.name="confidence" attr.type="double"/>
>   <key id="against" for="edge" attr.name="against" attr.type="string"/>
>   <key id="conflict" for="edge" attr.name="conflict" attr.type="string"/>
>   <key id="edge_sources" for="edge" attr.name="sources" attr.type="string"/>
>   <graph id="faultline" edgedefault="directed">
>     <node id="usa" labels=":Actor:State" label=":Actor:State">
>       <data key="labels">:Actor:State</data>
>       <data key="kind">state</data>
>       <data key="name">United States</data>
>       <data key="country">US</data>
>       <data key="aliases">US; U.S.; USA; United States of America; Washington; America</data>
>       <data key="sources">seed</data>
>     </node>
>     <node id="iraq" labels=":Actor:State" label=":Actor:State">
>       <data key="labels">:Actor:State</data>
>       <data key="kind">state</data>
>       <data key="name">Iraq</data>
>       <data key="country">IQ</data>
>       <data key="aliases">Republic of Iraq</data>
>       <data key="sources">seed</data>
>     </node>
>     <node id="iraqi-military" labels=":Actor:Group" label=":Actor:Group">
>       <data key="labels">:Actor:Group</data>
>       <data key="kind">group</data>
>       <data key="name">Iraqi military</data>
>       <data key="category">armed-force</data>
>       <data key="country">IQ</data>
>       <data key="aliases">Iraqi armed forces</data>
>       <data key="sources">seed</data>
>     </node>
>     <node id="pmf" labels=":Actor:Group" label=":Actor:Group">
>       <data key="labels">:Actor:Group</data>
>       <data key="kind">group</data>
>       <data key="name">Popular Mobilization Forces</data>
>       <data key="category">coalition</data>
>       <data key="country">IQ</data>
>       <data key="aliases">PMF; Popular Mobilization Force; Hashd al-Shaabi; al-Hashd al-Shaabi</data>
>       <data key="sources">seed</data>
>     </node>
>     <node id="nujaba" labels=":Actor:Group" label=":Actor:Group">
>       <data key="labels">:Actor:Group</data>
>       <data key="kind">group</data>
>       <data key="name">Harakat al-Nujaba</data>
>       <data key="category">militia</data>
>       <data key="country">IQ</data>
>       <data key="aliases">Harakat al Nujaba; Nujaba; al-Nujaba</data>
>       <data key="sources">seed</data>
>     </node>
>     <node id="nujaba-commander" labels=":Actor:Person" label=":Actor:Person">
>       <data key="labels">:Actor:Person</data>
>       <data key="kind">person</data>
>       <data key="name">Harakat al-Nujaba commander killed in the Baghdad strike</data>
>       <data key="category">commander</data>
>       <data key="country">IQ</data>
>       <data key="sources">seed</data>
>     </node>
>     <node id="second-strike-victim" labels=":Actor:Person" label=":Actor:Person">
>       <data key="labels">:Actor:Person</data>
>       <data key="kind">person</data>
>       <data key="name">Second person killed in the Baghdad strike</data>
>       <data key="sources">seed</data>
>     </node>
>     <node id="islamic-resistance-in-iraq" labels=":Actor:Group" label=":Actor:Group">
>       <data key="labels">:Actor:Group</data>
>       <data key="kind">group</data>
>       <data key="name">Islamic Resistance in Iraq</data>
>       <data key="category">armed-group</data>
>       <data key="country">IQ</data>
>       <data key="aliases">IRI; Islamic Resistance</data>
>       <data key="sources">seed</data>
>     </node>
>     <node id="iran" labels=":Actor:State" label=":Actor:State">
>       <data key="labels">:Actor:State</data>
>       <data key="kind">state</data>
>       <data key="name">Iran</data>
>       <data key="country">IR</data>
>       <data key="aliases">Islamic Republic of Iran; Tehran</data>
>       <data key="sources">seed</data>
>     </node>
>     <node id="soleimani" labels=":Actor:Person" label=":Actor:Person">
>       <data key="labels">:Actor:Person</data>
>       <data key="kind">person</data>
>       <data key="name">Qassem Soleimani</data>
>       <data key="category">commander</data>
>       <data key="country">IR</data>
>       <data key="aliases">Qasem Soleimani; Qassem Suleimani</data>
>       <data key="sources">seed</data>
>     </node>
>     <node id="israel" labels=":Actor:State" label=":Actor:State">
>       <data key="labels">:Actor:State</data>
>       <data key="kind">state</data>
>       <data key="name">Israel</data>
>       <data key="country">IL</data>
>       <data key="aliases">State of Israel</data>
>       <data key="sources">seed</data>
>     </node>
>     <node id="hamas" labels=":Actor:Group" label=":Actor:Group">
>       <data key="labels">:Actor:Group</data>
>       <data key="kind">group</data>
>       <data key="name">Hamas</data>
>       <data key="category">armed-group</data>
>       <data key="country">PS</data>
>       <data key="aliases">Harakat al-Muqawama al-Islamiya</data>
>       <data key="sources">seed</data>
>     </node>
>     <node id="hamas-official" labels=":Actor:Person" label=":Actor:Person">
>       <data key="labels">:Actor:Person</data>
>       <data key="kind">person</data>
>       <data key="name">Senior Hamas official assassinated in Lebanon</data>
>       <data key="category">official</data>
>       <data key="sources">seed</data>
>     </node>
>     <node id="lebanon" labels=":Actor:State" label=":Actor:State">
>       <data key="labels">:Actor:State</data>
>       <data key="kind">state</data>
>       <data key="name">Lebanon</data>
>       <data key="country">LB</data>
>       <data key="aliases">Lebanese authorities</data>
>       <data key="sources">seed</data>
>     </node>
>     <node id="islamic-state" labels=":Actor:Group" label=":Actor:Group">
>       <data key="labels">:Actor:Group</data>
>       <data key="kind">group</data>
>       <data key="name">Islamic State</data>
>       <data key="category">armed-group</data>
>       <data key="aliases">IS; ISIS; ISIL; Daesh</data>
>       <data key="sources">seed</data>
>     </node>
>     <node id="hamas-israel-war-outbreak" labels=":Incident" label=":Incident">
>       <data key="labels">:Incident</data>
>       <data key="kind">incident</data>
>       <data key="name">Outbreak of the Hamas-Israel war</data>
>       <data key="date">2023-10-07</data>
>       <data key="type">attack</data>
>       <data key="sources">seed</data>
>     </node>
>     <node id="iri-attacks-on-us-installations" labels=":Incident" label=":Incident">
>       <data key="labels">:Incident</data>
>       <data key="kind">incident</data>
>       <data key="name">Islamic Resistance in Iraq attacks on US installations</data>
>       <data key="date">2023-10-07</data>
>       <data key="until">2024-01-04</data>
>       <data key="type">attack-campaign</data>
>       <data key="place">Iraq and Syria</data>
>       <data key="sources">seed</data>
>     </node>
>     <node id="soleimani-killing" labels=":Incident" label=":Incident">
>       <data key="labels">:Incident</data>
>       <data key="kind">incident</data>
>       <data key="name">US assassination of Qassem Soleimani</data>
>       <data key="date">2020-01-03</data>
>       <data key="type">assassination</data>
>       <data key="sources">seed</data>
>     </node>
>     <edge id="relation-0" source="iran" target="nujaba" label="backs">
>       <data key="label">backs</data>
>       <data key="edge_kind">relation</data>
>       <data key="edge_type">backs</data>
>       <data key="weight">1</data>
>       <data key="sign">1</data>
>       <data key="confidence">1</data>
>       <data key="edge_sources">seed</data>
>     </edge>
>     <edge id="relation-1" source="usa" target="nujaba" label="designates">
>       <data key="label">designates</data>
>       <data key="edge_kind">relation</data>
>       <data key="edge_type">designates</data>
>       <data key="weight">1</data>
>       <data key="sign">-1</data>
>       <data key="confidence">1</data>
>       <data key="edge_sources">seed</data>
>     </edge>
>     <edge id="relation-2" source="iraqi-military" target="pmf" label="controls">
>       <data key="label">controls</data>
>       <data key="edge_kind">relation</data>
>       <data key="edge_type">controls</data>
>       <data key="weight">1</data>
>       <data key="sign">1</data>
>       <data key="confidence">1</data>
>       <data key="edge_sources">seed</data>
>     </edge>
>     <edge id="relation-3" source="nujaba" target="pmf" label="member_of">
>       <data key="label">member_of</data>
>       <data key="edge_kind">relation</data>
>       <data key="edge_type">member_of</data>
>       <data key="weight">1</data>
>       <data key="sign">1</data>
>       <data key="confidence">0.8</data>
>       <data key="edge_sources">seed</data>
>     </edge>
>     <edge id="relation-4" source="nujaba-commander" target="nujaba" label="member_of">
>       <data key="label">member_of</data>
>       <data key="edge_kind">relation</data>
>       <data key="edge_type">member_of</data>
>       <data key="weight">1</data>
>       <data key="sign">1</data>
>       <data key="confidence">1</data>
>       <data key="edge_sources">seed</data>
>     </edge>
>     <edge id="relation-5" source="nujaba-commander" target="pmf" label="member_of">
>       <data key="label">member_of</data>
>       <data key="edge_kind">relation</data>
>       <data key="edge_type">member_of</data>
>       <data key="weight">1</data>
>       <data key="sign">1</data>
>       <data key="confidence">0.8</data>
>       <data key="edge_sources">seed</data>
>     </edge>
>     <edge id="relation-6" source="nujaba" target="usa" label="hostile_to">
>       <data key="label">hostile_to</data>
>       <data key="edge_kind">relation</data>
>       <data key="edge_type">hostile_to</data>
>       <data key="weight">1</data>
>       <data key="sign">-1</data>
>       <data key="confidence">1</data>
>       <data key="edge_sources">seed</data>
>     </edge>
>     <edge id="relation-7" source="islamic-resistance-in-iraq" target="usa" label="hostile_to">
>       <data key="label">hostile_to</data>
>       <data key="edge_kind">relation</data>
>       <data key="edge_type">hostile_to</data>
>       <data key="weight">1</data>
>       <data key="sign">-1</data>
>       <data key="since">2023-10</data>
>       <data key="confidence">1</data>
>       <data key="edge_sources">seed</data>
>     </edge>
>     <edge id="relation-8" source="usa" target="israel" label="backs">
>       <data key="label">backs</data>
>       <data key="edge_kind">relation</data>
>       <data key="edge_type">backs</data>
>       <data key="weight">1</data>
>       <data key="sign">1</data>
>       <data key="confidence">1</data>
>       <data key="edge_sources">seed</data>
>     </edge>
>     <edge id="relation-9" source="israel" target="hamas" label="at_war_with">
>       <data key="label">at_war_with</data>
>       <data key="edge_kind">relation</data>
>       <data key="edge_type">at_war_with</data>
>       <data key="weight">1</data>
>       <data key="sign">-1</data>
>       <data key="since">2023-10-07</data>
>       <data key="confidence">1</data>
>       <data key="edge_sources">seed</data>
>     </edge>
>     <edge id="relation-10" source="iran" target="israel" label="hostile_to">
>       <data key="label">hostile_to</data>
>       <data key="edge_kind">relation</data>
>       <data key="edge_type">hostile_to</data>
>       <data key="weight">1</data>
>       <data key="sign">-1</data>
>       <data key="confidence">0.6</data>
>       <data key="edge_sources">seed</data>
>     </edge>
>     <edge id="relation-11" source="soleimani" target="iran" label="member_of">
>       <data key="label">member_of</data>
>       <data key="edge_kind">relation</data>
>       <data key="edge_type">member_of</data>
>       <data key="weight">1</data>
>       <data key="sign">1</data>
>       <data key="confidence">1</data>
>       <data key="edge_sources">seed</data>
>     </edge>
>     <edge id="relation-12" source="hamas-official" target="hamas" label="member_of">
>       <data key="label">member_of</data>
>       <data key="edge_kind">relation</data>
>       <data key="edge_type">member_of</data>
>       <data key="weight">1</data>
>       <data key="sign">1</data>
>       <data key="confidence">1</data>
>       <data key="edge_sources">seed</data>
>     </edge>
>     <edge id="relation-13" source="iraqi-military" target="iraq" label="member_of">
>       <data key="label">member_of</data>
>       <data key="edge_kind">relation</data>
>       <data key="edge_type">member_of</data>
>       <data key="weight">1</data>
>       <data key="sign">1</data>
>       <data key="confidence">0.9</data>
>       <data key="edge_sources">seed</data>
>     </edge>
>     <edge id="relation-14" source="iraq" target="usa" label="hosts">
>       <data key="label">hosts</data>
>       <data key="edge_kind">relation</data>
>       <data key="edge_type">hosts</data>
>       <data key="weight">0.5</data>
>       <data key="sign">1</data>
>       <data key="confidence">0.7</data>
>       <data key="edge_sources">seed</data>
>     </edge>
>     <edge id="role-0" source="hamas" target="hamas-israel-war-outbreak" label="perpetrator">
>       <data key="label">perpetrator</data>
>       <data key="edge_kind">role</data>
>       <data key="edge_type">perpetrator</data>
>       <data key="confidence">1</data>
>     </edge>
>     <edge id="role-1" source="hamas-israel-war-outbreak" target="israel" label="target">
>       <data key="label">target</data>
>       <data key="edge_kind">role</data>
>       <data key="edge_type">target</data>
>       <data key="confidence">1</data>
>     </edge>
>     <edge id="role-2" source="islamic-resistance-in-iraq" target="iri-attacks-on-us-installations" label="perpetrator">
>       <data key="label">perpetrator</data>
>       <data key="edge_kind">role</data>
>       <data key="edge_type">perpetrator</data>
>       <data key="confidence">1</data>
>     </edge>
>     <edge id="role-3" source="iri-attacks-on-us-installations" target="usa" label="target">
>       <data key="label">target</data>
>       <data key="edge_kind">role</data>
>       <data key="edge_type">target</data>
>       <data key="confidence">1</data>
>     </edge>
>     <edge id="role-4" source="iri-attacks-on-us-installations" target="nujaba" label="attributed_to">
>       <data key="label">attributed_to</data>
>       <data key="edge_kind">role</data>
>       <data key="edge_type">attributed_to</data>
>       <data key="confidence">0.7</data>
>       <data key="edge_sources">seed</data>
>     </edge>
>     <edge id="role-5" source="usa" target="soleimani-killing" label="perpetrator">
>       <data key="label">perpetrator</data>
>       <data key="edge_kind">role</data>
>       <data key="edge_type">perpetrator</data>
>       <data key="confidence">1</data>
>     </edge>
>     <edge id="role-6" source="soleimani-killing" target="iran" label="target">
>       <data key="label">target</data>
>       <data key="edge_kind">role</data>
>       <data key="edge_type">target</data>
>       <data key="confidence">1</data>
>     </edge>
>     <edge id="role-7" source="soleimani-killing" target="soleimani" label="victim">
>       <data key="label">victim</data>
>       <data key="edge_kind">role</data>
>       <data key="edge_type">victim</data>
>       <data key="confidence">1</data>
>     </edge>
>   </graph>
> </graphml>
$ faultline export --to gexf
> <?xml version="1.0" encoding="UTF-8"?>
> <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
>   <meta>
>     <creator>faultline</creator>
>   </meta>
>   <graph mode="dynamic" defaultedgetype="directed" timeformat="date">
>     <attributes class="node" mode="static">
>       <attribute id="labels" title="labels" type="string"/>
>       <attribute id="kind" title="kind" type="string"/>
>       <attribute id="name" title="name" type="string"/>
>       <attribute id="category" title="category" type="string"/>
>       <attribute id="country" title="country" type="string"/>
>       <attribute id="aliases" title="aliases" type="string"/>
>       <attribute id="date" title="date" type="string"/>
>       <attribute id="until" title="until" type="string"/>
>       <attribute id="type" title="type" type="string"/>
>       <attribute id="place" title="place" type="string"/>
>       <attribute id="fatalities" title="fatalities" type="long"/>
>       <attribute id="cameo" title="cameo" type="string"/>
>       <attribute id="goldstein" title="goldstein" type="double"/>
>       <attribute id="sources" title="sources" type="string"/>
>     </attributes>
>     <attributes class="edge" mode="static">
>       <attribute id="edge_kind" title="edge_kind" type="string"/>
>       <attribute id="edge_type" title="type" type="string"/>
>       <attribute id="sign" title="sign" type="long"/>
>       <attribute id="since" title="since" type="string"/>
>       <attribute id="edge_until" title="until" type="string"/>
>       <attribute id="confidence" title="confidence" type="double"/>
>       <attribute id="against" title="against" type="string"/>
>       <attribute id="conflict" title="conflict" type="string"/>
>       <attribute id="edge_sources" title="sources" type="string"/>
>     </attributes>
>     <nodes>
>       <node id="usa" label="United States">
>         <attvalues>
>           <attvalue for="labels" value=":Actor:State"/>
>           <attvalue for="kind" value="state"/>
>           <attvalue for="name" value="United States"/>
>           <attvalue for="country" value="US"/>
>           <attvalue for="aliases" value="US; U.S.; USA; United States of America; Washington; America"/>
>           <attvalue for="sources" value="seed"/>
>         </attvalues>
>       </node>
>       <node id="iraq" label="Iraq">
>         <attvalues>
>           <attvalue for="labels" value=":Actor:State"/>
>           <attvalue for="kind" value="state"/>
>           <attvalue for="name" value="Iraq"/>
>           <attvalue for="country" value="IQ"/>
>           <attvalue for="aliases" value="Republic of Iraq"/>
>           <attvalue for="sources" value="seed"/>
>         </attvalues>
>       </node>
>       <node id="iraqi-military" label="Iraqi military">
>         <attvalues>
>           <attvalue for="labels" value=":Actor:Group"/>
>           <attvalue for="kind" value="group"/>
>           <attvalue for="name" value="Iraqi military"/>
>           <attvalue for="category" value="armed-force"/>
>           <attvalue for="country" value="IQ"/>
>           <attvalue for="aliases" value="Iraqi armed forces"/>
>           <attvalue for="sources" value="seed"/>
>         </attvalues>
>       </node>
>       <node id="pmf" label="Popular Mobilization Forces">
>         <attvalues>
>           <attvalue for="labels" value=":Actor:Group"/>
>           <attvalue for="kind" value="group"/>
>           <attvalue for="name" value="Popular Mobilization Forces"/>
>           <attvalue for="category" value="coalition"/>
>           <attvalue for="country" value="IQ"/>
>           <attvalue for="aliases" value="PMF; Popular Mobilization Force; Hashd al-Shaabi; al-Hashd al-Shaabi"/>
>           <attvalue for="sources" value="seed"/>
>         </attvalues>
>       </node>
>       <node id="nujaba" label="Harakat al-Nujaba">
>         <attvalues>
>           <attvalue for="labels" value=":Actor:Group"/>
>           <attvalue for="kind" value="group"/>
>           <attvalue for="name" value="Harakat al-Nujaba"/>
>           <attvalue for="category" value="militia"/>
>           <attvalue for="country" value="IQ"/>
>           <attvalue for="aliases" value="Harakat al Nujaba; Nujaba; al-Nujaba"/>
>           <attvalue for="sources" value="seed"/>
>         </attvalues>
>       </node>
>       <node id="nujaba-commander" label="Harakat al-Nujaba commander killed in the Baghdad strike">
>         <attvalues>
>           <attvalue for="labels" value=":Actor:Person"/>
>           <attvalue for="kind" value="person"/>
>           <attvalue for="name" value="Harakat al-Nujaba commander killed in the Baghdad strike"/>
>           <attvalue for="category" value="commander"/>
>           <attvalue for="country" value="IQ"/>
>           <attvalue for="sources" value="seed"/>
>         </attvalues>
>       </node>
>       <node id="second-strike-victim" label="Second person killed in the Baghdad strike">
>         <attvalues>
>           <attvalue for="labels" value=":Actor:Person"/>
>           <attvalue for="kind" value="person"/>
>           <attvalue for="name" value="Second person killed in the Baghdad strike"/>
>           <attvalue for="sources" value="seed"/>
>         </attvalues>
>       </node>
>       <node id="islamic-resistance-in-iraq" label="Islamic Resistance in Iraq">
>         <attvalues>
>           <attvalue for="labels" value=":Actor:Group"/>
>           <attvalue for="kind" value="group"/>
>           <attvalue for="name" value="Islamic Resistance in Iraq"/>
>           <attvalue for="category" value="armed-group"/>
>           <attvalue for="country" value="IQ"/>
>           <attvalue for="aliases" value="IRI; Islamic Resistance"/>
>           <attvalue for="sources" value="seed"/>
>         </attvalues>
>       </node>
>       <node id="iran" label="Iran">
>         <attvalues>
>           <attvalue for="labels" value=":Actor:State"/>
>           <attvalue for="kind" value="state"/>
>           <attvalue for="name" value="Iran"/>
>           <attvalue for="country" value="IR"/>
>           <attvalue for="aliases" value="Islamic Republic of Iran; Tehran"/>
>           <attvalue for="sources" value="seed"/>
>         </attvalues>
>       </node>
>       <node id="soleimani" label="Qassem Soleimani">
>         <attvalues>
>           <attvalue for="labels" value=":Actor:Person"/>
>           <attvalue for="kind" value="person"/>
>           <attvalue for="name" value="Qassem Soleimani"/>
>           <attvalue for="category" value="commander"/>
>           <attvalue for="country" value="IR"/>
>           <attvalue for="aliases" value="Qasem Soleimani; Qassem Suleimani"/>
>           <attvalue for="sources" value="seed"/>
>         </attvalues>
>       </node>
>       <node id="israel" label="Israel">
>         <attvalues>
>           <attvalue for="labels" value=":Actor:State"/>
>           <attvalue for="kind" value="state"/>
>           <attvalue for="name" value="Israel"/>
>           <attvalue for="country" value="IL"/>
>           <attvalue for="aliases" value="State of Israel"/>
>           <attvalue for="sources" value="seed"/>
>         </attvalues>
>       </node>
>       <node id="hamas" label="Hamas">
>         <attvalues>
>           <attvalue for="labels" value=":Actor:Group"/>
>           <attvalue for="kind" value="group"/>
>           <attvalue for="name" value="Hamas"/>
>           <attvalue for="category" value="armed-group"/>
>           <attvalue for="country" value="PS"/>
>           <attvalue for="aliases" value="Harakat al-Muqawama al-Islamiya"/>
>           <attvalue for="sources" value="seed"/>
>         </attvalues>
>       </node>
>       <node id="hamas-official" label="Senior Hamas official assassinated in Lebanon">
>         <attvalues>
>           <attvalue for="labels" value=":Actor:Person"/>
>           <attvalue for="kind" value="person"/>
>           <attvalue for="name" value="Senior Hamas official assassinated in Lebanon"/>
>           <attvalue for="category" value="official"/>
>           <attvalue for="sources" value="seed"/>
>         </attvalues>
>       </node>
>       <node id="lebanon" label="Lebanon">
>         <attvalues>
>           <attvalue for="labels" value=":Actor:State"/>
>           <attvalue for="kind" value="state"/>
>           <attvalue for="name" value="Lebanon"/>
>           <attvalue for="country" value="LB"/>
>           <attvalue for="aliases" value="Lebanese authorities"/>
>           <attvalue for="sources" value="seed"/>
>         </attvalues>
>       </node>
>       <node id="islamic-state" label="Islamic State">
>         <attvalues>
>           <attvalue for="labels" value=":Actor:Group"/>
>           <attvalue for="kind" value="group"/>
>           <attvalue for="name" value="Islamic State"/>
>           <attvalue for="category" value="armed-group"/>
>           <attvalue for="aliases" value="IS; ISIS; ISIL; Daesh"/>
>           <attvalue for="sources" value="seed"/>
>         </attvalues>
>       </node>
>       <node id="hamas-israel-war-outbreak" label="Outbreak of the Hamas-Israel war">
>         <attvalues>
>           <attvalue for="labels" value=":Incident"/>
>           <attvalue for="kind" value="incident"/>
>           <attvalue for="name" value="Outbreak of the Hamas-Israel war"/>
>           <attvalue for="date" value="2023-10-07"/>
>           <attvalue for="type" value="attack"/>
>           <attvalue for="sources" value="seed"/>
>         </attvalues>
>         <spells>
>           <spell start="2023-10-07" end="2023-10-07"/>
>         </spells>
>       </node>
>       <node id="iri-attacks-on-us-installations" label="Islamic Resistance in Iraq attacks on US installations">
>         <attvalues>
>           <attvalue for="labels" value=":Incident"/>
>           <attvalue for="kind" value="incident"/>
>           <attvalue for="name" value="Islamic Resistance in Iraq attacks on US installations"/>
>           <attvalue for="date" value="2023-10-07"/>
>           <attvalue for="until" value="2024-01-04"/>
>           <attvalue for="type" value="attack-campaign"/>
>           <attvalue for="place" value="Iraq and Syria"/>
>           <attvalue for="sources" value="seed"/>
>         </attvalues>
>         <spells>
>           <spell start="2023-10-07" end="2024-01-04"/>
>         </spells>
>       </node>
>       <node id="baghdad-strike" label="US strike in Baghdad">
>         <attvalues>
>           <attvalue for="labels" value=":Incident"/>
>           <attvalue for="kind" value="incident"/>
>           <attvalue for="name" value="US strike in Baghdad"/>
>           <attvalue for="date" value="2024-01-04"/>
>           <attvalue for="type" value="airstrike"/>
>           <attvalue for="place" value="Central Baghdad"/>
>           <attvalue for="country" value="IQ"/>
>           <attvalue for="fatalities" value="2"/>
>           <attvalue for="sources" value="seed"/>
>         </attvalues>
>         <spells>
>           <spell start="2024-01-04" end="2024-01-04"/>
>         </spells>
>       </node>
>       <node id="pmf-condemns-strike" label="PMF condemns the Baghdad strike">
>         <attvalues>
>           <attvalue for="labels" value=":Incident"/>
>           <attvalue for="kind" value="incident"/>
>           <attvalue for="name" value="PMF condemns the Baghdad strike"/>
>           <attvalue for="date" value="2024-01-04"/>
>           <attvalue for="type" value="condemnation"/>
>           <attvalue for="sources" value="seed"/>
>         </attvalues>
>         <spells>
>           <spell start="2024-01-04" end="2024-01-04"/>
>         </spells>
>       </node>
>       <node id="calls-for-us-withdrawal" label="Calls for the withdrawal of US forces from Iraq">
>         <attvalues>
>           <attvalue for="labels" value=":Incident"/>
>           <attvalue for="kind" value="incident"/>
>           <attvalue for="name" value="Calls for the withdrawal of US forces from Iraq"/>
>           <attvalue for="date" value="2024-01"/>
>           <attvalue for="type" value="statement"/>
>           <attvalue for="sources" value="seed"/>
>         </attvalues>
>         <spells>
>           <spell start="2024-01-01" end="2024-01-31"/>
>         </spells>
>       </node>
>       <node id="soleimani-killing" label="US assassination of Qassem Soleimani">
>         <attvalues>
>           <attvalue for="labels" value=":Incident"/>
>           <attvalue for="kind" value="incident"/>
>           <attvalue for="name" value="US assassination of Qassem Soleimani"/>
>           <attvalue for="date" value="2020-01-03"/>
>           <attvalue for="type" value="assassination"/>
>           <attvalue for="sources" value="seed"/>
>         </attvalues>
>         <spells>
>           <spell start="2020-01-03" end="2020-01-03"/>
>         </spells>
>       </node>
>       <node id="kerman-bombing" label="Bombing of the Soleimani memorial ceremony">
>         <attvalues>
>           <attvalue for="labels" value=":Incident"/>
>           <attvalue for="kind" value="incident"/>
>           <attvalue for="name" value="Bombing of the Soleimani memorial ceremony"/>
>           <attvalue for="date" value="2024-01-03"/>
>           <attvalue for="type" value="bombing"/>
>           <attvalue for="place" value="Memorial ceremony for Qassem Soleimani"/>
>           <attvalue for="country" value="IR"/>
>           <attvalue for="fatalities" value="84"/>
>           <attvalue for="sources" value="seed"/>
>         </attvalues>
>         <spells>
>           <spell start="2024-01-03" end="2024-01-03"/>
>         </spells>
>       </node>
>       <node id="iran-revenge-pledge" label="Iran pledges revenge for the memorial bombing">
>         <attvalues>
>           <attvalue for="labels" value=":Incident"/>
>           <attvalue for="kind" value="incident"/>
>           <attvalue for="name" value="Iran pledges revenge for the memorial bombing"/>
>           <attvalue for="date" value="2024-01"/>
>           <attvalue for="type" value="pledge-of-revenge"/>
>           <attvalue for="sources" value="seed"/>
>         </attvalues>
>         <spells>
>           <spell start="2024-01-01" end="2024-01-31"/>
>         </spells>
>       </node>
>       <node id="hamas-official-killing" label="Assassination of a senior Hamas official in Lebanon">
>         <attvalues>
>           <attvalue for="labels" value=":Incident"/>
>           <attvalue for="kind" value="incident"/>
>           <attvalue for="name" value="Assassination of a senior Hamas official in Lebanon"/>
>           <attvalue for="date" value="2024-01"/>
>           <attvalue for="type" value="assassination"/>
>           <attvalue for="place" value="Lebanon"/>
>           <attvalue for="country" value="LB"/>
>           <attvalue for="sources" value="seed"/>
>         </attvalues>
>         <spells>
>           <spell start="2024-01-01" end="2024-01-31"/>
>         </spells>
>       </node>
>     </nodes>
>     <edges>
>       <edge id="relation-0" source="iran" target="nujaba" label="backs" weight="1">
>         <attvalues>
>           <attvalue for="edge_kind" value="relation"/>
>           <attvalue for="edge_type" value="backs"/>
>           <attvalue for="sign" value="1"/>
>           <attvalue for="confidence" value="1"/>
>           <attvalue for="edge_sources" value="seed"/>
>         </attvalues>
>       </edge>
>       <edge id="relation-1" source="usa" target="nujaba" label="designates" weight="1">
>         <attvalues>
>           <attvalue for="edge_kind" value="relation"/>
>           <attvalue for="edge_type" value="designates"/>
>           <attvalue for="sign" value="-1"/>
>           <attvalue for="confidence" value="1"/>
>           <attvalue for="edge_sources" value="seed"/>
>         </attvalues>
>       </edge>
>       <edge id="relation-2" source="iraqi-military" target="pmf" label="controls" weight="1">
>         <attvalues>
>           <attvalue for="edge_kind" value="relation"/>
>           <attvalue for="edge_type" value="controls"/>
>           <attvalue for="sign" value="1"/>
>           <attvalue for="confidence" value="1"/>
>           <attvalue for="edge_sources" value="seed"/>
>         </attvalues>
>       </edge>
>       <edge id="relation-3" source="nujaba" target="pmf" label="member_of" weight="1">
>         <attvalues>
>           <attvalue for="edge_kind" value="relation"/>
>           <attvalue for="edge_type" value="member_of"/>
>           <attvalue for="sign" value="1"/>
>           <attvalue for="confidence" value="0.8"/>
>           <attvalue for="edge_sources" value="seed"/>
>         </attvalues>
>       </edge>
>       <edge id="relation-4" source="nujaba-commander" target="nujaba" label="member_of" weight="1">
>         <attvalues>
>           <attvalue for="edge_kind" value="relation"/>
>           <attvalue for="edge_type" value="member_of"/>
>           <attvalue for="sign" value="1"/>
>           <attvalue for="confidence" value="1"/>
>           <attvalue for="edge_sources" value="seed"/>
>         </attvalues>
>       </edge>
>       <edge id="relation-5" source="nujaba-commander" target="pmf" label="member_of" weight="1">
>         <attvalues>
>           <attvalue for="edge_kind" value="relation"/>
>           <attvalue for="edge_type" value="member_of"/>
>           <attvalue for="sign" value="1"/>
>           <attvalue for="confidence" value="0.8"/>
>           <attvalue for="edge_sources" value="seed"/>
>         </attvalues>
>       </edge>
>       <edge id="relation-6" source="nujaba" target="usa" label="hostile_to" weight="1">
>         <attvalues>
>           <attvalue for="edge_kind" value="relation"/>
>           <attvalue for="edge_type" value="hostile_to"/>
>           <attvalue for="sign" value="-1"/>
>           <attvalue for="confidence" value="1"/>
>           <attvalue for="edge_sources" value="seed"/>
>         </attvalues>
>       </edge>
>       <edge id="relation-7" source="pmf" target="usa" label="condemns" weight="0.5">
>         <attvalues>
>           <attvalue for="edge_kind" value="relation"/>
>           <attvalue for="edge_type" value="condemns"/>
>           <attvalue for="sign" value="-1"/>
>           <attvalue for="since" value="2024-01-04"/>
>           <attvalue for="confidence" value="1"/>
>           <attvalue for="edge_sources" value="seed"/>
>         </attvalues>
>         <spells>
>           <spell start="2024-01-04"/>
>         </spells>
>       </edge>
>       <edge id="relation-8" source="islamic-resistance-in-iraq" target="usa" label="hostile_to" weight="1">
>         <attvalues>
>           <attvalue for="edge_kind" value="relation"/>
>           <attvalue for="edge_type" value="hostile_to"/>
>           <attvalue for="sign" value="-1"/>
>           <attvalue for="since" value="2023-10"/>
>           <attvalue for="confidence" value="1"/>
>           <attvalue for="edge_sources" value="seed"/>
>         </attvalues>
>         <spells>
>           <spell start="2023-10-01"/>
>         </spells>
>       </edge>
>       <edge id="relation-9" source="usa" target="israel" label="backs" weight="1">
>         <attvalues>
>           <attvalue for="edge_kind" value="relation"/>
>           <attvalue for="edge_type" value="backs"/>
>           <attvalue for="sign" value="1"/>
>           <attvalue for="confidence" value="1"/>
>           <attvalue for="edge_sources" value="seed"/>
>         </attvalues>
>       </edge>
>       <edge id="relation-10" source="israel" target="hamas" label="at_war_with" weight="1">
>         <attvalues>
>           <attvalue for="edge_kind" value="relation"/>
>           <attvalue for="edge_type" value="at_war_with"/>
>           <attvalue for="sign" value="-1"/>
>           <attvalue for="since" value="2023-10-07"/>
>           <attvalue for="confidence" value="1"/>
>           <attvalue for="edge_sources" value="seed"/>
>         </attvalues>
>         <spells>
>           <spell start="2023-10-07"/>
>         </spells>
>       </edge>
>       <edge id="relation-11" source="iran" target="israel" label="hostile_to" weight="1">
>         <attvalues>
>           <attvalue for="edge_kind" value="relation"/>
>           <attvalue for="edge_type" value="hostile_to"/>
>           <attvalue for="sign" value="-1"/>
>           <attvalue for="confidence" value="0.6"/>
>           <attvalue for="edge_sources" value="seed"/>
>         </attvalues>
>       </edge>
>       <edge id="relation-12" source="soleimani" target="iran" label="member_of" weight="1">
>         <attvalues>
>           <attvalue for="edge_kind" value="relation"/>
>           <attvalue for="edge_type" value="member_of"/>
>           <attvalue for="sign" value="1"/>
>           <attvalue for="confidence" value="1"/>
>           <attvalue for="edge_sources" value="seed"/>
>         </attvalues>
>       </edge>
>       <edge id="relation-13" source="hamas-official" target="hamas" label="member_of" weight="1">
>         <attvalues>
>           <attvalue for="edge_kind" value="relation"/>
>           <attvalue for="edge_type" value="member_of"/>
>           <attvalue for="sign" value="1"/>
>           <attvalue for="confidence" value="1"/>
>           <attvalue for="edge_sources" value="seed"/>
>         </attvalues>
>       </edge>
>       <edge id="relation-14" source="iraqi-military" target="iraq" label="member_of" weight="1">
>         <attvalues>
>           <attvalue for="edge_kind" value="relation"/>
>           <attvalue for="edge_type" value="member_of"/>
>           <attvalue for="sign" value="1"/>
>           <attvalue for="confidence" value="0.9"/>
>           <attvalue for="edge_sources" value="seed"/>
>         </attvalues>
>       </edge>
>       <edge id="relation-15" source="iraq" target="usa" label="hosts" weight="0.5">
>         <attvalues>
>           <attvalue for="edge_kind" value="relation"/>
>           <attvalue for="edge_type" value="hosts"/>
>           <attvalue for="sign" value="1"/>
>           <attvalue for="confidence" value="0.7"/>
>           <attvalue for="edge_sources" value="seed"/>
>         </attvalues>
>       </edge>
>       <edge id="role-0" source="hamas" target="hamas-israel-war-outbreak" label="perpetrator">
>         <attvalues>
>           <attvalue for="edge_kind" value="role"/>
>           <attvalue for="edge_type" value="perpetrator"/>
>           <attvalue for="confidence" value="1"/>
>         </attvalues>
>         <spells>
>           <spell start="2023-10-07" end="2023-10-07"/>
>         </spells>
>       </edge>
>       <edge id="role-1" source="hamas-israel-war-outbreak" target="israel" label="target">
>         <attvalues>
>           <attvalue for="edge_kind" value="role"/>
>           <attvalue for="edge_type" value="target"/>
>           <attvalue for="confidence" value="1"/>
>         </attvalues>
>         <spells>
>           <spell start="2023-10-07" end="2023-10-07"/>
>         </spells>
>       </edge>
>       <edge id="role-2" source="islamic-resistance-in-iraq" target="iri-attacks-on-us-installations" label="perpetrator">
>         <attvalues>
>           <attvalue for="edge_kind" value="role"/>
>           <attvalue for="edge_type" value="perpetrator"/>
>           <attvalue for="confidence" value="1"/>
>         </attvalues>
>         <spells>
>           <spell start="2023-10-07" end="2024-01-04"/>
>         </spells>
>       </edge>
>       <edge id="role-3" source="iri-attacks-on-us-installations" target="usa" label="target">
>         <attvalues>
>           <attvalue for="edge_kind" value="role"/>
>           <attvalue for="edge_type" value="target"/>
>           <attvalue for="confidence" value="1"/>
>         </attvalues>
>         <spells>
>           <spell start="2023-10-07" end="2024-01-04"/>
>         </spells>
>       </edge>
>       <edge id="role-4" source="iri-attacks-on-us-installations" target="nujaba" label="attributed_to">
>         <attvalues>
>           <attvalue for="edge_kind" value="role"/>
>           <attvalue for="edge_type" value="attributed_to"/>
>           <attvalue for="confidence" value="0.7"/>
>           <attvalue for="edge_sources" value="seed"/>
>         </attvalues>
>         <spells>
>           <spell start="2023-10-07" end="2024-01-04"/>
>         </spells>
>       </edge>
>       <edge id="role-5" source="usa" target="baghdad-strike" label="perpetrator">
>         <attvalues>
>           <attvalue for="edge_kind" value="role"/>
>           <attvalue for="edge_type" value="perpetrator"/>
>           <attvalue for="confidence" value="1"/>
>         </attvalues>
>         <spells>
>           <spell start="2024-01-04" end="2024-01-04"/>
>         </spells>
>       </edge>
>       <edge id="role-6" source="baghdad-strike" target="nujaba" label="target">
>         <attvalues>
>           <attvalue for="edge_kind" value="role"/>
>           <attvalue for="edge_type" value="target"/>
>           <attvalue for="confidence" value="1"/>
>         </attvalues>
>         <spells>
>           <spell start="2024-01-04" end="2024-01-04"/>
>         </spells>
>       </edge>
>       <edge id="role-7" source="baghdad-strike" target="nujaba-commander" label="victim">
>         <attvalues>
>           <attvalue for="edge_kind" value="role"/>
>           <attvalue for="edge_type" value="victim"/>
>           <attvalue for="confidence" value="1"/>
>         </attvalues>
>         <spells>
>           <spell start="2024-01-04" end="2024-01-04"/>
>         </spells>
>       </edge>
>       <edge id="role-8" source="baghdad-strike" target="second-strike-victim" label="victim">
>         <attvalues>
>           <attvalue for="edge_kind" value="role"/>
>           <attvalue for="edge_type" value="victim"/>
>           <attvalue for="confidence" value="1"/>
>         </attvalues>
>         <spells>
>           <spell start="2024-01-04" end="2024-01-04"/>
>         </spells>
>       </edge>
>       <edge id="role-9" source="pmf" target="baghdad-strike" label="condemned_by">
>         <attvalues>
>           <attvalue for="edge_kind" value="role"/>
>           <attvalue for="edge_type" value="condemned_by"/>
>           <attvalue for="confidence" value="1"/>
>         </attvalues>
>         <spells>
>           <spell start="2024-01-04" end="2024-01-04"/>
>         </spells>
>       </edge>
>       <edge id="role-10" source="pmf" target="pmf-condemns-strike" label="perpetrator">
>         <attvalues>
>           <attvalue for="edge_kind" value="role"/>
>           <attvalue for="edge_type" value="perpetrator"/>
>           <attvalue for="confidence" value="1"/>
>         </attvalues>
>         <spells>
>           <spell start="2024-01-04" end="2024-01-04"/>
>         </spells>
>       </edge>
>       <edge id="role-11" source="pmf-condemns-strike" target="usa" label="target">
>         <attvalues>
>           <attvalue for="edge_kind" value="role"/>
>           <attvalue for="edge_type" value="target"/>
>           <attvalue for="confidence" value="1"/>
>         </attvalues>
>         <spells>
>           <spell start="2024-01-04" end="2024-01-04"/>
>         </spells>
>       </edge>
>       <edge id="role-12" source="calls-for-us-withdrawal" target="usa" label="target">
>         <attvalues>
>           <attvalue for="edge_kind" value="role"/>
>           <attvalue for="edge_type" value="target"/>
>           <attvalue for="confidence" value="1"/>
>         </attvalues>
>         <spells>
>           <spell start="2024-01-01" end="2024-01-31"/>
>         </spells>
>       </edge>
>       <edge id="role-13" source="usa" target="soleimani-killing" label="perpetrator">
>         <attvalues>
>           <attvalue for="edge_kind" value="role"/>
>           <attvalue for="edge_type" value="perpetrator"/>
>           <attvalue for="confidence" value="1"/>
>         </attvalues>
>         <spells>
>           <spell start="2020-01-03" end="2020-01-03"/>
>         </spells>
>       </edge>
>       <edge id="role-14" source="soleimani-killing" target="iran" label="target">
>         <attvalues>
>           <attvalue for="edge_kind" value="role"/>
>           <attvalue for="edge_type" value="target"/>
>           <attvalue for="confidence" value="1"/>
>         </attvalues>
>         <spells>
>           <spell start="2020-01-03" end="2020-01-03"/>
>         </spells>
>       </edge>
>       <edge id="role-15" source="soleimani-killing" target="soleimani" label="victim">
>         <attvalues>
>           <attvalue for="edge_kind" value="role"/>
>           <attvalue for="edge_type" value="victim"/>
>           <attvalue for="confidence" value="1"/>
>         </attvalues>
>         <spells>
>           <spell start="2020-01-03" end="2020-01-03"/>
>         </spells>
>       </edge>
>       <edge id="role-16" source="kerman-bombing" target="iran" label="target">
>         <attvalues>
>           <attvalue for="edge_kind" value="role"/>
>           <attvalue for="edge_type" value="target"/>
>           <attvalue for="confidence" value="1"/>
>         </attvalues>
>         <spells>
>           <spell start="2024-01-03" end="2024-01-03"/>
>         </spells>
>       </edge>
>       <edge id="role-17" source="islamic-state" target="kerman-bombing" label="claimed_by">
>         <attvalues>
>           <attvalue for="edge_kind" value="role"/>
>           <attvalue for="edge_type" value="claimed_by"/>
>           <attvalue for="confidence" value="1"/>
>         </attvalues>
>         <spells>
>           <spell start="2024-01-03" end="2024-01-03"/>
>         </spells>
>       </edge>
>       <edge id="role-18" source="iran" target="iran-revenge-pledge" label="perpetrator">
>         <attvalues>
>           <attvalue for="edge_kind" value="role"/>
>           <attvalue for="edge_type" value="perpetrator"/>
>           <attvalue for="confidence" value="1"/>
>         </attvalues>
>         <spells>
>           <spell start="2024-01-01" end="2024-01-31"/>
>         </spells>
>       </edge>
>       <edge id="role-19" source="hamas-official-killing" target="hamas" label="target">
>         <attvalues>
>           <attvalue for="edge_kind" value="role"/>
>           <attvalue for="edge_type" value="target"/>
>           <attvalue for="confidence" value="1"/>
>         </attvalues>
>         <spells>
>           <spell start="2024-01-01" end="2024-01-31"/>
>         </spells>
>       </edge>
>       <edge id="role-20" source="hamas-official-killing" target="hamas-official" label="victim">
>         <attvalues>
>           <attvalue for="edge_kind" value="role"/>
>           <attvalue for="edge_type" value="victim"/>
>           <attvalue for="confidence" value="1"/>
>         </attvalues>
>         <spells>
>           <spell start="2024-01-01" end="2024-01-31"/>
>         </spells>
>       </edge>
>       <edge id="role-21" source="hamas-official-killing" target="israel" label="attributed_to">
>         <attvalues>
>           <attvalue for="edge_kind" value="role"/>
>           <attvalue for="edge_type" value="attributed_to"/>
>           <attvalue for="confidence" value="0.9"/>
>           <attvalue for="edge_sources" value="seed"/>
>         </attvalues>
>         <spells>
>           <spell start="2024-01-01" end="2024-01-31"/>
>         </spells>
>       </edge>
>       <edge id="link-0" source="baghdad-strike" target="iri-attacks-on-us-installations" label="responds_to">
>         <attvalues>
>           <attvalue for="edge_kind" value="link"/>
>           <attvalue for="edge_type" value="responds_to"/>
>           <attvalue for="confidence" value="0.8"/>
>           <attvalue for="edge_sources" value="seed"/>
>         </attvalues>
>       </edge>
>       <edge id="link-1" source="pmf-condemns-strike" target="baghdad-strike" label="responds_to">
>         <attvalues>
>           <attvalue for="edge_kind" value="link"/>
>           <attvalue for="edge_type" value="responds_to"/>
>           <attvalue for="confidence" value="1"/>
>         </attvalues>
>       </edge>
>       <edge id="link-2" source="iran-revenge-pledge" target="kerman-bombing" label="responds_to">
>         <attvalues>
>           <attvalue for="edge_kind" value="link"/>
>           <attvalue for="edge_type" value="responds_to"/>
>           <attvalue for="confidence" value="1"/>
>         </attvalues>
>       </edge>
>     </edges>
>   </graph>
> </gexf>
$ faultline -s {samples}/fixtures/xml-escaping.yaml export --to graphml
> <?xml version="1.0" encoding="UTF-8"?>
> <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
>   <key id="labels" for="node" attr.name="labels" attr.type="string"/>
>   <key id="kind" for="node" attr.name="kind" attr.type="string"/>
>   <key id="name" for="node" attr.name="name" attr.type="string"/>
>   <key id="category" for="node" attr.name="category" attr.type="string"/>
>   <key id="country" for="node" attr.name="country" attr.type="string"/>
>   <key id="aliases" for="node" attr.name="aliases" attr.type="string"/>
>   <key id="date" for="node" attr.name="date" attr.type="string"/>
>   <key id="until" for="node" attr.name="until" attr.type="string"/>
>   <key id="type" for="node" attr.name="type" attr.type="string"/>
>   <key id="place" for="node" attr.name="place" attr.type="string"/>
>   <key id="fatalities" for="node" attr.name="fatalities" attr.type="long"/>
>   <key id="cameo" for="node" attr.name="cameo" attr.type="string"/>
>   <key id="goldstein" for="node" attr.name="goldstein" attr.type="double"/>
>   <key id="sources" for="node" attr.name="sources" attr.type="string"/>
>   <key id="label" for="edge" attr.name="label" attr.type="string"/>
>   <key id="edge_kind" for="edge" attr.name="edge_kind" attr.type="string"/>
>   <key id="edge_type" for="edge" attr.name="type" attr.type="string"/>
>   <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
>   <key id="sign" for="edge" attr.name="sign" attr.type="long"/>
>   <key id="since" for="edge" attr.name="since" attr.type="string"/>
>   <key id="edge_until" for="edge" attr.name="until" attr.type="string"/>
>   <key id="confidence" for="edge" attr.name="confidence" attr.type="double"/>
>   <key id="against" for="edge" attr.name="against" attr.type="string"/>
>   <key id="conflict" for="edge" attr.name="conflict" attr.type="string"/>
>   <key id="edge_sources" for="edge" attr.name="sources" attr.type="string"/>
>   <graph id="faultline" edgedefault="directed">
>     <node id="tom-and-jerry" labels=":Actor:Group" label=":Actor:Group">
>       <data key="labels">:Actor:Group</data>
>       <data key="kind">group</data>
>       <data key="name">Tom &amp; Jerry &lt;TJ&gt; &quot;the pair&quot;</data>
>       <data key="aliases">T&amp;J; Jerry&apos;s</data>
>     </node>
>     <node id="spike" labels=":Actor:Person" label=":Actor:Person">
>       <data key="labels">:Actor:Person</data>
>       <data key="kind">person</data>
>       <data key="name">Spike</data>
>       <data key="country">US</data>
>     </node>
>     <node id="chase" labels=":Incident" label=":Incident">
>       <data key="labels">:Incident</data>
>       <data key="kind">incident</data>
>       <data key="name">Chase &lt;round 1&gt;</data>
>       <data key="date">2024-02</data>
>       <data key="type">attack</data>
>     </node>
>     <edge id="relation-0" source="spike" target="tom-and-jerry" label="hostile_to">
>       <data key="label">hostile_to</data>
>       <data key="edge_kind">relation</data>
>       <data key="edge_type">hostile_to</data>
>       <data key="weight">0.5</data>
>       <data key="sign">-1</data>
>       <data key="since">2023-10</data>
>       <data key="edge_until">2024</data>
>       <data key="confidence">1</data>
>     </edge>
>     <edge id="role-0" source="spike" target="chase" label="perpetrator">
>       <data key="label">perpetrator</data>
>       <data key="edge_kind">role</data>
>       <data key="edge_type">perpetrator</data>
>       <data key="confidence">1</data>
>     </edge>
>     <edge id="role-1" source="chase" target="tom-and-jerry" label="target">
>       <data key="label">target</data>
>       <data key="edge_kind">role</data>
>       <data key="edge_type">target</data>
>       <data key="confidence">1</data>
>     </edge>
>   </graph>
> </graphml>
$ faultline -s {samples}/fixtures/xml-escaping.yaml export --to gexf
> <?xml version="1.0" encoding="UTF-8"?>
> <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
>   <meta>
>     <creator>faultline</creator>
>   </meta>
>   <graph mode="dynamic" defaultedgetype="directed" timeformat="date">
>     <attributes class="node" mode="static">
>       <attribute id="labels" title="labels" type="string"/>
>       <attribute id="kind" title="kind" type="string"/>
>       <attribute id="name" title="name" type="string"/>
>       <attribute id="category" title="category" type="string"/>
>       <attribute id="country" title="country" type="string"/>
>       <attribute id="aliases" title="aliases" type="string"/>
>       <attribute id="date" title="date" type="string"/>
>       <attribute id="until" title="until" type="string"/>
>       <attribute id="type" title="type" type="string"/>
>       <attribute id="place" title="place" type="string"/>
>       <attribute id="fatalities" title="fatalities" type="long"/>
>       <attribute id="cameo" title="cameo" type="string"/>
>       <attribute id="goldstein" title="goldstein" type="double"/>
>       <attribute id="sources" title="sources" type="string"/>
>     </attributes>
>     <attributes class="edge" mode="static">
>       <attribute id="edge_kind" title="edge_kind" type="string"/>
>       <attribute id="edge_type" title="type" type="string"/>
>       <attribute id="sign" title="sign" type="long"/>
>       <attribute id="since" title="since" type="string"/>
>       <attribute id="edge_until" title="until" type="string"/>
>       <attribute id="confidence" title="confidence" type="double"/>
>       <attribute id="against" title="against" type="string"/>
>       <attribute id="conflict" title="conflict" type="string"/>
>       <attribute id="edge_sources" title="sources" type="string"/>
>     </attributes>
>     <nodes>
>       <node id="tom-and-jerry" label="Tom &amp; Jerry &lt;TJ&gt; &quot;the pair&quot;">
>         <attvalues>
>           <attvalue for="labels" value=":Actor:Group"/>
>           <attvalue for="kind" value="group"/>
>           <attvalue for="name" value="Tom &amp; Jerry &lt;TJ&gt; &quot;the pair&quot;"/>
>           <attvalue for="aliases" value="T&amp;J; Jerry&apos;s"/>
>         </attvalues>
>       </node>
>       <node id="spike" label="Spike">
>         <attvalues>
>           <attvalue for="labels" value=":Actor:Person"/>
>           <attvalue for="kind" value="person"/>
>           <attvalue for="name" value="Spike"/>
>           <attvalue for="country" value="US"/>
>         </attvalues>
>       </node>
>       <node id="chase" label="Chase &lt;round 1&gt;">
>         <attvalues>
>           <attvalue for="labels" value=":Incident"/>
>           <attvalue for="kind" value="incident"/>
>           <attvalue for="name" value="Chase &lt;round 1&gt;"/>
>           <attvalue for="date" value="2024-02"/>
>           <attvalue for="type" value="attack"/>
>         </attvalues>
>         <spells>
>           <spell start="2024-02-01" end="2024-02-29"/>
>         </spells>
>       </node>
>     </nodes>
>     <edges>
>       <edge id="relation-0" source="spike" target="tom-and-jerry" label="hostile_to" weight="0.5">
>         <attvalues>
>           <attvalue for="edge_kind" value="relation"/>
>           <attvalue for="edge_type" value="hostile_to"/>
>           <attvalue for="sign" value="-1"/>
>           <attvalue for="since" value="2023-10"/>
>           <attvalue for="edge_until" value="2024"/>
>           <attvalue for="confidence" value="1"/>
>         </attvalues>
>         <spells>
>           <spell start="2023-10-01" end="2024-12-31"/>
>         </spells>
>       </edge>
>       <edge id="role-0" source="spike" target="chase" label="perpetrator">
>         <attvalues>
>           <attvalue for="edge_kind" value="role"/>
>           <attvalue for="edge_type" value="perpetrator"/>
>           <attvalue for="confidence" value="1"/>
>         </attvalues>
>         <spells>
>           <spell start="2024-02-01" end="2024-02-29"/>
>         </spells>
>       </edge>
>       <edge id="role-1" source="chase" target="tom-and-jerry" label="target">
>         <attvalues>
>           <attvalue for="edge_kind" value="role"/>
>           <attvalue for="edge_type" value="target"/>
>           <attvalue for="confidence" value="1"/>
>         </attvalues>
>         <spells>
>           <spell start="2024-02-01" end="2024-02-29"/>
>         </spells>
>       </edge>
>     </edges>
>   </graph>
> </gexf>
