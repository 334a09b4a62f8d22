# Pictures (--format svg, export --to svg) and the HTML report (docs/pictures.md).
# A whole picture is long; the small ones below show the format, the cap note
# (--max-nodes) and the errors. The pictures of the sample are checked
# byte for byte against docs/img/*.svg by the test "docs: pictures are up to date".
$ faultline --max-nodes 3 centrality --metric degree --format svg
> <?xml version="1.0" encoding="UTF-8"?>
> <svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="843" height="156" viewBox="-213 -48 843 156" font-family="DejaVu Sans, Arial, Helvetica, sans-serif">
> <title>Centrality: degree (the bundled sample)</title>
> <rect x="-213" y="-48" width="843" height="156" fill="#ffffff"/>
> <text x="-197" y="-16" font-size="16" font-weight="bold">Centrality: degree (the bundled sample)</text>
> <rect x="0" y="3" width="600" height="16" fill="#5c6bc0" stroke="none"><title>1. Harakat al-Nujaba (nujaba): 5</title></rect>
> <rect x="0" y="25" width="600" height="16" fill="#5c6bc0" stroke="none"><title>2. United States (usa): 5</title></rect>
> <rect x="0" y="47" width="480" height="16" fill="#5c6bc0" stroke="none"><title>3. Israel (israel): 4</title></rect>
> <line x1="0" y1="0" x2="0" y2="66" stroke="#616161" stroke-width="1"/>
> <g><title>Harakat al-Nujaba (nujaba)</title><text x="-10" y="15" font-size="12" text-anchor="end">1. Harakat al-Nujaba (nujaba)</text></g>
> <text x="606" y="15" font-size="11" fill="#424242">5</text>
> <g><title>United States (usa)</title><text x="-10" y="37" font-size="12" text-anchor="end">2. United States (usa)</text></g>
> <text x="606" y="37" font-size="11" fill="#424242">5</text>
> <g><title>Israel (israel)</title><text x="-10" y="59" font-size="12" text-anchor="end">3. Israel (israel)</text></g>
> <text x="486" y="59" font-size="11" fill="#424242">4</text>
> <g><text x="-197" y="94" font-size="11" fill="#b71c1c">Showing 3 of 15 scores (the highest); 12 left out. Use --max-nodes 0 to draw them all.</text></g>
> </svg>
$ faultline --max-nodes 2 backers nujaba --format svg
> <?xml version="1.0" encoding="UTF-8"?>
> <svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="592" height="175" viewBox="-304.3 -59 592 175" font-family="DejaVu Sans, Arial, Helvetica, sans-serif">
> <title>Backers of Harakat al-Nujaba</title>
> <defs>
> <marker id="fl-arrow-2e7d32" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#2e7d32"/></marker>
> </defs>
> <rect x="-304.3" y="-59" width="592" height="175" fill="#ffffff"/>
> <text x="-288.3" y="-27" font-size="16" font-weight="bold">Backers of Harakat al-Nujaba</text>
> <g><title>Iran —backs→ Harakat al-Nujaba [seed]</title><path d="M-250,0 L-13,0" fill="none" stroke="#2e7d32" stroke-width="2" marker-end="url(#fl-arrow-2e7d32)"/></g>
> <g><title>Harakat al-Nujaba (nujaba)
> group, militia, IQ</title><circle cx="0" cy="0" r="11" fill="#ffcc80" stroke="#e65100" stroke-width="3"/></g>
> <g><title>Iran (iran)
> state, IR
> direct, strength 1, 1 step</title><rect x="-267.7" y="-7.7" width="15.3" height="15.3" fill="#90caf9" stroke="#1565c0" stroke-width="1.5"/></g>
> <g><title>Harakat al-Nujaba (nujaba)
> group, militia, IQ</title><rect x="-57.4" y="14" width="114.9" height="15.6" fill="#ffffff" fill-opacity="0.8"/><text x="-55.4" y="26" font-size="12" font-weight="bold">Harakat al-Nujaba</text></g>
> <g><title>Iran (iran)
> state, IR
> direct, strength 1, 1 step</title><rect x="-288.3" y="12" width="56.7" height="15.6" fill="#ffffff" fill-opacity="0.8"/><text x="-286.3" y="24" font-size="12">Iran · 1</text></g>
> <g><title>Iran —backs→ Harakat al-Nujaba [seed]</title><rect x="-147.5" y="-6.5" width="35" height="13" fill="#ffffff" fill-opacity="0.85"/><text x="-145.5" y="3.5" font-size="10" fill="#424242">backs</text></g>
> <g><rect x="-281.3" y="47.7" width="11.9" height="11.9" fill="#90caf9" stroke="#1565c0" stroke-width="1.5"/><text x="-256.3" y="57.6" font-size="11">state</text><circle cx="-195.8" cy="53.6" r="7" fill="#ffcc80" stroke="#e65100" stroke-width="1.5"/><text x="-176.8" y="57.6" font-size="11">group</text><polygon points="-113,46.6 -106.7,58.5 -119.3,58.5" fill="#ce93d8" stroke="#6a1b9a" stroke-width="1.5"/><text x="-94" y="57.6" font-size="11">person</text><line x1="-36.4" y1="53.6" x2="-10.4" y2="53.6" stroke="#2e7d32" stroke-width="2"/><text x="-4.4" y="57.6" font-size="11">backs</text><line x1="-288.3" y1="75.6" x2="-262.3" y2="75.6" stroke="#1565c0" stroke-width="2"/><text x="-256.3" y="79.6" font-size="11">controls / membership (--inherit)</text></g>
> <g><text x="-288.3" y="101.6" font-size="11" fill="#b71c1c">Each answer is labelled with its strength: Π weight × confidence × decay^(steps − 1).</text></g>
> </svg>
$ faultline escalation --paths usa nujaba --format svg
! faultline: error: --paths has no picture: use --format table, json, csv or dot
? 2
$ faultline actors --format svg
! faultline: error: Format "svg" is not available here: expected table, json, csv
? 2
$ faultline report --help
> Write one self-contained HTML page about what is loaded: the actor graph, key actors with their backers and
> proxies, escalation chains as a timeline, blocs and tensions, centrality, incidents and every source cited.
> No network and no other file: it opens from file://. Hover a node or tie for its facts; filter by date.
> Pictures draw at most --max-nodes nodes; long lists are capped and say so. See docs/pictures.md
> Usage: faultline report [OPTIONS]
>
> Options:
>   -h,--help                   Print this help message and exit
>   -o,--output FILE            Write the page to this file (atomically) instead of standard output
>   --chains UINT=5             Escalation chains drawn and listed (the most escalatory)
>   --rows UINT=25              Rows of the key-actor and centrality tables
>   --window INT=30             Escalation: longest gap in days for an inferred retaliation link
>
> Global options (before or after the command): -s,--scenario FILE (repeatable), --import FORMAT:FILE,
> --as-of DATE, --min-confidence X, --min-mentions N, --min-sources N, --root-events-only, --edges FILE
> (see faultline --help). Exit codes: 0 ok, 1 no result, 2 bad input or usage.
$ faultline --edges {samples}/fixtures/centrality/karate.csv report
! faultline: error: `report` works on scenarios (actors, relations, incidents), not on a plain edge list: drop --edges
? 2
$ faultline report -o {tmp}/report.html
