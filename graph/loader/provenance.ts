import { basename, dirname, resolve } from "node:path";
import { FileWriteError } from "../files/writeError.ts";
import { CorpusProvenance, toStored } from "../provenance/corpusProvenance.ts";
import { writeProvenanceFile } from "../provenance/corpusFolders.ts";
import type { ArticleInput } from "./read.ts";

/**
 * Gives each article its provenance, worked out with the other folders of its
 * corpus; a folder without provenance.json gets one with what was detected,
 * so that loading a corpus counts sources as adding it article by article
 * would. Provenance is derived: a folder that cannot be written to is still
 * loaded, with one line saying so.
 */
export function attachProvenance(
  inputs: readonly ArticleInput[],
  options: { store: boolean; log?: ((line: string) => void) | undefined },
): void {
  const corpora = new Map<string, CorpusProvenance>();
  for (const input of inputs) {
    const root = resolve(dirname(input.dir));
    let corpus = corpora.get(root);
    if (!corpus) {
      corpus = new CorpusProvenance(root);
      corpora.set(root, corpus);
    }
    const slug = basename(input.dir);
    const provenance = corpus.effective(slug);
    if (!provenance) continue;
    input.provenance = provenance;
    if (!options.store || !corpus.lacksFile(slug)) continue;
    try {
      writeProvenanceFile(input.dir, toStored(corpus.detected(slug)!));
    } catch (error) {
      if (!(error instanceof FileWriteError)) throw error;
      options.log?.(
        `${error.message.replace(/\.$/, "")}; its provenance is worked out again at the next load.`,
      );
    }
  }
}
