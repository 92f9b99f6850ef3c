import type { ProvenanceReview } from "../contract/provenance.ts";
import type { ProvenanceDecision } from "../model/provenanceDecision.ts";
import { CorpusProvenance, toStored } from "../provenance/corpusProvenance.ts";
import { writeProvenanceFile } from "../provenance/corpusFolders.ts";
import type { Provenance } from "../provenance/provenance.ts";
import { reviewFolder } from "./folder.ts";
import { ReviewRefusal } from "./refusal.ts";

const shown = (p: Provenance) => ({ wire: p.wire?.agency ?? null, reprintOf: p.reprintOf, shared: p.shared });

function corpusWith(root: string, slug: string): CorpusProvenance {
  const corpus = new CorpusProvenance(root);
  if (!corpus.folder(slug)) {
    throw new ReviewRefusal(
      `The article "${slug}" has no readable text and meta.json to work its provenance out from.`,
    );
  }
  return corpus;
}

function review(corpus: CorpusProvenance, slug: string): ProvenanceReview {
  const effective = corpus.effective(slug)!;
  return {
    ...shown(effective),
    detected: shown(corpus.detected(slug)!),
    decision: corpus.folder(slug)?.stored?.decision ?? null,
  };
}

/** An article's provenance for the Annotate view: as shown, as detected, and the reviewer's decision. */
export function openProvenance(root: string, slug: string): ProvenanceReview {
  reviewFolder(root, slug);
  return review(corpusWith(root, slug), slug);
}

/**
 * Keeps the reviewer's decision in provenance.json (null removes it), beside
 * the detected values, and answers the provenance as it now is. The original
 * named must be another article of the folder.
 */
export function decideProvenance(
  root: string,
  slug: string,
  decision: ProvenanceDecision | null,
): ProvenanceReview {
  const folder = reviewFolder(root, slug);
  const corpus = corpusWith(root, slug);
  if (decision?.original !== undefined) {
    if (decision.original === slug) throw new ReviewRefusal("An article cannot be the original of itself.");
    if (!corpus.folder(decision.original)) {
      throw new ReviewRefusal(`The original "${decision.original}" is not an article of this folder.`);
    }
  }
  const kept = decision && Object.keys(decision).length > 0 ? decision : undefined;
  writeProvenanceFile(folder.dir, toStored(corpus.detected(slug)!, kept));
  return review(corpusWith(root, slug), slug);
}
