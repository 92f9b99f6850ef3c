import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { articlePaths } from "../../graph/corpus/articleFiles.ts";
import { defaultArticleDirs, readArticles } from "../../graph/loader/load.ts";
import { sourceHashOf } from "../../graph/loader/sourceHash.ts";
import { cypher } from "../../graph/neo4j/cypherFiles.ts";

export interface Consistency {
  ok: boolean;
  /** What is wrong, one short phrase each. */
  problems: string[];
  /** Visible article folders, and articles in the graph. */
  folders: number;
  articles: number;
  /** Hidden folders left by an add cut short (".adding-…"): never read as articles. */
  hidden: number;
}

function jsonProblem(file: string, name: string): string | undefined {
  if (!existsSync(file)) return undefined;
  try {
    JSON.parse(readFileSync(file, "utf8"));
    return undefined;
  } catch {
    return `${name} does not parse`;
  }
}

/**
 * Files and graph after a fault and the next start: each JSON file parses,
 * no visible folder lacks its text, metadata or draft/annotation, and every
 * annotated article's graph hash equals its files' hash (and nothing else is
 * in the graph).
 */
export async function checkConsistency(driver: Driver, root: string): Promise<Consistency> {
  const problems: string[] = [];
  const entries = existsSync(root) ? readdirSync(root, { withFileTypes: true }) : [];
  const folders = entries.filter((d) => d.isDirectory() && !d.name.startsWith(".")).map((d) => d.name);
  const hidden = entries.filter((d) => d.isDirectory() && d.name.startsWith(".")).length;
  for (const name of folders) {
    const paths = articlePaths(join(root, name));
    if (!existsSync(paths.text) || !existsSync(paths.meta)) problems.push(`${name} is partial`);
    if (!existsSync(paths.draft) && !existsSync(paths.annotation)) problems.push(`${name} has no draft`);
    for (const [role, file] of Object.entries(paths)) {
      const problem = jsonProblem(file, `${name}/${role}`);
      if (problem && role !== "text") problems.push(problem);
    }
  }
  const files = new Map<string, string>();
  try {
    for (const input of readArticles(defaultArticleDirs(root)))
      files.set(input.meta.slug, sourceHashOf(input));
  } catch (error) {
    problems.push(`the loader refuses the folder (${(error as Error).message.split("\n")[0]})`);
  }
  const { records } = await driver.executeQuery(cypher("load/article-sources"));
  const graph = new Map(records.map((r) => [r.get("slug") as string, r.get("sourceHash") as string | null]));
  for (const [slug, hash] of files) {
    if (!graph.has(slug)) problems.push(`${slug} is not in the graph`);
    else if (graph.get(slug) !== hash) problems.push(`${slug}'s graph hash differs from its files`);
  }
  for (const slug of graph.keys())
    if (!files.has(slug)) problems.push(`${slug} is in the graph without files`);
  return { ok: problems.length === 0, problems, folders: folders.length, articles: graph.size, hidden };
}

/** "consistent (2 folders, 1 article in the graph)" or the problems. */
export function describeConsistency(c: Consistency): string {
  const left = c.hidden > 0 ? `; ${c.hidden} hidden unfinished add folder(s) left, never read` : "";
  return c.ok
    ? `files and graph consistent (${c.folders} folder(s), ${c.articles} article(s) in the graph${left})`
    : `INCONSISTENT: ${c.problems.join("; ")}${left}`;
}
