/** The explanatory part of BENCHMARKS.md, written after the figures. */
export const BENCH_NOTES = `
## How to reproduce

\`\`\`sh
npm ci && npm run db -- install     # once: dependencies and the Neo4j jars
npm run bench                       # every section at 100k and 1M relations (about an hour on 2 cores)
npm run bench -- --sizes 10k --sweep-size 1k --per-row-sample 100   # a quick run
\`\`\`

Options: \`--sizes 1k,10k,100k,1M\`, \`--only loader,sweep,api,browser,opening,peer,memory,timeline,provenance,duplicates,batch,start\`,
\`--sweep-size 10k\`, \`--per-row-sample 300\`, \`--api-seconds 30\`, \`--views 5000,20000,50000\`,
\`--peer-views 5000,20000\`, \`--frames 20\`, \`--peer-frames 5\`, \`--provenance-articles 10000\`, \`--duplicates-size 100k\`, \`--batch-articles 200\`. Datasets are generated once with
seed 1 into \`bench/tmp/\` (\`npm run generate -- --relations 100k --seed 1 --out <dir>\` writes the
same bytes). Each load starts its own Neo4j 5.26 (the project's local instance, in a temporary data
folder, heap 3 GB, page cache 2 GB), so every run starts from an empty store with the project's
schema (constraints and full-text indexes) in place. The sections that read a graph (API, query to
screen, export) use the largest size of the run, as loaded by the loader section.

A run with \`--only\` or other \`--sizes\` rewrites the rows it measures and keeps the other rows
of \`bench/results.json\`, each naming the run it comes from.

## Where the explorer's Expand time goes

Measured on 2026-12-03 at 10k (a hub of degree 229, the explorer opened on it with \`?focus=\`,
load average 10-18 on the shared 2 cores; 5 clicks after a warm-up), with the page's own clocks
(resource timing, long tasks, animation frames) and a CPU profile of the same clicks:

| part | time | what it is |
| --- | ---: | --- |
| the answer (\`POST /api/expand\`) | 66-295 ms | server and network; the only part the bare page shares |
| main-thread work after the answer | 52-311 ms, in 1-2 tasks | JSON parse and check, React rendering the view and every panel that reads it (legend, status bar, details, URL), graph sync, sigma re-reading every node; in the profile sigma's processing about 100-185 ms, React about 80 ms, the address bar update 8-21 ms |
| waiting for a frame | 0-330 ms | Chromium starts the next frame only once the GPU has drawn the last one |
| the frames until the new nodes are on screen | 17-580 ms each | software WebGL drawing the whole view (the starting view's 300 entities, their relationships and labels, where the bare page draws one node and its neighbours); after every expand the selected node's focus ran again, with a synchronous full redraw and, when the node was off centre, a 400 ms camera animation whose frames the GPU had to draw first |

No second fetch: the details panel keeps its answer (its address does not change with the view).
Cut so far: the focus runs once per request (no redraw or camera move after an expand), the graph
sync updates every node in one batch (one event for sigma instead of one per node) and builds its
neighbour lists without copying them per relationship. What remains is mostly frames drawn in
software: on this machine a frame of a 300-node view with labels takes longer than the 300 ms target.

## What is measured

- **Loader**: \`loadArticles\` end to end (read, validate, plan sentences and mentions, write
  transactions of about 10,000 rows, several articles each), in relationships per second counting
  everything written (domain relations, HAS_SENTENCE, MENTIONS). **LOAD CSV**: the same graph from CSV files made from the
  same plans, served over http by the bench process on 127.0.0.1 (the local Neo4j refuses file
  URLs and the bench leaves that setting alone), one \`LOAD CSV ... CALL { ... } IN TRANSACTIONS OF
  n ROWS\` per file, MERGE for nodes and CREATE for relationships as Neo4j documents it; its time
  excludes making the CSV files. **One transaction per row**: the loader's own statements with one
  row per transaction, on a sample (the articles holding \`--per-row-sample\` relations),
  extrapolated to a rate. The sweep varies the rows per transaction of both. **First load (bulk
  import)**: what \`npm run load\` does for a big corpus into an empty local Neo4j, end to end from
  the article folders: read, validate, plan, write the import files, stop Neo4j, \`neo4j-admin
  database import full\`, start Neo4j again, create the schema; into its own fresh store.
- **API**: the product's own server (\`npm start --no-load\` in a child process, pointed at the
  bench Neo4j), warmed up by expanding every picked node once, one at a time (so that the timed runs
  do not measure the first reads of a store just loaded), then autocannon with 20 connections for \`--api-seconds\`
  per route: \`POST /api/expand\` (limit 100) on the 20 biggest hubs and 200 leaves, chosen at
  random half and half (the target's figure), then leaves only, then hubs only;
  \`GET /api/search\` with prefixes of their names. Autocannon reports p97.5, not p95. The answer
  sizes are the mean JSON bytes of 10 hub and 10 leaf expansions. \`GET /api/health\` and
  \`GET /api/schema\` (the graph's counts) are called 50 times each alone, then one after another
  during a second mixed expand run of the same length (kept apart from the target's run, whose
  figures their busy loop would otherwise slow): their p50 and p99, and how many answered 504. Then
  \`GET /api/health\` is called one after another while one workbench query returns a single row
  of ten million numbers (\`RETURN range(1, 10000000)\`, the default 10 s limit): its p50, p99
  and non-200 answers, and when the query answered.
- **Query to screen**: a bench page (\`bench/pages/expand.html\`, the explorer's stack: fetch,
  graphology, sigma) and the explorer itself (its Expand button, timed through \`window.__dossier\`)
  from the click to the frame after the new nodes are drawn, median of 5 after a warm-up, against
  the median time of the same statements (\`api/expand-*\`) through the driver.
- **Opening view** (\`--only opening\`, at every size asked for, each on a Neo4j of its own; at
  1k the corpus holds 12 articles and about 300 entities, at 100k about 1,000 articles): the
  explorer opened in a 1440×900 window on the product's server, from navigation start to the first
  task the page's main thread takes after the two frames that drew the opening view (the entities
  the status bar counts all in sigma's graph), median of 5 after a warm-up; the answer of
  \`GET /api/view/start\` from the page's resource timing; against the median time of the same
  statements (\`api/start-nodes\`, \`api/start-relationships\`) through the driver in the same run.
  The target is 1 s. Once the camera stands still, the picture: the drawn nodes' bounding box as
  its longer side over its shorter (target ≤ 2.5, no column or line), the labels drawn, and the
  pairs of labels over each other or outside the canvas (target 0).
- **Renderers**: \`bench/pages/sigma.html\` and \`bench/pages/vis.html\` (built with vite) draw the
  same seeded, positioned views (clusters, 4 edges per node) in one headless Chromium. Initial
  render: from building the library's data to the frame after its first drawing. Pan: the camera
  moves once per drawn frame; main-thread time per frame is the renderer process's task time
  (CDP \`Performance.getMetrics\` TaskDuration) divided by the frames drawn. vis-network runs with
  physics off, straight edges and no improved layout. WebGL and canvas are software (SwiftShader),
  so the ratios mean more than the absolute times. These bare pages draw relationships and no
  labels in every frame, so both libraries do the same work.
- **Large view (50k nodes, 200k edges)**: the sigma page with the explorer's settings (labels on;
  above 50,000 relationships, relationships and labels hidden while the view moves), dragged by
  the mouse (Playwright: button down, 20 moves, each waiting for the next frame); main-thread time
  per drawn frame as above.
- **Input while the layout runs** (each size of \`--views\`): ForceAtlas2 runs in its web worker
  with the explorer's settings, its positions applied as the explorer applies them (at most once
  per animation frame, after the GPU has drawn the previous ones, held while the pointer moves over
  the view), while the mouse moves 40 times in 4 bursts of 10, 50 ms apart, each burst starting
  right after the layout drew a frame: each move's wait (Playwright resolves it when the page has
  taken the event in) is how long input is held up; the target is that no move waits more than
  100 ms.
- **Timeline**: the product's server as for the API, warmed up with 30 requests, then autocannon
  with 20 connections for \`--api-seconds\` on \`GET /api/timeline\`, the units (day, month, year)
  in turn, as zooming asks for them; the target is p99 ≤ 200 ms. Each request counts the dates
  of every article (\`Article.eventDates\`) and the articles' publication days.
- **Memory**: Neo4j's resident memory (/proc) sampled during each load and the API run, the API
  server's too; the JS heap of the sigma pages (CDP \`Runtime.getHeapUsage\`); the peak RSS of
  \`npm run export -- --all --format json\` in its own process against the size of what it wrote.
- **Provenance** (\`--only provenance\`, no Neo4j): a synthetic corpus of \`--provenance-articles\`
  texts (bench/tmp/provenance-<n>/, seed 1), made by recombining word by word the paragraphs of
  \`bench/provenance/synthetic-seed.txt\` (each word followed by one that follows it there) with the
  generator's unique names strewn in, 200 to 450 words each; about one in ten is a planted reprint of
  an earlier text (identical; with furniture lines and its last paragraph dropped; with a new
  headline and an extra paragraph; or trimmed), each an article folder of one of twenty synthetic
  outlets. At load, the corpus's provenance is worked out as \`npm run load\` does (the reprint
  index over every folder's text, then each article's wire credit and reprint look-up against all
  the others), without writing provenance.json; the peer reads and tokenises the same article.txt
  files (median of 3 runs).
  The recall is that of the planted reprint pairs. Heap: V8's heap used after a full collection,
  before and after the load (the index and the per-article provenance it keeps), and its peak
  sampled every 250 articles; the peer holds the words of every text. Look-up: \`candidates()\` of
  100 texts outside the corpus (half planted reprints of corpus texts) against the full index, each
  timed alone, against reading and tokenising the same text; and the whole detection an add asks
  (\`detectNew\`: wire credit, look-up, the earliest copy).
- **Possible duplicates** (\`--only duplicates\`, no Neo4j): the generated corpus of
  \`--duplicates-size\` relations (seed 1, bench/tmp/duplicates-<size>/) and 100 planted pairs, each
  in an article of its own that names a copy of a generated entity (new id) under another spelling:
  an accent on the name's last vowel, a doubled consonant, "X Group" beside an organisation named "X
  ...", "General X" beside a person "Given X". Reading: every annotation of the folder with the
  merges applied, as \`npm run duplicates\` reads them; search: the blocked comparison and scoring.
  The target is on both together; the CPU time shows what the wait for a core adds to the wall time.
  Precision: the share of the first 50 pairs that are planted pairs; recall: the planted pairs found
  anywhere in the list.
- **Adding a reading list** (\`--only batch\`): \`--batch-articles\` texts of 500–1,000 words from
  the generator (seed 1), written as .txt files with a title line into one folder, added by
  \`npm run add -- <folder>\` (2 items at a time, the default) against a fresh Neo4j and a CoreNLP of
  the run's own, warmed with one request first. The generated texts carry no date, so each is added
  as date unknown. The peer: the bare CoreNLP request of 10 of the same texts, one at a time, with
  the annotators and properties the suggestion asks for. The target, 1.5 s per article, includes the
  suggestion.
- **npm start with 1,000 article folders** (\`--only start\`): the generated corpus of 100k relations
  (seed 1, about a thousand article folders, bench/tmp/start-100k/), the app built beforehand. The
  product's \`npm start\` in a child process against a fresh Neo4j of the bench's own (NEO4J_URI, so no
  workbench instance; NLP_ENGINE=off, since CoreNLP starts in the background and never delays ready),
  timed from the command until it prints that it is ready and /api/health counts every article. Peer:
  the bare \`npm run load\` of the same folders against another fresh instance, on the same machine.
- The machine has 2 cores, shared by Neo4j, the product's processes, the load generator and the
  browser of each measurement (see the load average next to each figure); ratios measured back to
  back in the same run mean more than absolute times.
`;
