/** The explanatory part of BENCHMARKS.md, written after the figures. */
export const BENCH_NOTES = `
## How to reproduce

\`\`\`sh
npm ci && npm run db -- install     # once: dependencies and the Neo4j jars
npm run bench                       # every section at 100k and 1M relations (about half an hour)
npm run bench -- --sizes 10k --only loader,sweep   # a quick run
\`\`\`

Options: \`--sizes 1k,10k,100k,1M\`, \`--only loader,sweep,api,browser,peer,memory\`,
\`--sweep-size 10k\`, \`--per-row-sample 300\`. Datasets are generated once with seed 1 into
\`bench/tmp/\` (\`npm run generate -- --relations 100k --seed 1 --out <dir>\` makes the same bytes).
Each load starts its own Neo4j 5.26 (the project's local instance, in a temporary data folder,
heap 3 GB, page cache 2 GB) so every run starts from an empty store with the project's schema
(constraints and full-text indexes) in place.

## What is measured

- **Loader**: \`loadArticles\` end to end (read, validate, plan sentences and mentions, write one
  transaction per article), relationships per second counting everything written (domain
  relations, HAS_SENTENCE, MENTIONS). **LOAD CSV**: the same graph from CSV files made from the same
  plans, served over http from the bench process on 127.0.0.1, one \`LOAD CSV ... CALL { ... } IN
  TRANSACTIONS OF n ROWS\` per file (MERGE for nodes, CREATE for relationships, as Neo4j documents
  it). Its time excludes making the CSV files. **One transaction per row**: the loader's own
  statements with one row per transaction, on a sample (\`--per-row-sample\` relations' articles),
  extrapolated to a rate. The sweep varies the loader's UNWIND batch size and LOAD CSV's rows per
  transaction.
- The machine has 2 cores and was shared with other work during the run (see the load averages): the
  ratios, measured back to back on the same machine, mean more than the absolute rates.
`;
