import { readFileSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import type { SavedQuery } from "../contract/workbench.ts";
import { projectRoot } from "../neo4j/local/paths.ts";

export const savedQueriesDir = join(projectRoot, "cypher", "queries");

/** A query shipped in cypher/queries/<name>.cypher. The title is the first `//` line; the query is the whole file (comments are valid Cypher). */
export function parseSavedQuery(name: string, text: string): SavedQuery {
  const first = text.split("\n").find((line) => /^\s*\/\//.test(line));
  const title = first?.replace(/^\s*\/\/\s*/, "").trim() || name;
  return { name, title, query: text.trim() };
}

/** Every saved query, by file name. Read on each call: editing a file needs no restart. */
export function listSavedQueries(dir = savedQueriesDir): SavedQuery[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith(".cypher"));
  } catch {
    return [];
  }
  return files
    .sort()
    .map((file) => parseSavedQuery(basename(file, ".cypher"), readFileSync(join(dir, file), "utf8")));
}
