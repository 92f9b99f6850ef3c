import { findMentions } from "../lexical/mentions.ts";
import type { Annotation } from "../model/annotation.ts";
import type { Draft, Span } from "../model/draft.ts";
import { textHash } from "../corpus/textHash.ts";

const REVIEWED = { status: "accepted", engine: "person", score: 1 } as const;

/** Where a verbatim quote stands in the text (its first occurrence, as the loader places it). */
function quoteSpan(text: string, quote: string): Span | undefined {
  const start = text.indexOf(quote);
  return start === -1 ? undefined : { start, end: start + quote.length, text: quote };
}

/**
 * A published annotation as a draft: every item accepted, each entity's
 * mentions found in the text the way the loader finds them, each evidence
 * quote placed where it stands. A quote that is not in the text (the loader
 * would refuse it) keeps no span and leaves its relation out, with a note.
 */
export function draftFromAnnotation(text: string, annotation: Annotation, existing: boolean): Draft {
  const found = findMentions(
    text,
    annotation.entities.map((e) => ({ id: e.id, names: [e.name, ...e.aliases], demonyms: e.demonyms })),
  );
  const notes: string[] = [];
  const relations = annotation.relations.flatMap((relation) => {
    const spans = relation.evidence.map((quote) => quoteSpan(text, quote));
    if (spans.some((s) => s === undefined)) {
      notes.push(`Relation "${relation.id}" was left out: one of its quotes is not in the text.`);
      return [];
    }
    return [{ ...relation, ...REVIEWED, evidenceSpans: spans as Span[] }];
  });
  return {
    textHash: textHash(text),
    engines: ["person"],
    notes,
    entities: annotation.entities.map((entity) => ({
      ...entity,
      ...REVIEWED,
      mentions: found
        .filter((m) => m.entityId === entity.id)
        .map((m) => ({ start: m.start, end: m.end, text: text.slice(m.start, m.end) })),
      existing,
      candidates: [],
    })),
    relations,
  };
}
