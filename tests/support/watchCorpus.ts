import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeTestArticle } from "./testArticleFolder.ts";

/**
 * Small articles for the watches, each one sentence per relation. The base
 * article links Acme to Northland and Zed Corp to Bravo Holdings; "unrelated"
 * adds a relationship that touches neither Acme nor a path from Northland to
 * Bravo; "partners" links Acme to Zed Corp, which makes a path of 3 hops
 * Northland - Acme - Zed Corp - Bravo Holdings; "more-partners" adds one more
 * PARTNER_OF; "acme-funds" one more relationship of Acme. Texts written for Dossier's tests; they report no real event.
 */
const ENTITIES = {
  northland: { labels: ["Country"], name: "Northland" },
  acme: { labels: ["Organization"], name: "Acme" },
  zed: { labels: ["Organization"], name: "Zed Corp" },
  bravo: { labels: ["Organization"], name: "Bravo Holdings" },
  quill: { labels: ["Organization"], name: "Quill Bank" },
  orbit: { labels: ["Organization"], name: "Orbit Mining" },
} as const;
type EntityId = keyof typeof ENTITIES;

const ARTICLES: Record<string, { sentence: string; type: string; from: EntityId; to: EntityId }[]> = {
  "2026-06-01-watch-base": [
    { sentence: "Acme operates in Northland.", type: "OPERATES_IN", from: "acme", to: "northland" },
    { sentence: "Zed Corp owns Bravo Holdings.", type: "OWNS", from: "zed", to: "bravo" },
  ],
  "2026-06-02-watch-unrelated": [
    { sentence: "Quill Bank funds Bravo Holdings.", type: "FUNDS", from: "quill", to: "bravo" },
  ],
  "2026-06-03-watch-partners": [
    {
      sentence: "Acme is a partner of Zed Corp in the new mine.",
      type: "PARTNER_OF",
      from: "acme",
      to: "zed",
    },
  ],
  "2026-06-04-watch-more-partners": [
    { sentence: "Orbit Mining is a partner of Quill Bank.", type: "PARTNER_OF", from: "orbit", to: "quill" },
  ],
  "2026-06-05-watch-acme-funds": [
    { sentence: "Acme funds Quill Bank.", type: "FUNDS", from: "acme", to: "quill" },
  ],
};
export const WATCH_SLUGS = {
  base: "2026-06-01-watch-base",
  unrelated: "2026-06-02-watch-unrelated",
  partners: "2026-06-03-watch-partners",
  morePartners: "2026-06-04-watch-more-partners",
  acmeFunds: "2026-06-05-watch-acme-funds",
} as const;

/** The text an article of the corpus holds (its sentences). */
export function watchArticleText(slug: string): string {
  return ARTICLES[slug]!.map((r) => r.sentence).join(" ");
}

/** Writes one article of the corpus under `root`; returns its folder. */
export function writeWatchArticle(root: string, slug: string): string {
  const relations = ARTICLES[slug]!;
  const ids = [...new Set(relations.flatMap((r) => [r.from, r.to]))];
  return writeTestArticle(root, {
    slug,
    title: relations[0]!.sentence.replace(/\.$/, ""),
    publisher: "Watch Test Outlet",
    published: slug.slice(0, 10),
    text: `${watchArticleText(slug)}\n`,
    annotation: {
      entities: ids.map((id) => ({ id, ...ENTITIES[id] })),
      relations: relations.map((r, i) => ({
        id: `r${i}`,
        type: r.type,
        from: r.from,
        to: r.to,
        evidence: [r.sentence],
      })),
    },
  });
}

/** A data folder (data/articles inside) and a folder of saved queries with one query of PARTNER_OF rows. */
export function watchFolders(): { articles: string; queries: string } {
  const data = mkdtempSync(join(tmpdir(), "dossier-watches-"));
  const articles = join(data, "articles");
  const queries = join(data, "queries");
  mkdirSync(articles);
  mkdirSync(queries);
  writeFileSync(
    join(queries, "partners.cypher"),
    "// Who partners with whom\nMATCH (a:Entity)-[:PARTNER_OF]->(b:Entity)\nRETURN a.name AS partner, b.name AS of, a, b\n",
  );
  return { articles, queries };
}
