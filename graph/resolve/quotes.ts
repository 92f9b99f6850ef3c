import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { EvidenceSentence } from "../contract/explorer.ts";
import { articlePaths } from "../corpus/articleFiles.ts";
import { findMentions } from "../lexical/mentions.ts";
import { sentenceAt, splitSentences } from "../lexical/sentences.ts";
import { metadataSchema } from "../model/annotation.ts";
import type { CorpusEntity } from "./corpusEntities.ts";

/** Sentences shown for each side of a candidate pair. */
export const QUOTES_PER_SIDE = 3;

/** The first sentence of one article that names the entity, with its mentions highlighted. */
function quoteIn(articlesDir: string, slug: string, entity: CorpusEntity): EvidenceSentence | undefined {
  const paths = articlePaths(join(articlesDir, slug));
  if (!existsSync(paths.text) || !existsSync(paths.meta)) return undefined;
  const meta = metadataSchema.safeParse(JSON.parse(readFileSync(paths.meta, "utf8")));
  if (!meta.success) return undefined;
  const text = readFileSync(paths.text, "utf8");
  const mentions = findMentions(text, [
    { id: entity.id, names: [entity.name, ...entity.aliases], demonyms: [] },
  ]);
  const first = mentions[0];
  if (!first) return undefined;
  const sentences = splitSentences(text, meta.data.language);
  const sentence = sentenceAt(sentences, first.start);
  if (!sentence) return undefined;
  return {
    article: slug,
    articleTitle: meta.data.title,
    published: meta.data.published.date,
    index: sentence.index,
    text: sentence.text,
    highlights: mentions
      .filter((m) => m.start >= sentence.start && m.end <= sentence.end)
      .map((m) => ({
        start: m.start - sentence.start,
        end: m.end - sentence.start,
        entity: entity.id,
        kind: "mention",
      })),
  };
}

/**
 * Up to three sentences that name the entity, each from a different article
 * (its draft's text for a draft entity), read from the article folders: the
 * same text and the same mention finder the loader writes the graph's
 * sentences and MENTIONS from.
 */
export function entityQuotes(articlesDir: string, entity: CorpusEntity): EvidenceSentence[] {
  const quotes: EvidenceSentence[] = [];
  for (const slug of [...entity.articles].reverse()) {
    if (quotes.length >= QUOTES_PER_SIDE) break;
    try {
      const quote = quoteIn(articlesDir, slug, entity);
      if (quote) quotes.push(quote);
    } catch {
      // A folder changed or half-written meanwhile: no quote from it rather than no answer.
    }
  }
  return quotes;
}
