import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { articlePaths } from "../../graph/corpus/articleFiles.ts";
import type { Metadata } from "../../graph/model/annotation.ts";

export interface FolderMeta {
  title: string;
  publisher: string;
  /** ISO day. */
  published: string;
  language: string;
  url?: string | undefined;
  /** Who wrote or published the text, said in the attribution. */
  origin: string;
}

/** Writes an article folder the loader accepts (text and meta.json, no annotation yet); returns its path. */
export function writeArticleFolder(root: string, slug: string, text: string, meta: FolderMeta): string {
  const dir = join(root, slug);
  mkdirSync(dir, { recursive: true });
  const paths = articlePaths(dir);
  const metadata: Metadata = {
    slug,
    title: meta.title,
    publisher: meta.publisher,
    published: { date: meta.published },
    language: meta.language,
    attribution: meta.url ? `${meta.origin}, published at ${meta.url}, kept for evaluation.` : meta.origin,
  };
  writeFileSync(paths.text, text);
  writeFileSync(paths.meta, `${JSON.stringify(metadata, null, 2)}\n`);
  return dir;
}
