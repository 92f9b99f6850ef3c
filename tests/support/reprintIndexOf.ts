import { ReprintIndex } from "../../graph/provenance/reprints.ts";

/** A reprint index holding the given texts, by slug. */
export function indexOf(texts: Record<string, string>): ReprintIndex {
  const index = new ReprintIndex();
  for (const [slug, text] of Object.entries(texts)) index.add(slug, text);
  return index;
}
