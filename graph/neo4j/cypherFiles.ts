import { readFileSync } from "node:fs";
import { join } from "node:path";
import { projectRoot } from "./local/paths.ts";

/**
 * Every Cypher statement lives in cypher/<name>.cypher and is loaded by name,
 * so statements are reviewed as Cypher and always take parameters.
 */
const cache = new Map<string, string>();

export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(join(projectRoot, "cypher", `${name}.cypher`), "utf8").trim();
    cache.set(name, text);
  }
  return text;
}

/** The statements of a file that holds several, each ended by a semicolon. */
export function cypherStatements(name: string): string[] {
  return cypher(name)
    .split(/;\s*(?:\n|$)/)
    .map((statement) =>
      statement
        .split("\n")
        .filter((line) => !/^\s*\/\//.test(line))
        .join("\n")
        .trim(),
    )
    .filter((statement) => statement !== "");
}
