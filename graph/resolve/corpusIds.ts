import { draftAnnotation } from "../model/draft.ts";
import { corpusFolderNames } from "../provenance/corpusFolders.ts";
import { publishedAnnotation, unpublishedDraft } from "./corpusEntities.ts";

/** The ids the article files use as written (no merges applied): what a decision may name. */
export interface CorpusIds {
  /** Each id's name, from the published articles and the drafts. */
  names: Map<string, string>;
  /** The ids each published article names. */
  published: Map<string, Set<string>>;
}

export function corpusIds(articlesDir: string): CorpusIds {
  const names = new Map<string, string>();
  const published = new Map<string, Set<string>>();
  for (const slug of corpusFolderNames(articlesDir)) {
    const annotation = publishedAnnotation(articlesDir, slug);
    const draft = annotation ? undefined : unpublishedDraft(articlesDir, slug);
    const entities =
      annotation?.entities ?? (draft ? draftAnnotation(draft, (s) => s !== "rejected").entities : []);
    for (const e of entities) if (!names.has(e.id)) names.set(e.id, e.name);
    if (annotation) published.set(slug, new Set(annotation.entities.map((e) => e.id)));
  }
  return { names, published };
}

/** The published articles that name any of `ids`, in name order. */
export function articlesNaming(corpus: CorpusIds, ids: ReadonlySet<string>): string[] {
  return [...corpus.published]
    .filter(([, named]) => [...named].some((id) => ids.has(id)))
    .map(([slug]) => slug);
}
