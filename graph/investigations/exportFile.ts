import { join } from "node:path";
import {
  INVESTIGATION_EXPORT_FORMAT,
  INVESTIGATION_EXPORT_VERSION,
  type ExportedArticle,
  type InvestigationExport,
  investigationExportSchema,
} from "../contract/investigationExport.ts";
import type { Investigation } from "../contract/investigations.ts";
import { ARTICLE_FILES, articlePaths } from "../corpus/articleFiles.ts";
import { NotPlainFile, readPlainFile } from "../corpus/plainFile.ts";
import { isSlug } from "../corpus/slugPattern.ts";
import type { Database } from "../db/database.ts";
import { readInvestigation, shownAs } from "./files.ts";
import { InvestigationRefusal } from "./refusal.ts";

/** An article folder's three files verbatim; a missing one refuses the export, naming it. */
function readArticleFolder(articlesDir: string, slug: string): ExportedArticle {
  const paths = articlePaths(join(articlesDir, slug));
  const read = (role: "text" | "annotation" | "meta") => {
    const shown = `data/articles/${slug}/${ARTICLE_FILES[role]}`;
    let bytes: Buffer | undefined;
    try {
      bytes = readPlainFile(paths[role], shown);
    } catch (error) {
      if (error instanceof NotPlainFile)
        throw new InvestigationRefusal(`${error.message} Nothing was exported.`);
      throw error;
    }
    if (bytes === undefined) {
      throw new InvestigationRefusal(
        `The investigation needs ${shown}, which is missing; nothing was exported.`,
      );
    }
    return bytes.toString("utf8");
  };
  return { slug, text: read("text"), annotation: read("annotation"), meta: read("meta") };
}

/**
 * The articles an investigation's subgraph comes from: those of its
 * relationships, its article nodes, and for each other node with a key one
 * article it comes from (an entity on the view with no relationship drawn).
 */
async function articleSlugs(
  db: Database,
  articlesDir: string,
  investigation: Investigation,
): Promise<string[]> {
  const { view } = investigation;
  const slugs = new Set(view.relationships.flatMap((r) => (r.article === null ? [] : [r.article])));
  const covered = new Set(view.relationships.flatMap((r) => [r.start, r.end]));
  const others: string[] = [];
  for (const node of view.nodes) {
    if (node.key === null || covered.has(node.key)) continue;
    if (isSlug(node.key) && readPlainFile(articlePaths(join(articlesDir, node.key)).meta, node.key)) {
      slugs.add(node.key);
    } else others.push(node.key);
  }
  if (others.length > 0) {
    for (const row of await db.read("investigations/articles-of-nodes", { keys: others })) {
      slugs.add(String(row.get("slug")));
    }
  }
  return [...slugs].sort();
}

/** "Export investigation": the investigation as saved and its article folders, checked against the format. */
export async function exportInvestigation(
  db: Database,
  articlesDir: string,
  investigationsDir: string,
  slug: string,
  now: Date = new Date(),
): Promise<InvestigationExport> {
  const stored = readInvestigation(investigationsDir, slug);
  if (!stored) throw new InvestigationRefusal(`There is no investigation ${shownAs(slug)}.`, "missing");
  const { investigation } = stored;
  const slugs = await articleSlugs(db, articlesDir, investigation);
  const exported = {
    format: INVESTIGATION_EXPORT_FORMAT,
    version: INVESTIGATION_EXPORT_VERSION,
    exportedAt: now.toISOString(),
    investigation,
    articles: slugs.map((s) => readArticleFolder(articlesDir, s)),
  } as const;
  const checked = investigationExportSchema.safeParse(exported);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new InvestigationRefusal(
      `The export of ${shownAs(slug)} cannot be written: at ${issue.path.join(".")} it ${issue.message}.`,
    );
  }
  return checked.data;
}
