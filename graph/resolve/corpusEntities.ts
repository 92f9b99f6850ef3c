import { existsSync } from "node:fs";
import { join } from "node:path";
import { type Annotation, annotationSchema } from "../model/annotation.ts";
import { type Draft, draftAnnotation, draftSchema } from "../model/draft.ts";
import { articlePaths } from "../corpus/articleFiles.ts";
import { readPlainFile } from "../corpus/plainFile.ts";
import { corpusFolderNames } from "../provenance/corpusFolders.ts";
import { type SameAs, applySameAs } from "./applySameAs.ts";

/** One thing as the corpus names it: the graph's entity (published articles, merges applied) or a draft's new one. */
export interface CorpusEntity {
  id: string;
  name: string;
  aliases: string[];
  labels: string[];
  /** Ids of the entities it has a relation with. */
  neighbours: Set<string>;
  /** Slugs of the articles that name it (published), or of its draft. */
  articles: string[];
  /** The slug of the unpublished draft it comes from; null for an entity of the graph. */
  draft: string | null;
}

function parsed<T>(
  path: string,
  schema: { safeParse(d: unknown): { success: boolean; data?: T } },
): T | undefined {
  try {
    const bytes = readPlainFile(path, path);
    if (!bytes) return undefined;
    const result = schema.safeParse(JSON.parse(bytes.toString("utf8")));
    return result.success ? result.data : undefined;
  } catch {
    // An unreadable or invalid file is the loader's and the review's to report; here it names nothing.
    return undefined;
  }
}

/** A published article's annotation as written (no merges applied), or undefined. */
export function publishedAnnotation(articlesDir: string, slug: string): Annotation | undefined {
  const path = articlePaths(join(articlesDir, slug)).annotation;
  return existsSync(path) ? parsed<Annotation>(path, annotationSchema) : undefined;
}

export function unpublishedDraft(articlesDir: string, slug: string): Draft | undefined {
  const paths = articlePaths(join(articlesDir, slug));
  if (existsSync(paths.annotation) || !existsSync(paths.draft)) return undefined;
  return parsed<Draft>(paths.draft, draftSchema);
}

function add(
  into: Map<string, CorpusEntity>,
  annotation: Annotation,
  slug: string,
  draft: string | null,
): void {
  for (const e of annotation.entities) {
    let entity = into.get(e.id);
    if (!entity) {
      entity = {
        id: e.id,
        name: e.name,
        aliases: [],
        labels: [],
        neighbours: new Set(),
        articles: [],
        draft,
      };
      into.set(e.id, entity);
    }
    for (const name of [e.name, ...e.aliases]) {
      if (name !== entity.name && !entity.aliases.includes(name)) entity.aliases.push(name);
    }
    for (const l of e.labels) if (!entity.labels.includes(l)) entity.labels.push(l);
    if (!entity.articles.includes(slug)) entity.articles.push(slug);
  }
  for (const r of annotation.relations) {
    into.get(r.from)?.neighbours.add(r.to);
    into.get(r.to)?.neighbours.add(r.from);
  }
}

/**
 * Every entity of the corpus: those of the published articles with the merges
 * applied (as the loader writes them to the graph), then the new entities of
 * unpublished drafts (a draft entity with an id the graph has is that entity).
 */
export function corpusEntities(articlesDir: string, sameAs: SameAs): CorpusEntity[] {
  const graph = new Map<string, CorpusEntity>();
  const drafts = new Map<string, CorpusEntity>();
  const slugs = corpusFolderNames(articlesDir);
  for (const slug of slugs) {
    const annotation = publishedAnnotation(articlesDir, slug);
    if (annotation) add(graph, applySameAs(annotation, sameAs), slug, null);
  }
  for (const slug of slugs) {
    const draft = unpublishedDraft(articlesDir, slug);
    if (!draft) continue;
    const annotation = applySameAs(
      draftAnnotation(draft, (s) => s !== "rejected"),
      sameAs,
    );
    const fresh = annotation.entities.filter((e) => !graph.has(e.id) && !drafts.has(e.id));
    add(drafts, { entities: fresh, relations: annotation.relations }, slug, slug);
  }
  return [...graph.values(), ...drafts.values()];
}
