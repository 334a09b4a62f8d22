# Event data as users have it: gzip files, zip archives and standard input
# (`-`), told apart by their first bytes (docs/event-data.md, "Inputs").
# The .gz and .zip fixtures hold samples/fixtures/events/gdelt-v2.tsv and
# ucdp-ged.csv; they import as the plain files do (import.t).
#
# GDELT from standard input, gzip-compressed (`gzip -c f.csv | faultline import gdelt - ...`):
# line numbers are those of the decompressed file.
$ faultline import gdelt - -o {tmp}/g.snap < {samples}/fixtures/events/gdelt-v2.tsv.gz
> Imported gdelt (GDELT 2.0 (61 columns)) from <stdin>: 4731 bytes in {time}
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
>   <stdin>:9:2: SQLDATE: expected a date YYYYMMDD, found "20241345"
>   <stdin>:10:32: NumMentions: expected a count (a whole number, not negative), found "many"
>   <stdin>:11:31: GoldsteinScale: expected a Goldstein value from -10 to 10, found "-12.5"
>   <stdin>:12: expected 61 tab-separated columns, as on the first line (GDELT 2.0 (61 columns)), found 60
> Wrote {tmp}/g.snap ({size} bytes): 8 actors, 8 incidents, 0 relations
# The same events as the plain file's (import.t); the source is named after standard input.
$ faultline -s {tmp}/g.snap timeline --actor israel
> Timeline of Israel (israel): 3 incidents
>
> date        incident                                                 rung               by         targets  fatalities  CAMEO  Goldstein  sources
> 2024-01-05  Employ aerial weapons (CAMEO 195)                        5 attack           Israel     Hamas    unknown     195    -10        [gdelt-stdin]
> 2024-01-10  Arrest, detain, or charge with legal action (CAMEO 173)  4 harassment       Israel              unknown     173    -5         [gdelt-stdin]
> 2024-01-12  Fight with artillery and tanks (CAMEO 194)               8 strike-on-state  Hezbollah  Israel   unknown     194    -10        [gdelt-stdin]
>
> Sources
>   [gdelt-stdin] GDELT 2.0 event export <stdin>, The GDELT Project, https://www.gdeltproject.org/
# A zip archive on standard input (`unzip -p` is the other way): the member is named in messages.
$ faultline import gdelt - --format json < {samples}/fixtures/events/gdelt-v2.zip
> {
>   "format": "gdelt",
>   "layout": "GDELT 2.0 (61 columns)",
>   "files": [
>     "<stdin>:gdelt-v2.tsv"
>   ],
>   "bytes": 4731,
>   "seconds": {time},
>   "rows": 13,
>   "imported": 8,
>   "filtered": 0,
>   "duplicates": 1,
>   "malformed": 4,
>   "problems": [
>     {
>       "file": "<stdin>:gdelt-v2.tsv",
>       "line": 9,
>       "column": 2,
>       "field": "SQLDATE",
>       "message": "expected a date YYYYMMDD, found \"20241345\""
>     },
>     {
>       "file": "<stdin>:gdelt-v2.tsv",
>       "line": 10,
>       "column": 32,
>       "field": "NumMentions",
>       "message": "expected a count (a whole number, not negative), found \"many\""
>     },
>     {
>       "file": "<stdin>:gdelt-v2.tsv",
>       "line": 11,
>       "column": 31,
>       "field": "GoldsteinScale",
>       "message": "expected a Goldstein value from -10 to 10, found \"-12.5\""
>     },
>     {
>       "file": "<stdin>:gdelt-v2.tsv",
>       "line": 12,
>       "column": 0,
>       "field": "",
>       "message": "expected 61 tab-separated columns, as on the first line (GDELT 2.0 (61 columns)), found 60"
>     }
>   ],
>   "generic_sides": 0,
>   "actors_added": 8,
>   "actors_matched": 0,
>   "names_merged": 11,
>   "incidents_added": 8,
>   "roles_added": 13,
>   "relations_added": 0,
>   "sources_added": 1,
>   "output": null,
>   "written": false,
>   "graph": {
>     "actors": 8,
>     "incidents": 8,
>     "relations": 0,
>     "roles": 13,
>     "sources": 1
>   }
> }
# UCDP GED, plain on standard input, and a zip archive of it.
$ faultline import ucdp-ged - -o {tmp}/u.snap < {samples}/fixtures/events/ucdp-ged.csv
> Imported ucdp-ged (UCDP GED (41 columns)) from <stdin>: 2343 bytes in {time}
>   rows read                          4
>   imported                           4
>   filtered out                       0
>   duplicates skipped                 0
>   malformed, skipped                 0
>   sides naming no one                0
>   actors added                       6
>   existing actors matched            0
>   names merged                       2
>   incidents added                    4
>   roles added                        8
>   relations added                    0
>   sources added                      1
> Wrote {tmp}/u.snap ({size} bytes): 6 actors, 4 incidents, 0 relations
$ faultline import ucdp-ged {samples}/fixtures/events/ucdp-ged.zip
> Imported ucdp-ged (UCDP GED (41 columns)) from ucdp-ged.zip:ucdp-ged.csv: 2343 bytes in {time}
>   rows read                          4
>   imported                           4
>   filtered out                       0
>   duplicates skipped                 0
>   malformed, skipped                 0
>   sides naming no one                0
>   actors added                       6
>   existing actors matched            0
>   names merged                       2
>   incidents added                    4
>   roles added                        8
>   relations added                    0
>   sources added                      1
> Nothing written (no -o): 6 actors, 4 incidents, 0 relations
# --import reads them too.
$ faultline --import gdelt:{samples}/fixtures/events/gdelt-v2.tsv.gz info
> Loaded gdelt:{samples}/fixtures/events/gdelt-v2.tsv.gz
>
> what            count
> actors          8
>   states        5
>   groups        3
>   persons       0
> incidents       8
> relations       0
> incident roles  13
> incident links  0
> sources         1
> relation types  11
! Imported {samples}/fixtures/events/gdelt-v2.tsv.gz (GDELT 2.0 (61 columns)): 8 of 13 rows, 1 duplicate skipped, 4 malformed rows skipped (first: {samples}/fixtures/events/gdelt-v2.tsv.gz:9:2: SQLDATE: expected a date YYYYMMDD, found "20241345")
# A zip archive of several files: name the member.
$ faultline import gdelt {samples}/fixtures/events/two-tables.zip
! faultline: error: {samples}/fixtures/events/two-tables.zip: the zip archive holds 2 files (gdelt-v2.tsv, gdelt-v1.tsv): name the one to import as {samples}/fixtures/events/two-tables.zip:MEMBER
? 2
$ faultline import gdelt {samples}/fixtures/events/two-tables.zip:gdelt-v1.tsv
> Imported gdelt (GDELT 1.0 (58 columns)) from two-tables.zip:gdelt-v1.tsv: 1060 bytes in {time}
>   rows read                          3
>   imported                           3
>   filtered out                       0
>   duplicates skipped                 0
>   malformed, skipped                 0
>   sides naming no one                0
>   actors added                       5
>   existing actors matched            0
>   names merged                       5
>   incidents added                    3
>   roles added                        5
>   relations added                    0
>   sources added                      1
> Nothing written (no -o): 5 actors, 3 incidents, 0 relations
# Damaged or empty archives: exit 2, nothing written.
$ faultline import gdelt {samples}/fixtures/events/truncated.tsv.gz -o {tmp}/bad.snap
! faultline: error: {samples}/fixtures/events/truncated.tsv.gz: the gzip file is truncated: the compressed data stops after 501 bytes, before its end marker
? 2
$ faultline import gdelt {samples}/fixtures/events/empty.zip -o {tmp}/bad.snap
! faultline: error: {samples}/fixtures/events/empty.zip: the zip archive is empty: it holds no file to import
? 2
$ faultline -s {tmp}/bad.snap info
! faultline: error: Cannot open {tmp}/bad.snap: No such file or directory
? 2
# Empty standard input is no export.
$ faultline import gdelt - -o {tmp}/bad.snap
> Imported gdelt (no layout: nothing read) from <stdin>: 0 bytes in {time}
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
>   <stdin>:1: the file is empty: expected a GDELT event export (one tab-separated event per line)
> Nothing written: {tmp}/bad.snap left as it was
! faultline: error: nothing imported: no rows (first: <stdin>:1: the file is empty: expected a GDELT event export (one tab-separated event per line)); nothing written
? 2
# A file that does not exist.
$ faultline import gdelt {samples}/fixtures/events/missing.tsv.gz
! faultline: error: files: File does not exist: {samples}/fixtures/events/missing.tsv.gz
! Run `faultline --help` for usage.
? 2
