import { existsSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { type DecisionsFile, decisionsFileSchema } from "../contract/duplicates.ts";
import { readJsonFile } from "../files/readJsonFile.ts";
import { writeFileWhole } from "../files/writeWhole.ts";
import { DecisionRefusal } from "./refusal.ts";
import { sameAsIndex } from "./sameAs.ts";
import { keptIds, sameAsOf } from "./applySameAs.ts";

/** How the file is named in every sentence: never an absolute path. */
export const DECISIONS_SHOWN = "data/decisions/same-as.json";

/** data/decisions/same-as.json: beside the folder of article folders (data/articles). */
export function decisionsPath(articlesDir: string): string {
  return join(dirname(articlesDir), "decisions", "same-as.json");
}

/** The decisions kept for the articles under `articlesDir`; none when the file does not exist yet. */
export function readDecisions(articlesDir: string): DecisionsFile {
  const path = decisionsPath(articlesDir);
  if (!existsSync(path)) return { same: [], notSame: [] };
  const decisions = readJsonFile(path, decisionsFileSchema, DECISIONS_SHOWN, (m) => new DecisionRefusal(m));
  // A file edited by hand may hold a chain that comes back on itself: refused here, before any load.
  sameAsIndex(decisions.same);
  return decisions;
}

/** Replaces the decisions file whole (a full disk leaves the old one as it was). */
export function writeDecisions(articlesDir: string, decisions: DecisionsFile): void {
  const path = decisionsPath(articlesDir);
  mkdirSync(dirname(path), { recursive: true });
  writeFileWhole(path, `${JSON.stringify(decisions, null, 2)}\n`, { shownAs: DECISIONS_SHOWN });
}

/** The merges kept for the articles under `articlesDir`, as the suggestion engine follows them. */
export function mergedIds(articlesDir: string): Record<string, string> {
  const decisions = readDecisions(articlesDir);
  return keptIds(sameAsOf(decisions), decisions);
}
