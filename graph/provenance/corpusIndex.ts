import { join } from "node:path";
import { type CorpusFolder, corpusFolderNames, readCorpusFolder } from "./corpusFolders.ts";
import { ReprintIndex } from "./reprints.ts";

/**
 * One reprint index per folder of article folders, kept for the life of the
 * process and brought up to date with the folder listing on each use: a
 * server or a batch add shingles each text once, not once per add.
 */
interface Cached {
  index: ReprintIndex;
  folders: Map<string, CorpusFolder>;
}

const CACHE = new Map<string, Cached>();

/** The corpus under `root` (its readable article folders by slug) and its reprint index, up to date. */
export function corpusIndex(root: string): Cached {
  let cached = CACHE.get(root);
  if (!cached) {
    cached = { index: new ReprintIndex(), folders: new Map() };
    CACHE.set(root, cached);
  }
  const names = corpusFolderNames(root);
  const present = new Set(names);
  for (const slug of [...cached.folders.keys()]) {
    if (!present.has(slug)) {
      cached.folders.delete(slug);
      cached.index.remove(slug);
    }
  }
  for (const slug of names) {
    const known = cached.folders.get(slug);
    // A folder's text does not change once added; its provenance.json may, so it is read again.
    const folder = readCorpusFolder(join(root, slug));
    if (!folder) {
      if (known) cached.index.remove(slug);
      cached.folders.delete(slug);
      continue;
    }
    cached.folders.set(slug, folder);
    if (!known || known.text !== folder.text) cached.index.add(slug, folder.text);
  }
  return cached;
}
