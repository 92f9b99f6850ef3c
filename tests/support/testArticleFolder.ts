import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** What a test article says of itself; the rest of meta.json is the same for every test text. */
export interface TestArticle {
  slug: string;
  title: string;
  publisher: string;
  /** YYYY-MM-DD, or null: unknown. */
  published: string | null;
  text: string;
  annotation: { entities: unknown[]; relations: unknown[] };
}

/** Writes one article folder (article.txt, meta.json, annotation.json) under `root`; returns its path. */
export function writeTestArticle(root: string, article: TestArticle): string {
  const dir = join(root, article.slug);
  mkdirSync(dir);
  writeFileSync(join(dir, "article.txt"), article.text);
  const meta = {
    slug: article.slug,
    title: article.title,
    publisher: article.publisher,
    published: article.published === null ? null : { date: article.published },
    language: "en",
    source: "article.txt",
    attribution: "A text written for Dossier's tests; it reports no real event.",
  };
  writeFileSync(join(dir, "meta.json"), JSON.stringify(meta, null, 2));
  writeFileSync(join(dir, "annotation.json"), JSON.stringify(article.annotation, null, 2));
  return dir;
}
