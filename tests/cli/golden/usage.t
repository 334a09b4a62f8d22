$ faultline
! faultline: error: A subcommand is required
! Run `faultline --help` for usage.
? 2
$ faultline --help
> faultline: who backs, fights, claims and strikes whom.
> Loads scenarios (YAML, JSON) or snapshots into a typed graph of states, groups,
> persons and incidents and answers questions about it; imports GDELT, ACLED and UCDP
> event data. With no --scenario or --import, the bundled sample (the US strike in
> Baghdad of 2024-01-04) is used.
>
> Exit codes: 0 ok, 1 no result, 2 bad input or usage.
> Usage: faultline [OPTIONS] SUBCOMMAND
>
> Options:
>   -h,--help                   Print this help message and exit
>   --version                   Display program version information and exit
>   -s,--scenario FILE ...      Scenario (YAML or JSON) or snapshot to load; repeat to load several, later ones adding to earlier ones
>   --import FORMAT:FILE ...    Event data to add to the scenarios, as FORMAT:FILE (gdelt, acled, ucdp-ged, ucdp-esd, ucdp-acd, ucdp-brd); repeatable. Malformed rows are skipped and counted; use `faultline import` for filters and --strict
>   --edges FILE                A plain edge list instead of a scenario, for the analysis commands: CSV/TSV with a header naming source,target[,weight][,sign][,type][,date|year|since,until|window], or a Pajek .net/.paj file
>   --nodes FILE                A node list (CSV/TSV with an `id` column) to go with --edges
>   --source-column TEXT        With --edges: the header name of the source column
>   --target-column TEXT        With --edges: the header name of the target column
>   --network TEXT              With a Pajek project holding several networks: which one, by number, title or the title's last word (default: the first; the output names the one read)
>   --undirected                With --edges: the edges are undirected (Pajek *Arcs too; a pair of opposite arcs is one edge)
>   --as-of DATE                Only what holds on this date (YYYY, YYYY-MM or YYYY-MM-DD); with a dated --edges list (date, year, since/until or window column), the ties that hold then
>   --min-confidence FLOAT=0    Ignore facts whose confidence is below this (0 to 1)
>   --min-mentions N            Ignore GDELT events mentioned fewer than N times (NumMentions); other incidents are kept
>   --min-sources N             Ignore GDELT events reported by fewer than N sources (NumSources); other incidents are kept
>   --max-nodes N=60            Pictures (--format svg, export --to svg, report): draw at most N nodes, the ones with the most ties, and say in the picture what was left out; 0 draws all
>   --max-input-size SIZE       Refuse an input read whole into memory (a scenario, a node list, event data decompressed or read from standard input) larger than SIZE, e.g. 500M or 16G (default 4G; 0: no limit). Edge lists and plain event files are mapped, not read whole; snapshots are checked as they are decoded
>   --max-string-length SIZE    Refuse a text value longer than SIZE: a scenario value or key, a field of an edge or node list, a line of GDELT data read from a pipe or decompressed (default 1M; 0: no limit)
>   --root-events-only          Ignore GDELT events that are not root events (IsRootEvent 0); other incidents are kept
>
> Subcommands:
>   info                        Summarise what is loaded: scenarios, counts of actors, incidents and facts
>   validate                    Check scenarios and snapshots: exit 0 when they load, 2 with file:line:column when not.
>                               Also lists warnings, which are not errors: an alias given twice (for one actor, or for two, so that
>                               the name finds both) with its file:line:column, and facts that cite no source
>   actors                      List actors (states, groups, persons), sorted by id
>   show                        Show one actor or incident with every fact about it and the sources behind them
>   backers                     Who backs an actor, directly or through others, each with the chain of facts and sources behind it.
>                               Strength is the product over the chain's steps of weight times confidence, times decay^(steps-1) (docs/backing.md)
>   proxies                     Whom an actor backs, directly or through others, each with the chain of facts and sources behind it.
>                               Strength is the product over the chain's steps of weight times confidence, times decay^(steps-1) (docs/backing.md)
>   path                        How is one actor (or incident) connected to another: the shortest chains of relations, and of roles in incidents, between them
>   timeline                    The incidents in time order, each with its rung on the escalation ladder, who against whom, fatalities and sources.
>                               Partial dates sort at the start of their month or year, and an incident always after those it responds to
>   escalation                  Escalation chains: incidents that answer one another, explicitly (responds_to) or by inference (a later incident by the target's side against the perpetrator's side, within a window), scored by how far they climb the escalation ladder (docs/escalation.md).
>                               With no query: the most escalatory chains
>   alliances                   Who stands with whom: the blocs of the signed actor graph (friendly and hostile facts aggregated per pair), chosen to minimise frustration (hostile ties inside blocs, friendly ties between them), with the friendly camps and cliques.
>                               Works on scenarios (default: the bundled sample) and on signed edge lists (--edges). See docs/alliances.md
>   balance                     How balanced the signed actor graph is (Heider; Cartwright and Harary), by signnet's measures: the signed triangle census and the fraction of balanced triangles, the walk balance (Estrada), and the frustration index (the fewest ties that keep a split into two sides from being clean) with the split that attains it.
>                               Works on scenarios and on signed edge lists (--edges). See docs/alliances.md
>   tensions                    Where the signed actor graph strains its blocs: ties that contradict them (a friend in the other bloc, an enemy in one's own) ranked by weight, unbalanced triangles, ties whose facts point both ways, and "enemy of my enemy" suggestions for pairs with no tie, each with the facts behind it.
>                               The blocs are those of `alliances` with the same flags. See docs/alliances.md
>   centrality                  Who matters: rank actors (or the nodes of an edge list) by a centrality measure, on a layer of the graph, at a date or in a window.
>                               Scores follow NetworkX; the signed measures (pn, signed-eigenvector) follow signnet
>   stats                       Counts of incidents and their fatalities (best estimate; low and high where the dataset gives them, as UCDP GED does), grouped by actor, dyad, month, year, type, event type or country.
>                               Incidents whose fatalities are unknown are counted apart, never as zero. By actor (or dyad) an incident counts once for each actor (pair) involved, so the rows add up to more than the total
>   import                      Import event data into a snapshot: `faultline import FORMAT FILE... -o OUT.snap`.
>                               FORMAT is gdelt (GDELT 1.0/2.0 event exports), acled (ACLED CSV), ucdp-ged, ucdp-esd, ucdp-acd or ucdp-brd.
>                               Actors are resolved against --scenario files (their ids, names and aliases) and each other; malformed
>                               rows are skipped and reported (or stop the import with --strict). The snapshot is written to a temporary
>                               file and renamed, never left torn. Without -o, nothing is written: the report says what would be imported
>   convert                     Convert scenarios and snapshots: `faultline convert IN... OUT`. The output format comes from OUT's extension
>                               (.yaml/.yml, .json, .snap) or --to. The output is written to a temporary file and renamed, never left torn.
>                               The global filters (--as-of, --min-confidence, the GDELT noise controls) apply to what is written
>   export                      Write what is loaded (--scenario, or the bundled sample) as a scenario (YAML, JSON), a
>                               Graphviz DOT drawing, a snapshot, GraphML (yEd, Neo4j APOC), dynamic GEXF (Gephi's timeline),
>                               Cytoscape.js JSON, Neo4j admin-import CSV files or a signed Pajek network. The global filters
>                               (--as-of, --min-confidence, the GDELT noise controls) apply: only the relations, incidents, roles
>                               and links they keep are written
>   report                      Write one self-contained HTML page about what is loaded: the actor graph, key actors with their backers and
>                               proxies, escalation chains as a timeline, blocs and tensions, centrality, incidents and every source cited.
>                               No network and no other file: it opens from file://. Hover a node or tie for its facts; filter by date.
>                               Pictures draw at most --max-nodes nodes; long lists are capped and say so. See docs/pictures.md
>
$ faultline backers --help
> Who backs an actor, directly or through others, each with the chain of facts and sources behind it.
> Strength is the product over the chain's steps of weight times confidence, times decay^(steps-1) (docs/backing.md)
> Usage: faultline backers [OPTIONS] actor
>
> Positionals:
>   actor TEXT REQUIRED         Id, name or alias of the actor (case-insensitive)
>
> Options:
>   -h,--help                   Print this help message and exit
>   --depth UINT=3              Longest chain in steps; 0 for no limit. The answer says how many more a deeper search finds
>   --inherit                   Let backing pass through membership and control: whoever backs a coalition backs its members, and a controller backs what it controls
>   --through-governments       Let chains go on past backing given to a state (by default such a step ends a chain: a government's backer is not thereby a backer of that government's proxies)
>   --across-conflicts          Let chains join steps given in different conflicts or against different opponents (by default a step that names a conflict or an opponent must agree with the rest of the chain)
>   --decay FLOAT=0.5           Factor in (0, 1] by which each step after the first weakens a chain; 1 for none
>   -f,--format TEXT=table      Output format: table, json, csv, svg
>
> Global options (before or after the command): -s,--scenario FILE (repeatable), --import FORMAT:FILE,
> --as-of DATE, --min-confidence X, --min-mentions N, --min-sources N, --root-events-only, --edges FILE
> (see faultline --help). Exit codes: 0 ok, 1 no result, 2 bad input or usage.
$ faultline frobnicate
! faultline: error: Unknown command "frobnicate": expected one of info, validate, actors, show, backers, proxies, path, timeline, escalation, alliances, balance, tensions, centrality, stats, import, convert, export, report
! Run `faultline --help` for usage.
? 2
$ faultline backers nujaba --bogus
! faultline: error: The following argument was not expected: --bogus
! Run `faultline --help` for usage.
? 2
$ faultline backers
! faultline: error: actor is required
! Run `faultline --help` for usage.
? 2
$ faultline info --as-of 2024-13-01
! faultline: error: --as-of "2024-13-01" is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD
? 2
$ faultline info --min-confidence 2
! faultline: error: Minimum confidence 2 is invalid: expected a number in [0, 1]
? 2
$ faultline --version
> faultline 0.1.0
