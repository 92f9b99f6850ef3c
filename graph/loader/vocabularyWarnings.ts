import { dirname } from "node:path";
import { readVocabularyAdditions, vocabularyPath } from "../corpus/vocabularyFile.ts";
import { VOCABULARY_TYPES } from "../model/vocabulary/vocabulary.ts";
import type { ArticleInput } from "./read.ts";

/**
 * One line per article naming its relationship types outside the vocabulary and the
 * reviewers' additions (vocabulary.json beside the articles' folder). A
 * warning, not a refusal: data from before the vocabulary still loads, and
 * `npm run vocabulary -- migrate` maps it.
 */
export function vocabularyWarnings(inputs: readonly ArticleInput[]): string[] {
  const lines: string[] = [];
  const additionsOf = new Map<string, readonly string[]>();
  for (const input of inputs) {
    const articlesDir = dirname(input.dir);
    let additions = additionsOf.get(articlesDir);
    if (!additions) {
      try {
        additions = readVocabularyAdditions(vocabularyPath(articlesDir)).map((a) => a.name);
      } catch (error) {
        lines.push(`${(error as Error).message} Its types are not counted as known.`);
        additions = [];
      }
      additionsOf.set(articlesDir, additions);
    }
    const counts = new Map<string, number>();
    for (const r of input.annotation.relations) {
      if (!VOCABULARY_TYPES.includes(r.type) && !additions.includes(r.type))
        counts.set(r.type, (counts.get(r.type) ?? 0) + 1);
    }
    if (counts.size === 0) continue;
    // One line per article, however many types it uses outside the vocabulary.
    const listed = [...counts]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([type, n]) => `${type} (${n} relation${n === 1 ? "" : "s"})`)
      .join(", ");
    const one = counts.size === 1;
    lines.push(
      `${input.meta.slug}: relationship type${one ? "" : "s"} ${listed} ${one ? "is" : "are"} neither in the vocabulary nor in data/vocabulary.json; npm run vocabulary -- migrate maps ${one ? "it" : "them"}.`,
    );
  }
  return lines;
}
