import { join } from "node:path";

/** The files of an article folder, by role: the one place that knows their names. */
export const ARTICLE_FILES = {
  text: "article.txt",
  meta: "meta.json",
  draft: "draft.json",
  annotation: "annotation.json",
  /** Derived from the text (wire credit, reprint, outlet) with the reviewer's decision. */
  provenance: "provenance.json",
} as const;

export type ArticleFileRole = keyof typeof ARTICLE_FILES;

/** The paths of an article folder's files. */
export function articlePaths(dir: string): Record<ArticleFileRole, string> {
  return {
    text: join(dir, ARTICLE_FILES.text),
    meta: join(dir, ARTICLE_FILES.meta),
    draft: join(dir, ARTICLE_FILES.draft),
    annotation: join(dir, ARTICLE_FILES.annotation),
    provenance: join(dir, ARTICLE_FILES.provenance),
  };
}
