import { join } from "node:path";
import neo4j from "neo4j-driver";
import type { Investigation } from "../../contract/investigations.ts";
import { articlePaths } from "../../corpus/articleFiles.ts";
import { readPlainFile } from "../../corpus/plainFile.ts";
import type { Database } from "../../db/database.ts";
import { readDecisions } from "../../resolve/decisionsFile.ts";
import { readInvestigation, shownAs } from "../files.ts";
import { InvestigationRefusal } from "../refusal.ts";
import { openInvestigation } from "../resolve.ts";

export interface BriefStatement {
  quotes: string[];
  slug: string;
  title: string;
  publisher: string;
  published: string | null;
  /** The article's web address, when its meta.json names one as its source. */
  link: string | null;
}

export interface BriefRelationship {
  type: string;
  start: string;
  end: string;
  statements: BriefStatement[];
  /** Independent sources stating it: reprints and wire copies of one story count once. */
  sources: number;
}

export interface Brief {
  investigation: Investigation;
  relationships: BriefRelationship[];
  /** Captions of saved nodes no longer in the graph. */
  missing: string[];
}

const countOf = (value: unknown) => (neo4j.isInt(value) ? value.toNumber() : Number(value ?? 0));

/** meta.json's `source` when it is a web address: the link a reader follows to the article. */
function articleLink(articlesDir: string, slug: string): string | null {
  try {
    const meta = JSON.parse(
      readPlainFile(articlePaths(join(articlesDir, slug)).meta, slug)?.toString("utf8") ?? "{}",
    );
    const source: unknown = meta?.source;
    return typeof source === "string" && /^https?:\/\//i.test(source) ? source : null;
  } catch {
    return null;
  }
}

/**
 * What the brief of an investigation shows, against the graph as it is now:
 * each fact drawn on it once, with every statement of it (quotes, article)
 * and its independent sources.
 */
export async function briefOf(
  db: Database,
  articlesDir: string,
  investigationsDir: string,
  slug: string,
): Promise<Brief> {
  const stored = readInvestigation(investigationsDir, slug);
  if (!stored) throw new InvestigationRefusal(`There is no investigation ${shownAs(slug)}.`, "missing");
  const merged = new Map(readDecisions(articlesDir).same.map((d) => [d.drop, d.keepName]));
  const opened = await openInvestigation(db, stored, merged);
  const { view } = stored.investigation;
  const caption = new Map(view.nodes.map((n) => [n.key ?? n.elementId, n.caption]));
  const facts = new Map<string, { type: string; start: string; end: string; id: string | undefined }>();
  for (const saved of view.relationships) {
    const fact = JSON.stringify([saved.start, saved.type, saved.end]);
    const id = opened.relationships[saved.elementId]?.id;
    const known = facts.get(fact);
    if (known && known.id !== undefined) continue;
    facts.set(fact, {
      type: saved.type,
      start: caption.get(saved.start) ?? saved.start,
      end: caption.get(saved.end) ?? saved.end,
      id,
    });
  }
  const ids = [...facts.values()].flatMap((f) => (f.id === undefined ? [] : [f.id]));
  const rows = ids.length ? await db.read("investigations/brief-statements", { ids }) : [];
  const byId = new Map(rows.map((r) => [String(r.get("id")), r]));
  const relationships = [...facts.values()].map((fact): BriefRelationship => {
    const row = fact.id === undefined ? undefined : byId.get(fact.id);
    const listed = (row?.get("statements") as Record<string, unknown>[] | undefined) ?? [];
    return {
      type: fact.type,
      start: fact.start,
      end: fact.end,
      sources: countOf(row?.get("sources")),
      statements: listed.map((s) => ({
        quotes: Array.isArray(s.quotes) ? s.quotes.map(String) : [],
        slug: String(s.slug),
        title: String(s.title ?? ""),
        publisher: String(s.publisher ?? ""),
        published: typeof s.published === "string" ? s.published : null,
        link: articleLink(articlesDir, String(s.slug)),
      })),
    };
  });
  return {
    investigation: stored.investigation,
    relationships,
    missing: opened.missing.map((m) => m.caption),
  };
}
