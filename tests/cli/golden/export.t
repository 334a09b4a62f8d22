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
