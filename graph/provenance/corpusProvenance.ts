import type { CorpusFolder } from "./corpusFolders.ts";
import { corpusIndex } from "./corpusIndex.ts";
import {
  type KnownArticle,
  type Provenance,
  type ProvenanceMeta,
  isOwnCopy,
  provenanceOf,
  specificAgency,
  withDecision,
} from "./provenance.ts";
import type { ReprintIndex } from "./reprints.ts";
import type { StoredProvenance } from "./stored.ts";
import { findWireCredit } from "./wireCredit.ts";
import { outletKey } from "./outlet.ts";

/** What provenance.json keeps of a detection: the detected values, and the decision as it was. */
export function toStored(detected: Provenance, decision?: StoredProvenance["decision"]): StoredProvenance {
  return {
    wire: detected.wire,
    reprintOf: detected.reprintOf,
    shared: detected.shared,
    outlet: detected.outlet,
    ...(detected.copyWire ? { copyWire: detected.copyWire } : {}),
    origin: detected.origin,
    ...(decision ? { decision } : {}),
  };
}

/**
 * The provenance of the articles of one folder of article folders, worked
 * out together: each article's detected values come from its provenance.json,
 * or are computed against every other text of the corpus when it has none;
 * the reviewer's decision is laid over them; and the independent source of a
 * reprint is taken from its original (resolved on demand, originals first).
 * The result does not depend on the order in which folders are asked for.
 */
export class CorpusProvenance {
  private readonly corpus: ReturnType<typeof corpusIndex>;
  private readonly detectedCache = new Map<string, Provenance>();
  private readonly effectiveCache = new Map<string, Provenance>();
  private readonly resolving = new Set<string>();

  constructor(readonly root: string) {
    this.corpus = corpusIndex(root);
  }

  get index(): ReprintIndex {
    return this.corpus.index;
  }

  folder(slug: string): CorpusFolder | undefined {
    return this.corpus.folders.get(slug);
  }

  /** Rank and source of an article of the corpus; its origin is resolved only when read. */
  readonly known = (slug: string): KnownArticle | undefined => {
    const folder = this.folder(slug);
    if (!folder) return undefined;
    const wire = folder.stored?.wire ?? findWireCredit(folder.text, folder.meta);
    const outlet = folder.stored?.outlet ?? outletKey(folder.meta.publisher, folder.meta.url);
    const resolveOrigin = () => this.effective(slug)?.origin;
    const decided = folder.stored?.decision?.agency;
    return {
      published: folder.meta.published,
      ownCopy: isOwnCopy(wire, outlet),
      added: folder.meta.added,
      wire: decided !== undefined ? decided : specificAgency(wire),
      get origin() {
        return resolveOrigin();
      },
    };
  };

  /** What the detector says of an article: its provenance.json, else a detection against the corpus. */
  detected(slug: string): Provenance | undefined {
    const cached = this.detectedCache.get(slug);
    if (cached) return cached;
    const folder = this.folder(slug);
    if (!folder) return undefined;
    const { wire, reprintOf, shared, outlet, origin, copyWire } =
      folder.stored ?? provenanceOf(slug, folder.text, folder.meta, this.index, this.known);
    const detected: Provenance = {
      wire,
      reprintOf,
      shared,
      outlet,
      origin,
      ...(copyWire ? { copyWire } : {}),
    };
    this.detectedCache.set(slug, detected);
    return detected;
  }

  /** The provenance the graph shows: detected values with the reviewer's decision, the origin resolved through the original. */
  effective(slug: string): Provenance | undefined {
    const cached = this.effectiveCache.get(slug);
    if (cached) return cached;
    const detected = this.detected(slug);
    if (!detected) return undefined;
    if (this.resolving.has(slug)) return detected;
    this.resolving.add(slug);
    try {
      const p = withDecision(slug, detected, this.folder(slug)?.stored?.decision, this.known);
      this.effectiveCache.set(slug, p);
      return p;
    } finally {
      this.resolving.delete(slug);
    }
  }

  /** True when the folder has no provenance.json yet (the load writes the detected one). */
  lacksFile(slug: string): boolean {
    return this.folder(slug)?.stored === null;
  }

  /**
   * After an article joined the corpus: the articles near it whose detection
   * changes now (it is an earlier copy of them), with what to store; those a
   * reviewer decided are left as they are.
   */
  redetectedNear(slug: string): { folder: CorpusFolder; stored: StoredProvenance }[] {
    const added = this.folder(slug);
    if (!added) return [];
    const changed: { folder: CorpusFolder; stored: StoredProvenance }[] = [];
    for (const other of this.index.near(added.text)) {
      const folder = this.folder(other);
      if (other === slug || !folder?.stored || folder.stored.decision) continue;
      const now = provenanceOf(other, folder.text, folder.meta, this.index, this.known);
      if (
        now.reprintOf !== folder.stored.reprintOf ||
        now.origin !== folder.stored.origin ||
        (now.copyWire ?? null) !== (folder.stored.copyWire ?? null)
      ) {
        changed.push({ folder, stored: toStored(now) });
      }
    }
    return changed;
  }

  /** Detection of a text not yet in the corpus (an article being added), against every text that is. */
  detectNew(slug: string, text: string, meta: ProvenanceMeta): Provenance {
    return provenanceOf(slug, text, meta, this.index, this.known);
  }
}
