# Scenarios with mistakes: exit 2 and file:line:column with what was expected.
$ write {tmp}/unknown-actor.yaml "faultline: 1\nactors:\n  - {id: iran, kind: state, name: Iran}\n  - {id: nujaba, kind: group}\nrelations:\n  - {from: irn, type: backs, to: nujaba}\n"
$ faultline validate --scenario {tmp}/unknown-actor.yaml
! faultline: error: {tmp}/unknown-actor.yaml:6:12: unknown actor "irn" in `from`; did you mean "Iran (iran)"?
? 2
$ write {tmp}/bad-type.yaml "faultline: 1\nactors:\n  - {id: a, kind: state}\n  - {id: b, kind: group}\nrelations:\n  - {from: a, type: bakcs, to: b}\n"
$ faultline validate --scenario {tmp}/bad-type.yaml
! faultline: error: {tmp}/bad-type.yaml:6:21: unknown relation type "bakcs"; did you mean "backs"? (declare new types under `relation_types:`)
? 2
$ write {tmp}/bad-date.yaml "faultline: 1\nactors:\n  - {id: a, kind: state}\nincidents:\n  - {id: x, date: 2023-02-29, perpetrator: [a]}\n"
$ faultline validate --scenario {tmp}/bad-date.yaml
! faultline: error: {tmp}/bad-date.yaml:5:19: `date` "2023-02-29" is not a valid date: expected YYYY, YYYY-MM or YYYY-MM-DD (a real calendar day)
? 2
$ write {tmp}/negative.yaml "faultline: 1\nincidents:\n  - id: x\n    date: 2024-01\n    fatalities: -3\n"
$ faultline validate --scenario {tmp}/negative.yaml
! faultline: error: {tmp}/negative.yaml:5:17: `fatalities` is -3: a count cannot be negative
? 2
$ write {tmp}/victim.yaml "faultline: 1\nactors:\n  - {id: a, kind: group}\nincidents:\n  - {id: x, date: 2024, victim: [a]}\n"
$ faultline validate --scenario {tmp}/victim.yaml
! faultline: error: {tmp}/victim.yaml:5:34: `victim` lists the persons killed, but "a" is a group; use `target` for states and groups
? 2
$ write {tmp}/dup.yaml "faultline: 1\nactors:\n  - {id: a, kind: group}\n  - {id: a, kind: state}\n"
$ faultline validate --scenario {tmp}/dup.yaml
! faultline: error: {tmp}/dup.yaml:4:5: duplicate id "a": already defined at {tmp}/dup.yaml:3:5
? 2
$ write {tmp}/key.yaml "faultline: 1\nactors:\n  - {id: a, kind: group, nmae: A}\n"
$ faultline validate --scenario {tmp}/key.yaml
! faultline: error: {tmp}/key.yaml:3:26: unknown key `nmae` in an actor; did you mean "name" or "note"? (allowed: id, kind, name, aliases, category, country, tags, description, source, sources, confidence, note, merged)
? 2
$ write {tmp}/syntax.yaml "faultline: 1\nactors:\n  - {id: a, kind: group\n"
$ faultline validate --scenario {tmp}/syntax.yaml
! faultline: error: {tmp}/syntax.yaml:4:1: syntax error: did not find expected ',' or '}' while parsing a flow mapping that starts at line 3, column 5
? 2
$ write {tmp}/two-docs.yaml "faultline: 1\nactors: [{id: a, kind: group}]\n---\nfaultline: 1\n"
$ faultline validate --scenario {tmp}/two-docs.yaml
! faultline: error: {tmp}/two-docs.yaml:3:1: a second YAML document starts here: a scenario file holds one document (split it into one file per document and list them all)
? 2
$ write {tmp}/deep.yaml "faultline: 1\nscenario: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]\n"
$ faultline validate --scenario {tmp}/deep.yaml
! faultline: error: {tmp}/deep.yaml:2:74: the nesting is deeper than the limit of 64 levels of lists and mappings (a scenario needs at most 6)
? 2
# The limits on input (docs/limits.md): exit 2, naming the limit and the flag that raises it.
$ write {tmp}/long-name.yaml "faultline: 1\nactors:\n  - {id: a, kind: group, name: Abcdefghijklmnopqrstuvwxyz}\n"
$ faultline validate --scenario {tmp}/long-name.yaml --max-string-length 20
! faultline: error: {tmp}/long-name.yaml:3:32: a value of 26 bytes is longer than the limit of 20 bytes on one value or line (raise it with --max-string-length, or input_limits::max_string_bytes in the library)
? 2
$ faultline validate --scenario {tmp}/long-name.yaml --max-input-size 64
! faultline: error: Cannot read {tmp}/long-name.yaml: it holds 80 bytes, more than the limit of 64 bytes on an input read whole into memory (raise it with --max-input-size, or input_limits::max_input_bytes in the library)
? 2
$ faultline validate --scenario {tmp}/long-name.yaml --max-input-size 1k --max-string-length 1KiB
> OK: {tmp}/long-name.yaml loads: 1 actor, 0 incidents, 0 relations
> Warning: 1 fact cites no source:
>   actor a
$ write {tmp}/version.yaml "faultline: 7\n"
$ faultline validate --scenario {tmp}/version.yaml
! faultline: error: {tmp}/version.yaml:1:12: unsupported format version `7`: this faultline reads version 1
? 2
$ write {tmp}/a.yaml "faultline: 1\nactors:\n  - {id: a, kind: group, name: Alpha}\n"
$ write {tmp}/b.yaml "faultline: 1\nactors:\n  - {id: a, kind: group, name: Beta}\n"
$ faultline validate --scenario {tmp}/a.yaml --scenario {tmp}/b.yaml
! faultline: error: {tmp}/b.yaml:3:5: conflicting definition of actor "a": name "Beta" here, "Alpha" at {tmp}/a.yaml:3:5
? 2
$ write {tmp}/json.json "{\n  \"faultline\": 1,\n  \"actors\": [\n    {\"id\": \"a\", \"kind\": \"planet\"}\n  ]\n}\n"
$ faultline validate --scenario {tmp}/json.json
! faultline: error: {tmp}/json.json:4:25: `kind` "planet" is not an actor kind: expected state, group or person
? 2
$ faultline validate --scenario {tmp}/does-not-exist.yaml
! faultline: error: Cannot open {tmp}/does-not-exist.yaml: No such file or directory
? 2
# A later file may repeat an incident only identically, roles included.
$ write {tmp}/one.yaml "faultline: 1\nactors:\n  - {id: a, kind: group}\n  - {id: c, kind: group}\nincidents:\n  - {id: x, date: 2024, perpetrator: [a]}\n"
$ write {tmp}/two.yaml "faultline: 1\nincidents:\n  - {id: x, date: 2024, perpetrator: [a, c]}\n"
$ faultline validate --scenario {tmp}/one.yaml --scenario {tmp}/two.yaml
! faultline: error: {tmp}/two.yaml:3:5: conflicting definition of incident "x": its roles or links differ from the one at {tmp}/one.yaml:6:5
? 2
# An id repeated within a later file is a duplicate even when an earlier file defined it.
$ write {tmp}/three.yaml "faultline: 1\nactors:\n  - {id: a, kind: group, name: A}\n  - {id: a, kind: group, name: A}\n"
$ faultline validate --scenario {tmp}/one.yaml --scenario {tmp}/three.yaml
! faultline: error: {tmp}/three.yaml:4:5: duplicate id "a": already defined at {tmp}/three.yaml:3:5
? 2
# A later file may give a name to an actor that had none.
$ write {tmp}/named.yaml "faultline: 1\nactors:\n  - {id: a, kind: group, name: Alpha, aliases: [The A]}\n"
$ faultline actors --scenario {tmp}/one.yaml --scenario {tmp}/named.yaml --format csv
> id,name,kind,category,country,relations,incidents,aliases
> a,Alpha,group,,,0,1,The A
> c,c,group,,,0,0,
$ write {tmp}/dup-role.yaml "faultline: 1\nactors:\n  - {id: a, kind: group}\nincidents:\n  - {id: x, date: 2024, perpetrator: [a, a]}\n"
$ faultline validate --scenario {tmp}/dup-role.yaml
! faultline: error: {tmp}/dup-role.yaml:5:42: "a" is listed twice in `perpetrator`
? 2
$ write {tmp}/null.yaml "faultline: 1\nincidents:\n  - {id: x, date: 2024, place: {name: P, lat: ~}}\n"
$ faultline validate --scenario {tmp}/null.yaml
! faultline: error: {tmp}/null.yaml:3:47: `lat` has no value
? 2
