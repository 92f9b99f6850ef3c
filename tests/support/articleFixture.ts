import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Annotation, Metadata } from "../../graph/model/annotation.ts";
import { defaultArticlesDir } from "../../graph/corpus/articlesDir.ts";

export const GOITA_SLUG = "2025-06-23-goita-moscow";
export const goitaDir = join(defaultArticlesDir, GOITA_SLUG);

/** The tests' own second article: published after the seed, naming Mali, restating one of its relationships. */
export const LATER_SLUG = "2025-07-10-mali-ratifies";
export const laterDir = join(import.meta.dirname, "..", "fixtures", "articles", LATER_SLUG);

/** The tests' French article: Mali, Russia, Moscow and Bamako under their French names, annotated with the seed's ids. */
export const FRENCH_SLUG = "2025-07-12-mali-russie-fr";
export const frenchDir = join(import.meta.dirname, "..", "fixtures", "articles", FRENCH_SLUG);

/**
 * A copy of an article folder in a temporary directory, with its annotation or
 * metadata changed by the caller: how tests make bad input from good input.
 */
export function articleCopy(
  change: {
    annotation?: (a: Annotation) => void;
    meta?: (m: Metadata) => void;
    slug?: string;
    text?: (t: string) => string;
  } = {},
  source = goitaDir,
): string {
  const slug = change.slug ?? GOITA_SLUG;
  const dir = join(mkdtempSync(join(tmpdir(), "dossier-article-")), slug);
  cpSync(source, dir, { recursive: true });
  const annotationFile = join(dir, "annotation.json");
  const metaFile = join(dir, "meta.json");
  const annotation = JSON.parse(readFileSync(annotationFile, "utf8")) as Annotation;
  const meta = JSON.parse(readFileSync(metaFile, "utf8")) as Metadata;
  meta.slug = slug;
  change.annotation?.(annotation);
  change.meta?.(meta);
  writeFileSync(annotationFile, JSON.stringify(annotation, null, 2));
  writeFileSync(metaFile, JSON.stringify(meta, null, 2));
  if (change.text) {
    const textFile = join(dir, "article.txt");
    writeFileSync(textFile, change.text(readFileSync(textFile, "utf8")));
  }
  return dir;
}

/** Writes raw annotation text (for malformed JSON). */
export function withRawAnnotation(raw: string): string {
  const dir = articleCopy();
  writeFileSync(join(dir, "annotation.json"), raw);
  return dir;
}
