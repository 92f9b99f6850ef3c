import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { sameAsOf } from "../../graph/resolve/applySameAs.ts";
import { findCandidates } from "../../graph/resolve/candidates.ts";
import { corpusEntities } from "../../graph/resolve/corpusEntities.ts";
import { type PlantedPair, plantDuplicates } from "../duplicates/plant.ts";
import { type DatasetManifest, generateDataset } from "../generate/dataset.ts";
import type { Results } from "../results.ts";

const S = "duplicates";
const TOP = 50;
const PER_KIND = 25;
const round = (v: number, digits = 2) => Math.round(v * 10 ** digits) / 10 ** digits;
const pairKey = (a: string, b: string) => (a < b ? `${a}+${b}` : `${b}+${a}`);

/**
 * Possible duplicates over a generated corpus of `relations` relations (seed
 * 1, as the other sections) with pairs planted in articles of their own:
 * accent variants, transliterations ("Kobettami"), "X Group" beside "X", and
 * titled surnames. Times the corpus read (every annotation, merges applied) and
 * the candidate search apart; precision of the first 50 and recall of the planted pairs.
 */
export function benchDuplicates(results: Results, root: string, relations: number): void {
  const size = relations >= 1000 ? `${relations / 1000}k` : String(relations);
  console.log(`\n[duplicates] ${size} relations with planted duplicates`);
  const dir = join(root, `duplicates-${size}`, "articles");
  const manifestFile = join(dir, "dataset.json");
  let manifest: DatasetManifest;
  if (existsSync(manifestFile)) manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as DatasetManifest;
  else {
    rmSync(dir, { recursive: true, force: true });
    manifest = generateDataset({ relations, seed: 1, out: dir });
  }
  const planted: PlantedPair[] = plantDuplicates(dir, manifest.slugs, PER_KIND);
  const plantedKeys = new Set(planted.map((p) => pairKey(p.original, p.copy)));

  const cpuStart = process.cpuUsage();
  const readStart = performance.now();
  const entities = corpusEntities(dir, sameAsOf({ same: [], notSame: [] }));
  const readSeconds = (performance.now() - readStart) / 1000;
  const findStart = performance.now();
  const pairs = findCandidates(entities);
  const findSeconds = (performance.now() - findStart) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;

  const top = pairs.slice(0, TOP);
  const precision =
    top.filter((p) => plantedKeys.has(pairKey(p.a.id, p.b.id))).length / Math.max(1, top.length);
  const found = new Set(pairs.map((p) => pairKey(p.a.id, p.b.id)));
  const recall = planted.filter((p) => found.has(pairKey(p.original, p.copy))).length / planted.length;
  const note = `${entities.length.toLocaleString("en-US")} entities in ${manifest.articles + planted.length} articles, ${planted.length} planted pairs`;
  results.figure(
    S,
    `reading the corpus (${size} relations): every annotation, merges applied`,
    round(readSeconds),
    "s",
    note,
  );
  results.figure(
    S,
    `candidate search (${size} relations)`,
    round(findSeconds),
    "s",
    `${pairs.length} candidate pairs`,
  );
  results.figure(
    S,
    `CPU time of reading and search (${size} relations)`,
    round(cpuSeconds),
    "s",
    "this process's user and system time: on the shared 2 cores the wall time above also holds the wait for a core",
  );
  for (const kind of new Set(planted.map((p) => p.kind))) {
    const ofKind = planted.filter((p) => p.kind === kind);
    const hit = ofKind.filter((p) => found.has(pairKey(p.original, p.copy))).length;
    results.figure(
      S,
      `recall of planted ${kind} pairs`,
      round(hit / ofKind.length),
      "",
      `${hit} of ${ofKind.length}`,
    );
  }
  results.target(
    S,
    `candidates over ${size} relations (read and search)`,
    round(readSeconds + findSeconds),
    "s",
    10,
    false,
  );
  results.target(S, `precision of the first ${TOP} candidates`, round(precision), "", 0.8, true);
  results.figure(
    S,
    "recall of the planted pairs",
    round(recall),
    "",
    `${Math.round(recall * planted.length)} of ${planted.length}`,
  );
}
