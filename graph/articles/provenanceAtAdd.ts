import type { CorpusProvenance } from "../provenance/corpusProvenance.ts";
import { FileWriteError } from "../files/writeError.ts";
import { writeProvenanceFile } from "../provenance/corpusFolders.ts";
import type { Provenance } from "../provenance/provenance.ts";

/**
 * One sentence on where an added article's wording comes from:
 * "Reprint of “Dam gates opened” (Daily Site), 83% shared; credited to AP."
 */
export function provenanceSentence(provenance: Provenance, corpus: CorpusProvenance): string {
  const credit = provenance.wire ? `credited to ${provenance.wire.agency}` : "";
  const original = provenance.reprintOf ? corpus.folder(provenance.reprintOf) : undefined;
  if (original) {
    const shared = provenance.shared === null ? "" : `, ${provenance.shared}% shared`;
    const reprint = `Reprint of “${original.title}” (${original.meta.publisher ?? "unknown publisher"})${shared}`;
    return `${reprint}${credit ? `; ${credit}` : ""}.`;
  }
  if (credit) return `Not a reprint of an article already added; ${credit}.`;
  return "Not a reprint of an article already added, and credited to no agency: it counts as its outlet's own reporting.";
}

/**
 * After the folder is written: the articles already added of which the new
 * one is an earlier copy now point to it as their original (their
 * provenance.json is written again). Returns one sentence, or none.
 */
export function repointLaterCopies(
  corpus: CorpusProvenance,
  slug: string,
  notes: string[],
): string | undefined {
  const changed = corpus.redetectedNear(slug);
  for (const { folder, stored } of changed) {
    try {
      writeProvenanceFile(folder.dir, stored);
    } catch (error) {
      // The article itself is added; the other folder's provenance is worked out again at the next load.
      if (!(error instanceof FileWriteError)) throw error;
      notes.push(error.message);
    }
  }
  const reprints = changed.filter((c) => c.stored.reprintOf === slug).length;
  if (reprints === 0) return undefined;
  return `It is the earliest copy of ${reprints === 1 ? "1 article" : `${reprints} articles`} already added, now counted as ${reprints === 1 ? "a reprint" : "reprints"} of it.`;
}
