# Event data: `faultline import FORMAT FILE... -o OUT.snap` and the global
# `--import FORMAT:FILE`, on the invented fixtures of samples/fixtures/events/.
#
# GDELT 2.0: 13 rows, 8 imported, 1 duplicate GLOBALEVENTID, 4 malformed rows
# (bad SQLDATE, non-numeric NumMentions, Goldstein out of range, 60 columns).
$ faultline import gdelt {samples}/fixtures/events/gdelt-v2.tsv -o {tmp}/g.snap
> Imported gdelt (GDELT 2.0 (61 columns)) from gdelt-v2.tsv: 4731 bytes in {time}
>   rows read                         13
>   imported                           8
>   filtered out                       0
>   duplicates skipped                 1
>   malformed, skipped                 4
>   sides naming no one                0
>   actors added                       8
>   existing actors matched            0
>   names merged                      11
>   incidents added                    8
>   roles added                       13
>   relations added                    0
>   sources added                      1
> Malformed rows:
>   {samples}/fixtures/events/gdelt-v2.tsv:9:2: SQLDATE: expected a date YYYYMMDD, found "20241345"
>   {samples}/fixtures/events/gdelt-v2.tsv:10:32: NumMentions: expected a count (a whole number, not negative), found "many"
>   {samples}/fixtures/events/gdelt-v2.tsv:11:31: GoldsteinScale: expected a Goldstein value from -10 to 10, found "-12.5"
>   {samples}/fixtures/events/gdelt-v2.tsv:12: expected 61 tab-separated columns, as on the first line (GDELT 2.0 (61 columns)), found 60
> Wrote {tmp}/g.snap ({size} bytes): 8 actors, 8 incidents, 0 relations
# Israel's events with their CAMEO codes and Goldstein values, from the snapshot.
$ faultline -s {tmp}/g.snap timeline --actor israel
> Timeline of Israel (israel): 3 incidents
>
> date        incident                                                 rung               by         targets  fatalities  CAMEO  Goldstein  sources
> 2024-01-05  Employ aerial weapons (CAMEO 195)                        5 attack           Israel     Hamas    unknown     195    -10        [gdelt-gdelt-v2-tsv]
> 2024-01-10  Arrest, detain, or charge with legal action (CAMEO 173)  4 harassment       Israel              unknown     173    -5         [gdelt-gdelt-v2-tsv]
> 2024-01-12  Fight with artillery and tanks (CAMEO 194)               8 strike-on-state  Hezbollah  Israel   unknown     194    -10        [gdelt-gdelt-v2-tsv]
>
> Sources
>   [gdelt-gdelt-v2-tsv] GDELT 2.0 event export gdelt-v2.tsv, The GDELT Project, https://www.gdeltproject.org/
# IRQGOV, IRQMIL and IRQ are one state, Iraq, and `show` lists the codes it merged.
$ faultline -s {tmp}/g.snap show iraq
> Iraq (iraq)
> field        value
> kind         state
> category     state
> country      IQ
> merged name  IRQGOV (gdelt actor code with a state's country code: stands for the state (IQ))
> merged name  IRQMIL (gdelt actor code with a state's country code: stands for the state (IQ))
> merged name  IRQ (gdelt actor code with a state's country code: stands for the state (IQ))
> sources      [gdelt-gdelt-v2-tsv]
> note         first seen in {samples}/fixtures/events/gdelt-v2.tsv at line 3
>
> Relations (0)
>
> Incidents (3)
> date        incident                                                                             role         sources
> 2024-01-07  Sign formal agreement (CAMEO 057) (gdelt-1100000003)                                 perpetrator  [gdelt-gdelt-v2-tsv]
> 2024-01-08  Use conventional military force, not specified below (CAMEO 190) (gdelt-1100000004)  perpetrator  [gdelt-gdelt-v2-tsv]
> 2024-01-09  Make statement, not specified below (CAMEO 010) (gdelt-1100000005)                   perpetrator  [gdelt-gdelt-v2-tsv]
>
> Sources
>   [gdelt-gdelt-v2-tsv] GDELT 2.0 event export gdelt-v2.tsv, The GDELT Project, https://www.gdeltproject.org/
# Converted to a scenario and back, nothing is lost (issue 12, 5.10): the
# events keep their coding and empty names (so their CAMEO titles), and the
# actors the codes merged into them, so `show USA` still finds the United States.
$ faultline convert {tmp}/g.snap {tmp}/g.yaml
! Wrote {tmp}/g.yaml (yaml): 8 actors, 8 incidents, 0 relations
$ faultline -s {tmp}/g.yaml show USA
> United States (united-states)
> field        value
> kind         state
> category     state
> country      US
> merged name  USA (gdelt actor code with a state's country code: stands for the state (US))
> sources      [gdelt-gdelt-v2-tsv]
> note         first seen in {samples}/fixtures/events/gdelt-v2.tsv at line 2
>
> Relations (0)
>
> Incidents (2)
> date        incident                                                                            role    sources
> 2024-01-06  Threaten to use military force, not specified below (CAMEO 138) (gdelt-1100000002)  target  [gdelt-gdelt-v2-tsv]
> 2024-01-07  Sign formal agreement (CAMEO 057) (gdelt-1100000003)                                target  [gdelt-gdelt-v2-tsv]
>
> Sources
>   [gdelt-gdelt-v2-tsv] GDELT 2.0 event export gdelt-v2.tsv, The GDELT Project, https://www.gdeltproject.org/
$ faultline convert {tmp}/g.yaml {tmp}/g.json
! Wrote {tmp}/g.json (json): 8 actors, 8 incidents, 0 relations
$ faultline -s {tmp}/g.json show gdelt-1100000002
> Threaten to use military force, not specified below (CAMEO 138) (gdelt-1100000002)
> field                          value
> kind                           incident
> date                           2024-01-06
> type                           threat
> place                          Tehran, Tehran, Iran (IR)
> fatalities                     unknown
> injured                        unknown
> imported from                  gdelt, gdelt-gdelt-v2-tsv line 2
> CAMEO                          138 Threaten to use military force, not specified below
> Goldstein                      -7
> QuadClass                      3 verbal conflict
> stance                         hostile
> mentions / sources / articles  8 / 2 / 8
> tone                           -5.5
> source                         https://news.example.org/2024/01/06/iran-warns-united-states
> sources                        [gdelt-gdelt-v2-tsv]
>
> Actors (2)
> role         actor                          sources
> perpetrator  Iran (iran)                    [gdelt-gdelt-v2-tsv]
> target       United States (united-states)  [gdelt-gdelt-v2-tsv]
>
> Links (0)
>
> Sources
>   [gdelt-gdelt-v2-tsv] GDELT 2.0 event export gdelt-v2.tsv, The GDELT Project, https://www.gdeltproject.org/
# Appending the same file again: every event is a duplicate, nothing is added.
$ faultline import gdelt {samples}/fixtures/events/gdelt-v2.tsv --append -o {tmp}/g.snap
> Imported gdelt (GDELT 2.0 (61 columns)) from gdelt-v2.tsv: 4731 bytes in {time}
>   rows read                         13
>   imported                           0
>   filtered out                       0
>   duplicates skipped                 9
>   malformed, skipped                 4
>   sides naming no one                0
>   actors added                       0
>   existing actors matched            0
>   names merged                       0
>   incidents added                    0
>   roles added                        0
>   relations added                    0
>   sources added                      0
> Malformed rows:
>   {samples}/fixtures/events/gdelt-v2.tsv:9:2: SQLDATE: expected a date YYYYMMDD, found "20241345"
>   {samples}/fixtures/events/gdelt-v2.tsv:10:32: NumMentions: expected a count (a whole number, not negative), found "many"
>   {samples}/fixtures/events/gdelt-v2.tsv:11:31: GoldsteinScale: expected a Goldstein value from -10 to 10, found "-12.5"
>   {samples}/fixtures/events/gdelt-v2.tsv:12: expected 61 tab-separated columns, as on the first line (GDELT 2.0 (61 columns)), found 60
> Nothing new: {tmp}/g.snap left as it was: 8 actors, 8 incidents, 0 relations
? 1
# Appending GDELT 1.0 files (58 columns, and 57 without SOURCEURL) adds their events.
$ faultline import gdelt {samples}/fixtures/events/gdelt-v1.tsv {samples}/fixtures/events/gdelt-v1-nourl.tsv --append -o {tmp}/g.snap --format json
> {
>   "format": "gdelt",
>   "layout": "GDELT 1.0 (58 columns), GDELT 1.0 (57 columns)",
>   "files": [
>     "{samples}/fixtures/events/gdelt-v1.tsv",
>     "{samples}/fixtures/events/gdelt-v1-nourl.tsv"
>   ],
>   "bytes": 1659,
>   "seconds": {time},
>   "rows": 5,
>   "imported": 5,
>   "filtered": 0,
>   "duplicates": 0,
>   "malformed": 0,
>   "problems": [],
>   "generic_sides": 0,
>   "actors_added": 1,
>   "actors_matched": 5,
>   "names_merged": 2,
>   "incidents_added": 5,
>   "roles_added": 9,
>   "relations_added": 0,
>   "sources_added": 2,
>   "output": "{tmp}/g.snap",
>   "written": true,
>   "graph": {
>     "actors": 9,
>     "incidents": 13,
>     "relations": 0,
>     "roles": 22,
>     "sources": 3
>   }
> }
$ faultline -s {tmp}/g.snap timeline --actor iran
> Timeline of Iran (iran): 4 incidents
>
> date        incident                                                         rung         by             targets        fatalities  CAMEO  Goldstein  sources
> 2012-03-15  Threaten, not specified below (CAMEO 130)                        2 threat     United States  Iran           unknown     130    -4.4       [gdelt-gdelt-v1-nourl-tsv]
> 2012-03-16  Criticize or denounce (CAMEO 111)                                1 statement  Iran           United States  unknown     111    -2         [gdelt-gdelt-v1-nourl-tsv]
> 2014-07-11  Cooperate economically (CAMEO 061)                               1 statement  Syria          Iran           unknown     061    6.4        [gdelt-gdelt-v1-tsv]
> 2024-01-06  Threaten to use military force, not specified below (CAMEO 138)  2 threat     Iran           United States  unknown     138    -7         [gdelt-gdelt-v2-tsv]
>
> Sources
>   [gdelt-gdelt-v1-nourl-tsv] GDELT 1.0 event export gdelt-v1-nourl.tsv, The GDELT Project, https://www.gdeltproject.org/
>   [gdelt-gdelt-v1-tsv] GDELT 1.0 event export gdelt-v1.tsv, The GDELT Project, https://www.gdeltproject.org/
>   [gdelt-gdelt-v2-tsv] GDELT 2.0 event export gdelt-v2.tsv, The GDELT Project, https://www.gdeltproject.org/
# Filters: only CAMEO root code 19 (fight), nothing written without -o.
$ faultline import gdelt {samples}/fixtures/events/gdelt-v2.tsv --root-code 19
> Imported gdelt (GDELT 2.0 (61 columns)) from gdelt-v2.tsv: 4731 bytes in {time}
>   rows read                         13
>   imported                           3
>   filtered out                       5
>   duplicates skipped                 1
>   malformed, skipped                 4
>   sides naming no one                0
>   actors added                       5
>   existing actors matched            0
>   names merged                       6
>   incidents added                    3
>   roles added                        6
>   relations added                    0
>   sources added                      1
> Malformed rows:
>   {samples}/fixtures/events/gdelt-v2.tsv:9:2: SQLDATE: expected a date YYYYMMDD, found "20241345"
>   {samples}/fixtures/events/gdelt-v2.tsv:10:32: NumMentions: expected a count (a whole number, not negative), found "many"
>   {samples}/fixtures/events/gdelt-v2.tsv:11:31: GoldsteinScale: expected a Goldstein value from -10 to 10, found "-12.5"
>   {samples}/fixtures/events/gdelt-v2.tsv:12: expected 61 tab-separated columns, as on the first line (GDELT 2.0 (61 columns)), found 60
> Nothing written (no -o): 5 actors, 3 incidents, 0 relations
# A scenario and an import combine: the scenario's actors and aliases come
# first, so IRQMIL is the scenario's Iraqi military, not the state.
$ write {tmp}/mine.yaml "faultline: 1\nactors:\n  - {id: iraq, kind: state, name: Iraq, country: IQ}\n  - {id: iraqi-military, kind: group, name: Iraqi military, category: armed-force, country: IQ, aliases: [IRQMIL]}\n"
$ faultline -s {tmp}/mine.yaml --import gdelt:{samples}/fixtures/events/gdelt-v2.tsv show iraqi-military
> Iraqi military (iraqi-military)
> field     value
> kind      group
> category  armed-force
> country   IQ
> aliases   IRQMIL
>
> Relations (0)
>
> Incidents (2)
> date        incident                                                                             role         sources
> 2024-01-08  Use conventional military force, not specified below (CAMEO 190) (gdelt-1100000004)  perpetrator  [gdelt-gdelt-v2-tsv]
> 2024-01-09  Make statement, not specified below (CAMEO 010) (gdelt-1100000005)                   target       [gdelt-gdelt-v2-tsv]
>
> Sources
>   [gdelt-gdelt-v2-tsv] GDELT 2.0 event export gdelt-v2.tsv, The GDELT Project, https://www.gdeltproject.org/
! Imported {samples}/fixtures/events/gdelt-v2.tsv (GDELT 2.0 (61 columns)): 8 of 13 rows, 1 duplicate skipped, 4 malformed rows skipped (first: {samples}/fixtures/events/gdelt-v2.tsv:9:2: SQLDATE: expected a date YYYYMMDD, found "20241345")
$ faultline -s {tmp}/mine.yaml --import acled:{samples}/fixtures/events/acled-current.csv show iraq
> Iraq (iraq)
> field        value
> kind         state
> country      IQ
> merged name  Military Forces of Iraq (2022-) (acled state forces (inter 1): stands for the state (IQ))
> merged name  Police Forces of Iraq (2022-) (acled state forces (inter 1): stands for the state (IQ))
> merged name  Government of Iraq (2022-) (acled state forces (inter 1): stands for the state (IQ))
>
> Relations (0)
>
> Incidents (3)
> date        incident                                      role         sources
> 2024-01-05  Armed clash in Wadi al-Shay (acled-irq90002)  perpetrator  [acled-acled-current-csv]
> 2024-01-08  Mob violence in Basra (acled-irq90007)        target       [acled-acled-current-csv]
> 2024-01-20  Other in Baghdad (acled-irq90009)             perpetrator  [acled-acled-current-csv]
>
> Sources
>   [acled-acled-current-csv] ACLED event export acled-current.csv, Armed Conflict Location & Event Data Project (ACLED), https://acleddata.com/
! Imported {samples}/fixtures/events/acled-current.csv (ACLED (31 columns)): 7 of 9 rows, 2 malformed rows skipped (first: {samples}/fixtures/events/acled-current.csv:7:2: event_date: expected a date YYYY-MM-DD, D-Mon-YY (9-May-20) or DD Month YYYY (09 May 2020), found "2024-13-45")
# UCDP External Support Dataset: Hezbollah's backers in 2010.
$ faultline import ucdp-esd {samples}/fixtures/events/ucdp-esd.csv -o {tmp}/e.snap
> Imported ucdp-esd (UCDP ESD actor-year (97 columns)) from ucdp-esd.csv: 3249 bytes in {time}
>   rows read                          7
>   imported                           6
>   filtered out                       0
>   duplicates skipped                 0
>   malformed, skipped                 0
>   sides naming no one                0
>   actors added                       7
>   existing actors matched            0
>   names merged                       5
>   incidents added                    0
>   roles added                        0
>   relations added                   10
>   sources added                      1
> Wrote {tmp}/e.snap ({size} bytes): 7 actors, 0 incidents, 10 relations
$ faultline -s {tmp}/e.snap backers hezbollah --as-of 2010
> Backers of Hezbollah (hezbollah): 2 found
>
> rank  backer         how     strength  steps  chain                                          sources
> 1     Iran (iran)    direct  1         1      Iran —backs→ Hezbollah (vs Israel, ucdp:426)   [ucdp-esd-ucdp-esd-csv]
> 2     Syria (syria)  direct  1         1      Syria —backs→ Hezbollah (vs Israel, ucdp:426)  [ucdp-esd-ucdp-esd-csv]
>
> Sources
>   [ucdp-esd-ucdp-esd-csv] UCDP External Support Dataset ucdp-esd.csv, Uppsala Conflict Data Program, https://ucdp.uu.se/downloads/
# --strict stops at the first malformed row, with file:line:column, and writes nothing.
$ faultline import acled {samples}/fixtures/events/acled-current.csv --strict
! faultline: error: {samples}/fixtures/events/acled-current.csv:7:2: event_date: expected a date YYYY-MM-DD, D-Mon-YY (9-May-20) or DD Month YYYY (09 May 2020), found "2024-13-45"
? 2
$ faultline import gdelt {samples}/fixtures/events/gdelt-v2.tsv --strict -o {tmp}/strict.snap
! faultline: error: {samples}/fixtures/events/gdelt-v2.tsv:9:2: SQLDATE: expected a date YYYYMMDD, found "20241345"
? 2
$ faultline -s {tmp}/strict.snap info
! faultline: error: Cannot open {tmp}/strict.snap: No such file or directory
? 2
# Every row malformed: an error (exit 2) naming the first, and nothing on disk, not even an empty snapshot.
$ write {tmp}/bad-dates.csv "event_id_cnty,event_date,year,event_type,actor1,country\nAFG1,5/9/2020,2020,Battles,Taliban,Afghanistan\nAFG2,9/5/2020,2020,Battles,Taliban,Afghanistan\n"
$ faultline import acled {tmp}/bad-dates.csv -o {tmp}/bad.snap
> Imported acled (ACLED (6 columns)) from bad-dates.csv: 150 bytes in {time}
>   rows read                          2
>   imported                           0
>   filtered out                       0
>   duplicates skipped                 0
>   malformed, skipped                 2
>   sides naming no one                0
>   actors added                       0
>   existing actors matched            0
>   names merged                       0
>   incidents added                    0
>   roles added                        0
>   relations added                    0
>   sources added                      1
> Malformed rows:
>   {tmp}/bad-dates.csv:2:2: event_date: expected a date YYYY-MM-DD, D-Mon-YY (9-May-20) or DD Month YYYY (09 May 2020), found "5/9/2020"
>   {tmp}/bad-dates.csv:3:2: event_date: expected a date YYYY-MM-DD, D-Mon-YY (9-May-20) or DD Month YYYY (09 May 2020), found "9/5/2020"
> Nothing written: {tmp}/bad.snap left as it was
! faultline: error: nothing imported: all 2 rows are malformed (first: {tmp}/bad-dates.csv:2:2: event_date: expected a date YYYY-MM-DD, D-Mon-YY (9-May-20) or DD Month YYYY (09 May 2020), found "5/9/2020"); nothing written
? 2
$ faultline -s {tmp}/bad.snap info
! faultline: error: Cannot open {tmp}/bad.snap: No such file or directory
? 2
$ faultline --import acled:{tmp}/bad-dates.csv info
! faultline: error: {tmp}/bad-dates.csv:2:2: event_date: expected a date YYYY-MM-DD, D-Mon-YY (9-May-20) or DD Month YYYY (09 May 2020), found "5/9/2020" (nothing imported from {tmp}/bad-dates.csv: every row is malformed)
? 2
# An empty file is malformed: with --strict, exit 2 and nothing written.
$ write {tmp}/empty.csv ""
$ faultline import acled {tmp}/empty.csv --strict -o {tmp}/empty.snap
! faultline: error: {tmp}/empty.csv:1: the file is empty: expected an ACLED CSV export (a header line, then one event per row)
? 2
$ faultline import acled {tmp}/empty.csv -o {tmp}/empty.snap
> Imported acled (no layout: nothing read) from empty.csv: 0 bytes in {time}
>   rows read                          0
>   imported                           0
>   filtered out                       0
>   duplicates skipped                 0
>   malformed, skipped                 1
>   sides naming no one                0
>   actors added                       0
>   existing actors matched            0
>   names merged                       0
>   incidents added                    0
>   roles added                        0
>   relations added                    0
>   sources added                      0
> Malformed rows:
>   {tmp}/empty.csv:1: the file is empty: expected an ACLED CSV export (a header line, then one event per row)
> Nothing written: {tmp}/empty.snap left as it was
! faultline: error: nothing imported: no rows (first: {tmp}/empty.csv:1: the file is empty: expected an ACLED CSV export (a header line, then one event per row)); nothing written
? 2
$ faultline -s {tmp}/empty.snap info
! faultline: error: Cannot open {tmp}/empty.snap: No such file or directory
? 2
# ACLED dates as exports and spreadsheets write them: 27 April 2020, 09 May 2020, 9 May 2020 (2019-2022 layout), 15-Mar-16 (older layout, ally_actor_1/2).
$ faultline import acled {samples}/fixtures/events/acled-2020.csv {samples}/fixtures/events/acled-old.csv -o {tmp}/a.snap
> Imported acled (ACLED (31 columns), ACLED (27 columns)) from acled-2020.csv, acled-old.csv: 3098 bytes in {time}
>   rows read                          9
>   imported                           7
>   filtered out                       0
>   duplicates skipped                 0
>   malformed, skipped                 2
>   sides naming no one                0
>   actors added                      13
>   existing actors matched            0
>   names merged                       3
>   incidents added                    7
>   roles added                       15
>   relations added                    0
>   sources added                      2
> Malformed rows:
>   {samples}/fixtures/events/acled-2020.csv:5:5: event_date: expected a date YYYY-MM-DD, D-Mon-YY (9-May-20) or DD Month YYYY (09 May 2020), found "5/10/2020"
>   {samples}/fixtures/events/acled-2020.csv:6:5: event_date: expected a date YYYY-MM-DD, D-Mon-YY (9-May-20) or DD Month YYYY (09 May 2020), found "31 April 2020"
> Wrote {tmp}/a.snap ({size} bytes): 13 actors, 7 incidents, 0 relations
$ faultline -s {tmp}/a.snap timeline --format csv
> date,incident_id,incident,type,rung,perpetrators,claimed_by,attributed_to,targets,fatalities,cameo,goldstein,sources
> 2016-03-15,acled-syr80001,Battle-No change of territory in Palmyra,armed-clash,6 lethal-attack,"Syria, Hezbollah",,,Islamic State (Syria),12,,,[acled-acled-old-csv]
> 2016-03-16,acled-syr80002,Remote violence in Palmyra,explosion,6 lethal-attack,Russia,,,"Islamic State (Syria), Civilians (Syria)",7,,,[acled-acled-old-csv]
> 2016-03-20,acled-syr80003,Remote violence in Qalamoun,explosion,5 attack,Hezbollah,,,Jabhat al-Nusra,0,,,[acled-acled-old-csv]
> 2016-03-22,acled-syr80004,Riots/Protests in Maarat an Nu'man,protest,1 statement,Protesters (Syria),,,,0,,,[acled-acled-old-csv]
> 2020-04-27,acled-afg50001,Armed clash in Nad Ali,armed-clash,6 lethal-attack,Taliban,,,Afghanistan,5,,,[acled-acled-2020-csv]
> 2020-05-09,acled-afg50002,Remote explosive/landmine/IED in Kabul,bombing,5 attack,Unidentified Armed Group (Afghanistan),,,Civilians (Afghanistan),0,,,[acled-acled-2020-csv]
> 2020-05-09,acled-afg50003,Peaceful protest in Herat,demonstration,1 statement,"Protesters (Afghanistan), Health Workers (Afghanistan)",,,,0,,,[acled-acled-2020-csv]
# UCDP Battle-Related Deaths: one incident per conflict-year with its deaths; read as ucdp-acd it is refused, naming the layout.
$ faultline import ucdp-brd {samples}/fixtures/events/ucdp-brd.csv -o {tmp}/brd.snap
> Imported ucdp-brd (UCDP BRD (25 columns)) from ucdp-brd.csv: 996 bytes in {time}
>   rows read                          6
>   imported                           4
>   filtered out                       0
>   duplicates skipped                 0
>   malformed, skipped                 2
>   sides naming no one                0
>   actors added                       7
>   existing actors matched            0
>   names merged                       4
>   incidents added                    4
>   roles added                        9
>   relations added                    0
>   sources added                      1
> Malformed rows:
>   {samples}/fixtures/events/ucdp-brd.csv:6:15: bd_high: expected a count of battle deaths (a whole number, not negative), found "-30"
>   {samples}/fixtures/events/ucdp-brd.csv:7:13: bd_best: expected a count of battle deaths (a whole number, not negative), found "n/a"
> Wrote {tmp}/brd.snap ({size} bytes): 7 actors, 4 incidents, 0 relations
$ faultline -s {tmp}/brd.snap show ucdp-brd-90001-2016
> Battle-related deaths in Iraq, 2016 (ucdp-brd-90001-2016)
> field              value
> kind               incident
> date               2016
> type               battle-deaths
> place              Iraq (IQ)
> fatalities         120
> injured            unknown
> description        UCDP battle-related deaths in conflict 90001 (internationalized intrastate), over government; Government of Iraq against IS, 2016
> imported from      ucdp-brd, ucdp-brd-ucdp-brd-csv line 2
> event type         Battle-related deaths (conflict-year)
> stance             hostile
> deaths low / high  100 / 150
> precision          year
> sources            [ucdp-brd-ucdp-brd-csv]
> note               UCDP dyad 91001
>
> Actors (2)
> role         actor        sources
> perpetrator  Iraq (iraq)  [ucdp-brd-ucdp-brd-csv]
> target       IS (is)      [ucdp-brd-ucdp-brd-csv]
>
> Links (0)
>
> Sources
>   [ucdp-brd-ucdp-brd-csv] UCDP Battle-Related Deaths Dataset ucdp-brd.csv, Uppsala Conflict Data Program, https://ucdp.uu.se/downloads/
$ faultline import ucdp-acd {samples}/fixtures/events/ucdp-brd.csv
! faultline: error: {samples}/fixtures/events/ucdp-brd.csv:1:13: this is the UCDP Battle-Related Deaths dataset (bd_best, bd_low, bd_high), not the UCDP/PRIO Armed Conflict Dataset: import it as ucdp-brd
? 2
# A snapshot that cannot be written: exit 2, the file and the reason.
$ faultline import ucdp-esd {samples}/fixtures/events/ucdp-esd.csv -o {tmp}/no/such/dir/e.snap
! faultline: error: Cannot write {tmp}/no/such/dir/e.snap: the directory {tmp}/no/such/dir does not exist
? 2
# Usage errors.
$ faultline import gdelt {samples}/fixtures/events/gdelt-v2.tsv --since 2024-1-5
! faultline: error: --since "2024-1-5" is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD
? 2
$ faultline import gdelt {samples}/fixtures/events/gdelt-v2.tsv --since 2024-02 --until 2024-01
! faultline: error: the import filter's since date 2024-02 is after its until date 2024-01
? 2
$ faultline import acled {samples}/fixtures/events/acled-current.csv --country Atlantis
! faultline: error: unknown country "Atlantis" in the import filter: expected an ISO 3166 alpha-2 or alpha-3 code or an English name ("IQ", "IRQ", "Iraq")
? 2
$ faultline import gedlt {samples}/fixtures/events/gdelt-v2.tsv
! faultline: error: format: unknown format "gedlt": expected gdelt, acled, ucdp-ged, ucdp-esd, ucdp-acd or ucdp-brd
! Run `faultline --help` for usage.
? 2
$ faultline import gdelt {samples}/fixtures/events/gdelt-v2.tsv --root-code 99
! faultline: error: CAMEO root code "99" in the import filter: expected two digits from 01 to 20
? 2
$ faultline import acled {samples}/fixtures/events/acled-current.csv --root-code 19
! faultline: error: --root-code filters GDELT events by CAMEO root code; acled has none
? 2
$ faultline import gdelt {samples}/fixtures/events/gdelt-v2.tsv --append
! faultline: error: --append adds to the snapshot given by -o: give -o FILE
? 2
$ faultline import gdelt {samples}/fixtures/events/gdelt-v2.tsv --append -o {tmp}/missing.snap
! faultline: error: --append: the snapshot {tmp}/missing.snap does not exist; drop --append to create it
? 2
$ faultline import gdelt {samples}/fixtures/events/acled-current.csv
! faultline: error: {samples}/fixtures/events/acled-current.csv:1: not a GDELT event export: the first line has 1 tab-separated column; GDELT 2.0 has 61 and GDELT 1.0 has 57 or 58 (header-less)
? 2
$ faultline --import gdlt:{samples}/fixtures/events/gdelt-v2.tsv info
! faultline: error: --import "gdlt:{samples}/fixtures/events/gdelt-v2.tsv": expected FORMAT:FILE, FORMAT one of gdelt, acled, ucdp-ged, ucdp-esd, ucdp-acd, ucdp-brd (e.g. --import gdelt:events.tsv)
? 2
$ faultline --import acled:{samples}/fixtures/events/acled-current.csv import gdelt {samples}/fixtures/events/gdelt-v2.tsv
! faultline: error: `faultline import` takes its files as arguments; drop --import
? 2
